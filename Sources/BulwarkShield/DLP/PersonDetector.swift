/// Finds personal names from structure plus lexicons: field labels (`Name:`, `Customer:`, `"name": …`),
/// greetings, sign-offs, titles, chat speakers, self-introductions, `Name <address>`, CSV name columns and
/// given-name + family-name pairs in running text. Initials before a name are part of it (`J. R. Whitmore`);
/// titles (Mr., Frau, M.) are not.
struct PersonDetector {
    private static let nameColumnWords = KeywordSet(["name", "customer", "employee", "contact", "holder", "client"])
    private static let namePartColumnWords = KeywordSet([
        "first", "last", "given", "surname", "family", "forename", "vorname", "nachname", "prénom", "prenom", "nom",
    ])
    private static let otherColumnWords = KeywordSet(["username", "user_name", "company", "product", "file", "host"])
    /// First words of place names that follow a given name's shape (`San Jose`, `Santa Clara`, `Los Angeles`,
    /// `São Paulo`, `Saint Louis`, `Les Pins`): in running text these open no personal name.
    private static let placeOpeners = NameLexicon.hashes("san santa santo sao los las les saint sainte")
    /// Words that make a given name and the capitalised words after it a firm, a place or a landmark (`Delta Air
    /// Lines`, `Victoria Falls`, `Albert Museum`); common surnames (`Hall`, `Park`) are left out.
    private static let placeOrFirmWords = NameLexicon.hashes(
        "air airlines airways lines falls museum gallery cathedral bridge lake river mountain mountains bay stadium "
            + "arena centre center tower station airport hotel motors foods energy pharma pharmaceuticals express "
            + "airline railway railways rail media studios records entertainment brands industries enterprises "
            + "associates international global worldwide electric avenue boulevard theatre theater island islands "
            + "valley canyon heights springs county memorial clinic institute academy room building wing lounge "
            + "auditorium campus"
    )
    /// Firms named after people whose names read as a given name and a surname.
    private static let firmNames = NameLexicon.phraseHashes(
        "morgan stanley|goldman sachs|wells fargo|charles schwab|merrill lynch|edward jones|dow jones|hugo boss|"
            + "calvin klein|ralph lauren|louis vuitton|christian dior|john lewis|jack daniels|tommy hilfiger|"
            + "harley davidson|rolls royce|mercedes benz"
    )

    func scan(_ t: ScanText, _ triggers: Triggers, into out: inout [Candidate]) {
        let first = out.count
        defer { mentions(t, triggers, from: first, into: &out) }
        var csv = CSVColumn.Cache()
        if let speaker = lineStartHandle(t, 0) { out.append(speaker) }
        let kinds =
            Triggers.colonOrEquals | Triggers.newline | Triggers.capital | Triggers.cueLetter | Triggers.at
            | Triggers.dash
        triggers.forEach(kinds) { i in
            let c = t[i]
            var found: Candidate?
            if c == 0x3A || c == 0x3D {
                found = labelled(t, i, into: &out)
            } else if let dash = Self.spacedDashLength(t, i) {
                found = dashLabelled(t, i, dash) ?? dashSigned(t, i, i + dash)
            } else if c == 0x2D {
                return i + 1
            } else if c == 0x40 {
                found = chatHandle(t, i + 1, form: .mention)
            } else if c == 0x0A {
                signOff(t, i, into: &out)
                if let speaker = lineStartHandle(t, i + 1) {
                    out.append(speaker)
                    return speaker.end
                }
            } else if i == 0
                || !(Byte.isWord(t[i - 1]) || t[i - 1] == 0x2D || (t[i - 1] == 0x27 && Byte.isWord(t.at(i - 2))))
            {
                if Byte.isUpper(c) && (Byte.isUpper(t.at(i + 1)) || t.at(i + 1) == 0x27),
                    let e = Self.slashName(t, i, labelled: false)
                {
                    found = person(i, e, 0.85)
                } else if t.at(i - 1) == 0x3E, let value = tagValue(t, i) {
                    found = value
                } else if Byte.isLower(c) || Byte.isUpper(c) || c >= 0xC3 {
                    found = cued(t, i, into: &out) ?? (Byte.isLower(c) ? nil : freeText(t, i, csv: &csv, into: &out))
                }
            }
            guard let cand = found else { return i + 1 }
            out.append(cand)
            return max(cand.end, i + 1)
        }
    }

