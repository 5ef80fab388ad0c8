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
}
