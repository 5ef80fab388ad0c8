/// Finds personal names from structure plus lexicons: field labels (`Name:`, `Customer:`, `"name": …`),
/// greetings, sign-offs, titles, chat speakers (also placed by a time, see `timedName`), self-introductions,
/// `Name <address>`, CSV name columns, HL7 patient segments and given-name + family-name pairs in running text.
/// Initials before a name are part of it (`J. R. Whitmore`); titles (Mr., Frau, M.) are not.
struct PersonDetector {
    func scan(_ t: ScanText, _ triggers: Triggers, into out: inout [Candidate]) {
        let first = out.count
        defer {
            // A firm, a place or a book's author, however it was found: kept candidates move up in place. A pet's
            // name goes with all its mentions.
            var kept = first
            var cells = CSVColumn.Cache()
            var pets: [UInt64] = []
            for k in first..<out.count {
                // (A date after the name is no part of it.)
                if let e = Self.nameBeforeDate(t, out[k]) {
                    out[k].end = e
                    if e == out[k].start { continue }
                }
                if Self.namesAPet(t, out[k]) {
                    // (The pet's name is the last word: `Kater Moritz`.)
                    var ws = out[k].end
                    while ws > out[k].start && t[ws - 1] != 0x20 { ws -= 1 }
                    pets.append(t.hashLowercased(ws, out[k].end))
                } else if !Self.namesNoPerson(t, out[k], booksCited: triggers.mentionsISBN, csv: &cells) {
                    out[kept] = out[k]
                    kept += 1
                }
            }
            out.removeLast(out.count - kept)
            if !pets.isEmpty {
                out[first...].removeAll {
                    !(($0.start..<$0.end).contains { t[$0] == 0x20 })
                        && pets.contains(t.hashLowercased($0.start, $0.end))
                }
            }
            pairedFullNames(t, from: first, into: &out)
            namesInFoundColumns(t, from: first, into: &out)
            slashPartners(t, from: first, into: &out)
            mentions(t, triggers, from: first, into: &out)
        }
        var csv = CSVColumn.Cache()
        namesAboveAddresses(t, before: first, into: &out)
        if let speaker = lineStartHandle(t, 0) ?? timedName(t, 0) ?? Self.listingOwner(t, 0) ?? Self.sshConfigUser(t, 0)
        {
            out.append(speaker)
        }
        HL7Segments.scan(t, segmentAt: 0, into: &out)
        let kinds =
            Triggers.colonOrEquals | Triggers.newline | Triggers.capital | Triggers.cueLetter | Triggers.at
            | Triggers.dash | Triggers.slash
        triggers.forEach(kinds) { i in
            let c = t[i]
            var found: Candidate?
            var resume = i + 1
            // `C:\Users\Jamie\scripts\…` (or escaped, `C:\\Users\\jamie\\`): a Windows home folder named after its
            // user, ending at the next backslash (`C:\Users\Jamie Smith\` is read as a name below).
            if c == 0x3A, let n = Self.windowsUsersLength(t, i), let user = chatHandle(t, i + n, form: .path),
                t.at(user.end) == 0x5C
            {
                found = user
            } else if c == 0x3A || c == 0x3D {
                found = labelled(t, i, into: &out, resume: &resume)
            } else if let dash = Self.spacedDashLength(t, i) {
                // (Below a name, a post or a firm and a dash is the signature's next line: `Sébastien Giraud\nChargé
                // d'affaires – Maurice`.)
                // (Bounded: a dash further than 200 bytes into its line is not read as below the name.)
                let belowName =
                    out.last.map {
                        $0.type == .person && t.at($0.end) == 0x0A && $0.end < i
                            && t.lineStart(i, notBefore: max($0.end + 1, i - 200)) == $0.end + 1
                    } ?? false
                found =
                    dashLabelled(t, i, dash) ?? dashSigned(t, i, i + dash, belowName: belowName)
                    ?? (belowName ? nil : Self.nameOpeningDashedLine(t, i))
            } else if i == 0 || t[i - 1] == 0x0A, let dash = Self.lineDashLength(t, i) {
                // `— Agnieszka` on a line of its own: a message signed.
                found = dashSigned(t, i, i + dash)
            } else if c == 0x2D {
                // `-Melanie` on the text's last line (or after its last sentence: `… resent to x@y.com. -Anna`): a
                // message signed with a dash glued to the name.
                let signs = i == 0 || t[i - 1] == 0x0A || (t[i - 1] == 0x20 && ".!?".utf8.contains(t.at(i - 2)))
                // (`- Andrea` alone after a blank line at the end: a signature, not a list's last item.)
                let spaced = t.at(i + 1) == 0x20 && t.at(i - 1) == 0x0A && t.at(i - 2) == 0x0A
                let name = spaced ? i + 2 : i + 1
                guard signs, let e = Self.givenNameAlone(t, name), Self.endsText(t, e) else { return i + 1 }
                found = person(name, e, 0.7)
            } else if c == 0x40 {
                if let user = Self.remoteUser(t, i) { out.append(user) }
                found = chatHandle(t, i + 1, form: .mention)
            } else if c == 0x2F {
                // `/home/jmiller/`, `/Users/clementine.dubois/`: a user name made of name parts.
                if t.matchesExactly("/home/", at: i) {
                    found = chatHandle(t, i + 6, form: .path)
                } else if t.matchesExactly("/Users/", at: i) {
                    found = chatHandle(t, i + 7, form: .path)
                } else if t.at(i + 2) == 0x2F && t.at(i + 1) | 0x20 == 0x73 {
                    found = Self.conformedSignature(t, i)
                } else if Byte.isLower(t.at(i - 1)) && Byte.isUpper(t.at(i + 1)) {
                    found = Self.slashedGivenNames(t, i, into: &out)
                }
            } else if c == 0x0A {
                signOff(t, i, into: &out)
                if t.at(i + 4) == 0x7C { HL7Segments.scan(t, segmentAt: i + 1, into: &out) }
                if let speaker = lineStartHandle(t, i + 1) ?? timedName(t, i + 1) ?? Self.listingOwner(t, i + 1)
                    ?? Self.sshConfigUser(t, i + 1)
                {
                    out.append(speaker)
                    return speaker.end
                }
                found = valueBelowLabel(t, i)
            } else if Byte.isUpper(c) || c >= 0xC3, let elided = Self.afterElidedDe(t, i) {
                found = elided
            } else if i == 0
                || !(Byte.isWord(t[i - 1]) || t[i - 1] == 0x2D || (t[i - 1] == 0x27 && Byte.isWord(t.at(i - 2))))
                || (t[i - 1] >= 0x9C && Self.afterQuotationMark(t, i))
            {
                if Byte.isUpper(c) && (Byte.isUpper(t.at(i + 1)) || t.at(i + 1) == 0x27),
                    let e = Self.slashName(t, i, labelled: false)
                {
                    found = person(i, e, 0.85)
                } else if Byte.isUpper(c), let e = Self.slashNameInCell(t, i, csv: &csv) {
                    found = person(i, e, 0.8)
                } else if t.at(i - 1) == 0x3E, let value = tagValue(t, i) {
                    found = value
                } else if Byte.isUpper(c), let event = familyEvent(t, i, into: &out) {
                    found = event
                } else if c <= 0x5A && t.at(i - 2) == 0x29, let e = Self.familyAfterNickname(t, i) {
                    found = person(i, e, 0.75)
                } else if c == 0x46 || c == 0x56 || c == 0x44, i == 0 || t[i - 1] == 0x0A,
                    let handedOver = handover(t, i, into: &out)
                {
                    found = handedOver
                } else if Byte.isLower(c) || Byte.isUpper(c) || c >= 0xC3 {
                    found =
                        (c <= 0x5A && t.at(i - 1) == 0x20 ? valueAfterSeparator(t, i) : nil)
                        ?? (c <= 0x5A && t.at(i - 1) == 0x28 ? parenthesizedNameList(t, i, into: &out) : nil)
                        ?? cued(t, i, into: &out)
                        ?? (Byte.isLower(c)
                            ? nil
                            : unlabelled(t, i, csv: &csv, into: &out))
                }
            }
            guard var cand = found else { return resume }
            cand.end = Self.suffixEnd(t, cand.start, cand.end)
            out.append(cand)
            return max(cand.end, i + 1)
        }
    }

