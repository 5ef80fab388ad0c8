/// The words around names: field labels, greetings, self-introductions, titles and closing phrases,
/// in English, German and French.
enum PersonLabels {
    enum Cue {
        case none
        /// Dear, Hi, Hallo, Bonjour … (length of the cue word).
        case greeting(Int)
        /// "my name is", "je m'appelle": whatever name follows.
        case intro(Int)
        /// "I am", "this is": only a known given name follows.
        case weakIntro(Int)
        /// "reporting to", "assigned to": a name of two or more words, or a known given name.
        case twoWordIntro(Int)
    }

    private static let labels = KeywordSet(suffixes: [
        "name", "full name", "fullname", "customer", "client", "traveller", "traveler", "passenger", "employee",
        "contact", "from", "to", "cc", "bcc", "reply-to", "attn", "patient", "applicant", "candidate", "manager",
        "assignee", "owner", "reporter", "requester", "recipient", "sender", "author", "guest", "tenant", "student",
        "kunde", "kundin", "ansprechpartner", "ansprechpartnerin", "absender", "empfänger", "mitarbeiter",
        "mitarbeiterin", "von", "an", "nom", "prénom", "prenom", "destinataire", "expéditeur", "de", "signed",
        "approved by", "prepared by", "submitted by", "requested by", "reported by", "account holder", "cardholder",
        "card holder", "holder", "beneficiary", "payee", "driver", "next of kin", "spouse", "surname", "vorname",
        "nachname", "given name", "first name", "last name", "firstname", "lastname", "titulaire", "passager",
        "voyageur", "inhaber", "kontoinhaber", "reisender", "supervisor", "line manager", "emergency contact",
        "member", "agent", "user", "teilnehmer", "participant", "attendee", "speaker", "host", "doctor", "physician",
    ])

    private static let exclusions = KeywordSet([
        "company", "product", "file", "host_", "hostname", "app", "service", "project", "team", "bucket", "table",
        "queue", "topic", "branch", "repo", "domain", "server", "display", "model", "username", "user_name",
        "user name", "username", "login", "city", "street", "town", "country", "bank", "plan", "tool", "department",
    ])

