/// A known given name opening a quoted note before its colon.
extension PersonDetector {
    /// The known given name (no word, no place) opening a quoted note before the colon at `sep`, the label being
    /// `ks..<ke`, the quote opening a cell or a value: `2024-03-01,"Sarah: called back",open`, `note="Priya: will send
    /// it"` (a note's quote opening the line is a chat line's, see `speaker`); or nil.
    /// (Not a quoted key: `{"Luna": 1}`, `"Mercedes": …` name things as often.)
    func quotedName(_ t: ScanText, _ sep: Int, _ ks: Int, _ ke: Int) -> Candidate? {
        guard t[sep] == 0x3A, t.at(ks - 1) == 0x22, t.at(sep + 1) == 0x20, ke == sep, ks >= 2,
            CSVColumn.isDelimiter(t[ks - 2]) || t[ks - 2] == 0x3D || t[ks - 2] == 0x20,
            Self.givenNameAlone(t, ks) == ke
        else { return nil }
        return person(ks, ke, 0.7)
    }
}
