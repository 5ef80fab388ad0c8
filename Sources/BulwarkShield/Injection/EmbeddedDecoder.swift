/// Finds and decodes base64, hex, URL-encoded and ROT13 text embedded in a larger text.
///
/// Only decodings that yield mostly printable text are kept, so random tokens, hashes and
/// binary blobs produce nothing. Each call looks at most ``maxCandidates`` runs.
enum EmbeddedDecoder {
    static let maxCandidates = 8
    static let minBase64Run = 16
    static let minHexRun = 12

    static func decode(_ text: String) -> [(EmbeddedEncoding, [UInt8])] {
        var out: [(EmbeddedEncoding, [UInt8])] = []
        var text = text
        text.withUTF8 { bytes in
            scanRuns(bytes, into: &out)
            if let url = percentDecoded(bytes) { out.append((.urlEncoding, url)) }
            if mentionsRot13(bytes) { out.append((.rot13, rot13(bytes))) }
        }
        return out
    }

    // MARK: base64 and hex runs

    /// Bit 0: base64 alphabet (standard and URL-safe); bit 1: hex digit.
    private static let byteClass: [UInt8] = (0..<256).map { v in
        let b = UInt8(v)
        let base64 =
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2B
            || b == 0x2F || b == 0x2D || b == 0x5F
        let hex = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
        return (base64 ? 1 : 0) | (hex ? 2 : 0)
    }

    @inline(__always)
    private static func isBase64Byte(_ b: UInt8) -> Bool {
        byteClass[Int(b)] & 1 != 0
    }

    @inline(__always)
    private static func isHexByte(_ b: UInt8) -> Bool {
        byteClass[Int(b)] & 2 != 0
    }

    private static func scanRuns(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [(EmbeddedEncoding, [UInt8])]) {
        var i = 0
        var candidates = 0
        while i < bytes.count && candidates < maxCandidates {
            guard isBase64Byte(bytes[i]) else {
                i += 1
                continue
            }
            let start = i
            // Fast path: ordinary words are short; skip them without classifying each byte.
            var probe = i
            while probe < bytes.count && probe - start < minHexRun && isBase64Byte(bytes[probe]) { probe += 1 }
            if probe - start < minHexRun {
                i = probe
                continue
            }
            var allHex = true
            var upper = false
            var lower = false
            var digit = false
            while i < bytes.count && isBase64Byte(bytes[i]) {
                let b = bytes[i]
                if !isHexByte(b) { allHex = false }
                if b >= 0x41 && b <= 0x5A {
                    upper = true
                } else if b >= 0x61 && b <= 0x7A {
                    lower = true
                } else if b >= 0x30 && b <= 0x39 {
                    digit = true
                }
                i += 1
            }
            let run = UnsafeBufferPointer(rebasing: bytes[start..<i])
            if allHex && run.count >= minHexRun && run.count % 2 == 0 && digit && (upper || lower) {
                candidates += 1
                if let decoded = hexDecode(run), isMostlyText(decoded) { out.append((.hex, decoded)) }
            } else if run.count >= minBase64Run && upper && lower {
                candidates += 1
                if let decoded = base64Decode(run), isMostlyText(decoded) { out.append((.base64, decoded)) }
            }
            while i < bytes.count && bytes[i] == 0x3D { i += 1 }
        }
    }

    private static func hexDecode(_ run: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        func nibble(_ b: UInt8) -> UInt8 {
            b <= 0x39 ? b - 0x30 : (b | 0x20) - 0x61 + 10
        }
        var out: [UInt8] = []
        out.reserveCapacity(run.count / 2)
        var i = 0
        while i + 1 < run.count {
            out.append(nibble(run[i]) << 4 | nibble(run[i + 1]))
            i += 2
        }
        return out
    }

    private static func base64Decode(_ run: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        func value(_ b: UInt8) -> UInt32? {
            switch b {
            case 0x41...0x5A: return UInt32(b - 0x41)
            case 0x61...0x7A: return UInt32(b - 0x61 + 26)
            case 0x30...0x39: return UInt32(b - 0x30 + 52)
            case 0x2B, 0x2D: return 62
            case 0x2F, 0x5F: return 63
            default: return nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(run.count * 3 / 4)
        var acc: UInt32 = 0
        var bits = 0
        for b in run {
            guard let v = value(b) else { return nil }
            acc = acc << 6 | v
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((acc >> UInt32(bits)) & 0xFF))
            }
        }
        return out
    }

    /// At least 90 % printable ASCII or UTF-8 continuation, with a few letters.
    static func isMostlyText(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        var printable = 0
        var letters = 0
        for b in bytes {
            if (b >= 0x20 && b < 0x7F) || b == 0x0A || b == 0x0D || b == 0x09 || b >= 0xC2 && b < 0xF5
                || (b >= 0x80 && b < 0xC0)
            {
                printable += 1
            }
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { letters += 1 }
        }
        return printable * 10 >= bytes.count * 9 && letters * 3 >= bytes.count
            && String(validating: bytes, as: UTF8.self) != nil
    }

    // MARK: URL-encoding and ROT13

    private static func percentDecoded(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var escapes = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0x25 && isHexByte(bytes[i + 1]) && isHexByte(bytes[i + 2]) {
                escapes += 1
                i += 3
            } else {
                i += 1
            }
        }
        guard escapes >= 3 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x25 && i + 2 < bytes.count && isHexByte(bytes[i + 1]) && isHexByte(bytes[i + 2]) {
                let hi = bytes[i + 1] <= 0x39 ? bytes[i + 1] - 0x30 : (bytes[i + 1] | 0x20) - 0x61 + 10
                let lo = bytes[i + 2] <= 0x39 ? bytes[i + 2] - 0x30 : (bytes[i + 2] | 0x20) - 0x61 + 10
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(b == 0x2B ? 0x20 : b)
                i += 1
            }
        }
        return String(validating: out, as: UTF8.self) == nil ? nil : out
    }

    private static func mentionsRot13(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 4 < bytes.count {
            if bytes[i] | 0x20 == 0x72, bytes[i + 1] | 0x20 == 0x6F, bytes[i + 2] | 0x20 == 0x74 {
                var k = i + 3
                if bytes[k] == 0x2D || bytes[k] == 0x20 || bytes[k] == 0x5F { k += 1 }
                if k + 1 < bytes.count, bytes[k] == 0x31, bytes[k + 1] == 0x33 { return true }
            }
            i += 1
        }
        return false
    }

    static func rot13(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        bytes.map { b in
            switch b {
            case 0x41...0x5A: return (b - 0x41 + 13) % 26 + 0x41
            case 0x61...0x7A: return (b - 0x61 + 13) % 26 + 0x61
            default: return b
            }
        }
    }
}