    /// Whether `ks..<ke` ends with a name label at a word boundary.
    static func isNameLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        let labelled = labels.anySuffix(in: t, endingAt: ke, notBefore: ks) { s in
            !(s > ks && Byte.isWord(t.at(s - 1)))
        }
        return labelled && !exclusions.occurs(in: t, ks, ke)
    }

    private static let twoWordCues = KeywordSet([
        "reporting to", "reports to", "assigned to", "managed by", "on behalf of", "escalated to", "approved by",
        "signed by", "failed for", "forwarded to", "handed over to", "contact person",
    ])

    private static let titles = KeywordSet([
        "mr", "mrs", "ms", "miss", "dr", "prof", "herr", "frau", "monsieur", "madame", "mme", "mlle", "m", "sir",
        "mx", "hr", "fr",
    ])

    /// The first two bytes (lowercase) of every cue below, as a 64K-bit table: a word whose first two bytes are
    /// not in it cannot be a cue.
    static let cueBigrams: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 1024)
        let cues: [StaticString] = [
            "hi", "my name is", "i'm", "i am", "hey", "ich heiße", "ich heisse", "ich bin", "dear", "moin", "cher",
            "this is", "mein name ist", "hello", "hallo", "liebe", "salut", "chère", "lieber", "servus", "bonjour",
            "bonsoir", "je suis", "reporting to", "reports to", "assigned to", "managed by", "on behalf of",
            "escalated to", "approved by", "signed by", "failed for", "forwarded to", "handed over to",
            "contact person", "je m'appelle", "je m\u{2019}appelle",
        ]
        for c in cues {
            let p = c.utf8Start
            let k = Int(p[0]) << 8 | Int(p[1])
            table[k >> 6] |= 1 << UInt64(k & 63)
        }
        return table
    }()

    /// Whether a cue may start at `i` (its first two bytes, lowercased, begin some cue).
    @inline(__always) static func mayStartCue(_ t: ScanText, _ i: Int) -> Bool {
        let k = Int(Byte.lower(t.at(i))) << 8 | Int(Byte.lower(t.at(i + 1)))
        return cueBigrams[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Classifies the word `i..<e` (and what follows) as a cue before a name.
    static func cue(_ t: ScanText, _ i: Int, _ e: Int) -> Cue {
        guard mayStartCue(t, i) else { return .none }
        switch e - i {
        case 2:
            if t.matches("hi", at: i) { return .greeting(2) }
            if t.matches("my", at: i) && t.matches("my name is", at: i) { return .intro(10) }
            if t.matches("i'm", at: i) { return .weakIntro(3) }
        case 1:
            if t.matches("i am", at: i) { return .weakIntro(4) }
        case 3:
            if t.matches("hey", at: i) { return .greeting(3) }
            if t.matches("i'm", at: i) { return .weakIntro(3) }
            if t.matches("ich", at: i) {
                if t.matches("ich heiße", at: i) { return .intro(10) }
                if t.matches("ich heisse", at: i) { return .intro(10) }
                if t.matches("ich bin", at: i) { return .weakIntro(7) }
            }
        case 4:
            if t.matches("dear", at: i) { return .greeting(4) }
            if t.matches("moin", at: i) { return .greeting(4) }
            if t.matches("cher", at: i) { return .greeting(4) }
            if t.matches("this is", at: i) { return .weakIntro(7) }
            if t.matches("mein name ist", at: i) { return .intro(13) }
        case 5:
            if t.matches("hello", at: i) || t.matches("hallo", at: i) || t.matches("liebe", at: i)
                || t.matches("salut", at: i)
            {
                return .greeting(5)
            }
            if t.matches("chère", at: i) { return .greeting(6) }
        case 6:
            if t.matches("lieber", at: i) || t.matches("servus", at: i) { return .greeting(6) }
        case 7:
            if t.matches("bonjour", at: i) { return .greeting(7) }
            if t.matches("bonsoir", at: i) { return .greeting(7) }
            if t.matches("je suis", at: i) { return .weakIntro(7) }
        default:
            break
        }
        if let n = twoWordCues.matchLength(in: t, at: i) { return .twoWordIntro(n) }
        if t.matches("je m'appelle", at: i) || t.matches("je m\u{2019}appelle", at: i) {
            return .intro(t.at(i + 4) == 0x27 ? 12 : 14)
        }
        if t.matches("je", at: i) && t.matches("je suis", at: i) { return .weakIntro(7) }
        if t.matches("i am", at: i) { return .weakIntro(4) }
        return .none
    }

    /// Length of a courtesy title and the space after it at `i` (`Mr. `, `Frau `, `M. `, `Mme `), or nil.
    static func titleLength(_ t: ScanText, _ i: Int) -> Int? {
        guard Byte.isUpper(t.at(i)), !Byte.isWord(t.at(i - 1)) else { return nil }
        var length: Int?
        _ = titles.forEachMatch(in: t, at: i) { _, n in
            var k = i + n
            if t.at(k) == 0x2E {
                k += 1
            } else if n == 1 || (n == 2 && (t.matches("hr", at: i) || t.matches("fr", at: i))) {
                return false  // M, Hr, Fr need their full stop to be titles.
            }
            guard t.at(k) == 0x20, NameTokens.word(t, k + 1) != nil else { return false }
            length = k + 1 - i
            return true
        }
        return length
    }

    private static let signOffs = KeywordSet([
        "thanks", "thank you", "many thanks", "thanks again", "thanks in advance", "regards", "best regards",
        "kind regards", "warm regards", "warmest regards", "best wishes", "best", "cheers", "sincerely",
        "yours sincerely", "yours truly", "yours", "all the best", "cordialement", "bien cordialement", "merci",
        "merci d'avance", "bien à vous", "salutations", "sincères salutations", "viele grüße", "beste grüße",
        "liebe grüße", "mit freundlichen grüßen", "freundliche grüße", "herzliche grüße", "gruß", "grüße", "danke",
        "vielen dank", "lg", "mfg", "vg", "--", "talk soon", "see you", "à bientôt", "bisous", "ciao",
    ])

    /// Whether the line `ls..<le` is only a closing phrase (with optional trailing punctuation).
    static func isSignOff(_ t: ScanText, _ ls: Int, _ le: Int) -> Bool {
        var e = le
        while e > ls && (t[e - 1] == 0x2C || t[e - 1] == 0x21 || t[e - 1] == 0x2E || t[e - 1] == 0x20 || t[e - 1] == 0x0D) {
            e -= 1
        }
        var s = ls
        while s < e && t[s] == 0x20 { s += 1 }
        return signOffs.forEachMatch(in: t, at: s, limit: e) { _, n in n == e - s }
    }
}
