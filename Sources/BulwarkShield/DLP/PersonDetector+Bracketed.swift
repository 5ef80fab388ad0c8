/// Names that markup or code wraps: chat speakers in square brackets opening lines (`[Sarah] can you check`,
/// `[Kevin | 09:14] hi`), the pattern of an SQL `LIKE` on a name's column (`contact_name LIKE '%Stokes%'`), a quoted
/// item of a tuple that holds an e-mail address or a family name too (`("Sarah", "Miller", 34)`).
extension PersonDetector {
    /// The word `i..<e` as a bracketed speaker, an SQL pattern's name or a tuple's name, or nil.
    static func bracketedName(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        switch t.at(i - 1) {
        case 0x5B:
            // A known given name (no word, no place) filling the brackets that open a line, then the message; another
            // word written as a name opens brackets on a line nearby, the other party (a log's tag repeats one word:
            // `[Hugo] building site`).
            guard i == 1 || t.at(i - 2) == 0x0A, bracketedSpeakerEnd(t, i) == e else { return nil }
            let own = t.hashLowercased(i, e)
            // (Within 300 bytes either way: a message may run over lines, `[Sarah | 09:14]\nhi all\n\n[Kevin | …`.)
            // (`k` is the newline before a line; -1 stands for the one before the text.)
            var k = max(-1, i - 300)
            while k < min(t.count, e + 300) {
                if (k < 0 || t[k] == 0x0A) && t.at(k + 1) == 0x5B && k + 2 != i, let oe = NameTokens.word(t, k + 2),
                    t.at(oe) == 0x5D || (t.at(oe) == 0x20 && t.at(oe + 1) == 0x7C), writtenAsName(t, k + 2, oe),
                    t.hashLowercased(k + 2, oe) != own
                {
                    return Candidate(.person, i, e, score: 0.75, priority: 30)
                }
                k += 1
            }
            return nil
        case 0x25:
            // A known given or family name searched for as a substring of a name's column (`LOWER(c.contact_name) LIKE
            // '%Stokes%'`; not `vendor LIKE '%Ford%'`).
            guard t.at(i - 2) == 0x27, t.at(e) == 0x25, t.at(e + 1) == 0x27, t.matches("like '", at: i - 7),
                NameLexicon.isFirstName(t, i, e) || NameLexicon.isSurname(t, i, e), writtenAsName(t, i, e),
                nameColumnBefore(t, t.at(i - 8) | 0x20 == 0x69 ? i - 9 : i - 8)
            else { return nil }
            return Candidate(.person, i, e, score: 0.7, priority: 30)
        case 0x22, 0x27:
            // A known given name (no word, no place) quoted as the first item of a tuple in code (`("Sarah", 34)`), or
            // as another item of a tuple or a list whose other items hold an e-mail address or a known family name that
            // is no given name (`['Kevin', 'k@x.org']`; not `storms = ["Katrina", "Sandy", "Harvey"]`).
            let q = t.at(i - 1)
            var p = i - 2
            if t.at(p) == 0x20 { p -= 1 }
            guard t.at(p) == 0x28 || t.at(p) == 0x2C || t.at(p) == 0x5B, t.at(e) == q, t.at(e + 1) == 0x2C,
                givenNameAlone(t, i) == e
            else { return nil }
            if t.at(p) == 0x28 { return Candidate(.person, i, e, score: 0.7, priority: 30) }
            guard let (open, close) = enclosingBrackets(t, i) else { return nil }
            var k = open + 1
            while k < close {
                if t[k] == 0x40 { return Candidate(.person, i, e, score: 0.7, priority: 30) }
                if (t[k] == 0x22 || t[k] == 0x27) && k + 1 != i, let we = NameTokens.word(t, k + 1), t.at(we) == t[k],
                    familyNameAlone(t, k + 1, we), !NameLexicon.isFirstName(t, k + 1, we)
                {
                    return Candidate(.person, i, e, score: 0.7, priority: 30)
                }
                k += 1
            }
            return nil
        default:
            return nil
        }
    }

    /// The end of a known given name (no word, no place) at `s` that fills square brackets opening a line before the
    /// message (`[Sarah] hi`, `[Sarah]: hi`, `[Sarah | 09:14] hi`), or nil.
    private static func bracketedSpeakerEnd(_ t: ScanText, _ s: Int) -> Int? {
        guard t.at(s - 1) == 0x5B, let e = givenNameAlone(t, s),
            (t.at(e) == 0x5D && (t.at(e + 1) == 0x20 || t.at(e + 1) == 0x3A))
                || (t.at(e) == 0x20 && t.at(e + 1) == 0x7C)
        else { return nil }
        return e
    }

    /// Whether the SQL expression ending at `k` (spaces and a closing parenthesis skipped) is a column whose name
    /// says it holds names (`c.contact_name`, `LOWER(last_name)`, `nom`).
    private static func nameColumnBefore(_ t: ScanText, _ k: Int) -> Bool {
        var e = k
        while t.at(e) == 0x20 || t.at(e) == 0x29 { e -= 1 }
        var s = e
        while Byte.isAlnum(t.at(s)) || t.at(s) == 0x5F { s -= 1 }
        return s < e
            && (nameColumnWords.occurs(in: t, s + 1, e + 1) || namePartColumnWords.occurs(in: t, s + 1, e + 1))
    }

    /// The `(` or `[` opening the tuple or list around `i` on its line and the bracket closing it (within 300 bytes
    /// either side), or nil.
    private static func enclosingBrackets(_ t: ScanText, _ i: Int) -> (Int, Int)? {
        var o = i - 1
        while o >= 0 && i - o < 300 && t[o] != 0x28 && t[o] != 0x5B && t[o] != 0x0A { o -= 1 }
        guard o >= 0, t[o] == 0x28 || t[o] == 0x5B else { return nil }
        let closing: UInt8 = t[o] == 0x28 ? 0x29 : 0x5D
        var c = i
        while c < t.count && c - i < 300 && t[c] != closing && t[c] != 0x0A { c += 1 }
        return t.at(c) == closing ? (o, c) : nil
    }
}
