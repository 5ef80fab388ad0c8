extension PersonDetector {
    /// Titles that close a name in travel records (`KOWALSKI/TOMASZ MR`).
    private static let travelTitles = NameLexicon.hashes("mr mrs ms miss mstr dr mx prof")

    /// The end of a name in the order of tickets, boarding passes and booking records, `SURNAME/GIVEN`, with up to
    /// two more given names (`NAKAMURA/HIROSHI`, `O'NEILL/MARY ANN MRS`); the title is left out. One of the two
    /// names must be known and at least three letters long (`Name: TBD/TBC`, `DEV/PROD MS Teams`, `FE/BE MR` are
    /// no names), and outside a name label the title must follow (`JAMES/BOND` in a file path is none); a further
    /// given name without a title must be known.
    static func slashName(_ t: ScanText, _ i: Int, labelled: Bool) -> Int? {
        /// Two or more capitals, with inner hyphens or apostrophes (`SMITH-JONES`, `O'NEILL`).
        func capitals(_ s: Int) -> Int? {
            // After a label, a capitalised word will do (`PASSENGER 1: Wright/Louis MR`).
            if labelled && Byte.isLower(t.at(s + 1)), let e = NameTokens.word(t, s) { return e }
            var e = s
            while Byte.isUpper(t.at(e))
                || ((t.at(e) == 0x2D || t.at(e) == 0x27) && e > s && Byte.isUpper(t.at(e + 1)))
            {
                e += 1
            }
            return e - s >= 2 && !Byte.isWord(t.at(e)) ? e : nil
        }
        let before = t.at(i - 1)
        guard !Byte.isWord(before), before != 0x2F, let surnameEnd = capitals(i), t.at(surnameEnd) == 0x2F,
            let givenEnd = capitals(surnameEnd + 1), t.at(givenEnd) != 0x2F,
            (givenEnd - surnameEnd > 3 && NameLexicon.isFirstName(t, surnameEnd + 1, givenEnd))
                || (surnameEnd - i > 2 && NameLexicon.isSurname(t, i, surnameEnd))
        else { return nil }
        var end = givenEnd
        var knownEnd = givenEnd
        var more = 0
        while more < 2 && t.at(end) == 0x20, let e = capitals(end + 1) {
            if travelTitles.contains(t.hashLowercased(end + 1, e)) { return end }
            if knownEnd == end && NameLexicon.isFirstName(t, end + 1, e) { knownEnd = e }
            more += 1
            end = e
        }
        return labelled ? knownEnd : nil
    }

    /// `Davenport/Jacqueline` filling a cell of a manifest's name column: a family name and a known given name written
    /// with capitals, in the order of tickets (`Sales/Marketing` names no one; nor `Europe/Sofia` under `tz`).
    static func slashNameInCell(_ t: ScanText, _ i: Int, csv: inout CSVColumn.Cache) -> Int? {
        let before = cellByte(t, before: i, comma: true)
        guard CSVColumn.isDelimiter(before) || before == 0x0A || i == 0 else { return nil }
        // (The slash, past the letters, before any look-up: most cells hold none.)
        var k = i + 1
        while Byte.isLower(t.at(k)) { k += 1 }
        guard t.at(k) == 0x2F,
            let se = NameTokens.word(t, i), t.at(se) == 0x2F, Byte.isUpper(t.at(se + 1)), Byte.isLower(t.at(se + 2)),
            let ge = NameTokens.word(t, se + 1), NameLexicon.isFirstName(t, se + 1, ge),
            NameLexicon.isSurname(t, i, se) || writtenAsUnknownName(t, i, se),
            let e = slashName(t, i, labelled: true), e >= ge
        else { return nil }
        let after = cellByte(t, after: e)
        guard CSVColumn.isDelimiter(after) || after == 0x0A || after == 0,
            let h = CSVColumn.header(t, at: i, cache: &csv),
            nameColumnWords.occurs(in: t, h.0, h.1) || personColumnWords.occurs(in: t, h.0, h.1)
                || t.contains(anyOf: ["pax"], in: h.0, h.1)
        else { return nil }
        return e
    }

    /// `Assigned: Client Services / Michael`, `Owner: IT Support / Jane Doe`: a team of capitalised words after a
    /// label, then the person in it after a spaced slash: a known given name alone, or two or three words of which one
    /// is a known name, ending the field. Returns the person.
    func memberAfterTeam(_ t: ScanText, _ vs: Int) -> Candidate? {
        var k = vs
        // The team: capitalised words (or `&`) up to ` / `.
        while k - vs < 48 {
            guard let e = NameTokens.word(t, k) ?? (t.at(k) == 0x26 ? k + 1 : nil), t.at(e) == 0x20 else { return nil }
            if t.at(e + 1) == 0x2F && t.at(e + 2) == 0x20 {
                k = e + 3
                break
            }
            k = e + 1
        }
        // (A known given name opening the words is a person, not a team: `Owner: Anna Schmidt / Ben Meyer`.)
        guard k > vs, t.at(k - 2) == 0x2F, Self.givenNameAlone(t, vs) == nil else { return nil }
        let end: Int
        // (After the label a given name that is a word too is the person: `Client Services / Jimmy`.)
        if let g = NameTokens.word(t, k), NameLexicon.isFirstName(t, k, g), Self.writtenAsName(t, k, g),
            Self.endsLine(t, g) || t.at(g) == 0x2C || t.at(g) == 0x3B
        {
            end = g
        } else if let tok = NameTokens.read(t, k, max: 3), tok.count >= 2, Self.endsLine(t, tok.end),
            tok.lexiconHits(t).first || tok.lexiconHits(t).surname
        {
            end = tok.end
        } else {
            return nil
        }
        return person(k, end, 0.8)
    }
}
