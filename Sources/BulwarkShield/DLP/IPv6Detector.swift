/// Finds IPv6 addresses (full, compressed, link-local, with an embedded IPv4 tail), skipping `::1`, `::`,
/// times such as `12:10:05` and MAC addresses.
struct IPv6Detector {
    func scan(_ t: ScanText, _ triggers: Triggers, into out: inout [Candidate]) {
        let n = t.count
        triggers.forEach(Triggers.colonOrEquals) { i in
            guard t[i] == 0x3A else { return i + 1 }
            var s = i
            while s > 0 && (Byte.isHex(t[s - 1]) || t[s - 1] == 0x3A) && i - s < 40 { s -= 1 }
            // An SPF record's mechanism glued before the address: `ip6:2001:db8::1`.
            if t.at(s) == 0x36 && t.at(s + 1) == 0x3A && t.at(s - 1) | 0x20 == 0x70 && t.at(s - 2) | 0x20 == 0x69 {
                s += 2
            }
            var e = i
            while e < n && (Byte.isHex(t[e]) || t[e] == 0x3A || t[e] == 0x2E) && e - s < 48 { e += 1 }
            // A run of hex groups longer than any address (a certificate's fingerprint, `9C:4E:…:71:C8`) is none: no
            // eight of its groups are read as one.
            if e - s >= 48 && (Byte.isHex(t.at(e)) || t.at(e) == 0x3A) {
                while e < n && (Byte.isHex(t[e]) || t[e] == 0x3A || t[e] == 0x2E) { e += 1 }
                return e
            }
            let runEnd = e
            while e > i && (t[e - 1] == 0x2E || (t[e - 1] == 0x3A && !(e - 2 >= 0 && t[e - 2] == 0x3A))) { e -= 1 }
            let before = t.at(s - 1)
            // Glued to a word, or to a placeholder that replaced one, it is part of something else.
            if !(Byte.isAlnum(before) || before == 0x5F || before == 0x2D) && !Byte.isAlpha(t.at(e))
                && !Placeholder.precedes(s, in: t) && !Placeholder.follows(runEnd, in: t),
                let end = valid(t, s, e)
            {
                out.append(Candidate(.ipAddress, s, end, score: 0.93, priority: 60))
                return max(end, i + 1)
            }
            return max(e, i + 1)
        }
    }

    /// Returns the end of the address inside `s..<e`, or nil.
    private func valid(_ t: ScanText, _ s: Int, _ e: Int) -> Int? {
        var groups = 0
        var doubleColon = false
        var k = s
        var hasLetter = false
        var lastEnd = s
        var eighthEnd = s
        while k < e {
            if t[k] == 0x3A {
                if t.at(k + 1) == 0x3A {
                    if doubleColon { return nil }
                    doubleColon = true
                    k += 2
                    lastEnd = k
                    continue
                }
                // A single colon separates two groups: not at the start, and never right after `::`
                // (`:::` is no address, and masking text in front of one must not turn it into one).
                if k == s || t[k - 1] == 0x3A { return nil }
                k += 1
                continue
            }
            let gs = k
            var dots = false
            while k < e && (Byte.isHex(t[k]) || t[k] == 0x2E) {
                if t[k] == 0x2E { dots = true }
                if Byte.isAlpha(t[k]) { hasLetter = true }
                k += 1
            }
            if dots {
                // Embedded IPv4 must be the last part.
                guard k == e, isIPv4(t, gs, k) else { return nil }
                groups += 2
            } else {
                // `connect to 2ed6:…:e125:25:`, `from 60a7:…:d179:51460` in a log: eight full groups and a port (of up
                // to five digits), without the brackets.
                // The port ends the run: more groups after it make a fingerprint, not an address.
                if groups == 8 && !doubleColon && hasLetter && k - gs <= 5 && k == e
                    && (gs..<k).allSatisfy({ Byte.isDigit(t[$0]) })
                {
                    return eighthEnd
                }
                guard k - gs <= 4 else { return nil }
                groups += 1
            }
            if groups == 8 { eighthEnd = k }
            lastEnd = k
        }
        guard groups <= 8 else { return nil }
        if doubleColon {
            guard groups <= 7, groups >= 2 else { return nil }
            // Real compressed addresses (fe80::1, 2001:db8::5) carry a few hex digits; "e::e" does not.
            var hexDigits = 0
            for k in s..<lastEnd where t[k] != 0x3A { hexDigits += 1 }
            if hexDigits < 4 { return nil }
            // ::1 loopback and ::ffff:127.0.0.1 style loopbacks.
            if groups == 1 && t[s] == 0x3A && lastEnd - s == 3 && t[s + 2] == 0x31 { return nil }
            // A compressed address needs some hex letters or at least three groups, else it is likely a time.
            if !hasLetter && groups < 3 { return nil }
        } else {
            guard groups == 8 else { return nil }
            // Eight groups of two hex digits each are a Fibre Channel WWN or an EUI-64 (`50:06:01:60:3b:a0:12:34`).
            var k = s
            var pairs = true
            while k < lastEnd && pairs {
                var g = k
                while g < lastEnd && t[g] != 0x3A { g += 1 }
                pairs = g - k == 2
                k = g + 1
            }
            if pairs { return nil }
        }
        return lastEnd
    }

    private func isIPv4(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var parts = 0
        var v = -1
        for k in s..<e {
            if t[k] == 0x2E {
                guard v >= 0 && v <= 255 else { return false }
                parts += 1
                v = -1
            } else if Byte.isDigit(t[k]) {
                v = (v < 0 ? 0 : v) * 10 + Int(t[k] - 0x30)
                // A long digit run would overflow; anything over 255 is no octet anyway.
                if v > 255 { return false }
            } else {
                return false
            }
        }
        return parts == 3 && v >= 0 && v <= 255
    }
}
