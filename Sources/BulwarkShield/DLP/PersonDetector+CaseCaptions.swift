/// Parties of a court case's caption: `Ferguson v. Young`, `R v Hart`, `In re Marriage of Jackson`.
extension PersonDetector {
    /// The word `i..<e` as a party named by a known family name, before or after the caption's `v.`/`v`, or after
    /// `Marriage of`/`Estate of`/`Matter of` (there also a family name named like a town: `Jackson`), and ending the
    /// party's name (a capitalised word after it makes a firm or a team: `Young Group`). A family name that is a common
    /// word is taken too: the caption says a party stands there (`Ferguson v. Young`).
    static func caseParty(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        let versusAfter = t.at(e + 1) == 0x76 && (t.matchesExactly(" v. ", at: e) || t.matchesExactly(" v ", at: e))
        let b = t.at(i - 2)
        let versusBefore =
            t.at(i - 1) == 0x20
            && ((b == 0x76 && t.at(i - 3) == 0x20) || (b == 0x2E && t.at(i - 3) == 0x76 && t.at(i - 4) == 0x20))
        let estate =
            b == 0x66 && t.at(i - 3) == 0x6F
            && (t.matchesExactly("Marriage of ", at: i - 12) || t.matchesExactly("Estate of ", at: i - 10)
                || t.matchesExactly("Matter of ", at: i - 10))
        guard versusAfter || versusBefore || estate, Byte.isLower(t.at(i + 1)),
            NameLexicon.surnames.contains(t.hashLowercased(i, e)), !NameLexicon.isStopword(t, i, e),
            estate || !placeNames.contains(t.hashLowercased(i, e))
        else { return nil }
        // (Not the first word of a firm, a team or a place: `Gardner Group`, `Costa PLC`, `Squad v Lake Kenneth Town`.)
        if t.at(e) == 0x20 && (Byte.isUpper(t.at(e + 1)) || t.matchesExactly("and Sons", at: e + 1)) { return nil }
        return Candidate(.person, i, e, score: 0.75, priority: 30)
    }
}
