/// Dates whose month is a given name (`Due August 08, 2021`, `ajouté par Suzanne le April 19, 2024`).
extension PersonDetector {
    /// Where the name of `c` ends when its last word is a month's English name after a space and a day of one or two
    /// digits follows it (`08,`, `15 `, `8th`): before the month and a French `le` or `du` before it when a known
    /// given name of three letters or more that is no word opens what is left, after such a particle or before more
    /// words (`Suzanne le April 19` is Suzanne); else `c.start`, as no one is named (`Due August 08`, `Du June 15`).
    /// Nil when no date ends the candidate.
    static func nameBeforeDate(_ t: ScanText, _ c: Candidate) -> Int? {
        guard t.at(c.end) == 0x20, Byte.isDigit(t.at(c.end + 1)) else { return nil }
        var d = c.end + 1
        while Byte.isDigit(t.at(d)) && d - c.end <= 4 { d += 1 }
        let ordinal =
            t.matches("st", at: d) || t.matches("nd", at: d) || t.matches("rd", at: d) || t.matches("th", at: d)
        // (Or a year: `Rev. March 2024`.)
        guard d - c.end - 1 <= 2 || (d - c.end - 1 == 4 && !ordinal), !Byte.isAlnum(t.at(ordinal ? d + 2 : d)) else {
            return nil
        }
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
            // (One word alone before the month opens a sentence as often: `Due August 08`.)
            particle || fe < e
        else {
            return c.start
        }
        return e
    }

    static let monthNames = NameLexicon.hashes(
        "january february march april may june july august september october november december"
    )
}
