/// Family names that own something: `per Reynolds's note`.
extension PersonDetector {
    /// Firms named with a family name and a possessive (`McDonald's menu`, `Moody's rating`).
    static let possessiveFirms = NameLexicon.hashes(
        "mcdonald macy sainsbury moody lloyd kellogg kohl lowe dillard harrod"
    )

    /// Where the lowercase word owned by the name ending at `e` starts: after `'s `, `’s `, or after `' `/`’ ` when the
    /// name ends in `s` (`Reynolds' note`); nil when no possessive and lowercase word follow.
    static func ownedWordStart(_ t: ScanText, after e: Int) -> Int? {
        var k = e
        if t.at(k) == 0x27 {
            k += 1
        } else if t.at(k) == 0xE2 && t.at(k + 1) == 0x80 && t.at(k + 2) == 0x99 {
            k += 3
        } else {
            return nil
        }
        if t.at(k) == 0x73 { k += 1 } else if t.at(e - 1) != 0x73 { return nil }
        return t.at(k) == 0x20 && Byte.isLower(t.at(k + 1)) ? k + 1 : nil
    }

    /// `per Reynolds's note`, `Sanders’s daughter`, `see Burke' comment`: a known family name alone (no place, no
    /// firm, no common word, no article before it) owning something written in lowercase.
    static func possessor(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        guard let owned = ownedWordStart(t, after: e0) else { return nil }
        let h = t.hashLowercased(i, e0)
        // (`Procter & Gamble's`, `Driver's license`.)
        guard familyNameAlone(t, i, e0), t.at(i - 2) != 0x26,
            !possessiveFirms.contains(h), !NameLexicon.surnamesThatAreWords.contains(h), !determinerBefore(t, i),
            !capitalisedWordBefore(t, i) || opensItem(t, i)
        else { return nil }
        // `Ben and Jerry's`: the second of a pair whose first is capitalised names a firm.
        if let w = t.wordBefore(i, maxLength: 4), listConjunctions.contains(t.hashLowercased(w.start, w.end)),
            capitalisedWordBefore(t, w.start)
        {
            return nil
        }
        // `Child's name:`: a label.
        var v = owned
        while Byte.isLower(t.at(v)) { v += 1 }
        if t.at(v) == 0x3A { return nil }
        return Candidate(.person, i, e0, score: 0.7, priority: 30)
    }
}
