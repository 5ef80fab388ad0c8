/// Passport-shaped tokens and the short words before them (`Pass C5YG2PCC0`, `PP 372877472`).
extension ContextValueDetector {
    /// After German `Pass ` at `i` (capitalised, a word of its own; `Pass:` labels a password in English), a German
    /// passport's nine characters from its alphabet, capitals and digits mixed (`Pass C5YG2PCC0`; not `pass
    /// 12345678`, `Pass PENDING`, `Season pass SP2024001`): the token's end, its candidate appended to `out`.
    func shortPassportWord(_ t: ScanText, _ i: Int, into out: inout [Candidate]) -> Int? {
        guard t.matchesExactly("Pass ", at: i) else { return nil }
        let v = i + 5
        guard let e = passportToken(t, v), e - v == 9,
            (v..<e).allSatisfy({ Self.germanPassportAlphabet.contains(t[$0]) }),
            (v..<e).contains(where: { Byte.isUpper(t[$0]) }), (v..<e).contains(where: { Byte.isDigit(t[$0]) })
        else { return nil }
        out.append(Candidate(.passport, v, e, score: 0.8, priority: 50))
        return e
    }

    /// `PP 372877472`, `pp no 859802752`, `PP#: C63776021`: the abbreviation of a passport (capitals, or any case before
    /// a number's word) before a token of seven digits or more (not pages, `pp. 12-15`): the token's end, its candidate
    /// appended to `out`.
    func passportAbbreviation(_ t: ScanText, _ i: Int, into out: inout [Candidate]) -> Int? {
        guard t.at(i + 1) | 0x20 == 0x70, !Byte.isAlpha(t.at(i + 2)) else { return nil }
        var k = i + 2
        var numbered = false
        if t.at(k) == 0x23 {
            k += 1
            numbered = true
        } else if t.at(k) == 0x20 && (t.matches("no", at: k + 1) || t.matches("nr", at: k + 1))
            && !Byte.isAlpha(t.at(k + 3))
        {
            k += 3
            if t.at(k) == 0x2E { k += 1 }
            numbered = true
        }
        guard numbered || t.matchesExactly("PP", at: i) else { return nil }
        if t.at(k) == 0x3A { k += 1 }
        guard t.at(k) == 0x20 || numbered else { return nil }
        while t.at(k) == 0x20 { k += 1 }
        guard let e = passportToken(t, k), (k..<e).reduce(0, { $0 + (Byte.isDigit(t[$1]) ? 1 : 0) }) >= 7 else {
            return nil
        }
        out.append(Candidate(.passport, k, e, score: 0.8, priority: 50))
        return e
    }

    static let germanPassportAlphabet = Set("CFGHJKLMNPRTVWXYZ0123456789".utf8)

    /// The end of a passport-shaped token at `k`: seven to ten capitals and digits, two digits or more (or a German
    /// passport's nine characters), no letter, digit or dash after it.
    func passportToken(_ t: ScanText, _ k: Int) -> Int? {
        var e = k
        var digits = 0
        while Byte.isUpper(t.at(e)) || Byte.isDigit(t.at(e)) {
            if Byte.isDigit(t[e]) { digits += 1 }
            e += 1
        }
        let len = e - k
        guard len >= 7 && len <= 10, !Byte.isAlnum(t.at(e)), t.at(e) != 0x2D else { return nil }
        // Two digits or more, or a German passport's nine characters from its alphabet, which has no vowel
        // (`CMRTRHWXZ`; not `PENDING`).
        guard digits >= 2 || (len == 9 && (k..<e).allSatisfy { Self.germanPassportAlphabet.contains(t[$0]) }) else {
            return nil
        }
        return e
    }
}
