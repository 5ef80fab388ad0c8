/// Names in SQL patterns: `p.last_name NOT LIKE 'Houston%'`, `WHERE surname ILIKE 'Ramos'`.
extension PersonDetector {
    /// The capitalised word at `i` (ending at `e`) opening the quoted pattern of `LIKE` or `ILIKE` (after `NOT`
    /// too) whose column is a name's: the name, or nil.
    static func likePatternName(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        let quote = t.at(i - 1)
        guard quote == 0x27 || quote == 0x22, t.at(i - 2) == 0x20,
            t.at(e) == 0x25 || t.at(e) == quote,
            t.matches("like", at: i - 6)
        else { return nil }
        var k = i - 6
        if t.at(k - 1) | 0x20 == 0x69 { k -= 1 }
        guard t.at(k - 1) == 0x20 else { return nil }
        k -= 1
        if t.matches(" not", at: k - 4) { k -= 4 }
        // The column, without its table's alias (`p.last_name`).
        var cs = k
        while cs > 0 && (Byte.isAlnum(t[cs - 1]) || t[cs - 1] == 0x5F) && k - cs < 40 { cs -= 1 }
        guard cs < k, PersonLabels.isNameLabel(t, cs, k) || PersonLabels.isNamePartLabel(t, cs, k) else {
            return nil
        }
        // (A bare `name` column names anything: `products WHERE name LIKE 'Widget%'`; a known name there is someone's.)
        if k - cs == 4 && !NameLexicon.isFirstName(t, i, e) && !NameLexicon.isSurname(t, i, e) { return nil }
        return Candidate(.person, i, e, score: 0.8, priority: 30)
    }
}
