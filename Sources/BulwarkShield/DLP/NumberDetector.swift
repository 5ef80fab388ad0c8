/// Finds payment cards (Luhn and issuer ranges), US social security numbers (area/group/serial rules),
/// phone numbers (US, GB, DE and FR shapes, international prefixes) and IPv4 addresses in digit runs.
///
/// Dates, versions, ISBNs, order and tracking numbers are recognised and left alone.
struct NumberDetector {
    func scan(_ t: ScanText, into out: inout [Candidate]) {
        let n = t.count
        var i = 0
        while i < n {
            let c = t[i]
            guard Byte.isDigit(c) || ((c == 0x2B || c == 0x28) && Byte.isDigit(t.at(i + 1))) else {
                i += 1
                continue
            }
            let prev = t.at(i - 1)
            // Glued to an identifier (v1.2, SKU-123, E3564, #A-02) or to a decimal: skip the whole token.
            let decimalComma = prev == 0x2C && Byte.isDigit(t.at(i - 2)) && !Byte.isDigit(t.at(i + 3))
            if Byte.isAlpha(prev) || prev == 0x5F || prev == 0x23 || prev == 0x24 || prev >= 0x80 || decimalComma
                || ((prev == 0x2E || prev == 0x2D || prev == 0x3A || prev == 0x2F) && Byte.isAlnum(t.at(i - 2)))
            {
                i += 1
                while i < n && (Byte.isAlnum(t[i]) || t[i] == 0x2E || t[i] == 0x2D) { i += 1 }
                continue
            }
            guard let g = DigitGroups.parse(t, at: i) else {
                i += 1
                continue
            }
            classify(t, g, into: &out)
            i = max(g.end, i + 1)
        }
    }

    private func classify(_ t: ScanText, _ g: DigitGroups, into out: inout [Candidate]) {
        let after = t.at(g.end)
        // A run glued to letters on the right is an identifier (9.3.0.35-rc1, 12ab).
        if Byte.isAlpha(after) || (after == 0x2D && Byte.isAlnum(t.at(g.end + 1))) { return }
        if after == 0x2E && Byte.isDigit(t.at(g.end + 1)) { return }
        if let ip = ipv4(t, g) {
            if ip { out.append(Candidate(.ipAddress, g.start, g.end, score: 0.95, priority: 60)) }
            return
        }
        // Words are the space-separated parts; try the longest match from each word start.
        var wordStarts = [0]
        for k in 0..<g.seps.count where g.seps[k] == 0x20 { wordStarts.append(k + 1) }
        let lens = (0..<g.count).map { g.length($0) }
        if g.digitCount(0, g.count) > 19 && lens.dropLast().allSatisfy({ $0 == 4 }) { return }
        var w = 0
        while w < wordStarts.count {
            var matched = false
            var v = wordStarts.count
            while v > w {
                let a = wordStarts[w]
                let b = v < wordStarts.count ? wordStarts[v] : g.count
                if let cand = match(t, g, a, b, wholeRun: w == 0 && v == wordStarts.count) {
                    out.append(cand)
                    matched = true
                    w = v
                    break
                }
                v -= 1
            }
            if !matched { w += 1 }
        }
    }

    /// Returns true for a public/private IPv4, false for a look-alike to ignore, nil when not dotted-quad shaped.
    private func ipv4(_ t: ScanText, _ g: DigitGroups) -> Bool? {
        guard g.count == 4, g.lead == 0, g.seps.allSatisfy({ $0 == 0x2E }) else { return nil }
        var o: [Int] = []
        for k in 0..<4 {
            guard g.length(k) <= 3 else { return false }
            var v = 0
            for p in g.starts[k]..<g.ends[k] { v = v * 10 + Int(t[p] - 0x30) }
            guard v <= 255 else { return false }
            o.append(v)
        }
        if o[0] == 127 || o[0] == 0 || o == [255, 255, 255, 255] { return false }
        // Netmasks: contiguous one bits.
        let m = (o[0] << 24) | (o[1] << 16) | (o[2] << 8) | o[3]
        let inv = ~m & 0xFFFF_FFFF
        if o[0] == 255 && (inv & (inv + 1)) == 0 { return false }
        let ctx = t.lineStart(g.start)
        if t.contains(anyOf: ["version", "firmware", "release", "upgrade", "bump", " v", "build"],
            in: max(ctx, g.start - 12), g.start)
        {
            return false
        }
        return true
    }

    private func match(_ t: ScanText, _ g: DigitGroups, _ a: Int, _ b: Int, wholeRun: Bool) -> Candidate? {
        let digits = g.digitCount(a, b)
        let start = a == 0 ? g.start : g.starts[a]
        let end = g.ends[b - 1]
        let lead: UInt8 = a == 0 ? g.lead : 0
        let seps = Array(g.seps[a..<(b - 1)])
        let lens = (a..<b).map { g.length($0) }
        if isDate(t, g, a, b) { return nil }
        if lead == 0, let card = card(t, g, a, b, digits, lens, seps) { return card }
        if lead == 0 && lens == [3, 2, 4] && (seps == [0x2D, 0x2D] || seps == [0x20, 0x20]) {
            if ssnValid(t, g.starts[a]) { return Candidate(.usSSN, start, end, score: 0.9, priority: 65) }
        }
        if lead == 0 && lens == [9] && ssnValid(t, start) && context(t, start, Self.ssnWords) {
            return Candidate(.usSSN, start, end, score: 0.8, priority: 65)
        }
        if let phoneEnd = phone(t, g, a, b, digits, lens, seps, lead: lead) {
            return Candidate(.phone, start, phoneEnd, score: 0.85, priority: 45)
        }
        return nil
    }

