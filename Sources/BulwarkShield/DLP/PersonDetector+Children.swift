/// Children listed with their ages after a label for them: `Kinder: Lissy (10), Kai-Uwe (5)`, `Enfants : Agnès (10
/// ans), Margaud (4 ans)`, `Children: Billy (age 12), Emma (9)`.
extension PersonDetector {
    /// Labels of a line listing someone's children (or siblings, or dependants).
    static let childLabels = NameLexicon.hashes(
        "kinder kind children child kids enfants enfant siblings geschwister dependants dependents"
    )

    /// Words of an age in parentheses after the number: `(4 ans)`, `(7 Jahre)`, `(12 yrs)`.
    static let ageWords = NameLexicon.hashes("ans an jahre jahr j years year yrs yr y mois months monate")

    /// The end of the name at `i` (its word ending at `e`: a capital, then lowercase letters; no stopword, no common
    /// word) when an age in parentheses follows it and its line opens with a label for children; nil elsewhere. With a
    /// bare number (`(10)`, which counts groups as well: `Krippe (12), Kita (25)`), some child on the line has a known
    /// given name; with an age's word (`(4 ans)`, `(age 12)`) any word written as a name is one.
    static func childWithAge(_ t: ScanText, _ i: Int, _ e: Int) -> Int? {
        // (Most words have no ` (` and a digit or `age` after them: that is tested first.)
        guard t.at(e) == 0x20, t.at(e + 1) == 0x28, let (close, aged) = ageEnd(t, e + 2) else { return nil }
        guard t.at(close) == 0x29, Byte.isUpper(t[i]), Byte.isLower(t.at(i + 1)) || t.at(i + 1) >= 0x80,
            !NameLexicon.isStopword(t, i, e), !NameLexicon.isCommonWord(t, i, e)
        else { return nil }
        // The line's label: its first word (after a bullet), then `:` (French spaces it: `Enfants :`).
        var ls = t.lineStart(i, notBefore: i - 160)
        while t.at(ls) == 0x20 || t.at(ls) == 0x2D || t.at(ls) == 0x2A { ls += 1 }
        var le = ls
        while Byte.isAlpha(t.at(le)) { le += 1 }
        let colon = t.at(le) == 0x3A ? le : (t.at(le) == 0x20 && t.at(le + 1) == 0x3A ? le + 1 : nil)
        guard let colon, colon < i, childLabels.contains(t.hashLowercased(ls, le)) else { return nil }
        if aged { return e }
        // (Any child of the line: a word before ` (` and a digit.)
        let lineEnd = t.lineEnd(colon, notAfter: colon + 240)
        for k in colon..<lineEnd where t[k] == 0x28 && t.at(k - 1) == 0x20 && Byte.isDigit(t.at(k + 1)) {
            if let w = t.wordBefore(k, maxLength: 24), NameLexicon.isFirstName(t, w.start, w.end),
                writtenAsName(t, w.start, w.end)
            {
                return e
            }
        }
        return nil
    }

    /// The end of an age opening at `s` (after `(`), and whether a word says it is one: `10`, `4 ans`, `age 12`.
    private static func ageEnd(_ t: ScanText, _ s: Int) -> (Int, Bool)? {
        var k = s
        let age = t.matchesExactly("age ", at: k)
        if age { k += 4 }
        guard Byte.isDigit(t.at(k)) else { return nil }
        k += Byte.isDigit(t.at(k + 1)) ? 2 : 1
        guard t.at(k) == 0x20 else { return (k, age) }
        var w = k + 1
        while Byte.isAlpha(t.at(w)) { w += 1 }
        guard w > k + 1, ageWords.contains(t.hashLowercased(k + 1, w)) else { return nil }
        return (t.at(w) == 0x2E ? w + 1 : w, true)
    }
}
