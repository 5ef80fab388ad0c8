/// The second of a pair whose first is titled: `Le Dr Courtois et Bodin doivent …`, `Herr Maier und Schulz haben …`,
/// `Mr Patel and Hughes agreed`.
extension PersonDetector {
    /// A family name alone at `i` after `and`, `und`, `et` or `&` and a titled family name (`Dr Courtois et Bodin`):
    /// a known family name or a word written as a name the lexicons lack, that is no common word, no stopword, no
    /// place and no German noun, and that no capitalised word follows (`Dr Smith and Jane Doe` is read as a whole
    /// elsewhere; `Dr. Jones and Associates` is a firm).
    static func pairedWithTitled(_ t: ScanText, _ i: Int) -> Candidate? {
        guard t.at(i - 1) == 0x20 else { return nil }
        let conjunction: Int
        if t.matchesExactly(" and", at: i - 5) || t.matchesExactly(" und", at: i - 5) {
            conjunction = 5
        } else if t.matchesExactly(" et", at: i - 4) {
            conjunction = 4
        } else if t.matchesExactly(" &", at: i - 3) {
            conjunction = 3
        } else {
            return nil
        }
        // The titled family name: one capitalised word after a title of ASCII letters (`Dr `, `Mme `, `Mr. `).
        let xe = i - conjunction
        var xs = xe
        while xs > 0 && xe - xs < 30 && (Byte.isAlpha(t[xs - 1]) || t[xs - 1] >= 0x80 || t[xs - 1] == 0x2D) { xs -= 1 }
        guard xe - xs >= 2, Byte.isUpper(t[xs]) || t[xs] >= 0xC3, t.at(xs - 1) == 0x20 else { return nil }
        var ts = xs - 1
        if t.at(ts - 1) == 0x2E { ts -= 1 }
        while ts > 0 && xs - ts < 12 && Byte.isAlpha(t[ts - 1]) { ts -= 1 }
        guard ts < xs - 1, ts == 0 || !Byte.isWord(t[ts - 1]), PersonLabels.titleLength(t, ts) == xs - ts else {
            return nil
        }
        // (Brands named with a title: `Dr. Oetker und Haribo`.)
        var te = ts
        while Byte.isAlpha(t.at(te)) { te += 1 }
        if firmNames.contains(t.hashLowercased(ts, te) &+ t.hashLowercased(xs, xe)) { return nil }
        guard let e = NameTokens.word(t, i), Byte.isLower(t.at(i + 1)) || t.at(i + 1) >= 0x80,
            !(t.at(e) == 0x20 && (Byte.isUpper(t.at(e + 1)) || t.at(e + 1) >= 0xC3)),
            !NameLexicon.isStopword(t, i, e), !NameLexicon.isCommonWord(t, i, e),
            NameLexicon.isSurname(t, i, e) || writtenAsUnknownName(t, i, e),
            !placeOrFirmWords.contains(t.hashLowercased(i, e)), !placeNames.contains(t.hashLowercased(i, e)),
            !germanNounEnding(t, i, e)
        else { return nil }
        return Candidate(.person, i, e, score: 0.7, priority: 30)
    }
}
