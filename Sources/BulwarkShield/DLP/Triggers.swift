/// The positions where some detector may find something, collected in one pass over the bytes so that each
/// detector visits only its trigger positions instead of every byte.
///
/// A position is recorded when a letter (ASCII, or a non-ASCII lead byte) follows a non-letter, a digit
/// follows a non-digit, `+` or `(` precedes a digit, or the byte is one of `@ : = - / \n`. Detectors re-check
/// their exact conditions there, so the list only has to be a superset of what they act on.
struct Triggers {
    /// Kinds of trigger, as bits.
    static let letter: UInt8 = 1
    static let digit: UInt8 = 2
    static let at: UInt8 = 4
    static let colonOrEquals: UInt8 = 8
    static let newline: UInt8 = 16
    static let dash: UInt8 = 32
    static let slash: UInt8 = 64
    static let plusOrParen: UInt8 = 128

    /// Each trigger as `offset << 8 | kind`, ascending by offset.
    private let entries: [Int]

    var count: Int { entries.count }

    /// Whether the text holds any non-ASCII scalar (then byte and scalar offsets differ).
    let hasNonASCII: Bool

    // Class per byte: 1 ASCII letter, 2 digit, 4 non-ASCII lead byte, 8 `+` or `(`, else the punctuation kind
    // (0x10 and up, see `punctuationKind`) or 0.
    private static let classes: [UInt8] = (0..<256).map { b -> UInt8 in
        let c = UInt8(b)
        if Byte.isAlpha(c) { return 1 }
        if Byte.isDigit(c) { return 2 }
        if c >= 0xC0 { return 4 }
        if c == 0x2B || c == 0x28 { return 8 }
        switch c {
        case 0x40: return 0x10
        case 0x3A, 0x3D: return 0x20
        case 0x0A: return 0x40
        case 0x2D: return 0x80
        case 0x2F: return 0xF0
        default: return 0
        }
    }

    init(_ t: ScanText) {
        let n = t.count
        var leadBytes = false
        // At most one trigger per byte.
        entries = [Int](unsafeUninitializedCapacity: n + 1) { out, written in
            Self.classes.withUnsafeBufferPointer { cls in
                var w = 0
                var prev: UInt8 = 0
                for i in 0..<n {
                    let c = cls[Int(t[i])]
                    if c != 0 {
                        if c == 4 { leadBytes = true }
                        if c <= 4 {
                            // A letter after a non-letter, a digit after a non-digit.
                            if (c == 2 ? 2 : 1) & prev == 0 {
                                out[w] = i << 8 | Int(c == 2 ? Triggers.digit : Triggers.letter)
                                w += 1
                            }
                        } else if c == 8 {
                            if Byte.isDigit(t.at(i + 1)) {
                                out[w] = i << 8 | Int(Triggers.plusOrParen)
                                w += 1
                            }
                        } else {
                            out[w] = i << 8 | Int(Self.punctuationKind(c))
                            w += 1
                        }
                    }
                    prev = c
                }
                written = w
            }
        }
        // Every non-ASCII scalar starts with a lead byte (0xC2 and up) in valid UTF-8.
        hasNonASCII = leadBytes
    }

    @inline(__always) private static func punctuationKind(_ c: UInt8) -> UInt8 {
        switch c {
        case 0x10: return at
        case 0x20: return colonOrEquals
        case 0x40: return newline
        case 0x80: return dash
        default: return slash
        }
    }

    /// Calls `body` with each trigger position of one of the kinds in `mask`, in ascending order, skipping
    /// positions before the offset `body` returns (the detector's cursor: where its next match may start).
    @inline(__always) func forEach(_ mask: UInt8, _ body: (Int) -> Int) {
        var cursor = 0
        entries.withUnsafeBufferPointer { e in
            for k in 0..<e.count where UInt8(truncatingIfNeeded: e[k]) & mask != 0 {
                let i = e[k] >> 8
                if i >= cursor { cursor = body(i) }
            }
        }
    }
}
