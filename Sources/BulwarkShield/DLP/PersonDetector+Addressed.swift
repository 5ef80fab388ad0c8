/// Known given names in running text that someone addresses or pairs: `Rachel, can you …`, `Lisa and Mark`.
extension PersonDetector {
    /// Where the word after a conjunction joining two names at `k` starts (`and `, `und `, `et `, `& `), or nil.
    static func afterConjunction(_ t: ScanText, _ k: Int) -> Int? {
        if t.matchesExactly("and ", at: k) || t.matchesExactly("und ", at: k) { return k + 4 }
        if t.matchesExactly("et ", at: k) { return k + 3 }
        // A hand-over (`Andrea -> Rachel`, `Jonas → Mia`).
        if t.matchesExactly("-> ", at: k) { return k + 3 }
        if t.matchesExactly("\u{2192} ", at: k) { return k + 4 }
        return t.matchesExactly("& ", at: k) ? k + 2 : nil
    }

    /// `afterConjunction`, or after `or ` (a list goes on: `Milo, Luna or Oliver`, `Name or ID:`).
    static func afterListConjunction(_ t: ScanText, _ k: Int) -> Int? {
        afterConjunction(t, k) ?? (t.matchesExactly("or ", at: k) ? k + 3 : nil)
    }

    /// A known given name written as a name (`Mark`, not `MARK`) that is no stopword and no place (`Victoria`).
    static func writtenAsName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let second = t.at(s + 1)
        return (Byte.isLower(second) || second >= 0x80) && !NameLexicon.isStopword(t, s, e)
            && !placeNames.contains(t.hashLowercased(s, e))
    }

    /// `Rachel, can you review this?`: a known given name opening a line or a sentence, a comma, and a request or a
    /// word addressed to someone (`Max, min and avg` is a list). A known given name that is no word (`plainName`)
    /// opening a paragraph addresses its reader before any lowercase word (`Nicholas, the pallet never arrived.`), or
    /// alone on its line (`Kelly,` before the letter's body).
    func vocative(_ t: ScanText, _ tok: NameTokens, plainName: Bool = false) -> Candidate? {
        let before = t.at(tok.start - 1)
        let sentenceStart = before == 0x20 && ".!?".utf8.contains(t.at(tok.start - 2))
        guard tok.start == 0 || before == 0x0A || sentenceStart else { return nil }
        let opensParagraph =
            plainName
            && (tok.start == 0
                || (before == 0x0A && (t.at(tok.start - 2) == 0x0A || t.matches("\n\r", at: tok.start - 3))))
        // (Not a closing: `Ta,`.)
        if opensParagraph && Self.endsLine(t, tok.end + 1) && !PersonLabels.isSignOff(t, tok.start, tok.end + 1) {
            return person(tok.start, tok.end, 0.7)
        }
        guard t.at(tok.end + 1) == 0x20 else { return nil }
        // (Not a list: `Max, min and avg`; nor a letter's place and date: `Charles, le 26/04/2024`.)
        var next = tok.end + 2
        while Byte.isLower(t.at(next)) { next += 1 }
        let paragraph =
            opensParagraph && next > tok.end + 2 && t.at(next) != 0x2C && !Byte.isDigit(t.at(next + 1))
            && !(t.at(next) == 0x20 && Self.afterListConjunction(t, next + 1) != nil)
        guard
            paragraph
                || Self.addressedWords.forEachMatch(
                    in: t,
                    at: tok.end + 2,
                    { _, n in !Byte.isAlpha(t.at(tok.end + 2 + n)) }
                )
        else { return nil }
        return person(tok.start, tok.end, 0.7)
    }

    /// Words that open a request to the person just named.
    static let addressedWords = KeywordSet([
        "can", "could", "would", "will", "please", "pls", "do", "did", "are", "have", "you", "i", "i'm", "i've", "we",
        "just", "quick", "any", "let", "how", "what", "when", "where", "thanks", "thank", "sorry", "fyi", "see",
        "here", "kannst", "könntest", "bitte", "peux", "pourrais", "merci", "welcome", "congrats",
        "congratulations", "happy", "hope", "glad", "great", "ping", "ask", "check", "take", "grab", "send", "call",
        "book", "update", "make", "look", "share", "merge", "confirm", "remember", "note", "loop", "review",
        "handle", "cover", "follow", "join", "bring", "fix", "sign", "approve", "schedule", "don't", "mind",
        "tu", "vous", "du", "ihr", "est-ce", "peux-tu", "pourrais-tu", "kannst du",
    ])

    /// `Lisa and Mark from procurement`: after a known given name at `e`, ` and ` (`&`, `und`, `et`) and a second
    /// one that ends there (not `Mark Twain`, not `Ben and Jerry's`): the second name's extent. A couple sharing the
    /// family name after the second (`Lori and Connie Turner`) extends it over the family name.
    static func secondOfPair(_ t: ScanText, after e: Int) -> (Int, Int)? {
        guard let s = afterConjunction(t, e + 1), Byte.isUpper(t.at(s)), let e2 = NameTokens.word(t, s),
            NameLexicon.isFirstName(t, s, e2),
            writtenAsName(t, s, e2)
        else { return nil }
        let next = t.at(e2)
        if next == 0x27 || (next == 0xE2 && t.at(e2 + 1) == 0x80 && t.at(e2 + 2) == 0x99) { return nil }
        if next == 0x20 && (Byte.isUpper(t.at(e2 + 1)) || t.at(e2 + 1) >= 0xC3) {
            guard let e3 = NameTokens.word(t, e2 + 1), NameLexicon.isSurname(t, e2 + 1, e3),
                !NameLexicon.isCommonWord(t, e2 + 1, e3), !placeOrFirmWords.contains(t.hashLowercased(e2 + 1, e3)),
                !firmNames.contains(t.hashLowercased(s, e2) &+ t.hashLowercased(e2 + 1, e3)),
                !(t.at(e3) == 0x20 && (Byte.isUpper(t.at(e3 + 1)) || t.at(e3 + 1) >= 0xC3))
            else { return nil }
            return (s, e3)
        }
        return (s, e2)
    }

    /// `Jessica, Daniel and Kevin`, `Camille, Julien et Léa`: after the known given name ending at `e`, more known given
    /// names separated by commas and ending with a pair (see `secondOfPair`). Appends every name but the last to `out`
    /// and returns the last, or nil (appending nothing) when the list is no such list.
    func restOfNameList(_ t: ScanText, _ s: Int, after e: Int, into out: inout [Candidate]) -> Candidate? {
        // The list's shape first (no array: this runs for every known given name before a comma), then its names.
        var k = e
        var items = 1
        var wordNames = Self.isWordName(t, s, e)
        var last: (Int, Int)?
        while items < 6, t.at(k) == 0x2C, t.at(k + 1) == 0x20, let we = NameTokens.word(t, k + 2),
            NameLexicon.isFirstName(t, k + 2, we), Self.writtenAsName(t, k + 2, we)
        {
            items += 1
            wordNames = wordNames && Self.isWordName(t, k + 2, we)
            k = we
            if t.at(k) == 0x20, let pair = Self.secondOfPair(t, after: k) {
                last = pair
                break
            }
        }
        // `Rose, Violet and Amber` are colours.
        guard let last, !(wordNames && Self.isWordName(t, last.0, last.1)) else { return nil }
        var a = s
        var b = e
        while true {
            out.append(person(a, b, 0.7))
            guard b < k, let next = NameTokens.word(t, b + 2) else { break }
            a = b + 2
            b = next
        }
        return person(last.0, last.1, 0.7)
    }

    /// Whether `s..<e` is one word written as a name (three bytes or more, capitalised, not in capitals) that is no
    /// stopword, no common English word and no given name that is a word: where a strong cue stands, a name the
    /// lexicons may lack (`my colleague Claas`, `Thoralf (10:02):`, `Vorname` … `Irmengard`, `Gruß Hajo`).
    static func writtenAsUnknownName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        e - s >= 3 && (Byte.isLower(t.at(s + 1)) || t.at(s + 1) >= 0x80) && !NameLexicon.isStopword(t, s, e)
            && !NameLexicon.isCommonWord(t, s, e) && !isWordName(t, s, e)
    }

    /// A given name that is a common word too (`Rose`, `Amber`, `Will`; see `NameLexicon.givenNamesThatAreWords`).
    static func isWordName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        NameLexicon.givenNamesThatAreWords.contains(t.hashLowercased(s, e))
    }

    /// `her husband Erik`, `my colleague Sam`, `meine Kollegin Anja`, `Patient Harold Jenkins`: the name after a
    /// word for a relative, a colleague or someone's role, which only people are: a known given name, or two or
    /// three capitalised words read as a labelled value (a stopword may end them: `Harold Jenkins`) of which one is
    /// a known name. The name starts at `s`, after a space (or a comma and a space: an apposition; or a space and
    /// `(`: `die Eigentümer (Neureuther)`).
    func related(_ t: ScanText, _ s: Int) -> Candidate? {
        // `her line manager, Jemma Palmer, …`: the name in apposition, between commas (or before `.`, `;`, `)`).
        let apposition = t.at(s - 2) == 0x2C
        let parenthesized = t.at(s - 1) == 0x28 && t.at(s - 2) == 0x20
        // Matched backwards from the space, so most words are rejected by their last two bytes.
        var relation = 0
        let relationEnd = apposition || parenthesized ? s - 2 : s - 1
        func startsWord(_ ws: Int) -> Bool {
            relation = ws
            return ws == 0 || !Byte.isWord(t[ws - 1])
        }
        // (A compound's head: the relation is the whole compound, capitalised as German nouns are.)
        var compound = false
        func headsCompound(_ hs: Int) -> Bool {
            var ws = hs
            while ws > 0 && (Byte.isAlpha(t[ws - 1]) || t[ws - 1] >= 0x80) { ws -= 1 }
            relation = ws
            compound = hs - ws >= 2 && Byte.isUpper(t[ws])
            return compound
        }
        guard
            Self.relationWords.anySuffix(in: t, endingAt: relationEnd, notBefore: 0, startsWord)
                || Self.staffNamedLikeFamilies.anySuffix(in: t, endingAt: relationEnd, notBefore: 0, startsWord)
                || Self.roleCompoundHeads.anySuffix(in: t, endingAt: relationEnd, notBefore: 0, headsCompound),
            let tok = NameTokens.read(t, s, max: 3, labelled: true),
            !apposition || [0x2C, 0x2E, 0x3B, 0x29].contains(t.at(tok.end)),
            // (In parentheses one word ends them, no double name of a firm (`contractor (Davey-Taylor)`) and no
            // label's note (`HR Business Partner (Leeds):`).)
            !parenthesized
                || (tok.count == 1 && t.at(tok.end) == 0x29 && t.at(tok.end + 1) != 0x3A
                    && !(tok.start..<tok.end).contains(where: { t[$0] == 0x2D }))
                // (Or a known given name and a note: `Sister (Debra, (464)544-5721)`, `Next of kin (Josh, daughter)`.)
                || (tok.count == 1 && t.at(tok.end) == 0x2C && Self.givenNameAlone(t, tok.start) == tok.end)
                // (Or a contact's full name before their number, a known given name first: `Angehörige (Tabea Junk,
                // Tel. …)`; not `(Sohn Tim, …)`, `(Paris Hilton, lol)`.)
                || (tok.count == 2 && t.at(tok.end) == 0x2C && NameLexicon.isFirstName(t, tok.start, tok.ends[0])
                    && Self.writtenAsName(t, tok.start, tok.ends[0])),
            // (A firm after the relation: `our logistics partner Arnold Group`.)
            t.at(tok.end) != 0x20 || !Self.placeOrFirmFollows(t, tok.end + 1),
            // (Nor a label's word after a lowercase one, the value of the field before: `User: admin Pass: …`; a
            // capitalised role opens a speaker's label, `Agent Tara:`, `Kapitän Söding:`.)
            t.at(tok.end) != 0x3A || tok.count > 1 || !Byte.isLower(t[relation])
        else { return nil }
        // (After a compound's head only a known given name opens the name: `Skilehrerin Irina`, `Geschäftsführer Thomas
        // Berger`; family names there are as often firms' and places', `Servicetechniker Bosch`, `Lagerleiter Halle 3`,
        // and the heads end things too, `Stehleiter Krause`, `Reiseführer Florida`.)
        if compound {
            return Self.givenNameAlone(t, tok.start) == tok.ends[0] ? person(tok.start, tok.end, 0.7) : nil
        }
        let lex = tok.lexiconHits(t)
        if tok.count >= 2 {
            return lex.first || lex.surname ? person(tok.start, tok.end, 0.75) : nil
        }
        let (ws, we) = (tok.starts[0], tok.ends[0])
        // (Nor a place's or a firm's word: `Oak Hollow Vet Center`.)
        if Self.placeOrFirmWords.contains(t.hashLowercased(ws, we)) { return nil }
        // (A role after a role is one post: `Assistant Coach`, `assistant Manager`; not a given name: `Agent Guy`.)
        if Self.relationWords.anySuffix(in: t, endingAt: we, notBefore: ws, { $0 == ws })
            && !NameLexicon.firstNames.contains(t.hashLowercased(ws, we))
        {
            return nil
        }
        if NameLexicon.isFirstName(t, ws, we) && Self.writtenAsName(t, ws, we) { return person(ws, we, 0.7) }
        // (After a relative or a friend a given name that is a place's too is the person's: `by daughter Victoria`,
        // `your site guy Chelsea`; not after a job's title, which offices and regions follow: `Regional Manager
        // Victoria office`.)
        let h = t.hashLowercased(ws, we)
        let relationHash = t.hashLowercased(relation, relationEnd)
        // (Or after someone's role: `Her assistant Jordan handles …`.)
        if Self.placeNames.contains(h) && NameLexicon.firstNames.contains(h) && Byte.isLower(t.at(ws + 1))
            && (Self.personalRelations.contains(relationHash)
                // (Or a rank written capitalised: `Officer Jordan`, `Kapitän Florence`.)
                || (Byte.isUpper(t[relation]) && Self.rolesBeforeFamilyNames.contains(relationHash))
                || (Self.possessives.holdsWord(before: relation, in: t, maxLength: 7)
                    && !Self.firmRelations.contains(relationHash)))
        {
            return person(ws, we, 0.7)
        }
        // One word written as a name that is no stopword, no place, and not after a relation firms fill (`our client
        // Acme`): a known family name (`Hausmeister Zorbach hat`), or after a possessive any word that is no common
        // word (`my colleague Claas`, `Mein Kollege Claas hat`, `ma sœur Maëlle`). Between commas only after a
        // possessive and a word for a relative or staff, which no firm fills (`ma femme, Olivie, au …`, `Ihre
        // Mitarbeiterin, Eitel, konnte`; not `our partner, Acme,`, `my landlord, Foxtons,`, `My agent, Savills,`).
        guard
            !apposition
                || ((Self.personalRelations.contains(relationHash) || Self.staffRelations.contains(relationHash))
                    && Self.possessives.holdsWord(before: relation, in: t, maxLength: 7)),
            Byte.isLower(t.at(ws + 1)) || t.at(ws + 1) >= 0x80, !NameLexicon.isStopword(t, ws, we),
            !Self.placeNames.contains(h),
            !Self.firmRelations.contains(relationHash)
        else { return nil }
        if NameLexicon.isSurname(t, ws, we) { return person(ws, we, 0.7) }
        // (A role written capitalised, as German writes its nouns and English a rank, before a word that no lexicon
        // knows and a verb or the sentence's end: `Hausmeister Girschner hat`, `durch Monteur Kitzmann.`, `Officer
        // Dalgleish took`; not a field of work, `Techniker Außendienst,`, `Techniker Haustechnik eingegangen`.)
        if !parenthesized && Byte.isUpper(t[relation]) && Self.rolesBeforeFamilyNames.contains(relationHash)
            && Self.writtenAsUnknownName(t, ws, we) && !Self.germanNounEnding(t, ws, we)
            && ((t.at(we) == 0x20 && Byte.isLower(t.at(we + 1))) || t.at(we) == 0x22
                || (t.at(we) == 0x3A && t.at(we + 1) == 0x20)
                || ((t.at(we) == 0x2E || t.at(we) == 0x21 || t.at(we) == 0x3F)
                    && (Byte.isSpace(t.at(we + 1)) || t.at(we + 1) == 0x22 || we + 1 >= t.count)))
        {
            return person(ws, we, 0.7)
        }
        // (`my colleague`, `meine Kollegin`: a possessive before the relation; in parentheses only a known name, as
        // a note names a shift or a kind as often: `Neuer Mitarbeiter (Teilzeit)`.)
        guard !parenthesized, Self.possessives.holdsWord(before: relation, in: t, maxLength: 7),
            Self.writtenAsUnknownName(t, ws, we)
        else { return nil }
        return person(ws, we, 0.7)
    }

    static let possessives = NameLexicon.hashes(
        "my his her our their your mein meine meinem meinen meiner dein deine sein seine ihr ihre unser unsere "
            + "mon ma ton ta son sa notre votre leur"
    )

    /// Relatives and friends, after which even a given name that names a place is someone's.
    static let personalRelations = NameLexicon.hashes(
        "husband wife son daughter brother sister mother father mom mum dad boyfriend girlfriend fiancé fiancée fiance "
            + "fiancee friend cousin nephew niece grandson granddaughter uncle aunt grandma grandpa guy colleague "
            + "coworker neighbour neighbor roommate flatmate kid child baby sohn tochter bruder schwester mutter vater "
            + "mann frau freund freundin fils fille frère sœur soeur mari femme ami amie"
    )

    /// Staff whom no firm stands for, beside `personalRelations` (which hold `colleague`, `coworker`): `Ihre
    /// Mitarbeiterin, Eitel,`, `My supervisor, Robinson,`.
    static let staffRelations = NameLexicon.hashes(
        "co-worker teammate supervisor manager boss employee employé employée mitarbeiter "
            + "mitarbeiterin kollege kollegin chef chefin collègue assistant assistante secretary nurse doctor"
    )

    /// Roles that name a person by the family name after them (`Hausmeister Girschner`, `Officer Dalgleish`, `Kundin
    /// Wernecke`: a female customer is always a person; ranks at sea and in office, `Kapitän Söding:`, `Beamter Köster.`,
    /// `capitaine Dias`), not a customer's or a guest's word in English, which is as
    /// often a thing's (`Guest Wifi`, `Customer Zendesk`), nor the German plural (`Kollegen Datenschutz`).
    static let rolesBeforeFamilyNames = NameLexicon.hashes(
        "hausmeister hausmeisterin monteur monteurin kollege kollegin techniker technikerin sachbearbeiter "
            + "sachbearbeiterin vorarbeiter vorarbeiterin schichtleiter schichtleiterin trainer trainerin pfleger "
            + "pflegerin praktikant praktikantin azubi nachbar nachbarin vermieter vermieterin verwalter verwalterin "
            + "oberarzt oberärztin chefarzt chefärztin teamleiter teamleiterin vorgesetzte vorgesetzter vorgesetzten "
            + "kundin officer nurse inspector captain kapitän kapitänin skipper lotse lotsin beamter beamtin "
            + "capitaine matrose bootsmann"
    )

    /// Whether the word `s..<e` ends as German nouns of work, fields and things do (`Außendienst`, `Haustechnik`,
    /// `Datenschutz`, `Einsatz`, `Produktion`, `Buchhaltung`, `Übergabe`), which family names hardly ever do.
    /// With `alone`, only the endings no family name has, for a word nothing else says is a name (`Hartung` and
    /// `Pawlik` end like `Leitung` and `Technik`).
    static func germanNounEnding(_ t: ScanText, _ s: Int, _ e: Int, alone: Bool = false) -> Bool {
        for ending in alone ? nounOnlyEndings : nounEndings
        where e - s > ending.utf8CodeUnitCount + 2 && t.matchesExactly(ending, at: e - ending.utf8CodeUnitCount) {
            return true
        }
        return false
    }

    private static let nounOnlyEndings: [StaticString] = [
        "heit", "keit", "schaft", "tion", "dienst", "technik", "schutz", "bereich", "zentrale", "planung", "wirtschaft",
        "management", "kunden", "vertrieb", "abteilung", "nummer", "datum", "adresse",
    ]
    private static let nounEndings: [StaticString] =
        nounOnlyEndings + [
            "ung", "satz", "ität", "nahme", "gabe", "arbeit", "wesen", "stelle", "ik", "amt", "ungshaus", "büro",
        ]

    /// Posts before a name that are family names too (`night porter Dawn`, `Warden said …`): read before a name only,
    /// unlike `relationWords`, which also keep a family name alone from being read as someone.
    static let staffNamedLikeFamilies = KeywordSet(suffixes: ["porter", "warden"])

    /// Relations that firms fill as often as people.
    static let firmRelations = NameLexicon.hashes("client customer kunde cliente partner supplier")

    /// Relatives, colleagues and roles named before a person's name.
    static let relationWords = KeywordSet(suffixes: [
        "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "mom", "mum", "dad",
        "children", "kids", "kinder", "enfants", "worker", "officer", "signaller", "analyst", "producer",
        "partner", "boyfriend", "girlfriend", "fiancé", "fiancée", "fiance", "fiancee", "colleague", "coworker",
        "co-worker", "teammate", "boss", "employé", "employée", "manager", "friend", "neighbour", "neighbor", "cousin",
        "nephew", "niece",
        "grandson", "granddaughter", "stepson", "stepdaughter", "uncle", "aunt", "grandma", "grandpa", "onkel", "tante",
        "oma", "opa", "oncle",
        "grandmother", "grandfather", "landlord", "landlady", "tenant", "roommate", "flatmate", "kollege",
        "kollegin", "mann", "sohn", "tochter", "bruder", "schwester", "mutter", "vater", "freund", "freundin",
        "chef", "chefin", "nachbar", "nachbarin", "mari", "femme", "fils", "fille", "frère", "sœur", "soeur",
        "collègue", "ami", "amie", "voisin", "voisine", "patient", "patientin", "customer", "client", "cliente",
        "tenant", "applicant", "candidate", "candidat", "employee", "student", "resident", "guest",
        "passenger", "caller", "claimant", "beneficiary", "cardholder", "contractor", "intern", "hire", "recipient",
        "reviewer", "assignee", "technician", "driver", "courier", "agent", "chauffeur", "fahrer", "fahrerin",
        "livreur", "livreuse", "kurier", "sachbearbeiter", "sachbearbeiterin", "conseiller", "conseillère", "berater",
        "beraterin", "techniker", "technikerin", "technicien", "technicienne", "officer", "kunde", "kundin", "mieter",
        "mieterin", "bewerber", "bewerberin",
        "mitarbeiter", "mitarbeiterin", "hausmeister", "hausmeisterin", "vermieter", "vermieterin", "verwalter",
        "verwalterin", "trainer", "trainerin", "oberarzt", "oberärztin", "chefarzt", "chefärztin", "pfleger",
        "pflegerin", "locataire", "salarié", "salariée", "supervisor", "teacher", "tutor", "coach",
        "crew", "staff", "pilot", "purser", "dispatcher", "nurse", "doctor", "dentist", "lawyer", "attorney",
        "accountant", "adviser", "advisor", "referee", "foreman", "spouse", "caretaker", "concierge",
        "counsellor", "counselor", "mentor", "cashier", "mechanic", "vertretung",
        "trainee", "apprentice", "paralegal", "caregiver", "carer", "babysitter", "kollegen", "aushilfe",
        "praktikant", "praktikantin", "azubi", "auszubildende", "auszubildender", "trauzeuge", "trauzeugin",
        "trauzeugen", "reporter", "reporterin", "journalist", "journalistin", "journaliste", "photographer",
        "fotograf", "fotografin", "photographe", "correspondent", "korrespondent", "korrespondentin", "columnist",
        "redakteur", "redakteurin", "stagiaire", "collaborateur", "collaboratrice", "remplaçant", "remplaçante",
        "intérimaire",
        "apprenti", "apprentie", "ersthelfer", "ersthelferin", "monteur", "monteurin", "vorarbeiter", "vorarbeiterin",
        "schichtleiter", "schichtleiterin", "vorgesetzte", "vorgesetzter", "vorgesetzten", "gruppenleiter",
        "gruppenleiterin", "gruppenleitung", "teamleiter",
        "teamleiterin", "teamleitung", "abteilungsleiter", "abteilungsleiterin", "ausschussmitglied", "ratsmitglied",
        "mein kind", "meinem kind", "unser kind", "unserem kind", "ihr kind", "ihrem kind", "das kind", "child",
        "enfant", "pupil", "schüler", "schülerin", "élève", "eigentümer", "eigentümerin", "käufer", "käuferin",
        "verkäufer", "verkäuferin", "seller", "buyer", "propriétaire", "acheteur", "acheteuse", "vendeur", "vendeuse",
        "guy", "designer", "stylist", "assistant", "assistante", "coordinator", "instructor", "inspector", "director",
        "secretary", "treasurer", "captain", "umpire", "volunteer", "aide", "therapist", "receptionist", "electrician",
        "plumber", "dispatcher", "photographer", "arbitre", "joueur", "joueuse", "vet", "bursar", "next of kin",
        "elektriker", "elektrikerin", "klempner", "installateur", "plombier", "électricien", "cleaner", "porter",
        "entraîneur", "entraineur", "spieler",
        "spielerin", "schiedsrichter", "schiedsrichterin", "betreuer", "betreuerin", "polier", "bauleiter",
        "bauleiterin", "infirmier", "infirmière", "médecin", "kassenwart", "couple", "bride", "groom", "mariée",
        "marié", "braut", "bräutigam", "partnerin", "ehefrau", "ehepartner", "ehepartnerin", "lebensgefährte",
        "lebensgefährtin", "verlobte", "verlobter", "compagnon", "compagne", "conjoint", "conjointe", "épouse", "époux",
        "angehörige", "angehöriger", "angehörigen", "famille", "au pair", "au-pair", "friseurin", "coiffeuse",
        "veterinarian", "vétérinaire", "engineer", "architect", "architekt", "architektin", "architecte", "bauherr",
        "bauherrin", "statiker", "statikerin", "admin", "kapitän", "kapitänin", "skipper", "lotse", "lotsin", "beamter",
        "beamtin", "capitaine", "matrose", "bootsmann",
    ])

    /// The heads of German compounds that name someone's role (`Skilehrerin`, `Filialleiter`, `Bergführer`,
    /// `Zahnärztin`): a name after such a compound is the person's, as after `relationWords`.
    static let roleCompoundHeads = KeywordSet(suffixes: [
        "lehrer", "lehrerin", "leiter", "leiterin", "führerin", "arzt", "ärztin", "helfer", "helferin",
        "begleiter", "begleiterin", "berater", "beraterin", "betreuer", "betreuerin", "trainer", "trainerin",
        "pfleger", "pflegerin", "fahrer", "fahrerin", "techniker", "technikerin", "ausbilder", "ausbilderin",
        "erzieher", "erzieherin", "kollege", "kollegin", "mitarbeiter", "mitarbeiterin", "bearbeiter", "bearbeiterin",
    ])

    /// A known given name, written as one and no place, that only a person fits around: addressed at a sentence's
    /// end (`Welcome to Acme, Tomás!`, `See you soon, Mark.`), owning something (`after Ben's review`, `Katrin’s
    /// assistant`), or beside the writer (`Katrin and I`, `Pat and me`, `Me and Pat`, `Édith et moi`, `Jonas und
    /// ich`). The name is the word `s..<e`.
    static func addressedAlone(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let a = t.at(e)
        let addressed =
            (a == 0x21 || a == 0x3F
                || (a == 0x2E && (Byte.isSpace(t.at(e + 1)) || t.at(e + 1) == 0 || t.at(e + 1) == 0x22)))
            && t.at(s - 1) == 0x20
            && t.at(s - 2) == 0x2C
        // `Ben and Jerry's` is a brand: no owner after a conjunction.
        let owner =
            (a == 0x27 || a == 0xE2) && ownedWordStart(t, after: e, capitalised: true) != nil
            && !t.matchesExactly("and ", at: s - 4) && !t.matchesExactly("& ", at: s - 2)
            && !possessiveFirms.contains(t.hashLowercased(s, e))
        let beside =
            (a == 0x20
                && (t.matchesExactly(" and I ", at: e) || t.matchesExactly(" and me", at: e)
                    || t.matchesExactly(" et moi", at: e) || t.matchesExactly(" und ich ", at: e)))
            || (t.matches("me and ", at: s - 7) && !Byte.isAlpha(t.at(s - 8)))
        guard addressed || owner || beside else { return false }
        // (Beside the writer a family name is someone too: `Dixon and I canvassed the street`.)
        return (NameLexicon.isFirstName(t, s, e) && writtenAsName(t, s, e)) || (beside && familyNameAsWord(t, s, e))
    }
}
