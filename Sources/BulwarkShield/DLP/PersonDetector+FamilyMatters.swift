/// A family's matter named by its family name, as conveyancing, probate and case work writes it: `the Peterson probate`,
/// `the Aguirre sale is moved`, `(Cunningham divorce)`, `- Schultz purchase: draft sent`.
extension PersonDetector {
    /// The word `i..<e` as the family whose matter it names, or nil: a known family name that is no common word, no
    /// place and no firm's, after `the`, an opening parenthesis or an item's bullet, before a noun of such a matter (or
    /// after an item's bullet before a modal and a verb).
    static func familyMatter(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        guard t.at(e) == 0x20, Byte.isLower(t.at(e + 1)) else { return nil }
        var ne = e + 1
        while Byte.isLower(t.at(ne)) && ne - e <= 12 { ne += 1 }
        // (Or a modal and a verb after an item's bullet: `2) Hughes will call back`, as minutes assign work; not after
        // `the`, `The Hamilton will sell out`.)
        // (A trust, a lease, a closing or a transaction only after an item's bullet: `2) Henderson trust: deed signed`;
        // `the Carnegie trust`, `the Blackstone lease` are firms' as often.)
        let item = opensBulletedItem(t, i)
        let nh = t.hashLowercased(e + 1, ne)
        guard
            (item && modalBeforeVerb(t, e + 1))
                || (!Byte.isAlpha(t.at(ne)) && t.at(ne) < 0x80
                    && (familyMatterNouns.contains(nh) || (item && itemMatterNouns.contains(nh))))
        else {
            return nil
        }
        let opens =
            t.at(i - 1) == 0x28
            || (t.at(i - 1) == 0x20
                && (t.wordBefore(i, maxLength: 3).map { $0.end == i - 1 && t.matches("the", at: $0.start) } ?? false
                    || opensBulletedItem(t, i)))
        // (Not a season's, a word's or a make's sale: `the Summer sale`, `the Ford sale`.)
        guard opens, familyNameNoWord(t, i, e), !carMakes.contains(t.hashLowercased(i, e)) else { return nil }
        return Candidate(.person, i, e, score: 0.7, priority: 30)
    }

    /// Nouns of a family's legal or property matter that follow its family name (`the Aguirre sale`); not `estate`, which
    /// names housing estates as often (`the Ferrier estate`).
    static let familyMatterNouns = NameLexicon.hashes(
        "sale purchase probate conveyance remortgage divorce tenancy adoption"
    )
    /// Nouns of a family's matter that firms' names take too: after an item's bullet only.
    static let itemMatterNouns = NameLexicon.hashes("trust lease closing transaction")

    /// Whether `s..<e` is a known family name alone (`familyNameAlone`) that is no word too, whether a common word, a
    /// family name or a given name that is a word (`Price`, `Summer`, `Hunt`).
    static func familyNameNoWord(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let h = t.hashLowercased(s, e)
        return familyNameAlone(t, s, e) && !NameLexicon.isCommonWord(t, s, e)
            && !NameLexicon.surnamesThatAreWords.contains(h) && !NameLexicon.givenNamesThatAreWords.contains(h)
    }
}
