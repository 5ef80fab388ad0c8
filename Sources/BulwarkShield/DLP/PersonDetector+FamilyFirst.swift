/// A list item naming someone family name first, as French and German lists do.
extension PersonDetector {
    /// `- Garnier Margot – R-036 – 40 €`: a list item opening with a known family name (no given name, no word, no
    /// place) and a known given name (no word, no place), family name first as French and German lists write them,
    /// when the item's field ends there (a spaced dash, a comma, ` (`, a tab or the line's end).
    static func familyFirstItem(_ t: ScanText, _ tok: NameTokens) -> Candidate? {
        // (Not a label's value: `Outbound: Leeds Bradford - Nuremberg`; labels read their own values.)
        var p = tok.start - 1
        while p > 0 && t[p] == 0x20 { p -= 1 }
        guard tok.count == 2, opensItem(t, tok.start), t.at(p) != 0x3A else { return nil }
        let (fs, fe) = (tok.starts[0], tok.ends[0])
        guard givenNameAlone(t, tok.starts[1]) == tok.ends[1], familyNameNoWord(t, fs, fe),
            !NameLexicon.isFirstName(t, fs, fe), !placeOrFirmWords.contains(t.hashLowercased(fs, fe))
        else { return nil }
        let a = t.at(tok.end)
        let fieldEnds =
            endsLine(t, tok.end) || a == 0x2C || a == 0x09
            || (a == 0x20 && (t.at(tok.end + 1) == 0x28 || spacedDashLength(t, tok.end + 1) != nil))
        return fieldEnds ? Candidate(.person, tok.start, tok.end, score: 0.75, priority: 30) : nil
    }
}
