/// Children listed with their ages after a label for them: `Kinder: Lissy (10), Kai-Uwe (5)`, `Enfants : Agnès (10
/// ans), Margaud (4 ans)`, `Children: Billy (12), Emma (9)`.
extension PersonDetector {
    /// Labels of a line listing someone's children (or siblings, or dependants).
    static let childLabels = NameLexicon.hashes(
        "kinder kind children child kids enfants enfant siblings geschwister dependants dependents"
    )

    /// Words of an age in parentheses after the number: `(4 ans)`, `(7 Jahre)`, `(12 yrs)`.
    static let ageWords = NameLexicon.hashes("ans an jahre jahr j years year yrs yr y mois months monate")

    /// The end of the name at `i` (its word ending at `e`: a capital, then lowercase letters; no stopword, no common
    /// word) when an age in parentheses follows it and its line opens with a label for children; nil elsewhere.
    static func childWithAge(_ t: ScanText, _ i: Int, _ e: Int) -> Int? {
        // (Most words have no ` (` and a digit after them: that is tested first.)
        guard t.at(e) == 0x20, t.at(e + 1) == 0x28, Byte.isDigit(t.at(e + 2)) else { return nil }
        var k = e + 3
        if Byte.isDigit(t.at(k)) { k += 1 }
        if t.at(k) == 0x20 {
            var w = k + 1
            while Byte.isAlpha(t.at(w)) { w += 1 }
            guard w > k + 1, ageWords.contains(t.hashLowercased(k + 1, w)) else { return nil }
            k = t.at(w) == 0x2E ? w + 1 : w
        }
        guard t.at(k) == 0x29, Byte.isUpper(t[i]), Byte.isLower(t.at(i + 1)) || t.at(i + 1) >= 0x80,
            !NameLexicon.isStopword(t, i, e), !NameLexicon.isCommonWord(t, i, e)
        else { return nil }
        // The line's label: its first word (after a bullet), then `:` (French spaces it: `Enfants :`).
        var ls = t.lineStart(i, notBefore: i - 160)
        while t.at(ls) == 0x20 || t.at(ls) == 0x2D || t.at(ls) == 0x2A { ls += 1 }
        var le = ls
        while Byte.isAlpha(t.at(le)) { le += 1 }
        let colon = t.at(le) == 0x3A ? le : (t.at(le) == 0x20 && t.at(le + 1) == 0x3A ? le + 1 : nil)
        guard let colon, colon < i, childLabels.contains(t.hashLowercased(ls, le)) else { return nil }
        return e
    }
}
