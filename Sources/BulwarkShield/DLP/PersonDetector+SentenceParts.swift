/// The parts of a sentence around a name in running text: what someone did in a thread, prepositions and clauses that
/// end at a name, where a text or an item ends, a birth date or a department after a name, and a name before an address.
extension PersonDetector {
    /// What a thread shows someone did (`**Linda** commented`, `**Edward** replied`).
    static let threadEvents = KeywordSet([
        "commented", "replied", "wrote", "approved", "reviewed", "requested", "opened", "closed", "merged",
        "mentioned", "reacted", "responded", "answered", "asked", "said", "a commenté", "a répondu", "a approuvé",
        "hat kommentiert", "hat geantwortet", "kommentierte", "antwortete",
    ])

    /// Prepositions after which a given name ending a clause is someone (`finish it with Declan,`, `a message for
    /// Delphine.`, `eine Nachricht an Friederike?`).
    static let personPrepositions = NameLexicon.hashes(
        "with for to from by an mit für von durch bei avec pour de chez par"
    )

    /// The prepositions after which a known given name ending its line, or before `)` or `;`, is the person meant
    /// (not `de`, `chez`, `bei`: `Agence de David`, `bei Siemens` also name places and firms).
    static let linePrepositions = NameLexicon.hashes("with for to from by mit für von durch avec pour par")

    /// `with Declan,`, `to Bethany?`: a known given name that is no common English word, after one of
    /// `personPrepositions`, ending a clause.
    static func objectOfPreposition(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        var a = t.at(e0)
        var mark = e0
        // `Demande spéciale de Mathilde :` (a colon after a space, as French writes it).
        if a == 0x20 && t.at(e0 + 1) == 0x3A {
            a = 0x3A
            mark = e0 + 1
        }
        // A line's end, `)` or `;` closes the name only after `linePrepositions`, and not a hyphenated one (`inbound
        // from Kelly-Reid`, `insured with Allen-Page)`: a firm).
        let weakEnd = a == 0x0A || a == 0x0D || (a == 0 && e0 == t.count) || a == 0x29 || a == 0x3B
        guard e0 - i >= 3,
            weakEnd
                || ((a == 0x2C || a == 0x2E || a == 0x3F || a == 0x21 || a == 0x3A)
                    && (Byte.isSpace(t.at(mark + 1)) || t.at(mark + 1) == 0)),
            !weakEnd || (a != 0x29 && a != 0x3B) || Byte.isSpace(t.at(e0 + 1)) || t.at(e0 + 1) == 0,
            let w = t.wordBefore(i, maxLength: 5),
            (weakEnd ? linePrepositions : personPrepositions).contains(t.hashLowercased(w.start, w.end)),
            !weakEnd || !(i..<e0).contains(where: { t[$0] == 0x2D }),
            NameLexicon.isFirstName(t, i, e0), writtenAsName(t, i, e0),
            !NameLexicon.givenNamesThatAreWords.contains(t.hashLowercased(i, e0)), !doubleSurname(t, i, e0)
        else { return nil }
        return Candidate(.person, i, e0, score: 0.65, priority: 30)
    }

    /// `a lesson with Chelsea for Friday`, `Rücksprache mit Jana wegen …`, `voir avec Nathalie à l'accueil`: a known given
    /// name (no word, no place, no firm) after `with`, `mit` or `avec` and before a lowercase word: whom someone is
    /// with, meets or talks to.
    static func companionAfterWith(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        // (The preposition's last byte first: most capitalised words follow none of them.)
        let p = t.at(i - 2) | 0x20
        guard p == 0x68 || p == 0x74 || p == 0x63, t.at(e0) == 0x20, t.lowercaseAt(e0 + 1), e0 - i >= 3,
            let w = t.wordBefore(i, maxLength: 4), companionPrepositions.contains(t.hashLowercased(w.start, w.end)),
            NameLexicon.isFirstName(t, i, e0), writtenAsName(t, i, e0)
        else { return nil }
        let h = t.hashLowercased(i, e0)
        guard !NameLexicon.givenNamesThatAreWords.contains(h), !placeNames.contains(h),
            !NameLexicon.isCommonWord(t, i, e0),
            !firmsNamedLikeFamilies.contains(h), !namedLikePeople.contains(h),
            !(i..<e0).contains(where: { t[$0] == 0x2D }),
            !NameTokens.firmNameFollows(t, e0)
        else { return nil }
        return Candidate(.person, i, e0, score: 0.65, priority: 30)
    }

