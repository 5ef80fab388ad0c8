/// Roles set off by commas after a name (`Can Christy, your supervisor, call me back?`, `Ask Tom, our caretaker,`).
extension PersonDetector {
    /// Whether a possessive and up to three lowercase words between commas follow the word ending at `e` (`, your
    /// supervisor,`, `, my line manager,`, `, notre responsable,`): a role in apposition, which only a person has.
    static func roleInApposition(_ t: ScanText, _ e: Int) -> Bool {
        guard t.at(e) == 0x2C, t.at(e + 1) == 0x20, let p = lowercaseWordEnd(t, e + 2),
            possessives.contains(t.hashLowercased(e + 2, p))
        else { return false }
        var k = p
        for _ in 0..<3 {
            guard t.at(k) == 0x20, let w = lowercaseWordEnd(t, k + 1) else { return false }
            k = w
            if t.at(k) == 0x2C { return true }
        }
        return false
    }

    /// Whether `s..<e` is a known given name that no lexicon or list here reads otherwise: no family name, no word, no
    /// place, no product or firm named like someone.
    static func plainGivenName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let h = t.hashLowercased(s, e)
        return NameLexicon.firstNames.contains(h) && !NameLexicon.surnames.contains(h)
            && !NameLexicon.givenNamesThatAreWords.contains(h) && !NameLexicon.stopwords.contains(h)
            && !placeNames.contains(h) && !namedLikePeople.contains(h) && !firmsNamedLikeFamilies.contains(h)
            && (Byte.isLower(t.at(s + 1)) || t.at(s + 1) >= 0x80)
    }

    /// The end of the lowercase word at `s` (letters, accents, inner hyphens), or nil.
    private static func lowercaseWordEnd(_ t: ScanText, _ s: Int) -> Int? {
        guard Byte.isLower(t.at(s)) || t.at(s) >= 0x80 else { return nil }
        var k = s
        while Byte.isAlpha(t.at(k)) || t.at(k) >= 0x80 || (t.at(k) == 0x2D && Byte.isLower(t.at(k + 1))) { k += 1 }
        return k
    }
}
