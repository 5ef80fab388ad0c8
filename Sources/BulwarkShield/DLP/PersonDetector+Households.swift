/// Families named by whose home one stays at (`l'au pair chez les Moreau`).
extension PersonDetector {
    /// `chez les Moreau`, `on dîne chez les Dupont`: a known family name after French words for staying at a family's
    /// home. (Not a noun there, `chez les Compagnons du Devoir`; nor German `bei den`, before which nouns are
    /// capitalised too: `bei den Tests`.)
    static func familyVisited(_ t: ScanText, _ i: Int, _ e: Int) -> Bool {
        t.matches("chez les ", at: i - 9) && !Byte.isAlpha(t.at(i - 10)) && familyNameAlone(t, i, e, family: true)
    }
}
