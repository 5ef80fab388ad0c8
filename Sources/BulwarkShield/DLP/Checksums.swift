/// Check-digit and randomness tests used to tell real identifiers from look-alikes.
enum Checksums {
    /// Luhn (mod 10) over the given digit values.
    static func luhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        var double = false
        for d in digits.reversed() {
            var v = Int(d)
            if double {
                v *= 2
                if v > 9 { v -= 9 }
            }
            sum += v
            double.toggle()
        }
        return sum % 10 == 0
    }

    /// ISO 13616 IBAN check: move the first four characters to the end, letters to 10...35, mod 97 == 1.
    /// `chars` are uppercase ASCII letters and digits without separators.
    static func ibanValid(_ chars: UnsafeBufferPointer<UInt8>) -> Bool {
        guard chars.count >= 15, chars.count <= 34 else { return false }
        var rem = 0
        for k in 0..<chars.count {
            let c = chars[(k + 4) % chars.count]
            if Byte.isDigit(c) {
                rem = (rem * 10 + Int(c - 0x30)) % 97
            } else if Byte.isUpper(c) {
                rem = (rem * 100 + Int(c - 0x41 + 10)) % 97
            } else {
                return false
            }
        }
        return rem == 1
    }

    /// Registered IBAN lengths for the countries seen in European business text.
    static func ibanLength(_ a: UInt8, _ b: UInt8) -> Int? {
        switch (a, b) {
        case (0x44, 0x45): return 22  // DE
        case (0x47, 0x42): return 22  // GB
        case (0x46, 0x52): return 27  // FR
        case (0x4E, 0x4C): return 18  // NL
        case (0x45, 0x53): return 24  // ES
        case (0x49, 0x54): return 27  // IT
        case (0x42, 0x45): return 16  // BE
        case (0x41, 0x54): return 20  // AT
        case (0x43, 0x48): return 21  // CH
        case (0x4C, 0x55): return 20  // LU
        case (0x49, 0x45): return 22  // IE
        case (0x50, 0x54): return 25  // PT
        case (0x50, 0x4C): return 28  // PL
        case (0x44, 0x4B): return 18  // DK
        case (0x53, 0x45): return 24  // SE
        case (0x4E, 0x4F): return 15  // NO
        case (0x46, 0x49): return 18  // FI
        case (0x43, 0x5A): return 24  // CZ
        case (0x4D, 0x43): return 27  // MC
        case (0x4C, 0x49): return 21  // LI
        case (0x47, 0x52): return 27  // GR
        case (0x48, 0x55): return 28  // HU
        case (0x52, 0x4F): return 24  // RO
        case (0x53, 0x4B): return 24  // SK
        case (0x53, 0x49): return 19  // SI
        case (0x48, 0x52): return 21  // HR
        default: return nil
        }
    }

    private static let crcTable: [UInt32] = (0..<256).map { i -> UInt32 in
        var c = UInt32(i)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 (IEEE) of `bytes[lo..<hi]`.
    static func crc32(_ t: ScanText, _ lo: Int, _ hi: Int) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for i in lo..<hi { c = crcTable[Int((c ^ UInt32(t[i])) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    /// Whether a GitHub token body ends in the six-character base62 CRC-32 of the rest.
    static func githubChecksumValid(_ t: ScanText, bodyStart: Int, end: Int) -> Bool {
        guard end - bodyStart == 36 else { return false }
        var v = UInt64(crc32(t, bodyStart, end - 6))
        var expected = [UInt8](repeating: 0x30, count: 6)
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
        var k = 5
        while v > 0 && k >= 0 {
            expected[k] = alphabet[Int(v % 62)]
            v /= 62
            k -= 1
        }
        for j in 0..<6 where t[end - 6 + j] != expected[j] { return false }
        return true
    }

    /// Shannon entropy in bits per byte of `lo..<hi`.
    static func entropy(_ t: ScanText, _ lo: Int, _ hi: Int) -> Double {
        guard hi > lo else { return 0 }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 128) { counts in
            counts.initialize(repeating: 0)
            var n = 0
            for i in lo..<hi where t[i] < 128 {
                counts[Int(t[i])] += 1
                n += 1
            }
            guard n > 0 else { return 0 }
            var e = 0.0
            let total = Double(n)
            for c in counts where c > 0 {
                let p = Double(c) / total
                e -= p * log2(p)
            }
            return e
        }
    }

    /// Counts of character classes in `lo..<hi`: (upper, lower, digit, other).
    static func classes(_ t: ScanText, _ lo: Int, _ hi: Int) -> (upper: Int, lower: Int, digit: Int, other: Int) {
        var u = 0
        var l = 0
        var d = 0
        var o = 0
        for i in lo..<hi {
            let c = t[i]
            if Byte.isUpper(c) {
                u += 1
            } else if Byte.isLower(c) {
                l += 1
            } else if Byte.isDigit(c) {
                d += 1
            } else {
                o += 1
            }
        }
        return (u, l, d, o)
    }

    private static func log2(_ x: Double) -> Double {
        // Natural log via the stdlib-free series is overkill; Double has no log in the stdlib,
        // so use the bit pattern: log2(x) = exponent + log2(mantissa), with a short polynomial.
        let bits = x.bitPattern
        let exponent = Double(Int((bits >> 52) & 0x7FF) - 1023)
        let m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)  // in [1, 2)
        let y = (m - 1) / (m + 1)
        let y2 = y * y
        let ln = 2 * y * (1 + y2 / 3 + y2 * y2 / 5 + y2 * y2 * y2 / 7 + y2 * y2 * y2 * y2 / 9)
        return exponent + ln * 1.442_695_040_888_963_4
    }
}
