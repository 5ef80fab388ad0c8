/// Names that markup or code wraps: a chat speaker in square brackets opening a line (`[Sarah] can you check`,
/// `[Kevin | 09:14] hi`), and the pattern of an SQL `LIKE` (`LIKE '%Stokes%'`).
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
        default:
            return nil
        }
    }
}
