/// Names after a label and a spaced dash opening a line (`Contact person — Mateus Carvalho`), and the known names weak
/// labels need.
extension PersonDetector {
    /// `Contact person — Mateus Carvalho`: a line that starts with a name label, then a spaced dash. Only a
    /// label that is the whole start of the line counts (`Welcome to - Acme Portal` has none).
    func dashLabelled(_ t: ScanText, _ i: Int, _ dash: Int) -> Candidate? {
        // A label opens its line and is short: look back no further than one can reach.
        var ks = t.lineStart(i, notBefore: i - 64)
        guard ks == 0 || t[ks - 1] == 0x0A else { return nil }
        while ks < i && t[ks] == 0x20 { ks += 1 }
        var ke = i
        while ke > ks && t[ke - 1] == 0x20 { ke -= 1 }
        guard ke > ks, PersonLabels.isWholeNameLabel(t, ks, ke) else { return nil }
        var vs = i + dash
        while t.at(vs) == 0x20 { vs += 1 }
        guard let found = labelValue(t, ks, ke, vs) else { return nil }
        // A heading's words after a label and a dash (`Agenda – Neue Mitarbeiter`): no known name, and a common word or
        // a German noun among them (after a label that heads documents as often, `labelValue` wants a known name).
        if let tok = NameTokens.read(t, found.start, max: 4), tok.end == found.end, tok.count >= 2 {
            let lex = tok.lexiconHits(t)
            let nouns = (0..<tok.count).contains {
                NameLexicon.isCommonWord(t, tok.starts[$0], tok.ends[$0])
                    || Self.germanNounEnding(t, tok.starts[$0], tok.ends[$0])
            }
            guard lex.first || lex.surname || !nouns else { return nil }
        }
        return found
    }

    /// Whether a known given or family name is among the capitalised words of `c` (`Bärer, Klaus-Peter`).
    static func holdsKnownName(_ t: ScanText, _ c: Candidate) -> Bool {
        var k = c.start
        while k < c.end {
            if let e = NameTokens.word(t, k), e <= c.end,
                NameLexicon.isFirstName(t, k, e) || NameLexicon.isSurname(t, k, e)
            {
                return true
            }
            while k < c.end && (Byte.isAlpha(t[k]) || t[k] >= 0x80) { k += 1 }
            while k < c.end && !(Byte.isAlpha(t[k]) || t[k] >= 0x80) { k += 1 }
        }
        return false
    }
}
