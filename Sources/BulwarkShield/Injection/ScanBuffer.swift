/// A word inside a ``ScanBuffer``: a maximal run of `[a-z0-9]` or non-ASCII bytes.
struct WordToken: Sendable {
    /// Byte offset of the first byte.
    var start: Int32
    /// Byte offset one past the last byte.
    var end: Int32
    /// FNV-1a hash of the token's bytes.
    var hash: UInt32
}

/// The lower-cased UTF-8 bytes of a text with whitespace runs collapsed, and its words.
///
/// ASCII letters are lower-cased, other bytes are kept. A whitespace run becomes one
/// `\n` if it contains a line break, else one space. `training/injection/train.py`
/// mirrors this exactly; change both together.
struct ScanBuffer: Sendable {
    private(set) var bytes: [UInt8]
    private(set) var tokens: [WordToken]

    init(_ text: String) {
        var text = text
        let built = text.withUTF8 { ScanBuffer.build($0) }
        bytes = built.0
        tokens = built.1
    }

    init(bytes source: [UInt8]) {
        let built = source.withUnsafeBufferPointer { ScanBuffer.build($0) }
        bytes = built.0
        tokens = built.1
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || (b >= 0x09 && b <= 0x0D)
    }

    private static func build(_ src: UnsafeBufferPointer<UInt8>) -> ([UInt8], [WordToken]) {
        var tokens = [WordToken]()
        tokens.reserveCapacity(src.count / 5 + 1)
        let out = [UInt8](unsafeUninitializedCapacity: src.count) { dst, written in
            var n = 0
            var i = 0
            var tokenStart = -1
            var hash = FeatureHashing.fnvOffset
            while i < src.count {
                var b = src[i]
                if isSpace(b) {
                    var sawNewline = false
                    while i < src.count && isSpace(src[i]) {
                        if src[i] == 0x0A { sawNewline = true }
                        i += 1
                    }
                    b = sawNewline ? 0x0A : 0x20
                } else {
                    if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                    i += 1
                }
                if isWordByte(b) {
                    if tokenStart < 0 {
                        tokenStart = n
                        hash = FeatureHashing.fnvOffset
                    }
                    hash = FeatureHashing.fnvStep(hash, b)
                } else if tokenStart >= 0 {
                    tokens.append(WordToken(start: Int32(tokenStart), end: Int32(n), hash: hash))
                    tokenStart = -1
                }
                dst[n] = b
                n += 1
            }
            if tokenStart >= 0 {
                tokens.append(WordToken(start: Int32(tokenStart), end: Int32(n), hash: hash))
            }
            written = n
        }
        return (out, tokens)
    }

    /// Whether the bytes contain `needle` (already lower-case ASCII) anywhere.
    func contains(_ needle: StaticString) -> Bool {
        firstIndex(of: needle, from: 0) != nil
    }

    /// The offset of the first occurrence of `needle` at or after `from`.
    func firstIndex(of needle: StaticString, from: Int) -> Int? {
        let n = needle.utf8CodeUnitCount
        guard n > 0, bytes.count >= n else { return nil }
        return needle.withUTF8Buffer { nb in
            bytes.withUnsafeBufferPointer { hb in
                let first = nb[0]
                var i = from
                let last = hb.count - n
                while i <= last {
                    if hb[i] == first {
                        var k = 1
                        while k < n && hb[i + k] == nb[k] { k += 1 }
                        if k == n { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Number of (possibly overlapping) occurrences of `needle`, up to `limit`.
    func count(of needle: StaticString, limit: Int = .max) -> Int {
        var found = 0
        var from = 0
        while found < limit, let at = firstIndex(of: needle, from: from) {
            found += 1
            from = at + 1
        }
        return found
    }
}