    static let ssnWords: [StaticString] = ["ssn", "social security", "social sec", "sozialversicherung", "tin"]
    static let phoneWords: [StaticString] = [
        "phone", "tel", "mobile", "cell", "fax", "call", "contact", "handy", "telefon", "portable", "rappeler",
        "joindre", "erreichen", "whatsapp", "sms", "text me", "reach me", "mob", "ring", "numéro", "nummer", "m:",
    ]
    static let idWords: [StaticString] = [
        "order", "invoice", "ticket", "ref", "tracking", "suivi", "commande", "bestell", "sendung", "part",
        "sku", "isbn", "case", "account no", "id", "no.", "nr", "#", "personalnummer", "kundennummer", "facture",
    ]

    /// Whether any of `words` occurs on the same line within 40 bytes before `start`.
    private func context(_ t: ScanText, _ start: Int, _ words: [StaticString], window: Int = 40) -> Bool {
        let lo = max(t.lineStart(start), start - window)
        if t.contains(anyOf: words, in: lo, start) { return true }
        return CSVColumn.header(t, at: start).map { h in words.contains { t.contains(anyOf: [$0], in: h.0, h.1) } }
            ?? false
    }

    private func isDate(_ t: ScanText, _ g: DigitGroups, _ a: Int, _ b: Int) -> Bool {
        guard b - a == 3, g.seps[a] == g.seps[a + 1], g.seps[a] != 0x20 else { return false }
        let l = (g.length(a), g.length(a + 1), g.length(a + 2))
        return (l.0 == 4 && l.1 <= 2 && l.2 <= 2) || (l.0 <= 2 && l.1 <= 2 && (l.2 == 4 || l.2 == 2))
    }

    private func card(
        _ t: ScanText, _ g: DigitGroups, _ a: Int, _ b: Int, _ digits: Int, _ lens: [Int], _ seps: [UInt8]
    ) -> Candidate? {
        guard digits >= 13 && digits <= 19 else { return nil }
        let uniform = seps.allSatisfy { $0 == seps.first } && (seps.first.map { $0 == 0x20 || $0 == 0x2D } ?? true)
        guard uniform else { return nil }
        let shapeOK =
            lens.count == 1 || lens == [4, 6, 5] || lens == [4, 6, 4]
            || (lens.dropLast().allSatisfy { $0 == 4 } && lens.last! >= 1 && lens.last! <= 4)
        guard shapeOK else { return nil }
        var d: [UInt8] = []
        d.reserveCapacity(digits)
        for k in a..<b { for p in g.starts[k]..<g.ends[k] { d.append(t[p] - 0x30) } }
        guard Checksums.luhn(d), Self.issuerKnown(d) else { return nil }
        return Candidate(.creditCard, g.starts[a], g.ends[b - 1], score: 0.95, priority: 70)
    }

    /// Visa, Mastercard (51-55, 2221-2720), Amex, Discover, JCB and Diners prefixes with their lengths.
    static func issuerKnown(_ d: [UInt8]) -> Bool {
        let n = d.count
        let p2 = Int(d[0]) * 10 + Int(d[1])
        let p4 = p2 * 100 + Int(d[2]) * 10 + Int(d[3])
        if d[0] == 4 { return n == 13 || n == 16 || n == 19 }
        if (51...55).contains(p2) || (2221...2720).contains(p4) { return n == 16 }
        if p2 == 34 || p2 == 37 { return n == 15 }
        if p4 == 6011 || p2 == 65 || (644...649).contains(p4 / 10) { return n >= 16 && n <= 19 }
        if (3528...3589).contains(p4) { return n >= 16 && n <= 19 }
        if p2 == 36 || p2 == 38 || (300...305).contains(p4 / 10) { return n == 14 }
        return false
    }

    /// SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000.
    private func ssnValid(_ t: ScanText, _ s: Int) -> Bool {
        var d: [Int] = []
        var k = s
        while d.count < 9 && k < t.count {
            if Byte.isDigit(t[k]) { d.append(Int(t[k] - 0x30)) }
            k += 1
        }
        guard d.count == 9 else { return false }
        let area = d[0] * 100 + d[1] * 10 + d[2]
        let group = d[3] * 10 + d[4]
        let serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8]
        if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 { return false }
        // 123-45-6789 and 078-05-1120 are famous sample numbers.
        if d == [1, 2, 3, 4, 5, 6, 7, 8, 9] || d == [0, 7, 8, 0, 5, 1, 1, 2, 0] { return false }
        return true
    }
}
