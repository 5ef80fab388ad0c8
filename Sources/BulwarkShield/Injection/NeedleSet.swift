/// Finds which of a fixed set of lower-case ASCII needles occur in a ``ScanBuffer``, in one
/// pass over its bytes (candidates are dispatched on the first byte).
struct NeedleSet: Sendable {
    private let needles: [[UInt8]]
    private let index: [String: Int]
    /// `starts[b]..<starts[b + 1]` are the positions in `order` of needles starting with byte `b`.
    private let starts: [Int]
    private let order: [Int]

    init(_ list: [String]) {
        let unique = Array(Set(list)).sorted()
        needles = unique.map { Array($0.utf8) }
        var index: [String: Int] = [:]
        for (i, s) in unique.enumerated() { index[s] = i }
        self.index = index
        var order: [Int] = []
        var starts = [Int](repeating: 0, count: 257)
        for b in 0..<256 {
            starts[b] = order.count
            for (i, n) in needles.enumerated() where Int(n[0]) == b { order.append(i) }
        }
        starts[256] = order.count
        self.starts = starts
        self.order = order
    }

    /// The needles found in `buffer`.
    struct Hits: Sendable {
        fileprivate let found: [Bool]
        fileprivate let index: [String: Int]

        /// Whether `needle` (which must be one of the set's needles) occurs.
        func has(_ needle: String) -> Bool {
            guard let i = index[needle] else {
                assertionFailure("\(needle) is not in the needle set")
                return false
            }
            return found[i]
        }

        /// Whether any of `needles` occurs.
        func hasAny(_ needles: [String]) -> Bool {
            needles.contains { has($0) }
        }
    }

    func scan(_ buffer: ScanBuffer) -> Hits {
        var found = [Bool](repeating: false, count: needles.count)
        buffer.bytes.withUnsafeBufferPointer { hay in
            starts.withUnsafeBufferPointer { starts in
                order.withUnsafeBufferPointer { order in
                    let n = hay.count
                    for i in 0..<n {
                        let b = Int(hay[i])
                        var k = starts[b]
                        let end = starts[b + 1]
                        while k < end {
                            let id = order[k]
                            k += 1
                            if found[id] { continue }
                            let needle = needles[id]
                            if i + needle.count > n { continue }
                            var j = 1
                            while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                            if j == needle.count { found[id] = true }
                        }
                    }
                }
            }
        }
        return Hits(found: found, index: index)
    }
}
