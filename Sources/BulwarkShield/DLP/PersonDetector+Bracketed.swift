/// Names that markup or code wraps: a chat speaker in square brackets opening a line (`[Sarah] can you check`,
/// `[Kevin | 09:14] hi`), the pattern of an SQL `LIKE` (`LIKE '%Stokes%'`), a quoted item of a tuple (`("Sarah", 34)`).
extension PersonDetector {
    /// The word `i..<e` as a bracketed speaker or an SQL pattern's name, or nil.
    static func bracketedName(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        switch t.at(i - 1) {
        case 0x5B:
            // A known given name (no word, no place) filling the brackets that open a line, then the message.
            guard i == 1 || t.at(i - 2) == 0x0A, givenNameAlone(t, i) == e,
                (t.at(e) == 0x5D && t.at(e + 1) == 0x20) || (t.at(e) == 0x20 && t.at(e + 1) == 0x7C)
            else { return nil }
            return Candidate(.person, i, e, score: 0.75, priority: 30)
        case 0x25:
            // A known given or family name searched for as a substring (`WHERE c.name ILIKE '%Stokes%'`).
            guard t.at(i - 2) == 0x27, t.at(e) == 0x25, t.at(e + 1) == 0x27, t.matches("like '", at: i - 7),
                NameLexicon.isFirstName(t, i, e) || NameLexicon.isSurname(t, i, e), writtenAsName(t, i, e)
            else { return nil }
            return Candidate(.person, i, e, score: 0.7, priority: 30)
        case 0x22, 0x27:
            // A known given name (no word, no place) quoted as an item of a tuple or a list in code (`("Sarah", 34)`,
            // `['Kevin', 'ops']`, `, "Priya",`).
            let q = t.at(i - 1)
            var p = i - 2
            if t.at(p) == 0x20 { p -= 1 }
            let opener = t.at(p)
            guard opener == 0x28 || opener == 0x2C || opener == 0x5B, t.at(e) == q, t.at(e + 1) == 0x2C,
                givenNameAlone(t, i) == e
            else { return nil }
            return Candidate(.person, i, e, score: 0.7, priority: 30)
        default:
            return nil
        }
    }
}
