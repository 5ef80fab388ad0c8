/// Posts written as names: a post's title (`Night Auditor`, `Senior Dispatcher`) names a role, not a person.
extension PersonDetector {
    /// Words for posts that end a post's title (`Night Auditor`, `Executive Housekeeper`, `Front Office Supervisor`).
    static let postWords = NameLexicon.hashes(
        "auditor housekeeper supervisor coordinator administrator controller receptionist concierge technician "
            + "engineer accountant analyst specialist consultant representative advisor adviser director officer "
            + "manager assistant clerk planner dispatcher lead executive secretary organiser organizer treasurer "
            + "steward registrar"
    )

    /// Ranks that open posts' titles and are names too (`Senior Dispatcher`, `Junior Organiser`, `Head Steward`).
    static let rankWords = NameLexicon.hashes("senior junior chief head deputy principal")

    /// Whether `c` is a post's title: its last word a post's (`postWords`), or a post's word right after it, and its
    /// first a rank or no known given or family name (`Night Auditor`, `Inventory Control` before `Manager`, `Senior
    /// Dispatcher`; not `Tom Porter`).
    static func postTitle(_ t: ScanText, _ c: Candidate) -> Bool {
        // (The post's word first: most candidates end with none and have none after them.)
        let after = t.at(c.end) == 0x20 ? NameTokens.word(t, c.end + 1) : nil
        let postAfter = after.map { postWords.contains(t.hashLowercased(c.end + 1, $0)) } ?? false
        let lastSpace = (c.start..<c.end).last(where: { t[$0] == 0x20 })
        guard postAfter || lastSpace.map({ postWords.contains(t.hashLowercased($0 + 1, c.end)) }) ?? false,
            let fe = NameTokens.word(t, c.start), postAfter || fe <= lastSpace ?? c.start
        else { return false }
        return rankWords.contains(t.hashLowercased(c.start, fe))
            || (!NameLexicon.isFirstName(t, c.start, fe) && !NameLexicon.isSurname(t, c.start, fe))
    }
}
