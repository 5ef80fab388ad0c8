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

    /// The end of a given name alone at `s` (`givenNameAlone`: no word, no place, no product) that is no family name
    /// and no firm's either, or nil.
    static func plainGivenName(_ t: ScanText, _ s: Int) -> Int? {
        guard let e = givenNameAlone(t, s) else { return nil }
        let h = t.hashLowercased(s, e)
        return NameLexicon.surnames.contains(h) || firmsNamedLikeFamilies.contains(h) ? nil : e
    }

    /// The end of the lowercase word at `s` (letters, accents, inner hyphens), or nil.
    static func lowercaseWordEnd(_ t: ScanText, _ s: Int) -> Int? {
        guard Byte.isLower(t.at(s)) || t.at(s) >= 0x80 else { return nil }
        var k = s
        while Byte.isAlpha(t.at(k)) || t.at(k) >= 0x80 || (t.at(k) == 0x2D && Byte.isLower(t.at(k + 1))) { k += 1 }
        return k
    }
}
