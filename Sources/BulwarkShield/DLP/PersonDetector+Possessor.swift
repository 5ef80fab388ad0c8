/// Family names that own something: `per Reynolds's note`.
extension PersonDetector {
    /// Firms named with a family name and a possessive (`McDonald's menu`, `Moody's rating`).
    static let possessiveFirms = NameLexicon.hashes(
        "mcdonald macy sainsbury moody lloyd kellogg kohl lowe dillard harrod wendy denny claire carl domino arby "
            + "hardee applebee chili friendly"
    )

    /// Where the lowercase word owned by the name ending at `e` starts: after `'s `, `’s `, or after `' `/`’ ` when the
    /// name ends in `s` (`Reynolds' note`); nil when no possessive and lowercase word follow. With `capitalised`, one
    /// acronym or a capitalised word before no English word may be owned too (`Jessica's PR before`, `Knud's Rollback
    /// frei`).
    static func ownedWordStart(_ t: ScanText, after e: Int, capitalised: Bool = false, glued: Bool = false) -> Int? {
        var k = e
        // (With `glued`, the `s` follows the name at once: `Leonids Team`.)
        if !glued {
            if t.at(k) == 0x27 {
                k += 1
            } else if t.at(k) == 0xE2 && t.at(k + 1) == 0x80 && t.at(k + 2) == 0x99 {
                k += 3
            } else {
                return nil
            }
        }
        if t.at(k) == 0x73 { k += 1 } else if t.at(e - 1) != 0x73 { return nil }
        guard t.at(k) == 0x20 else { return nil }
        if Byte.isLower(t.at(k + 1)) { return k + 1 }
        guard capitalised, Byte.isUpper(t.at(k + 1)) else { return nil }
        var w = k + 2
        var acronym = true
        while Byte.isAlpha(t.at(w)) || t.at(w) >= 0x80 {
            if !Byte.isUpper(t.at(w)) { acronym = false }
            w += 1
        }
        guard t.at(w) == 0x20 && Byte.isLower(t.at(w + 1)), w - k >= 3 else { return nil }
        if acronym && w - k <= 5 { return k + 1 }
        // A German noun: no English word after it (`King's Cross and`, `Franklin's Bakery on` name places and shops).
        var n = w + 1
        while Byte.isLower(t.at(n)) || t.at(n) >= 0x80 { n += 1 }
        return NameLexicon.isCommonWord(t, w + 1, n) || NameLexicon.isStopword(t, w + 1, n) ? nil : k + 1
    }

    /// Whether the word before `i` is a stopword opening a sentence (`Also Evans's laptop`, `But Reid's draft`).
    static func afterSentenceOpener(_ t: ScanText, _ i: Int) -> Bool {
        guard let w = t.wordBefore(i, maxLength: 8) else { return false }
        return NameLexicon.isStopword(t, w.start, w.end) && opensItem(t, w.start)
    }

    /// `per Reynolds's note`, `Sanders’s daughter`, `see Burke' comment`: a known family name alone (no place, no
    /// firm, no common word, no article before it) owning something written in lowercase.
    static func possessor(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        // (An acronym may be owned: `Kramer's IAM user`.)
        guard let owned = ownedWordStart(t, after: e0, capitalised: true) else { return nil }
        let h = t.hashLowercased(i, e0)
        // (`Procter & Gamble's`, `Driver's license`.)
        guard familyNameAlone(t, i, e0), t.at(i - 2) != 0x26,
            !possessiveFirms.contains(h), !NameLexicon.surnamesThatAreWords.contains(h), !determinerBefore(t, i),
            !capitalisedWordBefore(t, i) || opensItem(t, i) || afterSentenceOpener(t, i)
        else { return nil }
        // `Ben and Jerry's`: the second of a pair whose first is capitalised names a firm.
        if let w = t.wordBefore(i, maxLength: 4), listConjunctions.contains(t.hashLowercased(w.start, w.end)),
            capitalisedWordBefore(t, w.start)
        {
            return nil
        }
        // `Child's name:`: a label (but `Blackburn's take:` is someone's).
        var v = owned
        while Byte.isLower(t.at(v)) { v += 1 }
        if t.at(v) == 0x3A && (NameLexicon.isCommonWord(t, i, e0) || !NameLexicon.isSurname(t, i, e0)) { return nil }
        return Candidate(.person, i, e0, score: 0.7, priority: 30)
    }

    /// Things staff own that a ticket names by their owner (`der Laptop von Sergio`, `le portable de Faure`).
    static let ownedThings = NameLexicon.hashes(
        "laptop notebook rechner computer pc handy smartphone phone headset monitor desk schreibtisch arbeitsplatz "
            + "postfach mailbox account konto badge ausweis portable ordinateur poste téléphone bureau casque "
            + "boîte compte macbook mbp desktop iphone ipad workstation thinkpad"
    )

    /// Whether the letters from `k` name one of `ownedThings` (`laptop` in `Cory-laptop`, `MacBook` in
    /// `Jess-MacBook-Pro`).
    static func ownedThingAt(_ t: ScanText, _ k: Int) -> Bool {
        var e = k
        while Byte.isAlpha(t.at(e)) || t.at(e) >= 0x80 { e += 1 }
        return e > k && ownedThings.contains(t.hashLowercased(k, e))
    }

    /// `der Laptop von Sergio nicht mehr`, `le portable de Faure a`: a known given name, or a family name alone, after
    /// a thing staff own and `von`/`de`/`of`.
    static func ownerOfThing(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        // (A capitalised word after it: a full name, read further on.)
        guard !(t.at(e0) == 0x20 && Byte.isUpper(t.at(e0 + 1))), let of = t.wordBefore(i, maxLength: 3),
            ownerPrepositions.contains(t.hashLowercased(of.start, of.end)),
            let thing = t.wordBefore(of.start, maxLength: 12),
            ownedThings.contains(t.hashLowercased(thing.start, thing.end)),
            (NameLexicon.isFirstName(t, i, e0) && writtenAsName(t, i, e0) && !isWordName(t, i, e0))
                || familyNameAlone(t, i, e0),
            !NameLexicon.isCommonWord(t, i, e0)
        else { return nil }
        return Candidate(.person, i, e0, score: 0.65, priority: 30)
    }

    static let ownerPrepositions = NameLexicon.hashes("von de of")

    /// `Cory-laptop`, `Jess-MacBook-Pro`: a known given name joined by a hyphen to a device (the word `i..<e`).
    static func deviceOwner(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        var h = i + 3
        while h < e && t[h] != 0x2D { h += 1 }
        guard h < e, ownedThingAt(t, h + 1),
            NameLexicon.isFirstName(t, i, h), writtenAsName(t, i, h), !isWordName(t, i, h)
        else { return nil }
        return Candidate(.person, i, h, score: 0.7, priority: 30)
    }

    /// `und Leonids Team informieren`: a known given name in the German genitive (an `s` glued to it) before a noun
    /// and no English word (the name without the `s`; not a name or a word itself: `Jens`, `Williams`, `Marks`).
    static func genitive(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        guard e - i >= 4, NameLexicon.isFirstName(t, i, e - 1), writtenAsName(t, i, e - 1), !isWordName(t, i, e - 1),
            !NameLexicon.isFirstName(t, i, e), !NameLexicon.isSurname(t, i, e), !NameLexicon.isCommonWord(t, i, e),
            ownedWordStart(t, after: e - 1, capitalised: true, glued: true) != nil
        else { return nil }
        return Candidate(.person, i, e - 1, score: 0.65, priority: 30)
    }
}
