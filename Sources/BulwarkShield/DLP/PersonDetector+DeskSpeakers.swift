/// Chat headers that name a desk or an office and, in parentheses, who speaks for it (`IT Service Desk (Sue)  8:01 AM`,
/// `Roster Office (Darren): reminder …`).
extension PersonDetector {
    /// `IT Service Desk (Sue)  8:01 AM` alone on the line at `ls`: one to four capitalised words (or capitals) that
    /// hold no given name and end with a desk's word, a known given name in parentheses (a word's too: a desk's header
    /// is cue enough; no place), and a time of day ending the line.
    func deskSpeaker(_ t: ScanText, _ ls: Int) -> Candidate? {
        // The line's shape first (most lines are no such header), the lexicons last.
        var k = ls
        var words = 0
        var last = (ls, ls)
        while words < 4 && (Byte.isUpper(t.at(k))) {
            var e = k + 1
            while Byte.isAlpha(t.at(e)) || t.at(e) == 0x2D { e += 1 }
            words += 1
            last = (k, e)
            guard t.at(e) == 0x20 else { return nil }
            k = e + 1
        }
        guard words > 0, t.at(k) == 0x28, let ne = NameTokens.word(t, k + 1), t.at(ne) == 0x29 else { return nil }
        var g = ne + 1
        while t.at(g) == 0x20 || t.at(g) == 0x09 { g += 1 }
        guard g > ne + 1, let e = Self.timeOfDay(t, g), Self.endsLine(t, e) else { return nil }
        // (The header's last word names a desk: `All Hands (Austin)  9:00 AM` is a meeting in a town.)
        guard Self.deskWords.contains(t.hashLowercased(last.0, last.1)), NameLexicon.isFirstName(t, k + 1, ne),
            !Self.placeNames.contains(t.hashLowercased(k + 1, ne)), Byte.isLower(t.at(k + 2))
        else { return nil }
        var w = ls
        while w < last.0 {
            var we = w + 1
            while Byte.isAlpha(t.at(we)) || t.at(we) == 0x2D { we += 1 }
            if NameLexicon.isFirstName(t, w, we) { return nil }
            w = we + 1
        }
        return person(k + 1, ne, 0.75)
    }

    /// Last words of the names of desks and offices that speak in chats.
    static let deskWords = NameLexicon.hashes(
        "desk helpdesk servicedesk office support service reception team hotline dispatch control centre center"
    )

    /// Whether the candidate `c` stands in parentheses before a speaker's colon (`Roster Office (Darren): reminder`):
    /// who speaks for the desk before it, not a firm named by its role.
    static func speaksForDesk(_ t: ScanText, _ c: Candidate) -> Bool {
        t.at(c.start - 1) == 0x28 && t.at(c.end) == 0x29
            && (t.at(c.end + 1) == 0x3A || (t.at(c.end + 1) == 0x20 && t.at(c.end + 2) == 0x3A))
    }
}
