/// The verbs after a name that only people do: saying, acting, a past tense, a French perfect, a German auxiliary.
extension PersonDetector {
    /// Verbs of saying, and what only people do at work (`Fatima is out today`, `Jonah will cover`).
    static let speechVerbs = KeywordSet([
        "said", "says", "wrote", "writes", "mentioned", "asked", "asks", "told", "replied", "confirmed", "reported",
        "explained", "suggested", "agreed", "noted", "added", "emailed", "called", "messaged", "texted",
        "is out today", "is out sick", "is out of office", "is off today", "is off sick", "is on leave",
        "is on vacation", "is on holiday", "is on parental leave", "is on annual leave", "is on sick leave",
        "is on maternity leave", "is on paternity leave", "went home sick", "went home early", "can't cover",
        "can\u{2019}t cover", "cannot cover", "meinte", "is off next week", "is out next week",
        "will cover", "is covering", "covered for", "resigned", "retired", "apologized", "apologised", "promised",
        "complained", "volunteered", "called in sick", "reached out", "followed up", "can you", "could you",
        "would you", "on nights", "on days", "on call", "on shift", "on duty", "off sick",
        "spoke with", "spoke to", "talked to", "met with", "ist heute krank", "ist krank", "ist im urlaub",
        "ist heute nicht da", "übernimmt", "hat gesagt", "sagt", "meint", "schreibt", "est en congé", "est malade",
        "est absent", "est absente", "a dit", "remplace", "reprend", "propose", "a proposé", "relance", "relancera",
        "a relancé", "a envoyé", "enverra", "a collé", "s'occupe", "s\u{2019}occupe", "a validé", "valide", "confirme",
        "a confirmé", "a demandé", "demande", "prépare", "prendra", "schickt", "hat geschickt", "kümmert sich",
        "meldet sich", "ruft an", "ruft", "weist darauf hin", "hat angerufen", "prüft", "erledigt", "hat bestätigt",
        "bestätigt", "meldet", "sagte", "schrieb", "hat geschrieben", "hat gemeldet",
        "will rotate", "will send", "will check", "will handle", "will follow up", "will update", "will review",
        "will call", "will share", "will take", "will look", "will reach out", "will join", "will lead", "will own",
        "shared", "pasted", "forwarded", "approved", "signed off", "thinks", "wants", "noticed", "is asking",
        "needs", "knows", "found out", "fragt", "möchte", "pense", "veut", "takes over", "took over", "set this up",
        "set it up", "rolled", "swapped", "paid for", "mentored", "normally", "usually", "handles", "is off", "is out,",
        "is out until", "is out this",
        "is away", "did", "vertritt", "hat das", "hat die", "hat den", "me remplace", "m'a envoyé", "m\u{2019}a envoyé",
        "m'a dit", "a écrit", "reports", "confirms", "explains", "mentions", "suggests", "agrees", "notes that",
        "replies", "recalls", "stellt vor", "berichtet", "erklärt", "explique", "indique", "signale", "informiert",
        "kontaktiert", "klärt", "schlägt vor", "organisiert", "appelle", "rappelle", "contacte", "envoie", "bittet",
        "passed away", "died peacefully", "est décédé", "est décédée", "ist verstorben", "verstarb",
        "absent demain", "absente demain", "wollte", "sagte", "fragte", "schrieb", "meldete sich", "rief an",
        "erklärte", "bestätigte", "übernahm", "kümmerte sich", "étudie", "a étudié", "s'en charge",
        "s\u{2019}en charge", "se charge", "s'en occupe", "s\u{2019}en occupe", "présentera", "contactera", "appellera",
        "rappellera", "informera", "vérifiera", "suggère", "a suggéré", "ruft den", "ruft die", "will need",
        "hasn't been in touch", "hasn't replied", "hasn't responded", "has not replied", "n'a toujours pas",
        "n'a pas", "n'a jamais", "ne répond pas",
    ])

    /// Whether one of `speechVerbs` starts at `v` and ends a word there (`said`, `is out today`).
    static func speechVerbAt(_ t: ScanText, _ v: Int) -> Bool {
        speechVerbs.mayMatch(in: t, at: v)
            && speechVerbs.forEachMatch(in: t, at: v, { _, n in !Byte.isAlpha(t.at(v + n)) })
    }

