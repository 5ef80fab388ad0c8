/// Where a name ends: a generational suffix or a degree after it (`Jr.`, `PhD`), or a particle that sorted lists move
/// behind it (`Dussen van`).
extension PersonDetector {
    /// Generational suffixes and degrees written after a name (longer forms first: the first that matches is taken).
    private static let suffixes: [StaticString] = [
        "Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV", "M.D.", "MD", "D.D.S.", "DDS", "Ph.D.", "PhD", "DVM", "MBA.",
        "MBA", "B.Sc.", "M.Sc.", "B.Eng.", "M.Eng.", "B.A.", "M.A.", "LL.M.", "Esq.", "CPA",
    ]
    private static let suffixesAfterComma: [StaticString] = [
        "Jr.", "Sr.", "M.D.", "MD", "D.D.S.", "DDS", "Ph.D.", "PhD", "DVM", "MBA", "Esq.", "CPA",
    ]

    /// The end of a name `s..<e` with the generational suffix or degree after it (`Abernathy Jr.`, `Tyler Smith III`,
    /// `Martin Luther King, Jr.`, `William Edwards MD`, `Karsten Mies B.Sc.`).
    static func suffixEnd(_ t: ScanText, _ s: Int, _ e: Int) -> Int {
        // The name read `Jr` as a word: its full stop belongs to it.
        if t.at(e) == 0x2E && e - s > 4 && t.at(e - 3) == 0x20
            && (t.matches("jr", at: e - 2) || t.matches("sr", at: e - 2))
        {
            return e + 1
        }
        if let particle = Self.trailingParticleEnd(t, e) { return particle }
        var k = e
        let comma = t.at(k) == 0x2C
        if comma { k += 1 }
        guard t.at(k) == 0x20 else { return e }
        k += 1
        let suffixes = comma ? Self.suffixesAfterComma : Self.suffixes
        for suffix in suffixes where t.matchesExactly(suffix, at: k) {
            let end = k + suffix.utf8CodeUnitCount
            if !Byte.isAlnum(t.at(end)) { return end }
        }
        return e
    }

    /// The end of `van`, `von` (and `der`, `den` after them) written after a name's end, as sorted lists move the
    /// particle there (`Dussen van`, `Beethoven, Ludwig van`): only before punctuation, a tab or the line's end, where
    /// no word follows that the particle would lead.
    static func trailingParticleEnd(_ t: ScanText, _ e: Int) -> Int? {
        guard t.at(e) == 0x20, t.matchesExactly("van", at: e + 1) || t.matchesExactly("von", at: e + 1) else {
            return nil
        }
        var k = e + 4
        if t.matchesExactly(" der", at: k) || t.matchesExactly(" den", at: k) { k += 4 }
        let b = t.at(k)
        let ends =
            k >= t.count || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x29 || b == 0x3B || b == 0x2C
            || b == 0x2E || b == 0x3C || b == 0x7C || b == 0x22
        return ends || (b == 0x20 && (t.at(k + 1) == 0x3C || t.at(k + 1) == 0x28)) ? k : nil
    }
}
