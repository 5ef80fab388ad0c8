/// A run of digit groups joined by short separators, such as `+1 (813) 437-0058` or `4111 1111 1111 1111`.
///
/// The number detectors classify these runs; a run splits into words at spaces so that a card number
/// followed by a year is not read as one long number. Storage is inline: parsing allocates nothing.
struct DigitGroups {
    /// At most this many groups are read.
    static let maxGroups = 12
    /// Byte range of each digit group.
    var starts = InlineInts()
    var ends = InlineInts()
    /// The separator before each group after the first: the single distinctive byte, or 0x20 when it contains a space.
    var seps = InlineInts()
    /// Whether the run starts with `+` or `(`.
    var lead: UInt8 = 0
    var start = 0
    var end = 0

    var count: Int { starts.count }

    @inline(__always) func length(_ k: Int) -> Int { ends[k] - starts[k] }

    /// The separator byte before group `k + 1`.
    @inline(__always) func sep(_ k: Int) -> UInt8 { UInt8(truncatingIfNeeded: seps[k]) }

    /// Whether groups `a..<b` hold an ISBN-13: thirteen digits opening with 978 or 979, its check digit right
    /// (weights 1 and 3 alternating; the sum is a multiple of ten).
    func isISBN13(_ t: ScanText, _ a: Int, _ b: Int) -> Bool {
        guard digitCount(a, b) == 13 else { return false }
        var sum = 0
        var n = 0
        for k in a..<b {
            for p in starts[k]..<ends[k] {
                // The prefix: 978 or 979.
                if (n == 0 && t[p] != 0x39) || (n == 1 && t[p] != 0x37) || (n == 2 && t[p] != 0x38 && t[p] != 0x39) {
                    return false
                }
                sum += Int(t[p] - 0x30) * (n % 2 == 0 ? 1 : 3)
                n += 1
            }
        }
        return sum % 10 == 0
    }

    func digitCount(_ a: Int, _ b: Int) -> Int {
        var d = 0
        for k in a..<b { d += ends[k] - starts[k] }
        return d
    }

    /// Whether groups `a..<b` have exactly the lengths `l` (up to four; unused entries are 0).
    @inline(__always) func lengths(_ a: Int, _ b: Int, are l: (Int, Int, Int, Int)) -> Bool {
        let n = b - a
        let want = l.3 != 0 ? 4 : l.2 != 0 ? 3 : l.1 != 0 ? 2 : 1
        guard n == want, length(a) == l.0 else { return false }
        if n > 1 && length(a + 1) != l.1 { return false }
        if n > 2 && length(a + 2) != l.2 { return false }
        if n > 3 && length(a + 3) != l.3 { return false }
        return true
    }

    /// Whether every separator between groups `a..<b` equals `c`.
    @inline(__always) func separators(_ a: Int, _ b: Int, allEqual c: UInt8) -> Bool {
        var k = a
        while k < b - 1 {
            if sep(k) != c { return false }
            k += 1
        }
        return true
    }

    /// Whether the only group read so far, ending at `end`, is an area code with its trunk prefix (`0221`).
    private static func isAreaCode(_ t: ScanText, _ g: DigitGroups, _ end: Int) -> Bool {
        g.starts.count == 1 && g.lead == 0 && t[g.starts[0]] == 0x30 && t.at(g.starts[0] + 1) != 0x30
            && (3...5).contains(end - g.starts[0])
    }

    /// Parses the run that starts at `i` (a digit, `+` or `(`); returns nil when nothing numeric starts here.
    static func parse(_ t: ScanText, at i: Int) -> DigitGroups? {
        var g = DigitGroups()
        g.start = i
        var j = i
        if t[j] == 0x2B || t[j] == 0x28 {
            g.lead = t[j]
            j += 1
        }
        guard j < t.count, Byte.isDigit(t[j]) else { return nil }
        while true {
            let s = j
            while j < t.count && Byte.isDigit(t[j]) { j += 1 }
            g.starts.append(s)
            g.ends.append(j)
            // Look for a separator of up to three bytes from " -./()" followed by a digit.
            var k = j
            var sep: UInt8 = 0
            var sawSpace = false
            var dots = 0
            while k < t.count && k - j < 3 {
                let c = t[k]
                if c == 0x20 {
                    sawSpace = true
                } else if c == 0x2D || c == 0x2E || c == 0x2F || c == 0x28 || c == 0x29 {
                    if sep == 0 || sep == 0x28 || sep == 0x29 { sep = c }
                    if c == 0x2E { dots += 1 }
                } else {
                    break
                }
                k += 1
            }
            // (Two dots or more are an ellipsis or a range between two numbers: `10.40.0.1...192.168.0.7`, `1..5`.)
            guard k > j, k < t.count, Byte.isDigit(t[k]), dots < 2 else { break }
            // ". 5" and "/ 5" read as sentence or list punctuation, not number separators.
            if sawSpace && (sep == 0x2E || sep == 0x2F || sep == 0x2D) && k - j > 1 && t[j] != 0x20 { break }
            // Except ` / ` after a trunk-prefixed area code opening the run (`0221 / 987 654 32`, a German form).
            if sawSpace && k - j == 3 && sep != 0x28 && sep != 0x29 && !(sep == 0x2F && Self.isAreaCode(t, g, j)) {
                break
            }
            if g.starts.count >= maxGroups { break }
            g.seps.append(Int(sawSpace ? 0x20 : sep))
            j = k
        }
        g.end = j
        return g
    }
}