    /// The length of `lower(` or `upper(` (any case) at `i`, or nil.
    static func caseFunctionLength(_ t: ScanText, _ i: Int) -> Int? {
        t.at(i + 5) == 0x28 && (t.matches("lower(", at: i) || t.matches("upper(", at: i)) ? 6 : nil
    }

    /// `le frère d'Augustin`, `la sœur d’Élodie`: a known given name (no word, no place) glued to French `d'` (a
    /// word of its own before it), which the loop's word-start test passes over.
    static func afterElidedDe(_ t: ScanText, _ i: Int) -> Candidate? {
        var d = i - 2
        if t.at(i - 1) == 0x99 && t.at(i - 2) == 0x80 && t.at(i - 3) == 0xE2 {
            d = i - 4
        } else if t.at(i - 1) != 0x27 {
            return nil
        }
        guard t.at(d) | 0x20 == 0x64, !Byte.isWord(t.at(d - 1)), let e = givenNameAlone(t, i),
            !Byte.isAlpha(t.at(e)), t.at(e) != 0x2D
        else { return nil }
        return Candidate(.person, i, e, score: 0.7, priority: 30)
    }

    // MARK: Name: X / "name": "X" / speaker: text

    /// The name after the label ending at `sep` (`:` or `=`); after a firm's label, `resume` is set past its value.
    func labelled(_ t: ScanText, _ sep: Int, into out: inout [Candidate], resume: inout Int) -> Candidate? {
        if t[sep] == 0x3A,
            let speaker = parenthesizedSpeaker(t, sep, into: &out) ?? replyHeader(t, sep) ?? Self.noteWriter(t, sep)
        {
            return speaker
        }
        var ke = sep
        while ke > 0 && t[ke - 1] == 0x20 { ke -= 1 }
        if ke > 0 && (t[ke - 1] == 0x22 || t[ke - 1] == 0x27) { ke -= 1 }
        // `Surname (family name):`: a note in parentheses after the label.
        if let open = t.noteStart(before: ke) { ke = open - 1 }
        ke = Self.withoutGenderEnding(t, ke)
        var ks = ke
        while ks > 0 && ke - ks < 40 {
            let b = t[ks - 1]
            // Letters, digits and what joins them in a label (`first_name`, `Nom d'usage`, `First name(s)`); not a
            // parenthesis opening after a word (`Lieferant (Teilnehmer: …`).
            if b == 0x28 && t.at(ks - 2) == 0x20 { break }
            guard
                Byte.isWord(b) || b == 0x20 || b == 0x5F || b == 0x2D || b == 0x2E || b == 0x27 || b == 0x28
                    || b == 0x29
            else { break }
            ks -= 1
        }
        while ks < ke && t[ks] == 0x20 { ks += 1 }
        // `lower(last_name) = lower('Reynolds')`: SQL's case functions around a column and its value.
        var folded = false
        if t.at(ke - 1) == 0x29, let open = (ks..<ke).last(where: { t[$0] == 0x28 }), open >= ks + 5,
            Self.caseFunctionLength(t, open - 5) != nil
        {
            ks = open + 1
            ke -= 1
            folded = true
        }
        // `{"Sarah": "on leave", "Kevin": 3}`: a known given name (no word, no place) as a quoted key.
        if let quoted = quotedName(t, sep, ks, ke) { return quoted }
        // `PASSENGER 1:`, `Guest #2:`: a numbered label.
        var n = ke
        while n > ks && Byte.isDigit(t[n - 1]) { n -= 1 }
        if n < ke && n > ks + 1 && (t[n - 1] == 0x20 || t[n - 1] == 0x23) {
            ke = n - 1
            while ke > ks && (t[ke - 1] == 0x20 || t[ke - 1] == 0x23) { ke -= 1 }
        }
        guard ke > ks else { return nil }
        var vs = sep + 1
        while vs < t.count && t[vs] == 0x20 { vs += 1 }
        if folded, let n = Self.caseFunctionLength(t, vs) { vs += n }
        // (A JSON array of one name: `"given": ["Sean"]`, as FHIR writes it.)
        if t.at(vs) == 0x5B && t.at(vs + 1) == 0x22 { vs += 1 }
        if t.at(vs) == 0x22 || t.at(vs) == 0x27 { vs += 1 }
        // `user: kstewart`, `username=tomas.ruiz`: a login made of name parts.
        if Byte.isLower(t.at(vs)) && PersonLabels.isLoginLabel(t, ks, ke) { return chatHandle(t, vs, form: .login) }
        // (Or `Account: Brandon.Johnson`, as Windows logs write it.)
        if Self.capitalisedDottedPair(t, vs), PersonLabels.isLoginLabel(t, ks, ke),
            let login = chatHandle(t, vs, form: .login)
        {
            return login
        }
        // (Or `username = Kimberly`: a known given name alone as the login.)
        if Byte.isUpper(t.at(vs)), PersonLabels.isLoginLabel(t, ks, ke), let e = Self.givenNameAlone(t, vs),
            Self.endsLine(t, e) || t.at(e) == 0x22
        {
            return person(vs, e, 0.75)
        }
        // `First name and middle initial: Colleen M.`, `Name and address: …`: a name label before a conjunction.
        if !PersonLabels.isNameLabel(t, ks, ke) {
            guard let c = Self.conjunction(in: t, ks, ke), PersonLabels.isNameLabel(t, ks, c) else {
                // (Unless a person's title opens the value: `Arbeitgeber: Frau Ramazan Jopich` signs for the firm; not
                // a brand's title before its legal form, `Vendor: Dr. Martens Ltd`. Nor a note in lowercase, which
                // names no firm: `previous employer (Smith-Noble): chased by Debra`.)
                if t[sep] == 0x3A && PersonLabels.isFirmLabel(t, ks, ke) && !Self.titledPersonAt(t, vs)
                    && !Byte.isLower(t.at(vs))
                {
                    resume = Self.fieldEnd(t, after: sep)
                    return nil
                }
                // `Campaign: Autumn Restock`, `Model: Aurora Kettle`: a product's label names the words after it (unless
                // they read as a given and a family name, `Team: Kevin Smith`, or stand in capitals as the names of
                // a WHOIS record's organization do).
                if t[sep] == 0x3A && Byte.isUpper(t.at(vs)) && PersonLabels.isProductLabel(t, ks, ke),
                    let tok = NameTokens.read(t, vs, max: 4),
                    tok.count >= 2, !Self.inCapitals(t, tok.start, tok.end),
                    !(NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0])
                        && NameLexicon.isSurname(t, tok.starts[tok.count - 1], tok.end))
                {
                    resume = tok.end
                    return nil
                }
                // (A label ending with a word for a thing is a field's, not a speaker's, `Gewünschte Rolle: …`, unless
                // a given name opens it.)
                guard let said = speaker(t, sep),
                    !(PersonLabels.isThingLabel(t, ks, ke) || PersonLabels.isProductLabel(t, ks, ke))
                        || (NameTokens.word(t, ks).map { NameLexicon.isFirstName(t, ks, $0) } ?? false)
                else {
                    // (After `=` only a quoted value: `owner_tag = "Sheila"`, not `mode=Standard`.)
                    let quoted = t.at(vs - 1) == 0x22 || t.at(vs - 1) == 0x27
                    return t[sep] == 0x3A || quoted ? fieldValueName(t, ks, ke, vs, into: &out) : nil
                }
                return said
            }
            ke = c
        }
        guard let first = labelValue(t, ks, ke, vs) ?? Self.nameAfterTeam(t, vs) else { return nil }
        if Self.quotedThing(t, vs, first) { return nil }
        // A YAML list's `- name: HOST` names an environment variable: one word in capitals there is no person.
        if t.at(ks) == 0x2D && t.at(ks + 1) == 0x20 && Self.inCapitals(t, first.start, first.end)
            && !(first.start..<first.end).contains(where: { t[$0] == 0x20 })
        {
            return nil
        }
        // A markup attribute (`<add name="Main" …>`) names a setting far more often than a person: one word
        // there must be a known given name.
        if t[sep] == 0x3D, t.at(sep + 1) == 0x22, t.contains(anyOf: ["<"], in: t.lineStart(ks), ks + 1),
            !(first.start..<first.end).contains(where: { t[$0] == 0x20 }),
            !NameLexicon.isFirstName(t, first.start, first.end)
        {
            return nil
        }
        guard PersonLabels.isListLabel(t, ks, ke) else { return first }
        // (A title before the first says it is a person: `Accompagnateurs : M. Bernier, Anne et Virginie`.)
        if PersonLabels.isPluralLabel(t, ks, ke) && !Self.looksLikeName(t, first.start)
            && PersonLabels.titleLength(t, vs) == nil
        {
            return nil
        }
        return listed(t, after: first, onlyPeople: PersonLabels.isPeopleListLabel(t, ks, ke), into: &out)
    }

    /// Where the value of the field whose `:` is at `sep` ends: its line's end, or the `,`, `;` or `|` before the next
    /// label on the line (`Lieferant: Becker GmbH & Co. KG, Ansprechpartner: Herr Weber`).
    static func fieldEnd(_ t: ScanText, after sep: Int) -> Int {
        let le = t.lineEnd(sep + 1, notAfter: sep + 256)
        var cut = le
        // A clause after the firm's name (`Vendor: Jones, Huerta and Wright, ask for Tammy`): a comma and a lowercase
        // word; firms' names hold commas only before capitalised words.
        for k in (sep + 1)..<le where t[k] == 0x2C && t.at(k + 1) == 0x20 && Byte.isLower(t.at(k + 2)) {
            cut = k
            break
        }
        for k in (sep + 1)..<cut where t[k] == 0x3A {
            var p = k
            while p > sep + 1 && t[p - 1] != 0x2C && t[p - 1] != 0x3B && t[p - 1] != 0x7C { p -= 1 }
            if p > sep + 1 { cut = p }
            break
        }
        return cut
    }

    /// The start of ` and `, ` & `, ` or `, ` und `, ` et ` inside the label `ks..<ke`, or nil.
    static func conjunction(in t: ScanText, _ ks: Int, _ ke: Int) -> Int? {
        guard ke - ks > 8 else { return nil }
        for k in (ks + 2)..<(ke - 3) where t[k] == 0x20 {
            // First bytes of the conjunctions, tested before the words.
            let c = t[k + 1]
            guard c == 0x61 || c == 0x26 || c == 0x6F || c == 0x75 || c == 0x65 else { continue }
            if afterListConjunction(t, k + 1) != nil { return k }
        }
        return nil
    }

    /// The name that is the value of the label `ks..<ke`, starting at `vs`; after a label that names things as often
    /// (`PersonLabels.isWeakLabel`: `Vertretung: Siehe Aushang`), only with a known name among its words.
    func labelValue(_ t: ScanText, _ ks: Int, _ ke: Int, _ vs: Int) -> Candidate? {
        guard let value = anyLabelValue(t, ks, ke, vs) else { return nil }
        return PersonLabels.isWeakLabel(t, ks, ke) && !Self.holdsKnownName(t, value) ? nil : value
    }

    private func anyLabelValue(_ t: ScanText, _ ks: Int, _ ke: Int, _ vs: Int) -> Candidate? {
        if Self.namesAStep(t, ks, vs) { return nil }
        if let titled = afterTitle(t, vs) { return titled }
        if Byte.isUpper(t.at(vs)), let e = Self.slashName(t, vs, labelled: true) { return person(vs, e, 0.9) }
        if Byte.isUpper(t.at(vs)), let member = memberAfterTeam(t, vs) { return member }
        guard let tok = NameTokens.read(t, vs, max: 4, labelled: true) else {
            // `Familienname: Ring`, `Surname: Bell`, `"first_name": "April"`: one capitalised word alone in a name
            // part's field, a known name that is a word too, or no word (`Last name: Required` describes the field: see
            // `placeholderNames`).
            let quote = t.at(vs - 1)
            if let e = NameTokens.word(t, vs), e - vs >= 2, Byte.isLower(t.at(vs + 1)) || t.at(vs + 1) >= 0x80,
                Self.endsLine(t, e) || t.at(e) == 0x3B || ((quote == 0x22 || quote == 0x27) && t.at(e) == quote),
                PersonLabels.isNamePartLabel(t, ks, ke),
                // (French `Nom :` labels anything's name: `Nom : Sales`.)
                !(PersonLabels.isBareNom(t, ks, ke) && NameLexicon.isStopword(t, vs, e)),
                NameLexicon.isSurname(t, vs, e) || NameLexicon.isFirstName(t, vs, e)
                    || Self.writtenAsUnknownName(t, vs, e),
                !Self.placeholderNames.contains(t.hashLowercased(vs, e))
            {
                return person(vs, e, 0.8)
            }
            // `Operative signature: April`: a given name that is also a word, the whole value of a person's label.
            if let e = NameTokens.stopwordName(t, vs), Self.endsLine(t, e) { return person(vs, e, 0.75) }
            // `Employee: Lane, Angela`: a family name that is also a word, a comma and a known given name ending the
            // field.
            if let e1 = NameTokens.word(t, vs), t.at(e1) == 0x2C, t.at(e1 + 1) == 0x20,
                let g = Self.givenNameAlone(t, e1 + 2),
                Self.endsLine(t, g) || t.at(g) == 0x3B
                    || (t.at(g) == 0x20 && (t.at(g + 1) == 0x3C || t.at(g + 1) == 0x28))
            {
                return person(vs, g, 0.8)
            }
            // `Teilnehmer: August Naser`: a given name that is a word too, then a family name.
            if let e1 = NameTokens.stopwordName(t, vs), t.at(e1) == 0x20, Byte.isUpper(t.at(e1 + 1)),
                let e2 = NameTokens.word(t, e1 + 1),
                NameLexicon.isSurname(t, e1 + 1, e2) || Self.writtenAsUnknownName(t, e1 + 1, e2)
            {
                return person(vs, e2, 0.8)
            }
            // `Name: jessica moore`: a given name and a surname, or one of them after a label for a name part.
            let part = PersonLabels.isNamePartLabel(t, ks, ke)
            guard let e = NameTokens.lowercase(t, vs, surnameAlone: part),
                t.at(e) == 0x0A || t.at(e) == 0 || t.at(e) == 0x2C,
                part || (vs..<e).contains(where: { t[$0] == 0x20 })
            else { return nil }
            return person(vs, e, 0.8)
        }
        if tok.namesProduct(t) { return nil }
        // A firm or a place opened by its word (`Client : Atelier Boréal`, `Kunde: Praxis Wendt`).
        if tok.count >= 2 && Self.placeOpeners.contains(t.hashLowercased(tok.start, tok.ends[0])) { return nil }
        // A firm's or a department's word after the words (`Account name: Gardner Group`, `To: Sheffield HR`).
        if t.at(tok.end) == 0x20, Byte.isUpper(t.at(tok.end + 1)), let ne = NameTokens.word(t, tok.end + 1),
            Self.placeOrFirmFollows(t, tok.end + 1)
                || (Self.inCapitals(t, tok.end + 1, ne) && NameLexicon.isStopword(t, tok.end + 1, ne))
                || Self.departments.forEachMatch(in: t, at: tok.end + 1, { _, n in tok.end + 1 + n == ne })
        {
            return nil
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
        guard
            tok.count >= 2 || lex.first || lex.surname || PersonLabels.isNamePartLabel(t, ks, ke)
                || Self.loneUnknownName(t, ks, ke, tok)
        else {
            return nil
        }
        if tok.count == 1 && !lex.first && !lex.surname && Self.bareNameLabelHoldsNoName(t, ks, ke, tok) { return nil }
        // Words only, no name among them: a team or a department (`Media contact: Corporate Communications`); under
        // a label for a family name, a word is the family name (`Surname: Baker`; not after French `Nom`, which
        // is any name's label: `Nom : Sales`).
        let familyLabel =
            tok.count == 1 && PersonLabels.isNamePartLabel(t, ks, ke) && !PersonLabels.isBareNom(t, ks, ke)
        // (Nor German nouns of a department, which no English list knows: `Von: Produktmanagement Privatkunden`,
        // `Abteilung Buchhaltung`. The cost: a role's noun before a family name the lexicons lack, `Teamleitung Katze`.)
        if !lex.first && !lex.surname && !familyLabel
            && ((0..<tok.count).allSatisfy({ NameLexicon.isCommonWord(t, tok.starts[$0], tok.ends[$0]) })
                || (0..<tok.count).contains(where: { Self.germanNounEnding(t, tok.starts[$0], tok.ends[$0]) }))
        {
            return nil
        }
        // A group: a plural word ending the value (`Client: Northgate Hospitals`), or a team's word after it
        // (`Owner: Clinical Apps squad`).
        // (Or a plural or a verbal noun opening it: `owner: Claims Eng`, `Attendees: Underwriting Eng`; or a common
        // word ending what no given name opens: `Assigned to: Streets Maintenance`.)
        if tok.count >= 2
            && (Self.pluralNoun(t, tok.starts[tok.count - 1], tok.end) || Self.pluralNoun(t, tok.start, tok.ends[0])
                || Self.verbalNoun(t, tok.start, tok.ends[0]) || Self.verbalNoun(t, tok.starts[tok.count - 1], tok.end)
                || (!lex.first && NameLexicon.isCommonWord(t, tok.starts[tok.count - 1], tok.end))
                || Self.departments.forEachMatch(
                    in: t,
                    at: tok.starts[tok.count - 1],
                    { _, n in
                        tok.starts[tok.count - 1] + n == tok.end
                    }
                ))
        {
            return nil
        }
        if t.at(tok.end) == 0x20 && Byte.isLower(t.at(tok.end + 1)) {
            var ne = tok.end + 1
            while Byte.isLower(t.at(ne)) { ne += 1 }
            if !Byte.isAlpha(t.at(ne)) && Self.namingNouns.contains(t.hashLowercased(tok.end + 1, ne)) { return nil }
        }
        // A middle initial ending the value (`Colleen M.`, then the next field) is part of the name.
        var end = tok.end
        if t.at(end) == 0x20, Byte.isUpper(t.at(end + 1)), t.at(end + 2) == 0x2E,
            Self.endsLine(t, end + 3) || t.at(end + 3) == 0x2C || (t.at(end + 3) == 0x20 && t.at(end + 4) == 0x20)
        {
            end += 3
        }
        return person(tok.start, end, 0.9)
    }

    /// A known given name written as one at `s` (`Can`), stopword or not: its end, or nil.
    static func givenNameWord(_ t: ScanText, _ s: Int) -> Int? {
        guard Byte.isUpper(t.at(s)), Byte.isLower(t.at(s + 1)), let e = NameTokens.word(t, s),
            NameLexicon.isFirstName(t, s, e)
        else { return nil }
        return e
    }

    /// The length of a dash at `i` (`-`, `–` or `—`), or nil.
    static func dashLength(_ t: ScanText, _ i: Int) -> Int? {
        if t.at(i) == 0x2D { return 1 }
        return t.at(i) == 0xE2 && t.at(i + 1) == 0x80 && (t.at(i + 2) == 0x93 || t.at(i + 2) == 0x94) ? 3 : nil
    }

    /// The length of a dash opening a line and followed by a space at `i` (`— `, `– `, `-- `), or nil.
    static func lineDashLength(_ t: ScanText, _ i: Int) -> Int? {
        if dashLength(t, i) == 3 && t.at(i + 3) == 0x20 { return 3 }
        return t.at(i) == 0x2D && t.at(i + 1) == 0x2D && t.at(i + 2) == 0x20 ? 2 : nil
    }

    /// The length of a dash with a space on each side at `i` (`-`, `–` or `—`), or nil.
    static func spacedDashLength(_ t: ScanText, _ i: Int) -> Int? {
        guard t.at(i - 1) == 0x20, let n = dashLength(t, i) else { return nil }
        return t.at(i + n) == 0x20 ? n : nil
    }

    /// The offset of the space before a spaced dash (`-`, `–`, `—`) whose space after it ends right before `s`, or nil.
    static func spacedDashBefore(_ t: ScanText, _ s: Int) -> Int? {
        for n in [1, 3] where spacedDashLength(t, s - 1 - n) == n { return s - 2 - n }
        return nil
    }
}
