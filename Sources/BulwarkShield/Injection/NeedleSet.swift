/// Finds which of a fixed set of lower-case ASCII needles occur in a ``ScanBuffer``, in one
/// pass over its bytes (candidates are dispatched on the first byte, then checked on the
/// second before a full comparison).
struct NeedleSet: Sendable {
    /// All needles back to back; needle `k` is `flat[starts[k]..<starts[k + 1]]`.
    private let flat: [UInt8]
    private let starts: [Int]
    private let index: [String: Int]
    private let needles: [String]
    /// `firstByte[b]..<firstByte[b + 1]` are the positions in `order` of needles starting with byte `b`.
    private let firstByte: [Int]
    private let order: [Int]
    /// Bit `a << 8 | b` is set when some needle starts with the bytes `a b`: one predictable test per position
    /// instead of walking the candidates of the first byte (whose comparisons mispredicted on running text).
    private let pairs: [UInt64]

    init(_ list: [String]) {
        let unique = Array(Set(list)).sorted()
        precondition(unique.allSatisfy { $0.utf8.count >= 2 }, "needles must have at least two bytes")
        var flat: [UInt8] = []
        var starts: [Int] = []
        var index: [String: Int] = [:]
        for (i, s) in unique.enumerated() {
            index[s] = i
            starts.append(flat.count)
            flat += s.utf8
        }
        starts.append(flat.count)
        var order: [Int] = []
        var firstByte = [Int](repeating: 0, count: 257)
        for b in 0..<256 {
            firstByte[b] = order.count
            for i in unique.indices where Int(flat[starts[i]]) == b { order.append(i) }
        }
        firstByte[256] = order.count
        var pairs = [UInt64](repeating: 0, count: 1024)
        for i in unique.indices {
            let key = Int(flat[starts[i]]) << 8 | Int(flat[starts[i] + 1])
            pairs[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.pairs = pairs
        self.flat = flat
        self.starts = starts
        self.index = index
        self.needles = unique
        self.firstByte = firstByte
        self.order = order
    }

    /// The needles found in a buffer.
    ///
    /// Heuristics ask about dozens of needles per text and few of them occur, so a question compares the
    /// needle with the (usually zero to three) found ones instead of hashing it.
    struct Hits: Sendable {
        fileprivate let found: [String]
        fileprivate let index: [String: Int]

        /// Whether `needle` (which must be one of the set's needles) occurs.
        func has(_ needle: String) -> Bool {
            assert(index[needle] != nil, "\(needle) is not in the needle set")
            for candidate in found where candidate == needle { return true }
            return false
        }

        /// Whether any of `needles` occurs.
        func hasAny(_ needles: [String]) -> Bool {
            needles.contains { has($0) }
        }
    }

    func scan(_ buffer: ScanBuffer) -> Hits {
        var found = [Bool](repeating: false, count: starts.count - 1)
        buffer.bytes.withUnsafeBufferPointer { hay in
            flat.withUnsafeBufferPointer { flat in
                starts.withUnsafeBufferPointer { starts in
                    firstByte.withUnsafeBufferPointer { firstByte in
                        order.withUnsafeBufferPointer { order in
                            found.withUnsafeMutableBufferPointer { found in
                                let pairs = pairs
                                let n = hay.count
                                var i = 0
                                while i + 1 < n {
                                    let b = Int(hay[i])
                                    let key = b << 8 | Int(hay[i + 1])
                                    guard pairs[key >> 6] & (1 << UInt64(key & 63)) != 0 else {
                                        i += 1
                                        continue
                                    }
                                    var k = firstByte[b]
                                    let end = firstByte[b + 1]
                                    while k < end {
                                        let id = order[k]
                                        k += 1
                                        let s = starts[id]
                                        let length = starts[id + 1] - s
                                        guard !found[id], flat[s + 1] == hay[i + 1], i + length <= n else { continue }
                                        var j = 2
                                        while j < length && hay[i + j] == flat[s + j] { j += 1 }
                                        if j == length { found[id] = true }
                                    }
                                    i += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        var occurring: [String] = []
        for (id, occurs) in found.enumerated() where occurs { occurring.append(needles[id]) }
        return Hits(found: occurring, index: index)
    }
}
