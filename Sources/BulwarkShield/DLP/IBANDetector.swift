/// Finds IBANs, compact or in groups of four, and accepts only those with the registered country length
/// (where known) and a valid ISO 7064 mod-97 check. One typed in lower case (`de89370400440532013000`) is
/// accepted only for a country whose length is registered.
struct IBANDetector {
    func scan(_ t: ScanText, _ triggers: Triggers, into out: inout [Candidate]) {
        let n = t.count
        // An IBAN opens with two letters and two check digits: visit the digit runs that start two letters into a
        // word (fewer than the words), and return where the next IBAN may start plus 2, the offset of its digits.
        triggers.forEach(Triggers.digit) { d in
            let i = d - 2
            guard i >= 0 else { return d + 1 }
            let upper = Byte.isUpper(t[i]) && Byte.isUpper(t[i + 1])
            guard i + 15 < n, upper || (Byte.isLower(t[i]) && Byte.isLower(t[i + 1])), Byte.isDigit(t[i + 3]),
                !Byte.isAlnum(t.at(i - 1))
            else { return d + 1 }
            if !upper && Checksums.ibanLength(t[i] - 0x20, t[i + 1] - 0x20) == nil { return i + 4 + 2 }
            guard let e = iban(t, i) else { return i + 4 + 2 }
            out.append(Candidate(.iban, i, e, score: 0.99, priority: 75))
            return max(e, i + 1) + 2
        }
    }

    private func iban(_ t: ScanText, _ s: Int) -> Int? {
        // At most 34 characters: kept on the stack, as this runs at every letter pair followed by two digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 34) { chars in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 34) { ends in
                var count = 0
                var k = s
                while k < t.count && count < 34 {
                    let c = t[k]
                    if Byte.isAlnum(c) {
                        chars[count] = Byte.isLower(c) ? c - 0x20 : c
                        ends[count] = k + 1  // byte end after each char
                        count += 1
                        k += 1
                    } else if c == 0x20 && Byte.isAlnum(t.at(k + 1)) && (count % 4 == 0) {
                        k += 1
                    } else {
                        break
                    }
                }
                // The registered length for the country, or else the longest valid one.
                let lengths = Checksums.ibanLength(chars[0], chars[1]).map { $0...$0 } ?? 15...34
                for l in lengths.reversed() where l <= count {
                    let e = ends[l - 1]
                    // The IBAN must end at a token boundary, not inside a longer group.
                    if Byte.isAlnum(t.at(e)) { continue }
                    if Checksums.ibanValid(UnsafeBufferPointer(rebasing: chars[0..<l])) { return e }
                }
                return nil
            }
        }
    }
}