    static let companionPrepositions = NameLexicon.hashes("with mit avec")

    /// `Bryant-Fields`: a hyphenated word whose last part is a family name and no given name (`Jean-Luc`, `Karl-Heinz`
    /// are given names).
    static func doubleSurname(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var k = e - 1
        while k > s && t[k] != 0x2D { k -= 1 }
        return k > s && NameLexicon.isSurname(t, k + 1, e) && !NameLexicon.isFirstName(t, k + 1, e)
    }

    /// Whether the label of a message's subject or a document's title ends at the colon `c` (`Subject:`, `Objet :`):
    /// what follows is written in title case (`Subject: Spring Invitational – team registration`).
    static func subjectLabelEnds(_ t: ScanText, _ c: Int) -> Bool {
        guard let w = t.labelBefore(colon: c, maxLength: 8) else { return false }
        return subjectLabels.contains(t.hashLowercased(w.start, w.end))
    }

    static let subjectLabels = NameLexicon.hashes("subject re fw fwd aw wg tr betreff objet title titel titre")

    /// Whether the name at `s..<e` stands after a sentence's end and a blank line, its line ends at `e` and at most two
    /// short lines follow to the text's end, each opening with a capital and holding no sentence's end (`?`, `!`,
    /// `. `): the post and the firm under a signature (a heading is no sentence: `Agenda\n\nCharlotte\nSite visit`).
    static func postLinesEndText(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard t.at(e) == 0x0A || (t.at(e) == 0x0D && t.at(e + 1) == 0x0A), t.count - e <= 120 else { return false }
        var p = s - 1
        while p > 0 && Byte.isSpace(t[p]) { p -= 1 }
        guard t.at(p) == 0x2E || t.at(p) == 0x21 || t.at(p) == 0x2C else { return false }
        var lines = 0
        var k = e
        while k < t.count {
            while k < t.count && Byte.isSpace(t[k]) { k += 1 }
            guard k < t.count else { break }
            guard Byte.isUpper(t[k]), lines < 2 else { return false }
            lines += 1
            while k < t.count && t[k] != 0x0A {
                if t[k] == 0x3F || t[k] == 0x21 || (t[k] == 0x2E && t.at(k + 1) == 0x20) { return false }
                k += 1
            }
        }
        return lines > 0
    }

    /// Whether only spaces, line breaks and a full stop or `!` follow `e` to the end of the text.
    static func endsText(_ t: ScanText, _ e: Int) -> Bool {
        var k = e
        if t.at(k) == 0x2E || t.at(k) == 0x21 { k += 1 }
        while k < t.count && Byte.isSpace(t[k]) { k += 1 }
        return k >= t.count
    }

    /// Whether the message ends at `e`: the text does (`endsText`), or only blank lines stand between `e` and a
    /// signature block's `--` line (`Michael\n\n--\nMelissa Porter | Head of Revenue Operations`).
    static func endsMessage(_ t: ScanText, _ e: Int) -> Bool {
        if endsText(t, e) { return true }
        var k = e
        while t.at(k) == 0x20 || t.at(k) == 0x0D { k += 1 }
        guard t.at(k) == 0x0A else { return false }
        while Byte.isSpace(t.at(k)) { k += 1 }
        guard t.at(k - 1) == 0x0A, t.at(k) == 0x2D, t.at(k + 1) == 0x2D else { return false }
        k += 2
        while t.at(k) == 0x20 || t.at(k) == 0x0D { k += 1 }
        return t.at(k) == 0x0A
    }

    /// Whether `i` opens a line, a list item (`2. `, `- `), a sentence, or follows a dash (`… — Mark to check`).
    static func opensItem(_ t: ScanText, _ i: Int) -> Bool {
        var p = i - 1
        while p >= 0 && t[p] == 0x20 { p -= 1 }
        guard p >= 0 else { return true }
        let c = t[p]
        if c == 0x0A || c == 0x21 || c == 0x3F || c == 0x2D || c == 0x2A || c == 0x3A || c == 0x94 || c == 0x93
            || c == 0x3B
        {
            return true
        }
        return c == 0x2E
    }

