/// A password pasted without any word naming it: a token that mixes letters, digits and a symbol inside it the way
/// generated and rule-following passwords do (`NTSnq843!jsT`, `Dr!g0n2023!`, `wetvv015&prm`), in a table's cell, after
/// `admin/`, or after `the new one is`.
extension CredentialDetector {
    /// The token around the symbol at `i` (one of `Triggers.symbol`'s, or `@`, `%`), when it reads as a password:
    /// 8 to 40 bytes; an uppercase and a lowercase letter and a digit, or three lowercase letters and two digits; no
    /// byte that makes it a path, a link, an address, an expression or markup.
    func barePassword(_ t: ScanText, _ i: Int) -> Candidate? {
        // Most `@` open an e-mail's domain and most `%` a URL's escape: both are told before the token is read.
        if t[i] == 0x40 {
            var k = i + 1
            while Byte.isAlnum(t.at(k)) || t.at(k) == 0x2D { k += 1 }
            if t.at(k) == 0x2E { return nil }
        } else if t[i] == 0x25 && Byte.isHex(t.at(i + 1)) && Byte.isHex(t.at(i + 2)) {
            return nil
        }
        // The whole token, or none: a part of a longer one (a link's end) is no password.
        var s = i
        while s > 0 && !Self.endsToken(t[s - 1]) && i - s < 40 { s -= 1 }
        var e = i + 1
        while e < t.count && !Self.endsToken(t[e]) && e - s < 41 { e += 1 }
        guard s == 0 || Self.endsToken(t[s - 1]), e == t.count || Self.endsToken(t[e]) else { return nil }
        // `admin/VIhVj747!dxh`: a login and its password joined by a slash.
        if let slash = (s..<i).last(where: { t[$0] == 0x2F }), slash > s,
            (s..<slash).allSatisfy({ Byte.isAlnum(t[$0]) || t[$0] == 0x2E || t[$0] == 0x5F || t[$0] == 0x2D })
        {
            s = slash + 1
        }
        // A sentence's or a list's punctuation after it belongs to the text (`… is Wscog627!DsN.`).
        while e > i + 1 && (t[e - 1] == 0x2E || t[e - 1] == 0x2C || t[e - 1] == 0x3B || t[e - 1] == 0x3A) { e -= 1 }
        guard e - s >= 8, e - s <= 40, s < i, Byte.isAlnum(t[s]) || t[s] == 0x2E else { return nil }
        for k in s..<e where !Byte.isAlnum(t[k]) {
            let c = t[k]
            if c >= 0x80 || Self.refused.contains(c) { return nil }
            // URL encoding (`%20`), a shell variable (`${API_KEY}`, `$(cat …)`, `$HOME`), an e-mail address.
            if c == 0x25 && Byte.isHex(t.at(k + 1)) && Byte.isHex(t.at(k + 2)) { return nil }
            if c == 0x24 && (t.at(k + 1) == 0x7B || t.at(k + 1) == 0x28 || Byte.isUpper(t.at(k + 1))) { return nil }
            if c == 0x40 && (k + 1..<e).contains(where: { t[$0] == 0x2E }) { return nil }
        }
        let kinds = Checksums.classes(t, s, e)
        // Without an uppercase letter, a letter must follow the symbol (`wetvv015&prm`, not a handle `cosmosaoi#8888`)
        // and an `@` joins a login to a host (`git@build-01`).
        let strong = kinds.upper > 0 && kinds.lower > 0 && kinds.digit > 0
        let weak = kinds.lower >= 3 && kinds.digit >= 2 && Byte.isAlpha(t.at(i + 1)) && t[i] != 0x40
        // A symbol three times separates fields (`scrypt$10$8$1$…`).
        guard strong || weak, (s..<e).count(where: { t[$0] == t[i] }) < 3, !Self.namesSomethingElse(t, s, i, e),
            !CredentialValue.isPlaceholder(t, s, e)
        else { return nil }
        return Candidate(.password, s, e, score: 0.6, priority: 35)
    }

    /// Whether the token `s..<e` with its symbol at `i` numbers or addresses something instead: a reference after a
    /// word for it (`Ticket#48213`, `Room#1204`) or a login at a host (`Admin@Host01`; a password has a digit or a
    /// symbol after its `@`: `Brasil@2023`).
    private static func namesSomethingElse(_ t: ScanText, _ s: Int, _ i: Int, _ e: Int) -> Bool {
        switch t[i] {
        case 0x23:
            return (i + 1..<e).allSatisfy({ Byte.isDigit(t[$0]) })
                && references.contains(t.hashLowercased(s, i))
        case 0x40:
            return Byte.isAlpha(t.at(i + 1))
        default:
            return false
        }
    }

    /// Words that number things with `#`.
    private static let references = NameLexicon.hashes(
        "ticket issue room case order bug pr pull item task step ref req job build run story incident change request"
    )

    /// Bytes that end a token: spaces, quotes, brackets and table bars.
    @inline(__always) private static func endsToken(_ c: UInt8) -> Bool {
        c <= 0x20 || c == 0x22 || c == 0x27 || c == 0x60 || c == 0x3C || c == 0x3E || c == 0x28 || c == 0x29
            || c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D || c == 0x7C
    }

    /// Bytes no such password holds here: a path's, a link's, a setting's, an expression's or an HL7 field's (`a/b`,
    /// `x:y`, `k=v`, `C:\`, `a+b`, `2345-7^Glucose`).
    private static let refused = ASCIISet("/\\:=+,;^")
}
