/// A run of digit groups joined by short separators, such as `+1 (813) 437-0058` or `4111 1111 1111 1111`.
///
/// The number detectors classify these runs; a run splits into words at spaces so that a card number
/// followed by a year is not read as one long number.
struct DigitGroups {
    /// Byte range of each digit group.
    var starts: [Int] = []
    var ends: [Int] = []
    /// The separator before each group after the first: the single distinctive byte, or 0x20 when it contains a space.
    var seps: [UInt8] = []
    /// Whether the run starts with `+` or `(`.
    var lead: UInt8 = 0
    var start = 0
    var end = 0

    var count: Int { starts.count }

    func length(_ k: Int) -> Int { ends[k] - starts[k] }

    func digitCount(_ a: Int, _ b: Int) -> Int {
        var d = 0
        for k in a..<b { d += ends[k] - starts[k] }
        return d
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
            while k < t.count && k - j < 3 {
                let c = t[k]
                if c == 0x20 {
                    sawSpace = true
                } else if c == 0x2D || c == 0x2E || c == 0x2F || c == 0x28 || c == 0x29 {
                    if sep == 0 || sep == 0x28 || sep == 0x29 { sep = c }
                } else {
                    break
                }
                k += 1
            }
            guard k > j, k < t.count, Byte.isDigit(t[k]) else { break }
            // ". 5" and "/ 5" read as sentence or list punctuation, not number separators.
            if sawSpace && (sep == 0x2E || sep == 0x2F || sep == 0x2D) && k - j > 1 && t[j] != 0x20 { break }
            if sawSpace && k - j == 3 && sep != 0x28 && sep != 0x29 { break }
            if g.starts.count >= 12 { break }
            g.seps.append(sawSpace ? 0x20 : sep)
            j = k
        }
        g.end = j
        return g
    }
}