    /// Whether `i` opens a list item after its bullet (`- `, `* `, `• `, `1. `, `2) `, indented or not): `- Sarah, Finance`,
    /// `- Priya, can you check the form?`, `3. Amira, on leave`.
    static func opensBulletedItem(_ t: ScanText, _ i: Int) -> Bool {
        guard t.at(i - 1) == 0x20 else { return false }
        var p = i - 2
        if t.at(p) == 0x2D || t.at(p) == 0x2A {
            p -= 1
        } else if t.at(p) == 0xA2 && t.at(p - 1) == 0x80 && t.at(p - 2) == 0xE2 {
            p -= 3
        } else if t.at(p) == 0x2E || t.at(p) == 0x29 {
            var d = p - 1
            while Byte.isDigit(t.at(d)) && p - d <= 3 { d -= 1 }
            guard d < p - 1 else { return false }
            p = d
        } else {
            return false
        }
        while t.at(p) == 0x20 { p -= 1 }
        return p < 0 || t[p] == 0x0A
    }

    /// Whether ` geb. `, ` born `, ` né le `, ` née le `, ` nato il `, ` nata il ` and a digit start at `k`.
    static func birthDateFollows(_ t: ScanText, _ k: Int) -> Bool {
        for word: StaticString in [" geb. ", " born ", " né le ", " née le ", " nata il ", " nato il ", " geboren am "]
        where t.matches(word, at: k) {
            return Byte.isDigit(t.at(k + word.utf8CodeUnitCount))
        }
        return false
    }

    /// `Erik from legal`, `Matthew in HR said`, `Garcia from procurement`, `Mirko aus der IT`: a known given name, or a
    /// known family name that is no common word, then the department someone works in.
    func ofDepartment(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        var k = e0 + 1
        guard let n = Self.departmentJoins.matchLength(in: t, at: k) else { return nil }
        k += n
        let department = Self.departments.forEachMatch(in: t, at: k, { _, m in !Byte.isAlpha(t.at(k + m)) })
        guard department || Self.unitFollows(t, k) || Self.departmentCompound(t, k) else {
            // (Or whoever it is speaks after where they come from: `Perez from Summit Adjusting said`, `Fox in your
            // store said`; after `from`, `aus`, `vom`, … a family name the lexicons lack too, `Vollbrecht aus der IT
            // meint`, not a German noun before a place, `Werkstatttermin in Beeskow bestätigt`.)
            guard Self.speaksAfterSource(t, k), Self.writtenAsName(t, i, e0),
                NameLexicon.isFirstName(t, i, e0) || Self.familyNameAlone(t, i, e0) || Self.unknownNameFrom(t, i, e0)
            else { return nil }
            return person(i, e0, 0.7)
        }
        // (A given name that is a word too not before a named unit or a store of goods: `Grant from the Lottery pool`,
        // `Jasmine from the main warehouse`; but `Mark from the robotics group`.)
        if !department && Self.isWordName(t, i, e0)
            && (Byte.isUpper(t.at(k)) || Self.goodsUnits.occurs(in: t, k, t.lineEnd(k, notAfter: k + 40)))
        {
            return nil
        }
        let given = NameLexicon.isFirstName(t, i, e0) && Self.writtenAsName(t, i, e0)
        let family = Self.familyNameAlone(t, i, e0)
        let speaking = !given && !family && Self.unknownNameFrom(t, i, e0) && Self.speaksAfterSource(t, k)
        return given || family || speaking ? person(i, e0, 0.7) : nil
    }

    /// Whether `i..<e0`, a word written as a name the lexicons lack (no double name), comes from somewhere (a
    /// `sourceJoin` after it); the caller asks whether it speaks (`speaksAfterSource`).
    static func unknownNameFrom(_ t: ScanText, _ i: Int, _ e0: Int) -> Bool {
        writtenAsUnknownName(t, i, e0) && sourceJoin(t, e0 + 1) && !(i..<e0).contains(where: { t[$0] == 0x2D })
    }

    /// Whether a join that says where someone comes from starts at `k` (`from `, `aus der `, `vom `, `de la `), not
    /// where something is (`in `, `bei der `).
    static func sourceJoin(_ t: ScanText, _ k: Int) -> Bool {
        t.matchesExactly("from ", at: k) || t.matchesExactly("aus ", at: k) || t.matchesExactly("vom ", at: k)
            || t.matchesExactly("von der ", at: k) || t.matchesExactly("de la ", at: k)
            || t.matchesExactly("du ", at: k)
    }

