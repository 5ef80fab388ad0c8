/// A fixed list of lowercase keywords, bucketed by their first two bytes, matched ignoring ASCII case.
///
/// Built once (as a `static let`) so the hot loops test one table entry per position instead of comparing
/// every keyword, and never allocate.
///
/// The tables live in storage that is never freed (see `ImmortalTable`): every set is a `static let`, so
/// reading one costs no reference counting and no bounds checks in the hot loops.
struct KeywordSet: Sendable {
    /// All keywords' bytes, concatenated in bucket order.
    private let bytes: ImmortalTable<UInt8>
    /// Start of each keyword in `bytes`, in bucket order, with a final end sentinel.
    private let offsets: ImmortalTable<Int>
    /// The original list position of each keyword, in bucket order.
    private let listIndex: ImmortalTable<Int>
    /// For bucket key `b` (see `key`), keywords `bucket[b]..<bucket[b + 1]` (in bucket order) may begin with the
    /// bytes of that key (4,097 entries).
    private let bucket: ImmortalTable<UInt16>
    /// Which pairs of (lowercased) bytes can begin a keyword (end one, read backwards, for `init(suffixes:)`),
    /// so most positions are rejected with one load.
    private let pairs: BigramFilter
    /// For each text byte (any case), whether some keyword starts with its lowercase form (256 entries): one
    /// load, checked before the pair table in the loops that visit every position of a range.
    private let startsWith: ImmortalTable<Bool>

    /// A set for matching `words` forwards from a position.
    init(_ words: [StaticString]) {
        self.init(lists: Self.withCapitalAccents(words))
    }

    /// A set for matching `words` backwards from an end position (see `anySuffix`).
    init(suffixes words: [StaticString]) {
        self.init(lists: Self.withCapitalAccents(words).map { ($0.0, Array($0.1.reversed())) })
    }

