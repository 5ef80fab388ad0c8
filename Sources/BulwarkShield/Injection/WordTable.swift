/// An immutable open-addressing table from word hashes to small integer values.
///
/// Word hashes are already well mixed (FNV-1a), so probing needs no rehashing; this avoids
/// `Hasher` on the per-token hot path.
struct WordTable: Sendable {
    private let keys: [UInt32]
    private let values: [Int32]
    private let used: [Bool]
    private let mask: Int

    init(_ entries: [(UInt32, Int32)]) {
        var capacity = 8
        while capacity < entries.count * 2 { capacity <<= 1 }
        var keys = [UInt32](repeating: 0, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        var used = [Bool](repeating: false, count: capacity)
        let mask = capacity - 1
        for (key, value) in entries {
            var i = Int(key) & mask
            while used[i] && keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
            values[i] = value
            used[i] = true
        }
        self.keys = keys
        self.values = values
        self.used = used
        self.mask = mask
    }

    /// A set of words (all values 0).
    init(words: [String]) {
        self.init(words.map { (PhraseMatcher.hash($0), 0) })
    }

    /// The value stored for `key`, or `nil`.
    @inline(__always)
    func value(_ key: UInt32) -> Int32? {
        var i = Int(key) & mask
        while used[i] {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    @inline(__always)
    func contains(_ key: UInt32) -> Bool {
        value(key) != nil
    }
}