    /// Whether a verb of saying (`speechVerbs`) follows the words of a source at `k`: up to four words on the line,
    /// no punctuation but `&`, `'` and `-` between them (`the city said`, `Summit Adjusting is asking`).
    static func speaksAfterSource(_ t: ScanText, _ k: Int) -> Bool {
        var j = k
        for _ in 0..<4 {
            let ws = j
            while Byte.isAlpha(t.at(j)) || t.at(j) >= 0x80 || t.at(j) == 0x27 || t.at(j) == 0x2D || t.at(j) == 0x26 {
                j += 1
            }
            guard j > ws, t.at(j) == 0x20 else { return false }
            j += 1
            if speechVerbAt(t, j) { return true }
        }
        return false
    }

    /// A German compound naming a department at `k` (`Steuerabteilung`, `Finanzbuchhaltung`, `Kreisverwaltung`).
    static func departmentCompound(_ t: ScanText, _ k: Int) -> Bool {
        // (`Netzwerkteam`, `DB-Team`: a team's compound is shorter.)
        guard Byte.isUpper(t.at(k)), let e = NameTokens.word(t, k),
            e - k >= 9 || (e - k >= 6 && t.matches("team", at: e - 4))
        else { return false }
        return departmentEndings.anySuffix(in: t, endingAt: e, notBefore: k + 3, { _ in true })
    }

    static let departmentEndings = KeywordSet(suffixes: ["abteilung", "buchhaltung", "verwaltung", "team"])

    /// Units that goods come from as often as people (`Jasmine from the main warehouse` is rice).
    static let goodsUnits = KeywordSet(["warehouse", "depot", "pool"])

    /// `robotics lab`, `data platform team`, `the Gary yard`: one or two words (lowercase, or a name's) and a word for
    /// a unit of people at `k`; after a determiner the unit alone (`on my team`, `from the lab`).
    static func unitFollows(_ t: ScanText, _ k: Int) -> Bool {
        let determined = t.wordBefore(k, maxLength: 4).map { determiners.contains(t.hashLowercased($0.start, $0.end)) }
        var j = k
        for _ in 0..<3 {
            let ws = j
            if Byte.isUpper(t.at(j)) && j < k + 24 && determined == true { j += 1 }
            while Byte.isLower(t.at(j)) && j - ws < 20 { j += 1 }
            guard j > ws + 1, !Byte.isAlpha(t.at(j)) else { return false }
            if (ws > k || determined == true) && units.contains(t.hashLowercased(ws, j)) { return true }
            guard t.at(j) == 0x20 else { return false }
            j += 1
        }
        return false
    }

    static let units = NameLexicon.hashes(
        "team lab group office department desk unit squad yard pool depot warehouse branch ward crew"
    )

    static let departmentJoins = KeywordSet([
        "aus unserem ", "aus unserer ", "aus deren ", "aus ihrem ", "aus ihrer ",
        "de notre ", "de leur ", "de votre ", "from the ", "from ", "in the ", "in der ", "in ", "im ", "aus der ",
        "aus dem ", "von der ", "vom ",
        "on my ", "on our ", "on the ", "in my ", "in our ", "from my ", "from our ",
        "bei der ",
        "beim ", "de la ", "du ", "des ",
        "au service ",
    ])

    /// Departments (`legal`, `HR`, `Buchhaltung`, `compta`), matched case-insensitively.
    static let departments = KeywordSet([
        "legal", "procurement", "finance", "hr", "it", "sales", "marketing", "ops", "operations", "security",
        "support", "engineering", "accounting", "accounts", "payroll", "facilities", "networks", "network",
        "compliance", "purchasing", "people ops", "billing", "recruiting", "devops", "qa", "logistics",
        "customer service", "infosec", "buchhaltung", "personalabteilung", "einkauf", "vertrieb", "rechtsabteilung",
        "verwaltung", "lohnbuchhaltung", "it-abteilung", "compta", "comptabilité", "rh", "juridique", "achats",
        "ventes", "informatique", "paie", "dsi", "payments", "treasury", "risk", "audit", "controlling",
        "benefits", "reception", "front desk", "dispatch", "dispo", "admissions", "claims", "underwriting",
        "helpdesk", "help desk", "service desk", "comms", "communications", "housekeeping", "maintenance",
        "accounts payable", "accounts receivable", "admin", "kundenservice", "empfang", "disposition", "accueil",
        "réception", "fleet", "warehouse", "fuhrpark", "flotte", "entrepôt",
    ])

