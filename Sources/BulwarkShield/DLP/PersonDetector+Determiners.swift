/// The words before capitalised words that make them a thing's name rather than a person's.
extension PersonDetector {
    /// Articles, possessives, German numerals and quantifiers, and German prepositions joined to an article (`vom`,
    /// `zum`, `zur`, `beim`): after one, capitalised words name a thing, or are a German noun (`the Nova Mini`, `our
    /// Spring Sale`, `die Heide`, `la Victoire`, `zwei Tage`, `vom Meister`). (Not `an`: German for `to`.)
    /// English articles and possessives, before which a given name acting is an office (`the Dean asked`).
    static let englishDeterminers = NameLexicon.hashes("the a an our your their my his her its this that")

    static let determiners = NameLexicon.hashes(
        "the a our your their its these those my his her der die das dem den des ein eine einem einen "
            + "einer eines le la les un une au aux mon ma mes ton ta ses notre votre leur ce cette "
            + "zwei drei vier fünf sechs sieben acht neun zehn zwölf einige mehrere viele wenige paar vom zum zur beim"
    )

    /// Whether the word before `i` (one space before it) is an article or a possessive determiner (not French `à`,
    /// which folds to the English article `a`: `écrire à François Dupont`).
    static func determinerBefore(_ t: ScanText, _ i: Int) -> Bool {
        // (After `à` a particle opens a town named like a family: `à Le Goff`.)
        if t.at(i - 2) == 0xA0 && t.at(i - 3) == 0xC3 && !Byte.isWord(t.at(i - 4)) {
            guard let e = NameTokens.word(t, i) else { return false }
            return NameLexicon.particles.contains(t.hashLowercased(i, e))
        }
        return determiners.holdsWord(before: i, in: t, maxLength: 6)
    }
}
