/// Lists of bare names that no label opens: `3 joining crew (Gomez, Weaver, Johnson)`.
extension PersonDetector {
    /// Three or more one-word items in the parentheses that open at `i - 1`, each capitalised and held by a name
    /// lexicon, joined by `, `, the last closing the parentheses (with ` and ` before the last, the pair reads as a
    /// firm's name and is left to the firm rules).
    /// No item may be a stopword, a place or a firm's word, and at most one a word, whether a family or a given name
    /// (`Weaver`; not `(Red, Green, Brown)`, nor three of `Rose`, `Summer`, `Grace`). Every item but the last goes to
    /// `out`; the last is returned.
    func parenthesizedNameList(_ t: ScanText, _ i: Int, into out: inout [Candidate]) -> Candidate? {
        var items: [(Int, Int)] = []
        var words = 0
        var s = i
        while items.count < 12 {
            guard let e = NameTokens.word(t, s), e - s >= 3, Byte.isUpper(t[s]),
                Byte.isLower(t.at(s + 1)) || t.at(s + 1) >= 0x80,
                NameLexicon.isSurname(t, s, e) || NameLexicon.isFirstName(t, s, e),
                !NameLexicon.isStopword(t, s, e)
            else { return nil }
            let h = t.hashLowercased(s, e)
            guard !Self.placeNames.contains(h), !Self.placeOrFirmWords.contains(h) else { return nil }
            if NameLexicon.commonWords.contains(h) || NameLexicon.surnamesThatAreWords.contains(h)
                || NameLexicon.givenNamesThatAreWords.contains(h)
            {
                words += 1
            }
            items.append((s, e))
            if t.at(e) == 0x29 { break }
            guard t.at(e) == 0x2C && t.at(e + 1) == 0x20 else { return nil }
            s = e + 2
        }
        guard let last = items.last, items.count >= 3, words <= 1, t.at(last.1) == 0x29 else { return nil }
        for (ws, we) in items.dropLast() { out.append(person(ws, we, 0.65)) }
        return person(last.0, last.1, 0.65)
    }
}