    /// Whether `<…>` starting at `k` holds an e-mail address.
    func bracketsAddress(_ t: ScanText, _ k: Int) -> Bool {
        var j = k
        var sawAt = false
        while j < t.count && j - k < 254 && t[j] != 0x3E && !Byte.isSpace(t[j]) {
            // An address holds no `<` or `[`; one here opens a placeholder (`<EMAIL_1>`, `[EMAIL]`), and what
            // follows was not part of this address before it was masked.
            if t[j] == 0x3C || t[j] == 0x5B { return false }
            if t[j] == 0x40 { sawAt = true }
            j += 1
        }
        return sawAt && t.at(j) == 0x3E
    }
}

extension PersonDetector {
    /// Whether an inverted name's given name ending at `e` (its family name starting at `s`) ends its item: the line,
    /// `;`, ` / `, a spaced dash after a name opening its line (`1) Losekann, Cilli – geb. …`), or a comma before a
    /// phone's or a birth's word or a number (`Zorbach, Kai-Uwe, Tel. …`, `Weiss, Anna, geb. 1961`).
    /// At the line's end only when the family name opens the line (after a bullet or a label's colon: `cn: Villa,
    /// Paul`) or a ` / ` before it on the line sets items apart (not a sign-off's team: `Ihr Team der Theaterkasse,
    /// Waltraut`).
    static func endsInvertedItem(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let a = t.at(e)
        // (`;`, or a colon before the item's figures: `Lecoq, Dorothée : 22 h`.)
        if a == 0x3B || a == 0x3A || (a == 0x20 && t.at(e + 1) == 0x3A) { return true }
        // Whether the family name opens its line, past a bullet or an item's number (`1) Losekann, Cilli`).
        func opensLine() -> Bool {
            // (Bounded: only a bullet or an item's number may stand before the name.)
            var k = t.lineStart(s, notBefore: s - 16)
            guard k == 0 || t[k - 1] == 0x0A else { return false }
            while k < s && (t[k] == 0x20 || t[k] == 0x2D || t[k] == 0x2A) { k += 1 }
            return k == s || Self.itemNumberEnd(t, k) == s
        }
        if a == 0x0A || a == 0x0D || a == 0 {
            let ls = t.lineStart(s)
            if opensLine() { return true }
            // (After a label's colon, a label of names: `cn: Villa, Paul`, not `Static sites: Gatsby, Hugo`.)
            if t.at(s - 1) == 0x20 && t.at(s - 2) == 0x3A, let w = t.labelBefore(colon: s - 2, maxLength: 24) {
                return PersonLabels.isNameLabel(t, w.start, w.end) || t.matches("cn:", at: w.start)
            }
            return (ls..<s).contains { t[$0] == 0x2F && t.at($0 - 1) == 0x20 && t.at($0 + 1) == 0x20 }
        }
        // (A table's cell: `| Pruschke, Natali |`, `Gardner, Ashley<TAB>`.)
        if a == 0x09 || a == 0x7C { return true }
        // (` / `, a role in parentheses, `Heintze, Justine (Mechaniker)`, a cell padded to its `|`, or a spaced dash after
        // a name opening its line: `1) Losekann, Cilli – geb. 8. Juli 1939`.)
        if a == 0x20 {
            var k = e
            while t.at(k) == 0x20 && k - e < 40 { k += 1 }
            // (A role's or a desk's note is capitalised: not `Gatsby, Hugo (legacy)`, `Autohotkey, Clay (#2248)`.)
            return (t.at(e + 1) == 0x2F && t.at(e + 2) == 0x20) || (t.at(e + 1) == 0x28 && Byte.isUpper(t.at(e + 2)))
                || t.at(k) == 0x7C
                || (spacedDashLength(t, e + 1) != nil && opensLine())
        }
        guard a == 0x2C && t.at(e + 1) == 0x20 else { return false }
        let n = e + 2
        return Byte.isDigit(t.at(n)) || t.at(n) == 0x2B || t.at(n) == 0x28 || t.matches("tel", at: n)
            || t.matches("geb", at: n) || t.matches("né", at: n) || t.matches("born", at: n)
            || t.matches("mobil", at: n) || t.matches("phone", at: n)
    }
}