    /// What someone takes on in minutes and handovers (`Lopez souhaite un point`, `Rieger bestellt Ersatz`): after a
    /// family name only when it is no word either (`Green prend`, `Winter bringt Glatteis` name no one), see `saidBy`.
    static let takesOnVerbs = KeywordSet([
        "souhaite", "fera", "prend", "gère", "vérifie", "récupère", "transmet", "rédige", "organise", "planifie",
        "révoque", "relit", "finalise", "met à jour", "coordonne", "corrige", "réserve", "annule", "était", "précise",
        "macht", "bereitet", "wechselt", "sperrt", "reklamiert", "unterschreibt", "liefert", "wünscht", "bringt",
        "holt", "besorgt", "bestellt", "aktualisiert", "kontrolliert", "koordiniert", "betreut", "tauscht", "schult",
        "paramètre", "bucht", "teste",
        "présente", "attend", "a reçu", "a appelé", "a signé", "signe", "verschickt", "weiß", "kennt", "würde",
        "nimmt", "sucht", "zahlt",
    ])

    /// Someone's family after a name (`Joe and her husband`, `Lucie et son mari`, `Jonas und seine Frau`): tested only
    /// after `and `, `et `, `und ` (see `familyFollows`).
    static let familyAfterName = KeywordSet([
        "and her husband", "and his wife", "and her wife", "and his husband", "and her partner", "and his partner",
        "and her daughter", "and her son", "and his daughter", "and his son", "and her family", "and his family",
        "et son mari", "et sa femme", "et son épouse", "et son époux", "et son compagnon", "et sa compagne",
        "und ihr mann", "und seine frau", "und ihr ehemann", "und seine ehefrau", "und ihr partner",
        "und seine partnerin",
    ])

    /// Whether someone's family is named at `v`, after a name (`and her husband`).
    static func familyFollows(_ t: ScanText, _ v: Int) -> Bool {
        let c = t.at(v)
        guard ((c == 0x61 || c == 0x75) && t.at(v + 3) == 0x20) || (c == 0x65 && t.at(v + 2) == 0x20) else {
            return false
        }
        return familyAfterName.forEachMatch(in: t, at: v, { _, n in !Byte.isAlpha(t.at(v + n)) })
    }

    /// Actions assigned in minutes and to-do lists (`Mark to check with the bank`, `2. Dev to send the slides`): a
    /// known given name opening a line, a list item or a sentence, then `to` and one of these verbs.

    /// German auxiliaries and modals after a name opening a sentence (`Drewes hatte am Montag Zugriff`).
    static let germanAuxiliaries = KeywordSet([
        "hat", "hatte", "ist", "war", "wird", "wurde", "kann", "konnte", "muss", "musste", "soll", "sollte",
    ])

    static let actionVerbs = KeywordSet([
        "to send", "to check", "to update", "to follow up", "to review", "to call", "to email", "to schedule",
        "to talk", "to get", "to sort", "to organise", "to organize", "to arrange", "to obtain", "to collect",
        "to prepare", "to present", "to revise",
        "to share", "to confirm", "to draft", "to prepare", "to look", "to fix", "to ask", "to book", "to set up",
        "to contact", "to chase", "to investigate", "to rotate", "to write", "to circulate", "to own",
        "to enroll", "to enrol", "to trial", "to order", "to replace", "to train", "to test", "to inspect", "to audit",
        "to notify", "to submit", "to complete", "to raise", "to log", "to escalate", "to brief", "to sign",
        "to approve", "to verify", "to monitor", "to source", "to quote", "to visit", "to meet", "to assess",
        "to coordinate", "to invite", "to reply", "to respond", "to remind", "to process", "to refund", "to cancel",
        "to reschedule", "to install", "to configure", "to document", "to attend", "to cover", "to liaise", "to do",
    ])

    /// Trades that are frequent family names too and take on work in minutes (`- Carpenter to install new shelving`,
    /// `- Painter to quote`). (Not `relationWords`, which also read them as a role before a name: `my boss Carpenter`.)
    static let tradesNamedLikeFamilies = NameLexicon.hashes(
        "carpenter painter plasterer glazier roofer gardener cleaner decorator joiner builder locksmith surveyor"
    )

    /// Whether a lowercase word of three letters or more that is no stopword starts at `v` and ends before a space or a
    /// punctuation mark: in an action item after `Name to` (`Frank to post 2 shifts`), a verb.
    static func verbAt(_ t: ScanText, _ v: Int) -> Bool {
        var k = v
        while Byte.isLower(t.at(k)) && k - v < 16 { k += 1 }
        return k - v >= 3 && !Byte.isAlnum(t.at(k)) && t.at(k) != 0x2D && !NameLexicon.isStopword(t, v, k)
    }

