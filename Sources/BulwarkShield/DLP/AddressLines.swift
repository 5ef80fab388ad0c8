/// Addresses written one part per line, found from their last line back:
/// GB (`Flat 12\nSmith road\nNew Town\nAB1 2CD`) and US military (`PSC 1234, Box 5678\nAPO AA 12345`).
enum AddressLines {
    /// A GB postcode alone on the last line at `i`, a city line above it and a street line above that (a
    /// `Flat 3`-style line may come first): returns the span from the first of those lines to the postcode.
    /// The postcode may also end the city's line (`Manchester M3 2BB`).
    static func gb(_ t: ScanText, _ i: Int) -> (Int, Int)? {
        guard i >= 2, t[i - 1] == 0x0A || t[i - 1] == 0x20, let end = AddressTail.gbPostcode(t, i), endsLine(t, end)
        else { return nil }
        let cityStart = t.lineStart(i - 1, notBefore: i - 48)
        guard cityStart > 0, t[cityStart - 1] == 0x0A, AddressTail.city(t, cityStart) == i - 1 else { return nil }
        let streetLine = t.lineStart(cityStart - 1, notBefore: cityStart - 64)
        let streetStart = afterLabel(t, streetLine, cityStart - 1)
        guard streetLine == 0 || t[streetLine - 1] == 0x0A, isStreet(t, streetStart, cityStart - 1) else {
            return nil
        }
        return (streetStart == streetLine ? unitAbove(t, streetStart) ?? streetStart : streetStart, end)
    }

    /// The start of a `Flat 3`-style line (after its label, if any) right above the line starting at `s`.
    static func unitAbove(_ t: ScanText, _ s: Int) -> Int? {
        // Lines may be indented alike (`  Rose Cottage\n  3 Mill Lane`).
        var b = s
        while b > 0 && t[b - 1] == 0x20 && s - b < 8 { b -= 1 }
        guard b >= 2, t[b - 1] == 0x0A else { return nil }
        let unitLine = t.lineStart(b - 1, notBefore: b - 48)
        var unitStart = afterLabel(t, unitLine, b - 1)
        while unitStart < b - 1 && t[unitStart] == 0x20 { unitStart += 1 }
        let s = b
        guard unitLine == 0 || t[unitLine - 1] == 0x0A, isUnit(t, unitStart, s - 1) else { return nil }
        return unitStart
    }

    /// `APO AA 12345` (also FPO, DPO; AE, AP) at `i`, with the line above it when that is a `PSC 1234, Box 5678`,
    /// `CMR 480 Box 1234`, `Unit 1234 Box 5678` or ship (`USNS Name`, `USNV Name`, `USS Name`, `USCGC Name`) line;
    /// written on one line, the parts are separated by `, `.
    static func military(_ t: ScanText, _ i: Int) -> (Int, Int)? {
        guard isPostOffice(t, i), t.at(i + 4) == 0x41, [0x41, 0x45, 0x50].contains(t.at(i + 5)), t.at(i + 6) == 0x20
        else { return nil }
        var k = i + 7
        while Byte.isDigit(t.at(k)) { k += 1 }
        guard k - (i + 7) == 5, !Byte.isAlnum(t.at(k)) else { return nil }
        guard i >= 2, t[i - 1] == 0x0A || (t[i - 1] == 0x20 && t[i - 2] == 0x2C) else { return nil }
        let above = t.lineStart(i - 1, notBefore: i - 48)
        let lineEnd = t[i - 1] == 0x0A ? i - 1 : i - 2
        // The line may open with a label or words of its own (`Ship to PSC 1234, Box 5678`).
        guard
            let start = wordStart(
                t,
                above,
                lineEnd,
                anyOf: ["PSC ", "CMR ", "Unit ", "USNS ", "USNV ", "USS ", "USCGC "]
            )
        else {
            return nil
        }
        return (start, k)
    }

    /// `APO `, `FPO ` or `DPO ` at `i`.
    private static func isPostOffice(_ t: ScanText, _ i: Int) -> Bool {
        let c = t.at(i)
        return (c == 0x41 || c == 0x46 || c == 0x44) && t.at(i + 1) == 0x50 && t.at(i + 2) == 0x4F
            && t.at(i + 3) == 0x20
    }

    /// The offset of the first ` APO `, ` FPO ` or ` DPO ` starting in `lo + 1..<hi` (at its `A`, `F` or `D`),
    /// else `hi`.
    static func firstMilitaryOffice(_ t: ScanText, _ lo: Int, _ hi: Int) -> Int {
        var k = lo + 1
        while k < hi {
            if t[k - 1] == 0x20 && isPostOffice(t, k) { return k }
            k += 1
        }
        return hi
    }