    /// Each word with its list position, and again with its accented letters in capitals, all of them and the first
    /// only (`prÉnom`, `Élève`): matching lowercases ASCII letters only, so `PRÉNOM` and `Élève` match so.
    private static func withCapitalAccents(_ words: [StaticString]) -> [(Int, [UInt8])] {
        var out: [(Int, [UInt8])] = []
        for (index, word) in words.enumerated() {
            let w = Array(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
            out.append((index, w))
            var all = w
            var first = w
            var seen = false
            var k = 0
            while k + 1 < w.count {
                // A Latin-1 lowercase letter (C3 A0…C3 BE, not ÷): its capital is 0x20 lower.
                if w[k] == 0xC3 && w[k + 1] >= 0xA0 && w[k + 1] <= 0xBE && w[k + 1] != 0xB7 {
                    all[k + 1] -= 0x20
                    if !seen { first[k + 1] -= 0x20 }
                    seen = true
                    k += 2
                } else {
                    k += 1
                }
            }
            if all != w { out.append((index, all)) }
            if first != all { out.append((index, first)) }
        }
        return out
    }

    private init(lists entries: [(Int, [UInt8])]) {
        let lists = entries.map { $0.1 }
        // Each keyword under the key of its first two bytes; a one-byte keyword under every key its byte begins.
        // Stable by key, so within a bucket the list order is kept (first match = first in list): the keywords that
        // may match at one position all share its bucket.
        let keyed = lists.indices.flatMap { k -> [(key: Int, entry: Int)] in
            let w = lists[k]
            if w.count >= 2 { return [(Self.key(w[0], w[1]), k)] }
            return w.isEmpty ? [] : (0..<64).map { (Self.key(w[0], UInt8($0)), k) }
        }.sorted { $0.key != $1.key ? $0.key < $1.key : $0.entry < $1.entry }
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        var bucket = [Int](repeating: 0, count: 4097)
        for (key, k) in keyed {
            offsets.append(bytes.count)
            bytes.append(contentsOf: lists[k])
            bucket[key + 1] += 1
        }
        offsets.append(bytes.count)
        for b in 0..<4096 { bucket[b + 1] += bucket[b] }
        precondition(keyed.count <= Int(UInt16.max), "a keyword set holds at most 65,535 entries")
        self.pairs = BigramFilter(prefixesOf: lists)
        self.bytes = ImmortalTable(bytes)
        self.offsets = ImmortalTable(offsets)
        self.listIndex = ImmortalTable(keyed.map { entries[$0.entry].0 })
        self.bucket = ImmortalTable(bucket.map { UInt16($0) })
        let firsts = Set(lists.compactMap(\.first))
        self.startsWith = ImmortalTable((0..<256).map { b in firsts.contains(Byte.lower(UInt8(b))) })
    }

    /// The bucket key of a keyword's (or a position's lowercased) first two bytes: the low six bits of each, so the
    /// 26 letters, the digits and the Latin-1 lead bytes keep apart; a bucket may hold keywords with other bytes,
    /// which the full comparison rejects.
    @inline(__always) private static func key(_ a: UInt8, _ b: UInt8) -> Int {
        Int(a & 0x3F) << 6 | Int(b & 0x3F)
    }

    /// The bucket of keywords that may occur at `i` (`i` inside the text).
    @inline(__always) private func candidates(_ t: ScanText, at i: Int) -> Range<Int> {
        let b = Self.key(Byte.lower(t[i]), Byte.lower(t.at(i + 1)))
        return Int(bucket[b])..<Int(bucket[b + 1])
    }

    /// Whether the first two bytes at `i` (lowercased) begin some keyword: false means nothing matches at `i`.
    @inline(__always) func mayMatch(in t: ScanText, at i: Int) -> Bool {
        pairs.mayStart(t, at: i)
    }

    /// Whether the two bytes before `e` (lowercased) may end some keyword of a set built with `init(suffixes:)`:
    /// false means none ends at `e`.
    @inline(__always) func mayEnd(in t: ScanText, at e: Int) -> Bool {
        pairs.mayEnd(t, at: e)
    }

    /// Whether some keyword can start with (lowercased) byte `c`.
    @inline(__always) func mayStart(with c: UInt8) -> Bool {
        startsWith[Int(c)]
    }

    /// The list index of the first keyword (in list order) that occurs at `i` and ends by `limit`, or nil.
    @inline(__always) func firstMatch(in t: ScanText, at i: Int, limit: Int? = nil) -> Int? {
        guard i >= 0, i < t.count else { return nil }
        let hi = limit ?? t.count
        for k in candidates(t, at: i) where matches(k, t, i, hi) { return listIndex[k] }
        return nil
    }

    /// The length of the first keyword (in list order) that occurs at `i`, or nil.
    @inline(__always) func matchLength(in t: ScanText, at i: Int) -> Int? {
        var found: Int?
        _ = forEachMatch(in: t, at: i) { _, n in
            found = n
            return true
        }
        return found
    }

    /// Calls `body(listIndex, length)` for each keyword occurring at `i` (in list order, ending by `limit`)
    /// until it returns true; returns whether it did.
    @inline(__always) func forEachMatch(
        in t: ScanText,
        at i: Int,
        limit: Int? = nil,
        _ body: (Int, Int) -> Bool
    ) -> Bool {
        guard i >= 0, i < t.count else { return false }
        let hi = limit ?? t.count
        for k in candidates(t, at: i) where matches(k, t, i, hi) && body(listIndex[k], offsets[k + 1] - offsets[k]) {
            return true
        }
        return false
    }

    /// Whether any keyword occurs entirely inside `lo..<hi` outside a redaction placeholder (`[PHONE]`), and
    /// after the last placeholder in that range; with `wordStarts`, only where a word of the text starts (after a
    /// non-letter, or a capital after a lowercase letter as in `employeeSSN`).
    ///
    /// A label does not reach across a placeholder: masking shortens or lengthens the text between a label and
    /// a value, and must not bring a label within reach of a value it did not reach before.
    /// With `wordEdges`, only where a word of the text starts or ends (`Mobiltelefon` ends with `telefon`;
    /// `Kostenstelle` holds `tel` inside); a keyword of four bytes or fewer only where one starts (`Hotel` ends with
    /// `tel`, `spring-sale` with `ring`). Keywords of `wholeUpTo` bytes or fewer must end a word too (`TIN`, not the
    /// `Tin` of `Tina`; see `endsWord`).
    func occursAsLabel(
        in t: ScanText,
        _ lo: Int,
        _ hi: Int,
        wordStarts: Bool = false,
        wordEdges: Bool = false,
        wholeUpTo: Int = 0
    ) -> Bool {
        guard occurs(in: t, lo, hi) else { return false }
        var lo = max(0, lo)
        let hi = min(t.count, hi)
        var k = hi
        while k > lo {
            if (t[k - 1] == 0x5D || t[k - 1] == 0x3E) && Placeholder.ends(before: k, in: t) {
                lo = k
                break
            }
            k -= 1
        }
        for i in lo..<hi where startsWith[Int(t[i])] && pairs.mayStart(t, at: i) {
            for k in candidates(t, at: i) {
                let n = offsets[k + 1] - offsets[k]
                if matches(k, t, i, hi) && !Placeholder.covers(t, i) && (!wordStarts || Self.startsWord(t, i))
                    && (!wordEdges || Self.startsWord(t, i) || (n > 4 && !Byte.isAlpha(t.at(i + n))))
                    && (n > wholeUpTo || Self.endsWord(t, i + n))
                {
                    return true
                }
            }
        }
        return false
    }

    /// Whether a word ends at `k`: no letter there, or a plural's `s` and then none (`DOBs`, `SSNs`).
    @inline(__always) static func endsWord(_ t: ScanText, _ k: Int) -> Bool {
        !Byte.isAlpha(t.at(k)) || (Byte.lower(t.at(k)) == 0x73 && !Byte.isAlpha(t.at(k + 1)))
    }

    /// Whether a word starts at `i`: no letter before it, or a capital after a lowercase letter (camelCase).
    @inline(__always) private static func startsWord(_ t: ScanText, _ i: Int) -> Bool {
        let before = t.at(i - 1)
        // (A Latin letter written in two bytes is a letter too: `hôtel` holds `tel` inside.)
        let latin = before >= 0x80 && before <= 0xBF && t.at(i - 2) >= 0xC3 && t.at(i - 2) <= 0xC5
        return !(Byte.isAlpha(before) || latin) || (Byte.isUpper(t[i]) && Byte.isLower(before))
    }

    /// Whether any keyword occurs entirely inside `lo..<hi`.
    func occurs(in t: ScanText, _ lo: Int, _ hi: Int) -> Bool {
        let lo = max(0, lo)
        let hi = min(t.count, hi)
        guard lo < hi else { return false }
        for i in lo..<hi where startsWith[Int(t[i])] && pairs.mayStart(t, at: i) {
            for k in candidates(t, at: i) where matches(k, t, i, hi) { return true }
        }
        return false
    }

    /// Calls `body` with the start of each keyword (list order not kept) that ends exactly at `e` and starts
    /// at or after `lo`, until `body` returns true; returns whether it did. Needs a set built with
    /// `init(suffixes:)`.
    @inline(__always) func anySuffix(
        in t: ScanText,
        endingAt e: Int,
        notBefore lo: Int,
        _ body: (Int) -> Bool
    ) -> Bool {
        guard e > 0, e <= t.count, pairs.mayEnd(t, at: e) else { return false }
        let b = Self.key(Byte.lower(t[e - 1]), Byte.lower(t.at(e - 2)))
        var k = Int(bucket[b])
        let kEnd = Int(bucket[b + 1])
        while k < kEnd {
            let s = offsets[k]
            let n = offsets[k + 1] - s
            let start = e - n
            if start >= lo && start >= 0 {
                var j = 0  // (a bucket may hold keywords of other first bytes)
                while j < n && Byte.lower(t[e - 1 - j]) == bytes[s + j] { j += 1 }
                if j == n && body(start) { return true }
            }
            k += 1
        }
        return false
    }

    @inline(__always) private func matches(_ k: Int, _ t: ScanText, _ i: Int, _ hi: Int) -> Bool {
        let s = offsets[k]
        let n = offsets[k + 1] - s
        guard i + n <= hi else { return false }
        var j = 0  // (a bucket may hold keywords of other first bytes)
        while j < n {
            if Byte.lower(t[i + j]) != bytes[s + j] { return false }
            j += 1
        }
        return true
    }
}
