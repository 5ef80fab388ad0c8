/// A name after words saying what someone is called or booked under: `sonner à l'interphone au nom de Schmitt`,
/// `booked under the name Okafor`.
extension PersonDetector {
    /// (Not `auf den Namen`, `unter dem Namen`: pets answer to them, `hört auf den Namen Bello`, and storms and teams
    /// go by them.)
    static let nameWords = KeywordSet(suffixes: [
        "au nom de", "im namen von", "under the name", "in the name of", "under the name of", "sous le nom de",
    ])

    /// The end of one or two known names at `i` (no stopword, no place, no word, no firm: not `in the name of Love`, `au
    /// nom de Renault`) after one of `nameWords` and a space; nil elsewhere.
    static func namedAs(_ t: ScanText, _ i: Int) -> Int? {
        guard t.at(i - 1) == 0x20, Byte.isLower(t.at(i - 2)),
            nameWords.anySuffix(in: t, endingAt: i - 1, notBefore: max(0, i - 24), { !Byte.isAlpha(t.at($0 - 1)) }),
            let tok = NameTokens.read(t, i, max: 2)
        else { return nil }
        for k in 0..<tok.count {
            let (s, e) = (tok.starts[k], tok.ends[k])
            guard NameLexicon.isSurname(t, s, e) || NameLexicon.isFirstName(t, s, e), writtenAsName(t, s, e),
                !NameLexicon.isCommonWord(t, s, e), !isWordName(t, s, e),
                !firmsNamedLikeFamilies.contains(t.hashLowercased(s, e))
            else { return nil }
        }
        return tok.end
    }
}
