/// Recognises the redaction placeholders the `Redactor` writes (`[PHONE]`, `<EMAIL_1>`), so that their
/// type names never serve as context words: masking one value must not make a re-scan find another.
enum Placeholder {
    /// Whether `pos` lies inside an uppercase `[...]` or `<...>` placeholder token.
    static func covers(_ t: ScanText, _ pos: Int) -> Bool {
        var s = pos
        while s > 0 && isPlaceholderByte(t[s - 1]) { s -= 1 }
        let open = t.at(s - 1)
        guard open == 0x5B || open == 0x3C else { return false }
        var e = pos
        while e < t.count && isPlaceholderByte(t[e]) { e += 1 }
        let close = t.at(e)
        return (open == 0x5B && close == 0x5D) || (open == 0x3C && close == 0x3E)
    }

    /// Whether a placeholder token ends right before `pos` (its `]` or `>` is at `pos - 1`).
    static func ends(before pos: Int, in t: ScanText) -> Bool {
        let close = t.at(pos - 1)
        return (close == 0x5D || close == 0x3E) && pos >= 2 && isPlaceholderByte(t[pos - 2]) && covers(t, pos - 2)
    }

    /// Whether a placeholder token starts at `pos` (its `[` or `<`).
    static func starts(at pos: Int, in t: ScanText) -> Bool {
        let open = t.at(pos)
        return (open == 0x5B || open == 0x3C) && isPlaceholderByte(t.at(pos + 1)) && covers(t, pos + 1)
    }

    /// Whether a placeholder starts at `pos`, or after up to three joining bytes (`. - / : ( ) @`) there: what
    /// ends at `pos` is glued to something already redacted.
    @inline(__always) static func follows(_ pos: Int, in t: ScanText) -> Bool {
        let c0 = t.at(pos)
        guard c0 == 0x5B || c0 == 0x3C || isJoiner(c0) else { return false }
        var k = pos
        while k - pos < 3 && isJoiner(t.at(k)) { k += 1 }
        let c = t.at(k)
        return (c == 0x5B || c == 0x3C) && starts(at: k, in: t)
    }

    /// Whether a placeholder ends at `pos`, or before up to three joining bytes there (see `follows`).
    @inline(__always) static func precedes(_ pos: Int, in t: ScanText) -> Bool {
        // Fast path: almost every position follows a space or a letter.
        let c = t.at(pos - 1)
        guard c == 0x5D || c == 0x3E || isJoiner(c) else { return false }
        var k = pos
        while pos - k < 3 && k > 0 && isJoiner(t[k - 1]) { k -= 1 }
        return ends(before: k, in: t)
    }

    @inline(__always) private static func isJoiner(_ c: UInt8) -> Bool {
        c == 0x2E || c == 0x2D || c == 0x2F || c == 0x3A || c == 0x28 || c == 0x29 || c == 0x40
    }

    @inline(__always) private static func isPlaceholderByte(_ c: UInt8) -> Bool {
        Byte.isUpper(c) || Byte.isDigit(c) || c == 0x5F
    }
}
