/// Dates whose month is a given name (`Due August 08, 2021`, `ajouté par Suzanne le April 19, 2024`).
extension PersonDetector {
    /// Where the name of `c` ends when its last word is a month's English name after a space and a date goes on
    /// after it: a day and a comma before a year (`19, 2024`), an ordinal day (`3rd`), or a year (`March 2024`) — not
    /// a time (`May 14:30`), a count (`May 12 votes`) or a bare day. The name ends before the month (and a French `le`
    /// or `du` before it) when a known given name of three letters or more that is no word opens what is left and
    /// does not open a sentence alone (`Interview with Ruth April 19, 2024`, `Suzanne le April 19`, `Name: Hannah June
    /// 2024`); else at `c.start`, as no one is named (`Due August 08, 2021`, `Du June 15, 2024`). Nil when no date
    /// follows.
    static func nameBeforeDate(_ t: ScanText, _ c: Candidate) -> Int? {
        guard t.at(c.end) == 0x20, Byte.isDigit(t.at(c.end + 1)), dateFollows(t, c.end + 1) else { return nil }
        var ws = c.end
        while ws > c.start && Byte.isAlpha(t[ws - 1]) { ws -= 1 }
        guard ws == c.start || t[ws - 1] == 0x20, monthNames.contains(t.hashLowercased(ws, c.end)) else { return nil }
        var e = ws
        while e > c.start && t[e - 1] == 0x20 { e -= 1 }
        let particle =
            e - 3 >= c.start && t.at(e - 3) == 0x20
            && (t.matchesExactly("le", at: e - 2) || t.matchesExactly("du", at: e - 2))
        if particle { e -= 3 }
        // (Not a word or a particle opening the date: `Du June 15`, `Le January 20`, `Ab June 28`, `Due August 08`.)
        guard e > c.start, let fe = NameTokens.word(t, c.start), fe <= e, NameLexicon.isFirstName(t, c.start, fe),
            writtenAsName(t, c.start, fe), !NameLexicon.isCommonWord(t, c.start, fe), fe - c.start >= 3,
            particle || fe < e || !opensItem(t, c.start) || t.at(c.start - 2) == 0x3A
        else {
            return c.start
        }
        return e
    }

    /// Whether a date's day and year, an ordinal day or a year starts at `d` (`19, 2024`, `3rd`, `2024`).
    private static func dateFollows(_ t: ScanText, _ d: Int) -> Bool {
        var k = d
        while Byte.isDigit(t.at(k)) && k - d < 5 { k += 1 }
        let n = k - d
        if n == 4 { return !Byte.isAlnum(t.at(k)) && t.at(k) != 0x3A }
        guard n <= 2 else { return false }
        if t.matches("st", at: k) || t.matches("nd", at: k) || t.matches("rd", at: k) || t.matches("th", at: k) {
            return !Byte.isAlnum(t.at(k + 2))
        }
        return t.at(k) == 0x2C && t.at(k + 1) == 0x20 && Byte.isDigit(t.at(k + 2)) && Byte.isDigit(t.at(k + 5))
            && !Byte.isDigit(t.at(k + 6))
    }

    static let monthNames = NameLexicon.hashes(
        "january february march april may june july august september october november december"
    )
}
