/// The pairs of lowercased bytes that can begin one of a list of lowercase keywords, as a 64K-bit table: a
/// position whose first two bytes begin no keyword is rejected with one load.
///
/// A one-byte keyword allows every second byte, so the filter never rejects a position where a keyword matches.
struct BigramFilter: Sendable {
    private let bits: ImmortalTable<UInt64>

    /// A filter for `keywords` (lowercase bytes).
    init(prefixesOf keywords: [[UInt8]]) {
        var table = [UInt64](repeating: 0, count: 1024)
        for word in keywords where !word.isEmpty {
            let seconds: [UInt8] = word.count >= 2 ? [word[1]] : Array(0...255)
            for second in seconds {
                let k = Int(word[0]) << 8 | Int(second)
                table[k >> 6] |= 1 << UInt64(k & 63)
            }
        }
        bits = ImmortalTable(table)
    }

    /// A filter for `keywords` (lowercase).
    init(_ keywords: [StaticString]) {
        self.init(
            prefixesOf: keywords.map { w in Array(UnsafeBufferPointer(start: w.utf8Start, count: w.utf8CodeUnitCount)) }
        )
    }

    /// Whether the bytes at `i` and `i + 1` (lowercased; 0 past the end) begin some keyword.
    @inline(__always) func mayStart(_ t: ScanText, at i: Int) -> Bool {
        let k = Int(Byte.lower(t.at(i))) << 8 | Int(Byte.lower(t.at(i + 1)))
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Whether the bytes at `e - 1` and `e - 2` (lowercased; 0 outside the text) begin some keyword, for a
    /// filter built from reversed keywords: false means no keyword ends at `e`.
    @inline(__always) func mayEnd(_ t: ScanText, at e: Int) -> Bool {
        let k = Int(Byte.lower(t.at(e - 1))) << 8 | Int(Byte.lower(t.at(e - 2)))
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}
