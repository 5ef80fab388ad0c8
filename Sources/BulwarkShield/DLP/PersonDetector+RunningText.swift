/// Names in running text without a label or a greeting before them: given and family names from the lexicons,
/// `Name <address>`, CSV name columns, `Smith, John`, a given name before a verb only people use, and the words that
/// make a name-shaped phrase a place, a firm or a product instead.
extension PersonDetector {
    func freeText(
        _ t: ScanText,
        _ i: Int,
        _ word: Int?,
        csv: inout CSVColumn.Cache,
        into out: inout [Candidate]
    ) -> Candidate? {
        // (Or `!`: `Merci ! Anna`, `Thanks! Anna` ending the message; a known given name there, not `Danke! Frohe
        // Ostern`.)
        if t.at(i - 1) == 0x20 && (t.at(i - 2) == 0x2C || t.at(i - 2) == 0x21),
            let signed = inlineSignOff(t, i, strict: t.at(i - 2) == 0x21)
        {
            return signed
        }
        if let e0 = word, let family = Self.familyNameCell(t, i, e0, csv: &csv) { return family }
        // `last_name NOT IN ('Ortiz', 'Soto')`: a quoted value compared with a column of name parts (under another
        // column with `name` in it, a known given or family name that is no place: not `table_name IN ('Users')`).
        if t.at(i - 1) == 0x27, let e0 = word, t.at(e0) == 0x27, let col = SQLInsert.listColumn(t, at: i),
            !Self.otherColumnWords.occurs(in: t, col.0, col.1),
            Self.namePartColumnWords.occurs(in: t, col.0, col.1)
                || (Self.personColumnWords.occurs(in: t, col.0, col.1)
                    && (NameLexicon.isFirstName(t, i, e0) || NameLexicon.isSurname(t, i, e0))
                    && !Self.placeNames.contains(t.hashLowercased(i, e0)))
        {
            return person(i, e0, 0.8)
        }
        // `Gruß Roberto` ending a line: the line's end is looked for first (most names in prose go on).
        if t.at(i - 1) == 0x20 && i >= 2 && PersonLabels.mayEndSignOff(t[i - 2]) && Self.nameEndsLine(t, i),
            let signed = inlineSignOff(t, i, comma: false)
        {
            return signed
        }
        // `T. J. Okafor <tj@example.com>`: initials and a surname before an address.
        if NameTokens.initials(t, i) != nil {
            guard let tok = NameTokens.read(t, i, max: 3), t.at(tok.end) == 0x20, t.at(tok.end + 1) == 0x3C,
                bracketsAddress(t, tok.end + 2)
            else { return nil }
            return person(tok.start, tok.end, 0.85)
        }
        // Every form below needs `, `, ` <`, or a second capitalised word (maybe after a short particle) after
        // the first word; most capitalised words in running text have none, and skip the lexicon look-ups.
        // (After a word that opens place names there is none: `Lake Louise and Jasper`, `salle Jules Verne`.)
        if let e0 = word, Self.familyVisited(t, i, e0) { return person(i, e0, 0.7) }
        guard let e0 = word, !Self.placeOpeners.holdsWord(before: i, in: t, maxLength: 10) else { return nil }
        let a = t.at(e0)
        if t.at(i - 1) == 0x20 || t.at(i - 1) == 0x28, let r = related(t, i) { return r }
        if let paired = Self.pairedWithTitled(t, i) { return paired }
        if a == 0x2E || a == 0x3F || a == 0x21 || a == 0x29 || a == 0x3B || a == 0x0A || a == 0x0D
            || (a == 0 && e0 == t.count) || (a == 0x20 && t.at(e0 + 1) == 0x3A),
            let object = Self.objectOfPreposition(t, i, e0)
        {
            return object
        }
        if a == 0x20, let companion = Self.companionAfterWith(t, i, e0) { return companion }
        if let asked = Self.askedPerson(t, i, e0) { return asked }
        if Self.addressedAlone(t, i, e0) { return person(i, e0, 0.7) }
        // `insp 17.03.2026 ~10:30, w/ Lauren`: a known given name after `w/` (with), no capitalised word after it
        // (`w/ Luis Nelson` is read as a whole below, `w/ Vaughn Group` is a firm).
        if t.at(i - 1) == 0x20 && t.at(i - 2) == 0x2F && t.at(i - 3) | 0x20 == 0x77 && !Byte.isAlnum(t.at(i - 4)),
            !(t.at(e0) == 0x20 && Byte.isUpper(t.at(e0 + 1))),
            Self.givenNameAlone(t, i) == e0
        {
            return person(i, e0, 0.7)
        }
        if a == 0x27 || a == 0xE2, let owner = Self.possessor(t, i, e0) { return owner }
        if let owner = Self.deviceOwner(t, i, e0) { return owner }
        if a == 0x20 && t[e0 - 1] == 0x73 && Byte.isUpper(t.at(e0 + 1)), let owner = Self.genitive(t, i, e0) {
            return owner
        }
        if t.at(i - 1) == 0x20, let owner = Self.ownerOfThing(t, i, e0) { return owner }
        if a == 0x20 && t.at(e0 + 1) == 0x28, let noted = Self.withNote(t, i, e0) { return noted }
        if a == 0x2C || a == 0x29 || a == 0x3A || (a == 0x20 && t.at(i - 1) == 0x28),
            let writer = Self.noteWriter(t, i, e0) ?? Self.staffInParentheses(t, i, e0)
        {
            return writer
        }
        // `> **Linda** commented on …`: a comment's author in bold, before what they did.
        if a == 0x2A && t.at(e0 + 1) == 0x2A && t.at(e0 + 2) == 0x20 && t.at(i - 1) == 0x2A,
            Self.threadEvents.forEachMatch(in: t, at: e0 + 3, { _, n in !Byte.isAlpha(t.at(e0 + 3 + n)) }),
            NameLexicon.isFirstName(t, i, e0) || NameLexicon.isSurname(t, i, e0), Self.writtenAsName(t, i, e0)
        {
            return person(i, e0, 0.75)
        }
        // `homestay with the Hall family`, `the door code for the Hernandez house` (`die Familie Schulz` is a title): a
        // family name before a word for the family or its home.
        if a == 0x20 && Byte.isLower(t.at(e0 + 1)),
            Self.householdWords.forEachMatch(in: t, at: e0 + 1, { _, n in !Byte.isAlpha(t.at(e0 + 1 + n)) }),
            // (Before a word for a home a family name that is a word too names the place: `Lake house`.)
            t.matchesExactly("family", at: e0 + 1)
                // (`the Marriott family of brands` is the firm's.)
                ? Self.familyNameAlone(t, i, e0, family: !t.matchesExactly(" of ", at: e0 + 7))
                : Self.familyNameAsWord(t, i, e0),
            !Self.namedLikePeople.contains(t.hashLowercased(i, e0)),
            t.matchesExactly("family", at: e0 + 1) || !Self.isWordName(t, i, e0)
        {
            // (Before a home's or an event's word, a family name follows `the` or another name joined to it, and a
            // couple's event names both: `the Dunn & Williams wedding`; not `a Tudor house`, `Harbor wedding recap`.)
            let couple = Self.coupledNameBefore(t, i)
            if couple == nil && !t.matchesExactly("family", at: e0 + 1) && !t.matches("the ", at: i - 4) {
                return nil
            }
            if let first = couple { out.append(person(first.start, first.end, 0.7)) }
            return person(i, e0, 0.7)
        }
        // (A word ending its line may fill the last cell of a table's row; so may one before a pipe with no space,
        // `|Mon|Sarah|Kevin|`.)
        if a != 0x2C && a != 0x09 && a != 0x3B && a != 0x22 && a != 0x27 && a != 0x0A && a != 0x0D && a != 0
            && a != 0x7C
        {
            guard a == 0x20 else { return nil }
            let b = t.at(e0 + 1)
            if Byte.isLower(b) || b == 0xC3, let said = saidBy(t, i, e0) ?? ofDepartment(t, i, e0) { return said }
            if Byte.isLower(b) {
                var p = e0 + 2
                while Byte.isLower(t.at(p)) && p - e0 <= 5 { p += 1 }
                // A particle (`van der`), or `d'` glued to the family name (`d'Aubigny`).
                let glued = p == e0 + 2 && b == 0x64 && (t.at(p) == 0x27 || t.at(p) == 0xE2)
                guard t.at(p) == 0x20 || glued, p - e0 <= 5 else { return nil }
            } else if b == 0x26 {
                // `| Steven & Charles |`: two different known given names filling a cell (not `Johnson & Johnson`, nor
                // brands in prose: `Charles & Keith bags`, `Harry & David`).
                guard Self.givenNameAlone(t, i) == e0, t.at(e0 + 2) == 0x20, let e2 = Self.givenNameAlone(t, e0 + 3),
                    t.hashLowercased(i, e0) != t.hashLowercased(e0 + 3, e2),
                    CSVColumn.isDelimiter(Self.cellByte(t, before: i, comma: true)),
                    CSVColumn.isDelimiter(Self.cellByte(t, after: e2, comma: true)) || Self.endsLine(t, e2)
                else { return nil }
            } else if !(b == 0x3C || b == 0x7C || b == 0x3B || Byte.isUpper(b) || b == 0xC3 || b == 0xC4
                || b == 0xC5
                || (b == 0x2D && t.at(e0 + 2) == 0x3E) || (b == 0xE2 && t.at(e0 + 2) == 0x86)
                || (b == 0x20 && CSVColumn.isDelimiter(Self.cellByte(t, after: e0))))
            {
                return nil
            }
        }
        guard let tok = NameTokens.read(t, i, max: 3) else {
            // `"West, Evelyn"` in a name column: a family name that is a stopword too, before a known given name.
            guard a == 0x2C, t.at(i - 1) == 0x22, t.at(e0 + 1) == 0x20, NameLexicon.isSurname(t, i, e0),
                let g = Self.givenNameAlone(t, e0 + 2), t.at(g) == 0x22
            else { return nil }
            var cell = NameTokens()
            cell.starts.append(i)
            cell.ends.append(e0)
            return inNameColumn(t, cell, csv: &csv) ? person(i, g, 0.8) : nil
        }
        let w0 = (tok.starts[0], tok.ends[0])
        // Two capitals are an acronym (`AI Injection`, `IT Support`), not the given name `Ai`; so are three before
        // another word in capitals that is no name (`WAN IP`, not `ANN LEE`).
        let acronym =
            (w0.1 - w0.0 == 2 && Byte.isUpper(t[w0.0 + 1]))
            || (w0.1 - w0.0 == 3 && tok.count >= 2 && Self.inCapitals(t, tok.start, tok.end)
                && !NameLexicon.isSurname(t, tok.starts[1], tok.ends[1])
                && !NameLexicon.isFirstName(t, tok.starts[1], tok.ends[1]))
        let given = !acronym && NameLexicon.isFirstName(t, w0.0, w0.1)
        let after = t.at(tok.end)
        // Name <address@host>; a mailbox named by words no lexicon knows as names is a shop's or a team's (`Meter Shop
        // <…>`).
        if after == 0x20 && t.at(tok.end + 1) == 0x3C && (given || tok.count >= 2) && bracketsAddress(t, tok.end + 2) {
            // (Nor one whose last word is a common word: `Hive Haven Membership <…>`.)
            if !given && tok.hasCommonWordAfterFirst(t)
                && (!tok.lexiconHits(t).surname || NameLexicon.isCommonWord(t, tok.starts[tok.count - 1], tok.end))
            {
                return nil
            }
            return person(tok.start, tok.end, 0.85)
        }
        // `- Nadeschda Lehmann, geb. 14.05.1990`, `Tom Reed, born 3 May 1990`: two or three words opening an item before a
        // birth date, one of them a known name (inside a sentence, a role may open the words: `unsere Patientin …`), or
        // all of them written as names no lexicon knows (`- Eitel Röhrdanz, geb. 03/08/90`).
        // (Or a spaced dash before it: `2. Trudel Kuhl – geb. 29/01/1950`.)
        let dash = after == 0x20 ? Self.spacedDashLength(t, tok.end + 1) : nil
        if (after == 0x2C || dash != nil) && tok.count >= 2 && Self.opensItem(t, tok.start)
            && Self.birthDateFollows(t, tok.end + 1 + (dash ?? 0))
        {
            let lex = tok.lexiconHits(t)
            if lex.first || lex.surname
                || (0..<tok.count).allSatisfy({ Self.writtenAsUnknownName(t, tok.starts[$0], tok.ends[$0]) })
            {
                return person(tok.start, tok.end, 0.8)
            }
        }
        // `"Ferrand, Guillaume"`, `"Ferrand, G."`, `"Van Buren, Tyler J."`: a quoted `Last, First` cell of a name column
        // (or one in a Markdown table: `| Buchholz, Hasso |`).
        // (Or a cell of a semicolon- or tab-separated row, where a comma stays inside its cell.)
        let cell =
            t.at(tok.start - 1) == 0x22 || t.at(tok.start - 1) == 0x3B || t.at(tok.start - 1) == 0x09
            || t.at(tok.start - 1) == 0x0A || tok.start == 0
            || (t.at(tok.start - 1) == 0x20 && t.at(tok.start - 2) == 0x7C)
        // (Or of a column of people in some role: `proprietaire` … `"Leroy, Roger"`.)
        if after == 0x2C && cell
            && (inNameColumn(t, tok, csv: &csv) || inNameColumn(t, tok, csv: &csv, words: Self.personColumnWords))
        {
            if let lf = lastFirst(t, tok) { return person(tok.start, lf, 0.8) }
            if let g = Self.unknownLastFirstInCell(t, tok, csv: &csv) { return person(tok.start, g, 0.75) }
            let k = tok.end + 2
            if t.at(tok.end + 1) == 0x20 && Byte.isUpper(t.at(k)) && t.at(k + 1) == 0x2E && t.at(k + 2) == 0x22 {
                return person(tok.start, k + 2, 0.8)
            }
        }
        // `| Ditschlerin, Sylvana |` in a rota: a word written as a name, a comma and a known given name filling a cell
        // (not after a comma, which splits a comma-separated row's cells) whose row or column names someone else.
        if after == 0x2C && tok.count == 1 && t.at(tok.end + 1) == 0x20 && Self.cellByte(t, before: tok.start) != 0x2C,
            let g = Self.givenNameAlone(t, tok.end + 2), Self.writtenAsName(t, w0.0, w0.1),
            !NameLexicon.isCommonWord(t, w0.0, w0.1), Self.fillsPeopleTableCell(t, tok.start, g, csv: &csv)
        {
            return person(tok.start, g, 0.7)
        }
        // `Marguerite Leconte;mvoisin@…` under a `nom` header: two or three words written as names filling a cell of a
        // name column, known to the lexicons or not.
        // (The cell first: `inNameColumn` rejects a name in prose by the bytes around it before any look-up.)
        // (Under a header of people in some role, one of the words is a known given name: `moniteur` … `Schmitt
        // Maryse`, not `Universidad de Chile` under `Host institution`.)
        if tok.count >= 2,
            inNameColumn(t, tok, csv: &csv)
                || ((NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0])
                    || NameLexicon.isFirstName(t, tok.starts[tok.count - 1], tok.end))
                    && inNameColumn(t, tok, csv: &csv, words: Self.personColumnWords)),
            (0..<tok.count).allSatisfy({ k in
                let (s, e) = (tok.starts[k], tok.ends[k])
                return NameLexicon.isFirstName(t, s, e) || NameLexicon.isSurname(t, s, e)
                    || Self.writtenAsUnknownName(t, s, e)
            })
        {
            return person(tok.start, tok.end, 0.8)
        }
        if tok.count == 1 {
            // A known given name or surname filling a cell of a name-part column (`first_name,last_name`); under
            // a plain `name` header one word is as often a service or product (`Kafka`, `Jenkins`).
            // (`| Alan |`, `Joseph ; Michèle ;`: a cell padded with spaces.)
            let fills = after != 0x20 || CSVColumn.isDelimiter(Self.cellByte(t, after: tok.end, comma: true))
            if fills && inNameColumn(t, tok, csv: &csv, words: Self.namePartColumnWords) {
                let lex = tok.lexiconHits(t)
                if lex.first || lex.surname || NameLexicon.isSurnameOrCompound(t, tok.start, tok.end) {
                    return person(tok.start, tok.end, 0.8)
                }
                // A column that says it holds given or family names holds them whether or not a lexicon knows them
                // (`Nachname;Vorname` … `Schaaf;Irmengard`), unless the cell is a word.
                if Self.writtenAsUnknownName(t, tok.start, tok.end) { return person(tok.start, tok.end, 0.75) }
            }
            // A known given name or a family name that is no word, alone in a column of people in some role
            // (`| Owner |` … `| Alan |`, `Verantwortlich;…` … `Drewes;`); a given name alone in a name column too
            // (`| Name |` … `| Marian |`).
            if fills && (given || Self.familyNameAsWord(t, w0.0, w0.1)) && Self.writtenAsName(t, w0.0, w0.1)
                && !Self.isWordName(t, w0.0, w0.1) && !Self.namedLikePeople.contains(t.hashLowercased(w0.0, w0.1))
                && !Self.standIns.contains(t.hashLowercased(w0.0, w0.1))
                && (inNameColumn(t, tok, csv: &csv, words: Self.personColumnWords)
                    || (given && inNameColumn(t, tok, csv: &csv)))
            {
                return person(tok.start, tok.end, 0.75)
            }
            // Under any header, a given name filling a cell beside other people's (`| Mon | Sarah | Tom |`).
            if given && Self.givenNameAlone(t, tok.start) == tok.end
                && Self.fillsPeopleTableCell(t, tok.start, tok.end, csv: &csv)
            {
                return person(tok.start, tok.end, 0.7)
            }
            // A given name that is a word or a month too (`Grant`, `Frank`, `April`), or a family name that is no word
            // (`| Mon | Sarah, Okafor | Tom |`), where its row and its column both name people.
            if fills && Self.writtenAsName(t, w0.0, w0.1)
                && ((given
                    && (Self.isWordName(t, w0.0, w0.1)
                        || NameLexicon.nameStopwords.contains(t.hashLowercased(w0.0, w0.1))))
                    || (!given && Self.familyNameAsWord(t, w0.0, w0.1) && lastFirst(t, tok) == nil))
                && Self.fillsPeopleTableCell(t, tok.start, tok.end, csv: &csv, rowAndColumn: true)
            {
                return person(tok.start, tok.end, 0.65)
            }
            // `Sölzer, Ulf` in an owner's or a name column: a family name the lexicons lack before a known given name.
            if after == 0x2C, let lf = lastFirst(t, tok), let g = NameTokens.word(t, tok.end + 2),
                NameLexicon.isFirstName(t, tok.end + 2, g), Self.writtenAsUnknownName(t, w0.0, w0.1),
                inNameColumn(t, tok, csv: &csv, words: Self.personColumnWords) || inNameColumn(t, tok, csv: &csv)
            {
                return person(tok.start, lf, 0.75)
            }
            // `Früh Pruschke, Ariane / Spät …`, `SR Zorbach, Kai-Uwe, Tel. …`: a family name the lexicons lack before a
            // comma and a known given name that ends the item (the line, ` / `, `;`, or a phone's or a birth's word).
            if after == 0x2C && t.at(tok.end + 1) == 0x20, Self.writtenAsUnknownName(t, w0.0, w0.1),
                let g = Self.givenNameAlone(t, tok.end + 2), Self.endsInvertedItem(t, tok.start, g)
            {
                return person(tok.start, g, 0.75)
            }
            // The given name is the first word after the comma (`Smith, John Paul`).
            // (Not a relative named before the person: `mein Mann, Esther Kaul`.)
            if let lf = lastFirst(t, tok), NameLexicon.isSurnameOrCompound(t, w0.0, w0.1),
                !Self.placeOrFirmWords.contains(t.hashLowercased(w0.0, w0.1)),
                !Self.germanWordsNamedLikeFamilies.contains(t.hashLowercased(w0.0, w0.1)),
                let g = NameTokens.word(t, tok.end + 2), NameLexicon.isFirstName(t, tok.end + 2, g)
            {
                return person(tok.start, lf, 0.75)
            }
            // A family name addressed (`Humphreys, can you confirm?`).
            if after == 0x2C, !given, NameLexicon.isSurname(t, w0.0, w0.1), Self.writtenAsName(t, w0.0, w0.1),
                !NameLexicon.isCommonWord(t, w0.0, w0.1), let vocative = vocative(t, tok)
            {
                return vocative
            }
            // `dass Freia und Jakob ihn …`: a name the lexicons lack inside a sentence, paired with a known given name
            // (not after words that lead to places: `offices in Leeds and Chester`, `visited Cornwall and Devon`).
            if !given && after == 0x20, let second = Self.secondOfPair(t, after: tok.end),
                Self.writtenAsUnknownName(t, w0.0, w0.1), !Self.placeNames.contains(t.hashLowercased(w0.0, w0.1)),
                let w = t.wordBefore(i, maxLength: 16), Byte.isLower(t[w.start]),
                !Self.placePrepositions.contains(t.hashLowercased(w.start, w.end))
                    && !Self.placeLeads.contains(t.hashLowercased(w.start, w.end)),
                !Self.isWordName(t, second.0, second.1)
            {
                out.append(person(tok.start, tok.end, 0.65))
                return person(second.0, second.1, 0.7)
            }
            guard given, Self.writtenAsName(t, w0.0, w0.1) else { return nil }
            if after == 0x2C, let vocative = vocative(t, tok, plainName: !Self.isWordName(t, w0.0, w0.1)) {
                return vocative
            }
            if after == 0x2C, let last = restOfNameList(t, tok.start, after: tok.end, into: &out) { return last }
            if after == 0x20, let second = Self.secondOfPair(t, after: tok.end),
                !(Self.isWordName(t, w0.0, w0.1)
                    && Self.isWordName(t, second.0, NameTokens.word(t, second.0) ?? second.1))
            {
                out.append(person(tok.start, tok.end, 0.7))
                return person(second.0, second.1, 0.7)
            }
            if let object = Self.objectOfPreposition(t, i, e0) { return object }
            // A message signed with a given name alone on its last line, after a blank line (or before a line or two
            // of the writer's post: `Raymond\nReferee Assignor, Metro Youth Soccer`).
            if tok.end - i >= 3 && t.at(i - 1) == 0x0A && t.at(i - 2) == 0x0A
                && (Self.endsText(t, tok.end) || Self.postLinesEndText(t, i, tok.end))
            {
                return person(i, tok.end, 0.7)
            }
            // `Ihr Team der Theaterkasse, Liane`: after a comma, ending the text, as a message is signed (not a state
            // after a town: `Center, Nevada`).
            if t.at(i - 1) == 0x20 && t.at(i - 2) == 0x2C && Self.endsText(t, tok.end)
                && !Self.isWordName(t, w0.0, w0.1) && !(w0.0..<w0.1).contains(where: { t[$0] == 0x2D })
                && !Self.statesNamedLikePeople.contains(t.hashLowercased(w0.0, w0.1))
            {
                return person(i, tok.end, 0.7)
            }
            return nil
        }
        let surname = NameLexicon.isSurname(t, tok.starts[1], tok.ends[1])
        if tok.namesProduct(t) { return nil }
        if inNameColumn(t, tok, csv: &csv) { return person(tok.start, tok.end, 0.8) }
        // A verb opening a question (`Hat Sabine das Ticket?`): the name is read from the next word (a cell of a name
        // column was taken above: `Weiss Anna`).
        if Self.questionVerbs.contains(t.hashLowercased(w0.0, w0.1)) && Self.opensItem(t, tok.start) { return nil }
        if Self.placeOpeners.contains(t.hashLowercased(w0.0, w0.1)) { return nil }
        if !given, let inverted = Self.familyFirstItem(t, tok) { return inverted }
        guard given else { return nil }
        // A particle that is a given name too opens a place as often: a known family name must follow (`Van Morrison`,
        // not `Des Moines`, `DÉGÂT DES EAUX`).
        if !surname && NameLexicon.particles.contains(t.hashLowercased(w0.0, w0.1))
            && !NameLexicon.isFirstName(t, tok.starts[1], tok.ends[1])
        {
            return nil
        }
        for k in 1..<tok.count where Self.placeOrFirmWords.contains(t.hashLowercased(tok.starts[k], tok.ends[k])) {
            return nil
        }
        // The word after the name may make it a place or a firm as well (`Lincoln Park Middle School`).
        if t.at(tok.end) == 0x20, let ne = NameTokens.word(t, tok.end + 1),
            Self.placeOrFirmWords.contains(t.hashLowercased(tok.end + 1, ne))
        {
            return nil
        }
        // A firm's name opens the words (`Hugo Boss Eau de Toilette`).
        if Self.firmNames.contains(t.hashLowercased(w0.0, w0.1) &+ t.hashLowercased(tok.starts[1], tok.ends[1])) {
            return nil
        }
        // After an article or a possessive the words name a thing (`the Nova Mini`, `The Lean Startup`, `our Spring
        // Sale`, `the Ford Mustang`), not a person; but `a` before a given and a family name set off by commas speaks
        // of someone of that name (`my landlord's lawyer, a Melissa Phelps, sent me`).
        if Self.determinerBefore(t, i)
            && !(surname && tok.count == 2 && t.matchesExactly(", a ", at: i - 4) && t.at(tok.end) == 0x2C)
        {
            return nil
        }
        if surname { return person(tok.start, tok.end, 0.8) }
        // At a sentence start a capitalised second word is weak evidence.
        var p = i - 1
        while p >= 0 && t[p] == 0x20 { p -= 1 }
        // (A list item's bullet opens a line: `- Franklin Sync now retries`.)
        if p >= 0 && (t[p] == 0x2D || t[p] == 0x2A) && (p == 0 || t[p - 1] == 0x0A) { p -= 1 }
        let lineStart = p < 0 || t[p] == 0x0A
        let subject = p >= 0 && t[p] == 0x3A && Self.subjectLabelEnds(t, p)
        let sentenceStart = lineStart || t[p] == 0x2E || t[p] == 0x21 || t[p] == 0x3F || subject
        if sentenceStart && !NameLexicon.isSurname(t, tok.starts[tok.count - 1], tok.ends[tok.count - 1]) {
            // (In capitals: a heading, `SIU REFERRAL – Claim …`.)
            if Self.inCapitals(t, tok.start, tok.end) { return nil }
            // Still a name when the line holds nothing else (signature, list item) or a spaced dash follows
            // (`4. Charlotte Dunmore-Haye – Fenwick Capital`).
            let lineEnds = tok.end >= t.count || t[tok.end] == 0x0A
            // (`Harriet Ellis-Broughton (Year 2 teacher)`: a role in parentheses after the name.)
            let dashed =
                after == 0x20
                && (Self.spacedDashLength(t, tok.end + 1) != nil || t.matchesExactly("geb. ", at: tok.end + 1)
                    || t.matchesExactly("née ", at: tok.end + 1) || (t.at(tok.end + 1) == 0x28 && lineStart))
            // (Or what someone did follows: `- Kevin O'Neill pointed out`, `Laura Brandt said`.)
            let acted =
                after == 0x20
                && (Self.pastTenseAt(t, tok.end + 1) || Self.speechVerbAt(t, tok.end + 1))
            if !lineEnds && after != 0x2C && after != 0x3A && !dashed && !acted { return nil }
            // (A subject's words with no known family name are a title unless someone acts in it or they fill the
            // line: `Subject: Svenja Kröhnert`.)
            if subject && !acted && !lineEnds { return nil }
        }
        // Without a known family name, a common word after the given name makes a product or an event (`Aurora Desk
        // Lamp`, `Spring Sale`).
        if tok.hasCommonWordAfterFirst(t) { return nil }
        return person(tok.start, tok.end, 0.65)
    }

    /// `Thomas said …`, `Priya mentioned …`, `Fatima is out today`: a known given name (written as a name, not
    /// `MAY`) before a verb of saying or something else only people do.
    func saidBy(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        var v = e0 + 1
        if t.at(v) == 0x74 && t.at(v + 1) == 0x6F && Self.opensItem(t, i),
            Self.actionVerbs.forEachMatch(in: t, at: v, { _, n in !Byte.isAlpha(t.at(v + n)) })
                // (Any verb only after a known given name: firms act in headlines, `- Bosch to cut 2,000 jobs`.)
                || (t.at(v + 2) == 0x20 && Self.verbAt(t, v + 3) && !NameLexicon.isCommonWord(t, i, e0)
                    && !Self.beforeInfinitive.contains(t.hashLowercased(i, e0)) && NameLexicon.isFirstName(t, i, e0)),
            Self.writtenAsName(t, i, e0),
            NameLexicon.isFirstName(t, i, e0)
                || (NameLexicon.isSurname(t, i, e0) && !Self.sources.contains(t.hashLowercased(i, e0))
                    // (Nor a role or a trade that is a family name too: `- Nurse to update`, `- Carpenter to install`.)
                    && !Self.relationWords.anySuffix(in: t, endingAt: e0, notBefore: i, { $0 == i })
                    && !Self.tradesNamedLikeFamilies.contains(t.hashLowercased(i, e0))
                    // (Nor a department: `Fleet to chase tail lift`.)
                    && !Self.departments.forEachMatch(in: t, at: i, { _, n in i + n == e0 }))
        {
            return person(i, e0, 0.7)
        }
        // (`McDonald has confirmed`: a verb after an auxiliary.)
        if t.matchesExactly("has ", at: v) || t.matchesExactly("had ", at: v) || t.matchesExactly("have ", at: v) {
            v = t.at(v + 2) == 0x76 ? v + 5 : v + 4
        }
        let spoke = Self.speechVerbAt(t, v)
        let tookOn =
            !spoke && Self.takesOnVerbs.mayMatch(in: t, at: v)
            && Self.takesOnVerbs.forEachMatch(in: t, at: v, { _, n in !Byte.isAlpha(t.at(v + n)) })
        guard Byte.isLower(t.at(i + 1)) || t.at(i + 1) >= 0x80,
            spoke || tookOn || Self.progressiveAt(t, v) || (Self.pastTenseAt(t, v) && Self.opensItem(t, i))
                || Self.familyFollows(t, v)
                || Self.frenchPerfectAt(t, v)
                // (Not two letters: `Mo kann ich` is Monday.)
                || (Self.opensItem(t, i) && e0 - i >= 3
                    && (Self.germanAuxiliaries.forEachMatch(in: t, at: v, { _, n in !Byte.isAlpha(t.at(v + n)) })
                        || (Self.modalBeforeVerb(t, v) && !Self.isWordName(t, i, e0)
                            && NameLexicon.isFirstName(t, i, e0)))),
            !Self.placeNames.contains(t.hashLowercased(i, e0)),
            // (After a preposition of place the word is no subject: `le client Baudry SA à Bertrand a validé`; nor
            // after an English article, where it is an office: `the Dean asked for`; spoken German says `die Anna hat`.)
            !Self.placePrepositions.holdsWord(before: i, in: t, maxLength: 4),
            !Self.englishDeterminers.holdsWord(before: i, in: t, maxLength: 5)
        else { return nil }
        // (What someone takes on only after a given name that is no word: `Winter bringt Glatteis`.)
        if NameLexicon.isFirstName(t, i, e0),
            !NameLexicon.isStopword(t, i, e0) || NameLexicon.nameStopwords.contains(t.hashLowercased(i, e0)),
            !tookOn || !Self.isWordName(t, i, e0)
        {
            return person(Self.compoundGivenStart(t, i), e0, 0.7)
        }
        // A family name alone (`Miller thinks`, `Gomez confirme`), unless a firm quoted as a source, or the last word
        // of a capitalised phrase (`Code Red writes`); before what else someone did, no common word either (`Samples
        // logged to the freezer`).
        let family = spoke ? Self.familyNameAlone(t, i, e0) : Self.familyNameAsWord(t, i, e0)
        // (A role that is a family name too stands for whoever fills it: `Trainer on duty was …`, `Nurse said`,
        // `Carrier says delivered`.)
        guard family || Self.unknownNameInMinutes(t, i, e0, v),
            !Self.relationWords.anySuffix(in: t, endingAt: e0, notBefore: i, { $0 == i }),
            !Self.orgOpeners.contains(t.hashLowercased(i, e0)),
            !Self.determinerBefore(t, i),
            !Self.capitalisedWordBefore(t, i) || Self.opensItem(t, i)
        else { return nil }
        return person(i, e0, 0.7)
    }
}
