/// Character classes and look-alike tables used by ``TextNormalizer``.
enum UnicodeFolding {
    /// What to do with one scalar.
    enum Kind {
        case keep
        case control
        case backspace
        case invisible
        case bidi
        case tag
        case combining
        case variationSelector(byte: UInt8, emoji: Bool)
    }

    @inline(__always)
    static func kind(_ v: UInt32) -> Kind {
        switch v {
        case 0x200B, 0x200C, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF, 0x00AD, 0x180E, 0x115F, 0x1160,
            0x3164, 0x034F, 0x17B4, 0x17B5:
            return .invisible
        case 0x08:
            return .backspace
        case 0x00...0x07, 0x0B, 0x0C, 0x0E...0x1F, 0x7F:
            return .control
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
            return .bidi
        case 0xE0000...0xE007F:
            return .tag
        case 0x0300...0x036F, 0x0483...0x0489, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return .combining
        case 0xFE00...0xFE0F:
            return .variationSelector(byte: UInt8(v - 0xFE00), emoji: v == 0xFE0E || v == 0xFE0F)
        case 0xE0100...0xE01EF:
            return .variationSelector(byte: UInt8(v - 0xE0100 + 16), emoji: false)
        default:
            return .keep
        }
    }

    /// Latin letters (ASCII and Latin-1/Extended-A/B).
    @inline(__always)
    static func isLatinLetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7)
    }

    /// Cyrillic, Greek and Armenian letters: the scripts with Latin look-alikes.
    @inline(__always)
    static func isLookAlikeScript(_ v: UInt32) -> Bool {
        (v >= 0x370 && v <= 0x3FF) || (v >= 0x400 && v <= 0x52F) || (v >= 0x530 && v <= 0x58F)
    }

    /// The ASCII letter a scalar is commonly mistaken for, if any.
    static func latinLookAlike(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x0430, 0x03B1, 0x0251: return 0x61  // a
        case 0x0410, 0x0391: return 0x41  // A
        case 0x0412, 0x0392: return 0x42  // B
        case 0x0441, 0x03F2: return 0x63  // c
        case 0x0421, 0x03F9: return 0x43  // C
        case 0x0501: return 0x64  // d
        case 0x0435, 0x0454: return 0x65  // e
        case 0x0415, 0x0395: return 0x45  // E
        case 0x0261: return 0x67  // g
        case 0x04BB, 0x0570: return 0x68  // h
        case 0x041D, 0x0397: return 0x48  // H
        case 0x0456, 0x03B9, 0x0131, 0x04CF: return 0x69  // i
        case 0x0406, 0x0399, 0x04C0: return 0x49  // I
        case 0x0458, 0x0237, 0x03F3: return 0x6A  // j
        case 0x0408: return 0x4A  // J
        case 0x03BA, 0x043A: return 0x6B  // k
        case 0x041A, 0x039A: return 0x4B  // K
        case 0x041C, 0x039C: return 0x4D  // M
        case 0x0578, 0x057C: return 0x6E  // n
        case 0x039D: return 0x4E  // N
        case 0x043E, 0x03BF, 0x0585: return 0x6F  // o
        case 0x041E, 0x039F, 0x0555: return 0x4F  // O
        case 0x0440, 0x03C1: return 0x70  // p
        case 0x0420, 0x03A1: return 0x50  // P
        case 0x051B: return 0x71  // q
        case 0x0455: return 0x73  // s
        case 0x0405: return 0x53  // S
        case 0x0422, 0x03A4: return 0x54  // T
        case 0x057D, 0x03C5: return 0x75  // u
        case 0x03BD, 0x0475: return 0x76  // v
        case 0x051D, 0x0461: return 0x77  // w
        case 0x0445, 0x03C7: return 0x78  // x
        case 0x0425, 0x03A7: return 0x58  // X
        case 0x0443, 0x04AF, 0x03B3: return 0x79  // y
        case 0x0423, 0x04AE, 0x03A5: return 0x59  // Y
        case 0x0396: return 0x5A  // Z
        default: return nil
        }
    }

    /// Folds leetspeak digits and symbols inside words that also contain letters.
    ///
    /// Returns `nil` when fewer than three words (or under 8 % of words) look like
    /// leetspeak, so ordinary text with numbers is not rewritten.
    static func foldLeetspeak(_ bytes: [UInt8], tokens: [WordToken]) -> [UInt8]? {
        var leetWords = 0
        for token in tokens {
            var letters = 0
            var leet = 0
            for i in Int(token.start)..<Int(token.end) {
                let b = bytes[i]
                if b >= 0x61 && b <= 0x7A { letters += 1 } else if leetLetter(b) != nil { leet += 1 }
            }
            let length = Int(token.end - token.start)
            // Tokens glued to base64 punctuation are key material, not leetspeak.
            let before = token.start > 0 ? bytes[Int(token.start) - 1] : 0x20
            let after = Int(token.end) < bytes.count ? bytes[Int(token.end)] : 0x20
            let glued = before == 0x2B || before == 0x2F || after == 0x2B || after == 0x2F || after == 0x3D
            if letters >= 1 && leet >= 1 && length >= 3 && length <= 14 && leet <= 4 && !glued { leetWords += 1 }
        }
        guard leetWords >= 3, leetWords * 100 >= tokens.count * 8 else { return nil }
        var out = bytes
        for token in tokens {
            var hasLetter = false
            for i in Int(token.start)..<Int(token.end) where bytes[i] >= 0x61 && bytes[i] <= 0x7A {
                hasLetter = true
                break
            }
            if !hasLetter, token.end - token.start == 1, let l = leetLetter(bytes[Int(token.start)]) {
                out[Int(token.start)] = l  // a lone "4" or "1" in leetspeak text is "a" or "i"
                continue
            }
            guard hasLetter else { continue }
            for i in Int(token.start)..<Int(token.end) {
                if let l = leetLetter(bytes[i]) { out[i] = l }
            }
        }
        return out
    }

    @inline(__always)
    static func leetLetter(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30: return 0x6F  // 0 → o
        case 0x31: return 0x69  // 1 → i
        case 0x33: return 0x65  // 3 → e
        case 0x34: return 0x61  // 4 → a
        case 0x35: return 0x73  // 5 → s
        case 0x37: return 0x74  // 7 → t
        case 0x38: return 0x62  // 8 → b
        default: return nil
        }
    }
}
