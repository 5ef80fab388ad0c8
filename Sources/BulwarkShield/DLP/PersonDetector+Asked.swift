/// A known given name opening a sentence that asks them to do something (`Jade please call him`), or signing the
/// message after its last sentence (`… the updated evacuation plan. Gregory`).
extension PersonDetector {
    /// The end of the given name at `i` (its word ending at `e`) in one of those places, or nil.
    static func askedOrSigning(_ t: ScanText, _ i: Int, _ e: Int) -> Int? {
        let b = t.at(i - 1)
        let afterSentence = b == 0x20 && ".!?".utf8.contains(t.at(i - 2))
        // `Son is upset, rang twice. Jade please call him`: no stopword, no place.
        if t.matchesExactly(" please ", at: e), Byte.isLower(t.at(e + 8)), i == 0 || b == 0x0A || afterSentence,
            NameLexicon.isFirstName(t, i, e), writtenAsName(t, i, e)
        {
            return e
        }
        // Ending the message: no word, no place either.
        return afterSentence && endsText(t, e) && givenNameAlone(t, i) == e ? e : nil
    }
}
