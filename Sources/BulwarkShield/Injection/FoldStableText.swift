import Foundation

/// Says whether ``TextNormalizer`` would return a text unchanged and with no signal, without running Unicode
/// normalization: every scalar is printable ASCII (or a tab or line break), or one of the non-ASCII scalars that
/// are their own NFKC form, have no combining class, are kept as they are (no invisible, control, bidi, tag or
/// variation-selector character) and belong to no look-alike script — accented Latin letters, typographic quotes
/// and dashes, currency signs, arrows, box drawing.
///
/// The table is built from the normalizer's own rules (Foundation's NFKC, ``UnicodeFolding/kind(_:)``,
/// ``UnicodeFolding/isLookAlikeScript(_:)``), so the shortcut cannot disagree with the full fold. Two such
/// scalars in a row never compose either: none of them is the second part of a canonical composition.
enum FoldStableText {
    /// The blocks the table covers; scalars outside them (CJK, emoji, combining marks, Hangul) take the full fold.
    private static let blocks: [ClosedRange<UInt32>] = [
        0x00A0...0x024F,  // Latin-1 Supplement, Latin Extended-A and -B
        0x2010...0x205E,  // General Punctuation (dashes, quotes, bullets; not the invisible and bidi controls)
        0x20A0...0x20C0,  // Currency Symbols
        0x2190...0x21FF,  // Arrows
        0x2200...0x22FF,  // Mathematical Operators
        0x2500...0x25FF,  // Box Drawing, Block Elements, Geometric Shapes
    ]

    /// One byte per scalar below `limit`: 1 when the scalar is fold-stable.
    private static let limit: UInt32 = 0x2600

    private static let table: ImmortalTable<UInt8> = {
        var stable = [UInt8](repeating: 0, count: Int(limit))
        for block in blocks {
            for v in block {
                guard let scalar = Unicode.Scalar(v), case .keep = UnicodeFolding.kind(v),
                    !UnicodeFolding.isLookAlikeScript(v),
                    scalar.properties.canonicalCombiningClass == .notReordered
                else { continue }
                let alone = String(Character(scalar))
                // Scalar for scalar: Swift's `==` on strings ignores canonical differences (U+212B and Å compare
                // equal), which the fold does not.
                if Array(alone.precomposedStringWithCompatibilityMapping.unicodeScalars) == [scalar] {
                    stable[Int(v)] = 1
                }
            }
        }
        return ImmortalTable(stable)
    }()

    /// Whether folding `bytes` (valid UTF-8) would change nothing and raise no signal.
    static func isStable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        let table = Self.table
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                guard (b >= 0x20 && b < 0x7F) || b == 0x0A || b == 0x09 || b == 0x0D else { return false }
                i += 1
                continue
            }
            let v: UInt32
            if b >= 0xC2 && b < 0xE0 && i + 1 < n {
                v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b >= 0xE0 && b < 0xF0 && i + 2 < n {
                v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                return false
            }
            guard v < limit, table[Int(v)] != 0 else { return false }
        }
        return true
    }
}
