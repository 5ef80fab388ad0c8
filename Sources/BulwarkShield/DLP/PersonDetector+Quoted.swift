/// Names in quotes before a colon: a known given name as a quoted key, or opening a quoted note.
extension PersonDetector {
    /// The known given name (no word, no place) quoted before the colon at `sep`, the label being `ks..<ke`:
    /// `{"Sarah": "on leave", 'Priya': 3}` (a key), `2024-03-01,"Sarah: called back",open`, `note="Priya: will send it"`
    /// (a quoted note opening with its writer's name, the quote opening a cell, a value or the line); or nil.
    func quotedName(_ t: ScanText, _ sep: Int, _ ks: Int, _ ke: Int) -> Candidate? {
        guard t[sep] == 0x3A, t.at(ks - 1) == 0x22 || t.at(ks - 1) == 0x27 || t.at(ks) == 0x27 else { return nil }
        if t.at(sep + 1) == 0x20 && ke == sep && t.at(ks - 1) == 0x22
            && (ks == 1 || CSVColumn.isDelimiter(t.at(ks - 2)) || t.at(ks - 2) == 0x3D || t.at(ks - 2) == 0x20
                || t.at(ks - 2) == 0x0A),
            Self.givenNameAlone(t, ks) == ke
        {
            return person(ks, ke, 0.7)
        }
        // (A label may take in its opening apostrophe: `{'Priya': 3}`.)
        let qs = ks < ke && t[ks] == 0x27 ? ks + 1 : ks
        guard qs > 0, t[qs - 1] == 0x22 || t[qs - 1] == 0x27, t.at(ke) == t[qs - 1], Self.givenNameAlone(t, qs) == ke
        else { return nil }
        return person(qs, ke, 0.7)
    }

    /// Whether a person's title and a name no firm's legal form follows start at `vs` (`Frau Ramazan Jopich`).
    static func titledPersonAt(_ t: ScanText, _ vs: Int) -> Bool {
        guard let n = PersonLabels.titleLength(t, vs), let tok = NameTokens.read(t, vs + n, max: 3, titled: true) else {
            return false
        }
        return !NameTokens.firmNameFollows(t, tok.end)
    }
}
