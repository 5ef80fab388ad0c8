/// Finds IBANs, compact or in groups of four, and accepts only those with the registered country length
/// (where known) and a valid ISO 7064 mod-97 check. One typed in lower case (`de89370400440532013000`) is
/// accepted only for a country whose length is registered.
struct IBANDetector {
    func scan(_ t: ScanText, _ triggers: Triggers, into out: inout [Candidate]) {
        let n = t.count
        triggers.forEach(Triggers.letter) { i in
            let upper = Byte.isUpper(t[i]) && Byte.isUpper(t.at(i + 1))
            guard i + 15 < n, upper || (Byte.isLower(t[i]) && Byte.isLower(t[i + 1])), Byte.isDigit(t[i + 2]),
                Byte.isDigit(t[i + 3]), !Byte.isAlnum(t.at(i - 1))
            else { return i + 1 }
            if !upper && Checksums.ibanLength(t[i] - 0x20, t[i + 1] - 0x20) == nil { return i + 4 }
            guard let e = iban(t, i) else { return i + 4 }
            out.append(Candidate(.iban, i, e, score: 0.99, priority: 75))
            return max(e, i + 1)
        }
    }

    private func iban(_ t: ScanText, _ s: Int) -> Int? {
        var chars: [UInt8] = []
        chars.reserveCapacity(34)
        var ends: [Int] = []  // byte end after each char
        var k = s
        while k < t.count && chars.count < 34 {
            let c = t[k]
            if Byte.isAlnum(c) {
                chars.append(Byte.isLower(c) ? c - 0x20 : c)
                ends.append(k + 1)
                k += 1
            } else if c == 0x20 && Byte.isAlnum(t.at(k + 1)) && (chars.count % 4 == 0) {
                k += 1
            } else {
                break
            }
        }
        let lengths: [Int]
        if let l = Checksums.ibanLength(chars[0], chars[1]) {
            lengths = [l]
        } else {
            lengths = Array((15...34).reversed())
        }
        for l in lengths where l <= chars.count {
            let e = ends[l - 1]
            // The IBAN must end at a token boundary, not inside a longer group.
            if Byte.isAlnum(t.at(e)) { continue }
            if Checksums.ibanValid(Array(chars[0..<l])) { return e }
        }
        return nil
    }
}