    /// A family's household after its name (`the Hall family`, `the Hernandez house`, `the Ortiz kids`).
    static let householdWords = KeywordSet([
        "family", "house", "household", "home", "residence", "kids", "children", "twins", "wedding", "funeral",
        "christening",
    ])

    /// The family name joined to the one at `i` by ` & `, ` / ` or `/` (`Dunn & Williams wedding`, `Beier/Otto`): a
    /// known family name or a word written as a name that no lexicon knows.
    static func coupledNameBefore(_ t: ScanText, _ i: Int) -> (start: Int, end: Int)? {
        let joint = t.at(i - 1) == 0x20 ? i - 2 : i - 1
        guard t.at(joint) == 0x26 || t.at(joint) == 0x2F, let w = t.labelBefore(colon: joint, maxLength: 24),
            Byte.isUpper(t[w.start]) || t[w.start] >= 0xC3,
            familyNameAlone(t, w.start, w.end) || writtenAsUnknownName(t, w.start, w.end)
        else { return nil }
        return w
    }

    /// Words that are names too and open a sentence before `to` and a verb (`Due to port congestion`, `Lovely to
    /// speak earlier`).
    static let beforeInfinitive = NameLexicon.hashes(
        "due next close lovely nice great good glad happy sorry keen able unable likely ready free welcome pleased "
            + "delighted thrilled excited hard easy back prior according thanks subject similar relative compared "
            + "leading sure eager"
    )

    /// Whether a modal that only a subject takes starts at `v` and a verb follows (`Hendricks will ask the school`,
    /// `Guilbert doit les reposer`, `Robin va relancer`, `Faivre devra signer`).
    static func modalBeforeVerb(_ t: ScanText, _ v: Int) -> Bool {
        for modal: StaticString in ["will ", "doit ", "devra ", "va "] where t.matchesExactly(modal, at: v) {
            let w = v + modal.utf8CodeUnitCount
            // (French puts the object's pronoun before the verb: `doit les reposer`, `va lui écrire`.)
            return verbAt(t, w) || (Byte.isLower(t.at(w)) && Byte.isLower(t.at(w + 1)))
        }
        return false
    }

    /// Whether `is`/`was` and a verb in `-ing` start at `v` (`Morrison is rotating it`, `Alexandra was driving`).
    static func progressiveAt(_ t: ScanText, _ v: Int) -> Bool {
        var k: Int
        if t.matchesExactly("is ", at: v) {
            k = v + 3
        } else if t.matchesExactly("was ", at: v) {
            k = v + 4
        } else {
            return false
        }
        let s = k
        while Byte.isLower(t.at(k)) && k - s < 14 { k += 1 }
        return k - s >= 5 && t[k - 1] == 0x67 && t[k - 2] == 0x6E && t[k - 3] == 0x69 && !Byte.isAlpha(t.at(k))
    }

    /// Whether a lowercase English verb in the past tense starts at `v` (`outlined`, `escalated`): four letters or more
    /// ending in `ed`, then a space. After a name opening a sentence, what someone did.
    static func pastTenseAt(_ t: ScanText, _ v: Int) -> Bool {
        var k = v
        while Byte.isLower(t.at(k)) && k - v < 14 { k += 1 }
        return k - v >= 4 && t.at(k) == 0x20 && t[k - 1] == 0x64 && t[k - 2] == 0x65
    }

    /// Whether a French verb in the perfect starts at `v` (`a redémarré`, `a validé`): `a ` and a lowercase
    /// participle in `é`, then a space or a punctuation mark.
    static func frenchPerfectAt(_ t: ScanText, _ v: Int) -> Bool {
        var v = v
        // `Fournier m'a confirmé`, `l'a validé`.
        if (t.at(v) == 0x6D || t.at(v) == 0x6C) && t.at(v + 1) == 0x27 { v += 2 }
        guard t.at(v) == 0x61, t.at(v + 1) == 0x20 else { return false }
        var k = v + 2
        while Byte.isLower(t.at(k)) || (t.at(k) == 0xC3 && t.at(k + 1) >= 0xA0) { k += t.at(k) == 0xC3 ? 2 : 1 }
        return k - v >= 6 && t.at(k - 2) == 0xC3 && t.at(k - 1) == 0xA9 && !Byte.isAlnum(t.at(k))
    }
}