    /// The first of `words` (exact case) in `lo..<hi` at the start of a word.
    private static func wordStart(_ t: ScanText, _ lo: Int, _ hi: Int, anyOf words: [StaticString]) -> Int? {
        var k = lo
        while k < hi {
            // After a space, an opening quote or parenthesis, or a cell's delimiter (`'Unit 5408 Box 7413, DPO AP
            // 36488'` in a row of values, `|Unit 8946 Box 4570, DPO AP 63042|`, `(PSC 7410, Box 4090, APO AE 54703)`;
            // or a calendar's colon: `LOCATION:USNV Hodge, FPO AP 82688`).
            let b = t.at(k - 1)
            if k == lo || b == 0x20 || b == 0x27 || b == 0x22 || b == 0x28 || b == 0x7C || b == 0x2C || b == 0x3B
                || b == 0x09 || b == 0x3A
            {
                // A number or a name follows (`Unit 1234`, `USNS Miller`), not `Unit tests`.
                for word in words where t.matchesExactly(word, at: k) {
                    let next = t.at(k + word.utf8CodeUnitCount)
                    if Byte.isDigit(next) || Byte.isUpper(next) { return k }
                }
            }
            k += 1
        }
        return nil
    }

    /// Where the address part of a line starts: after a `Label: ` if there is one.
    private static func afterLabel(_ t: ScanText, _ s: Int, _ e: Int) -> Int {
        var k = e - 1
        while k > s {
            if t[k] == 0x20 && t[k - 1] == 0x3A { return k + 1 }
            k -= 1
        }
        return s
    }

    private static func endsLine(_ t: ScanText, _ e: Int) -> Bool {
        e == t.count || t[e] == 0x0A || t[e] == 0x0D || (t[e] == 0x2E && (e + 1 == t.count || t[e + 1] == 0x0A))
    }

    /// `[12 ]Name[ Name] type`: a known street type (any case) last.
    private static func isStreet(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var k = s
        while k < e && Byte.isDigit(t[k]) { k += 1 }
        if k > s {
            guard k - s <= 5, t.at(k) == 0x20 else { return false }
            k += 1
        }
        var words = 0
        var lastStart = k
        while k < e {
            lastStart = k
            guard let we = NameTokens.word(t, k) ?? lowerWord(t, k), we <= e else { return false }
            words += 1
            k = we
            // A possessive (`King's Road`, `St John’s Wood`).
            if t.at(k) == 0x27 && t.at(k + 1) == 0x73 {
                k += 2
            } else if t.at(k) == 0xE2 && t.at(k + 1) == 0x80 && t.at(k + 2) == 0x99 && t.at(k + 3) == 0x73 {
                k += 4
            }
            if k < e {
                guard t[k] == 0x20 else { return false }
                k += 1
            }
        }
        return words >= 2 && words <= 4 && StreetLexicon.types.contains(t.hashLowercased(lastStart, e))
    }

    /// `Flat 12`, `Studio 3`, `Apartment 4B`, `Unit 7`, `Flat 12a`.
    private static func isUnit(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        for word: StaticString in ["Flat ", "Studio ", "Apartment ", "Unit "] where t.matchesExactly(word, at: s) {
            var k = s + word.utf8CodeUnitCount
            let ds = k
            while k < e && Byte.isDigit(t[k]) { k += 1 }
            if k < e && Byte.isAlpha(t[k]) { k += 1 }
            return k > ds && k == e
        }
        return isHouseName(t, s, e)
    }

    /// Words that end a house's name (`Rose Cottage`, `The Old Rectory`, `Le Clos des Vignes`).
    static let houseWords = NameLexicon.hashes(
        "cottage house rectory vicarage farm farmhouse lodge manor barn grange villa chalet bungalow clos mas domaine "
            + "résidence residence"
    )

    /// Whether `s..<e` is a house's name: up to five words, the first capitalised, one a house word (`Rose Cottage`,
    /// `Le Clos des Vignes`, `The Old Rectory`).
    static func isHouseName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 4, e - s <= 48, Byte.isUpper(t[s]) else { return false }
        var k = s
        var words = 0
        var house = false
        while k < e && words < 5 {
            var we = k
            while we < e && (Byte.isAlpha(t[we]) || t[we] >= 0x80 || t[we] == 0x27 || t[we] == 0x2D) { we += 1 }
            guard we > k else { return false }
            if houseWords.contains(t.hashLowercased(k, we)) { house = true }
            words += 1
            if we == e { return house }
            guard t[we] == 0x20 else { return false }
            k = we + 1
        }
        return false
    }

    private static func lowerWord(_ t: ScanText, _ k: Int) -> Int? {
        var e = k
        while e < t.count && Byte.isLower(t[e]) { e += 1 }
        return e - k >= 2 ? e : nil
    }
}
