/// A known given name opening a sentence that asks them to do something (`Jade please call him`), or signing the
/// message after its last sentence (`… the updated evacuation plan. Gregory`).
extension PersonDetector {
    /// The end of the given name at `i` (its word ending at `e`) in one of those places, or nil.
    static func askedOrSigning(_ t: ScanText, _ i: Int, _ e: Int) -> Int? {
        let b = t.at(i - 1)
        let afterSentence = b == 0x20 && ".!?".utf8.contains(t.at(i - 2))
        // `Son is upset, rang twice. Jade please call him`, `[10:02] Jade please …`: no stopword, no place, and no
        // assistant named like people (`Claude please rewrite this`).
        if t.matchesExactly(" please ", at: e), Byte.isLower(t.at(e + 8)),
            i == 0 || b == 0x0A || afterSentence || (b == 0x20 && t.at(i - 2) == 0x5D),
            NameLexicon.isFirstName(t, i, e), writtenAsName(t, i, e), !namedLikePeople.contains(t.hashLowercased(i, e))
        {
            return e
        }
        // Ending the message after a statement (after a question it is the answer: `Which colour? Jade`): no word, no
        // place either.
        return afterSentence && t.at(i - 2) != 0x3F && endsText(t, e) && givenNameAlone(t, i) == e ? e : nil
    }
}