    func person(_ s: Int, _ e: Int, _ score: Double) -> Candidate {
        Candidate(.person, s, e, score: score, priority: 30)
    }

    // MARK: Name: X / "name": "X" / speaker: text

    private func labelled(_ t: ScanText, _ sep: Int, into out: inout [Candidate]) -> Candidate? {
        var ke = sep
        while ke > 0 && t[ke - 1] == 0x20 { ke -= 1 }
        if ke > 0 && (t[ke - 1] == 0x22 || t[ke - 1] == 0x27) { ke -= 1 }
        var ks = ke
        while ks > 0 && ke - ks < 40 {
            let b = t[ks - 1]
            guard Byte.isWord(b) || b == 0x20 || b == 0x5F || b == 0x2D || b == 0x2E || b == 0x27 else { break }
            ks -= 1
        }
        while ks < ke && t[ks] == 0x20 { ks += 1 }
        guard ke > ks else { return nil }
        var vs = sep + 1
        while vs < t.count && t[vs] == 0x20 { vs += 1 }
        if t.at(vs) == 0x22 || t.at(vs) == 0x27 { vs += 1 }
        if PersonLabels.isNameLabel(t, ks, ke) {
            guard let first = labelValue(t, ks, ke, vs) else { return nil }
            // A markup attribute (`<add name="Main" …>`) names a setting far more often than a person: one word
            // there must be a known given name.
            if t[sep] == 0x3D, t.at(sep + 1) == 0x22, t.contains(anyOf: ["<"], in: t.lineStart(ks), ks + 1),
                !(first.start..<first.end).contains(where: { t[$0] == 0x20 }),
                !NameLexicon.isFirstName(t, first.start, first.end)
            {
                return nil
            }
            guard PersonLabels.isListLabel(t, ks, ke) else { return first }
            if PersonLabels.isPluralLabel(t, ks, ke) && !Self.looksLikeName(t, first.start) { return nil }
            return listed(t, after: first, into: &out)
        }
        // Chat speaker: "[12:01] Jane Doe: text" or "Jane Doe: text" at the start of a line.
        guard t[sep] == 0x3A, t.at(sep + 1) == 0x20 else { return nil }
        // The name must end right at the colon, so a letter precedes it.
        guard sep > 0, Byte.isAlpha(t[sep - 1]) || t[sep - 1] >= 0x80 else { return nil }
        // A speaker's label opens its line: look back no further than a time stamp and a name can reach.
        let lineStart = t.lineStart(sep, notBefore: sep - 128)
        guard lineStart == 0 || t[lineStart - 1] == 0x0A else { return nil }
        var ls = lineStart
        // A time stamp in brackets may come first; a redaction placeholder there is no time stamp.
        if t.at(ls) == 0x5B && !Placeholder.starts(at: ls, in: t) {
            while ls < sep && t[ls] != 0x5D { ls += 1 }
            ls += 1
            while ls < sep && t[ls] == 0x20 { ls += 1 }
        }
        guard let tok = NameTokens.read(t, ls, max: 3), tok.end == sep else { return nil }
        let lex = tok.lexiconHits(t)
        let stamped = ls > lineStart
        // One given name before a colon and a number is a field (`Age: 42`, `Ward: 4B`), not someone speaking.
        if tok.count == 1 && !stamped && !Byte.isAlpha(t.at(sep + 2)) && t.at(sep + 2) < 0x80 { return nil }
        guard
            (lex.first && NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0])) || (tok.count >= 2 && lex.surname)
                || (tok.count >= 2 && stamped)
        else { return nil }
        return person(tok.start, tok.end, 0.85)
    }

    /// The name that is the value of the label `ks..<ke`, starting at `vs`.
    func labelValue(_ t: ScanText, _ ks: Int, _ ke: Int, _ vs: Int) -> Candidate? {
        if let titled = afterTitle(t, vs) { return titled }
        if Byte.isUpper(t.at(vs)), let e = Self.slashName(t, vs, labelled: true) { return person(vs, e, 0.9) }
        guard let tok = NameTokens.read(t, vs, max: 4, labelled: true) else {
            // `Name: jessica moore`: a given name and a surname, or one of them after a label for a name part.
            let part = PersonLabels.isNamePartLabel(t, ks, ke)
            guard let e = NameTokens.lowercase(t, vs, surnameAlone: part),
                t.at(e) == 0x0A || t.at(e) == 0 || t.at(e) == 0x2C,
                part || (vs..<e).contains(where: { t[$0] == 0x20 })
            else { return nil }
            return person(vs, e, 0.8)
        }
        let lex = tok.lexiconHits(t)
        if let lf = lastFirst(t, tok) { return person(tok.start, lf, 0.9) }
        // "Okafor, Chidi" filling the rest of a labelled line.
        if tok.count == 1, t.at(tok.end) == 0x2C, t.at(tok.end + 1) == 0x20,
            let e = NameTokens.word(t, tok.end + 2),
            t.at(e) == 0x0A || t.at(e) == 0 || t.at(e) == 0x22
        {
            return person(tok.start, e, 0.8)
        }
        guard tok.count >= 2 || lex.first || lex.surname || PersonLabels.isNamePartLabel(t, ks, ke) else {
            return nil
        }
        return person(tok.start, tok.end, 0.9)
    }

    /// The length of a dash with a space on each side at `i` (`-`, `–` or `—`), or nil.
    static func spacedDashLength(_ t: ScanText, _ i: Int) -> Int? {
        guard t.at(i - 1) == 0x20 else { return nil }
        let n: Int
        if t[i] == 0x2D {
            n = 1
        } else if t[i] == 0xE2 && t.at(i + 1) == 0x80 && (t.at(i + 2) == 0x93 || t.at(i + 2) == 0x94) {
            n = 3
        } else {
            return nil
        }
        return t.at(i + n) == 0x20 ? n : nil
    }

    /// `Contact person — Mateus Carvalho`: a line that starts with a name label, then a spaced dash. Only a
    /// label that is the whole start of the line counts (`Welcome to - Acme Portal` has none).
    private func dashLabelled(_ t: ScanText, _ i: Int, _ dash: Int) -> Candidate? {
        // A label opens its line and is short: look back no further than one can reach.
        var ks = t.lineStart(i, notBefore: i - 64)
        guard ks == 0 || t[ks - 1] == 0x0A else { return nil }
        while ks < i && t[ks] == 0x20 { ks += 1 }
        var ke = i
        while ke > ks && t[ke - 1] == 0x20 { ke -= 1 }
        guard ke > ks, PersonLabels.isWholeNameLabel(t, ks, ke) else { return nil }
        var vs = i + dash
        while t.at(vs) == 0x20 { vs += 1 }
        return labelValue(t, ks, ke, vs)
    }

    /// `Sure, Thursday works. — Omar`: a name after a spaced dash (at `dash`, text from `k`) that ends the line, as a
    /// message is signed. One given name only after a sentence's end (`Range 1 - Max`, `Min – Max` are ranges).
    private func dashSigned(_ t: ScanText, _ dash: Int, _ k: Int) -> Candidate? {
        var vs = k
        while t.at(vs) == 0x20 { vs += 1 }
        guard let tok = NameTokens.read(t, vs, max: 3) else { return nil }
        var e = tok.end
        if t.at(e) == 0x2E { e += 1 }
        while t.at(e) == 0x20 || t.at(e) == 0x0D { e += 1 }
        guard e >= t.count || t[e] == 0x0A else { return nil }
        let lex = tok.lexiconHits(t)
        let sentenceEnd = ".!?\"".utf8.contains(t.at(dash - 2))
        if tok.count >= 2
            ? (lex.first || lex.surname)
            : sentenceEnd && Self.writtenAsName(t, tok.starts[0], tok.ends[0]) && lex.first
        {
            return person(tok.start, tok.end, 0.75)
        }
        return nil
    }

    /// `Cox, Cheryl`: extends a one-word name over a following given name.
    private func lastFirst(_ t: ScanText, _ tok: NameTokens) -> Int? {
        // One surname, or a particle and a surname (`Le Goff, Auguste`, `Van Dyke, Anna`).
        let surname =
            tok.count == 1
            || (tok.count == 2 && NameLexicon.particles.contains(t.hashLowercased(tok.starts[0], tok.ends[0])))
        guard surname, t.at(tok.end) == 0x2C, t.at(tok.end + 1) == 0x20,
            let e = NameTokens.word(t, tok.end + 2), !NameLexicon.isStopword(t, tok.end + 2, e)
        else { return nil }
        // `Springfield, IL`: a two-capital word after the comma is a state or country code, not a given name.
        if e - (tok.end + 2) == 2 && Byte.isUpper(t[tok.end + 2]) && Byte.isUpper(t[tok.end + 3]) { return nil }
        let after = t.at(e)
        guard after == 0x0A || after == 0x20 || after == 0x2C || after == 0 || after == 0x22 || after == 0x3C else {
            return nil
        }
        let last = tok.count - 1
        guard NameLexicon.isFirstName(t, tok.end + 2, e) || NameLexicon.isSurname(t, tok.starts[last], tok.ends[last])
        else {
            return nil
        }
        // `Nguyen, Thi Lan`: a second given name is part of it when it ends the line, or when it is a known given
        // name ending a clause (`García, José Luis, the new hire`).
        if after == 0x20, let e2 = NameTokens.word(t, e + 1), !NameLexicon.isStopword(t, e + 1, e2) {
            let end = t.at(e2)
            if [0x0A, 0x0D, 0x22, 0].contains(end)
                || ([0x2C, 0x3B, 0x2E, 0x29].contains(end) && NameLexicon.isFirstName(t, e + 1, e2))
            {
                return e2
            }
        }
        return e
    }

    // MARK: Dear X, Mr. X, my name is X

    /// The name after a cue at `i`. A greeting of two people (`Hi Tom and Jerry,`) appends the first to `out` and
    /// returns the second.
    private func cued(_ t: ScanText, _ i: Int, into out: inout [Candidate]) -> Candidate? {
        // Titles are capitalised; cues have known first letters.
        guard Byte.isUpper(t[i]) || PersonLabels.mayStartCue(t, i) else { return nil }
        guard Byte.isAlpha(t[i]) || t[i] >= 0x80 || t[i] == 0x27 else { return nil }
        if let titled = afterTitle(t, i) { return titled }
        guard PersonLabels.mayStartCue(t, i) else { return nil }
        var e = i
        while e < t.count && (Byte.isAlpha(t[e]) || t[e] >= 0x80 || t[e] == 0x27) && e - i < 14 { e += 1 }
        let cue = PersonLabels.cue(t, i, e)
        switch cue {
        case .none:
            return nil
        case .greeting(let len), .intro(let len), .weakIntro(let len), .twoWordIntro(let len), .wish(let len),
            .agent(let len):
            var vs = i + len
            // `Hi, Jennifer`, `Happy birthday, Jennifer!`
            if t.at(vs) == 0x2C {
                switch cue {
                case .greeting, .weakIntro, .wish: vs += 1
                default: break
                }
            }
            guard t.at(vs) == 0x20 else { return nil }
            vs += 1
            if let titled = afterTitle(t, vs) { return titled }
            guard let tok = NameTokens.read(t, vs, max: 3) else {
                // `my name is priya natarajan`, `hi jess,`: a known given name in lower case after an introduction,
                // or ending a greeting.
                if case .intro = cue, let e = NameTokens.lowercase(t, vs, anySurname: true) {
                    return person(vs, e, 0.75)
                }
                guard let e = NameTokens.lowercase(t, vs) else { return nil }
                if case .greeting = cue, Self.endsGreeting(t.at(e)) { return person(vs, e, 0.75) }
                return nil
            }
            let firstIsGiven = NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0])
            if case .intro = cue { return person(tok.start, tok.end, 0.85) }
            if case .twoWordIntro = cue, tok.count >= 2 { return person(tok.start, tok.end, 0.8) }
            if case .agent = cue {
                guard firstIsGiven, Self.writtenAsName(t, tok.starts[0], tok.ends[0]) else { return nil }
                return person(tok.start, tok.end, 0.75)
            }
            if case .wish = cue {
                let end = t.at(tok.end)
                guard firstIsGiven, Self.writtenAsName(t, tok.starts[0], tok.ends[0]),
                    Self.endsGreeting(end) || end == 0x2E || end == 0
                else { return nil }
                return person(tok.start, tok.end, 0.75)
            }
            if case .greeting = cue {
                if Self.endsGreeting(t.at(tok.end)) { return person(tok.start, tok.end, 0.85) }
                if let second = Self.secondGreeted(t, after: tok.end) {
                    out.append(person(tok.start, tok.end, 0.85))
                    return person(second.start, second.end, 0.85)
                }
            }
            // A weak cue needs a known given name written as one (`ask Dan`), not an acronym (`ask DAN`, `cc HR`).
            let second = t.at(tok.starts[0] + 1)
            return firstIsGiven && (Byte.isLower(second) || second >= 0x80) ? person(tok.start, tok.end, 0.75) : nil
        }
    }

    /// What ends the name of a greeting: `,` `!` or the line end (`Hi Jane,`).
    private static func endsGreeting(_ c: UInt8) -> Bool { c == 0x2C || c == 0x0A || c == 0x21 }

    /// `and Jerry,` after a greeted name (`Hi Tom and Jerry,`, `Hallo Sven und Ingrid!`): the second name, which
    /// must end the greeting as a single name would.
    private static func secondGreeted(_ t: ScanText, after e: Int) -> NameTokens? {
        guard t.at(e) == 0x20, let k = afterConjunction(t, e + 1), let tok = NameTokens.read(t, k, max: 3),
            endsGreeting(t.at(tok.end))
        else { return nil }
        return tok
    }

    /// A courtesy title followed by a name: the name without the title, with the particles that open it (`Herr von
    /// Weizsäcker`, `Mr. van der Berg`).
    private func afterTitle(_ t: ScanText, _ i: Int) -> Candidate? {
        guard let len = PersonLabels.titleLength(t, i) else { return nil }
        var s = i + len
        // Titles in a row (`Herr Prof. Dr.`, `Herr Dipl.-Ing.`): the name follows the last. Three at most, so that a
        // run of titles costs no more than three (`Herr Herr Herr …` repeated over a whole prompt).
        for _ in 0..<3 {
            guard let next = PersonLabels.titleLength(t, s) else { break }
            s += next
        }
        guard let tok = NameTokens.read(t, NameTokens.afterParticles(t, s) ?? s, max: 3) else { return nil }
        return person(min(s, tok.start), tok.end, 0.85)
    }

    // MARK: running text

    private func freeText(
        _ t: ScanText,
        _ i: Int,
        csv: inout CSVColumn.Cache,
        into out: inout [Candidate]
    ) -> Candidate? {
        if t.at(i - 1) == 0x20 && t.at(i - 2) == 0x2C, let signed = inlineSignOff(t, i) { return signed }
        // `T. J. Okafor <tj@example.com>`: initials and a surname before an address.
        if NameTokens.initials(t, i) != nil {
            guard let tok = NameTokens.read(t, i, max: 3), t.at(tok.end) == 0x20, t.at(tok.end + 1) == 0x3C,
                bracketsAddress(t, tok.end + 2)
            else { return nil }
            return person(tok.start, tok.end, 0.85)
        }
        // Every form below needs `, `, ` <`, or a second capitalised word (maybe after a short particle) after
        // the first word; most capitalised words in running text have none, and skip the lexicon look-ups.
        guard let e0 = NameTokens.word(t, i) else { return nil }
        let a = t.at(e0)
        if t.at(i - 1) == 0x20, let r = related(t, i) { return r }
        if a != 0x2C && a != 0x09 && a != 0x3B && a != 0x22 && a != 0x27 {
            guard a == 0x20 else { return nil }
            let b = t.at(e0 + 1)
            if Byte.isLower(b), let said = saidBy(t, i, e0) { return said }
            if Byte.isLower(b) {
                var p = e0 + 2
                while Byte.isLower(t.at(p)) && p - e0 <= 5 { p += 1 }
                guard t.at(p) == 0x20, p - e0 <= 5 else { return nil }
            } else if !(b == 0x3C || Byte.isUpper(b) || b == 0xC3 || b == 0xC4 || b == 0xC5) {
                return nil
            }
        }
        guard let tok = NameTokens.read(t, i, max: 3) else { return nil }
        let w0 = (tok.starts[0], tok.ends[0])
        // Two capitals are an acronym (`AI Injection`, `IT Support`), not the given name `Ai`.
        let acronym = w0.1 - w0.0 == 2 && Byte.isUpper(t[w0.0 + 1])
        let given = !acronym && NameLexicon.isFirstName(t, w0.0, w0.1)
        let after = t.at(tok.end)
        // Name <address@host>
        if after == 0x20 && t.at(tok.end + 1) == 0x3C && (given || tok.count >= 2) && bracketsAddress(t, tok.end + 2) {
            return person(tok.start, tok.end, 0.85)
        }
        if tok.count == 1 {
            // A known given name or surname filling a cell of a name-part column (`first_name,last_name`); under
            // a plain `name` header one word is as often a service or product (`Kafka`, `Jenkins`).
            if after != 0x20 && inNameColumn(t, tok, csv: &csv, words: Self.namePartColumnWords) {
                let lex = tok.lexiconHits(t)
                if lex.first || lex.surname { return person(tok.start, tok.end, 0.8) }
            }
            // The given name is the first word after the comma (`Smith, John Paul`).
            if let lf = lastFirst(t, tok), NameLexicon.isSurname(t, w0.0, w0.1),
                !Self.placeOrFirmWords.contains(t.hashLowercased(w0.0, w0.1)),
                let g = NameTokens.word(t, tok.end + 2), NameLexicon.isFirstName(t, tok.end + 2, g)
            {
                return person(tok.start, lf, 0.75)
            }
            guard given, Self.writtenAsName(t, w0.0, w0.1) else { return nil }
            if after == 0x2C, let vocative = vocative(t, tok) { return vocative }
            if after == 0x20, let second = Self.secondOfPair(t, after: tok.end) {
                out.append(person(tok.start, tok.end, 0.7))
                return person(second.0, second.1, 0.7)
            }
            return nil
        }
        let surname = NameLexicon.isSurname(t, tok.starts[1], tok.ends[1])
        if inNameColumn(t, tok, csv: &csv) { return person(tok.start, tok.end, 0.8) }
        if Self.placeOpeners.contains(t.hashLowercased(w0.0, w0.1)) { return nil }
        guard given else { return nil }
        for k in 1..<tok.count where Self.placeOrFirmWords.contains(t.hashLowercased(tok.starts[k], tok.ends[k])) {
            return nil
        }
        if tok.count == 2
            && Self.firmNames.contains(t.hashLowercased(w0.0, w0.1) &+ t.hashLowercased(tok.starts[1], tok.ends[1]))
        {
            return nil
        }
        if surname { return person(tok.start, tok.end, 0.8) }
        // At a sentence start a capitalised second word is weak evidence.
        var p = i - 1
        while p >= 0 && t[p] == 0x20 { p -= 1 }
        let sentenceStart = p < 0 || t[p] == 0x2E || t[p] == 0x21 || t[p] == 0x3F || t[p] == 0x0A
        if sentenceStart && !NameLexicon.isSurname(t, tok.starts[tok.count - 1], tok.ends[tok.count - 1]) {
            // Still a name when the line holds nothing else (signature, list item).
            let lineEnds = tok.end >= t.count || t[tok.end] == 0x0A
            if !lineEnds && after != 0x2C && after != 0x3A { return nil }
        }
        // Without a known family name, a common word after the given name makes a product or an event (`Aurora Desk
        // Lamp`, `Spring Sale`).
        for k in 1..<tok.count where NameLexicon.isCommonWord(t, tok.starts[k], tok.ends[k]) { return nil }
        return person(tok.start, tok.end, 0.65)
    }

    /// `Thomas said …`, `Priya mentioned …`, `Fatima is out today`: a known given name (written as a name, not
    /// `MAY`) before a verb of saying or something else only people do.
    private func saidBy(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        let v = e0 + 1
        guard Self.speechVerbs.mayMatch(in: t, at: v), Byte.isLower(t.at(i + 1)) || t.at(i + 1) >= 0x80,
            Self.speechVerbs.forEachMatch(in: t, at: v, { _, n in !Byte.isAlpha(t.at(v + n)) }),
            NameLexicon.isFirstName(t, i, e0), !NameLexicon.isStopword(t, i, e0),
            !Self.placeNames.contains(t.hashLowercased(i, e0))
        else { return nil }
        return person(i, e0, 0.7)
    }

    /// Given names that are as often places reporting or saying things in business text (`Victoria reported`,
    /// `Georgia said`).
    static let placeNames = NameLexicon.hashes(
        "victoria georgia florence austin paris jordan chelsea sydney dallas phoenix savannah madison brooklyn kent "
            + "lincoln virginia carolina adelaide orlando houston denver regina alexandria india israel lourdes "
            + "santiago valencia aurora jackson troy york"
    )

    /// Verbs of saying, and what only people do at work (`Fatima is out today`, `Jonah will cover`).
    private static let speechVerbs = KeywordSet([
        "said", "says", "wrote", "writes", "mentioned", "asked", "asks", "told", "replied", "confirmed", "reported",
        "explained", "suggested", "agreed", "noted", "added", "emailed", "called", "messaged", "texted",
        "is out today", "is out sick", "is out of office", "is off today", "is off sick", "is on leave",
        "is on vacation", "is on holiday", "is on parental leave", "is off next week", "is out next week",
        "will cover", "is covering", "covered for", "resigned", "retired", "apologized", "apologised", "promised",
        "complained", "volunteered", "called in sick", "reached out", "followed up",
        "spoke with", "spoke to", "talked to", "met with",
    ])

    /// Whether `<…>` starting at `k` holds an e-mail address.
    private func bracketsAddress(_ t: ScanText, _ k: Int) -> Bool {
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

    private func inNameColumn(
        _ t: ScanText,
        _ tok: NameTokens,
        csv: inout CSVColumn.Cache,
        words: KeywordSet = nameColumnWords
    ) -> Bool {
        // The value fills its cell: a delimiter, quote or line edge on both sides (`| Kofi Boateng |` pads with a
        // space).
        var before = t.at(tok.start - 1)
        if before == 0x20 && t.at(tok.start - 2) == 0x7C { before = 0x7C }
        var after = t.at(tok.end)
        if after == 0x20 && t.at(tok.end + 1) == 0x7C { after = 0x7C }
        guard CSVColumn.isDelimiter(before) || before == 0x22 || before == 0x27 || before == 0x0A || tok.start == 0
        else { return false }
        guard CSVColumn.isDelimiter(after) || after == 0x22 || after == 0x27 || after == 0x0A || after == 0 else {
            return false
        }
        guard let h = CSVColumn.header(t, at: tok.start, cache: &csv) else { return false }
        return words.occurs(in: t, h.0, h.1) && !Self.otherColumnWords.occurs(in: t, h.0, h.1)
    }

    // MARK: sign-offs

    /// `Thanks, Jane Doe` on one line: a closing phrase, a comma, and a name that ends the line (the same
    /// names `signOff` takes from the next line).
    private func inlineSignOff(_ t: ScanText, _ i: Int) -> Candidate? {
        // The closing phrase opens its line or follows a sentence on it (`… by Friday. Best, Annika`).
        var ls = i - 2
        while ls > 0 && t[ls - 1] != 0x0A && i - ls <= 42 {
            if t[ls - 1] == 0x20 && ls >= 2 && (t[ls - 2] == 0x2E || t[ls - 2] == 0x21 || t[ls - 2] == 0x3F) { break }
            ls -= 1
        }
        guard i - ls <= 42, PersonLabels.isSignOff(t, ls, i - 1), let tok = NameTokens.read(t, i, max: 4) else {
            return nil
        }
        var e = tok.end
        if t.at(e) == 0x2E || t.at(e) == 0x21 { e += 1 }
        guard e >= t.count || t[e] == 0x0A || t[e] == 0x0D else { return nil }
        let lex = tok.lexiconHits(t)
        guard tok.count >= 2 || lex.first || lex.surname else { return nil }
        return person(tok.start, tok.end, 0.85)
    }

    /// `Thanks,\nJane Doe` — the line after a closing phrase.
    private func signOff(_ t: ScanText, _ nl: Int, into out: inout [Candidate]) {
        // The line, less the trailing `, ! . space CR` that `isSignOff` trims, must end as a closing phrase does.
        var le = nl
        while le > 0 {
            let c = t[le - 1]
            guard c == 0x2C || c == 0x21 || c == 0x2E || c == 0x20 || c == 0x0D else { break }
            le -= 1
        }
        guard le > 0, PersonLabels.mayEndSignOff(t[le - 1]) else { return }
        // The line start, looking back no further than a closing phrase can reach.
        var ls = nl
        while ls > 0 && t[ls - 1] != 0x0A && nl - ls <= 40 { ls -= 1 }
        guard nl - ls <= 40, nl > ls, PersonLabels.isSignOff(t, ls, nl) else { return }
        var k = nl + 1
        while k < t.count && (t[k] == 0x0A || t[k] == 0x20) { k += 1 }
        if let titled = afterTitle(t, k) {
            out.append(titled)
            return
        }
        guard let tok = NameTokens.read(t, k, max: 4) else { return }
        let after = t.at(tok.end)
        // What may follow the name on its line: a comma, a separator (`| Clinical Lead`), or `from`/`at` and the team
        // or company (`Oliver from Customer Care`).
        guard
            after == 0x0A || after == 0 || after == 0x2C || (after == 0x20 && "|-(–".utf8.contains(t.at(tok.end + 1)))
                || t.matchesExactly(" from ", at: tok.end) || t.matchesExactly(" at ", at: tok.end)
        else { return }
        let lex = tok.lexiconHits(t)
        guard tok.count >= 2 || lex.first || lex.surname else { return }
        out.append(person(tok.start, tok.end, 0.85))
    }
}
