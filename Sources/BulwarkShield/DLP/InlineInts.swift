/// Up to twelve integers stored inline, so per-match bookkeeping (digit groups) allocates nothing.
///
/// Twelve is `DigitGroups.maxGroups`: a run holds at most that many groups (and one fewer separators), and
/// the value is copied often, so it is no larger than that.
struct InlineInts {
    static let capacity = 12
    private var storage: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private(set) var count = 0

    @inline(__always) subscript(_ k: Int) -> Int {
        precondition(k >= 0 && k < count, "InlineInts index out of range")
        return withUnsafeBytes(of: storage) { $0.load(fromByteOffset: k &* MemoryLayout<Int>.stride, as: Int.self) }
    }

    @inline(__always) mutating func append(_ v: Int) {
        precondition(count < Self.capacity, "InlineInts is full")
        let k = count
        withUnsafeMutableBytes(of: &storage) {
            $0.storeBytes(of: v, toByteOffset: k &* MemoryLayout<Int>.stride, as: Int.self)
        }
        count += 1
    }

    var last: Int? { count > 0 ? self[count - 1] : nil }

    func contains(_ v: Int) -> Bool {
        var k = 0
        while k < count {
            if self[k] == v { return true }
            k += 1
        }
        return false
    }
}
