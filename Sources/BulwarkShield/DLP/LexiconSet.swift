/// An immutable open-addressing set of 64-bit word hashes (see `ScanText.hashLowercased`).
///
/// Replaces `Set<UInt64>` on the hot path: one multiply and usually one probe, no SipHash. Built only as
/// `static let` tables (the slots are an `ImmortalTable`).
struct LexiconSet: Sendable {
    private let slots: ImmortalTable<UInt64>
    private let shift: UInt64
    /// The number of distinct hashes stored.
    let count: Int

    init(_ hashes: some Sequence<UInt64>) {
        let unique = Set(hashes.map { $0 == 0 ? 1 : $0 })
        var bits: UInt64 = 4
        while (1 << bits) < unique.count * 2 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let shift = 64 - bits
        for h in unique {
            var k = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[k] != 0 { k = (k + 1) & (slots.count - 1) }
            slots[k] = h
        }
        self.slots = ImmortalTable(slots)
        self.shift = shift
        self.count = unique.count
    }

    @inline(__always) func contains(_ hash: UInt64) -> Bool {
        let h = hash == 0 ? 1 : hash
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let v = slots[k]
            if v == h { return true }
            if v == 0 { return false }
            k = (k + 1) & mask
        }
    }
}

extension LexiconSet {
    /// Whether the word ending one space before `i` (at most `maxLength` bytes, see `ScanText.wordBefore`) is in the
    /// set (`the Nova`, `Lake Louise`, `demander à`, `my colleague`).
    func holdsWord(before i: Int, in t: ScanText, maxLength: Int) -> Bool {
        guard let w = t.wordBefore(i, maxLength: maxLength) else { return false }
        return contains(t.hashLowercased(w.start, w.end))
    }
}
