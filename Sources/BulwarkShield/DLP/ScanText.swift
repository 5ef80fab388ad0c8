/// A read-only view of the UTF-8 bytes being scanned, with the byte-class helpers the detectors share.
///
/// Detectors work on byte offsets; `PIIScanner` converts them to scalar offsets once at the end.
struct ScanText {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Per byte offset, where the capitalised word starting there ends as `NameTokens.word` reads it, plus 2 (1: no
    /// word there, 0: not read yet): many rules ask for the same words, and a scan reads each once. Nil outside a
    /// scan (the lexicons' own views).
    let wordEnds: UnsafeMutablePointer<UInt32>?

    init(bytes: UnsafeBufferPointer<UInt8>, wordEnds: UnsafeMutablePointer<UInt32>? = nil) {
        self.bytes = bytes
        self.wordEnds = wordEnds
    }

    @inline(__always) var count: Int { bytes.count }

    @inline(__always) subscript(_ i: Int) -> UInt8 { bytes[i] }

    /// The byte at `i`, or 0 outside the text, so look-arounds need no bounds checks.
    @inline(__always) func at(_ i: Int) -> UInt8 {
        // One unsigned comparison covers both ends: a negative `i` is a huge unsigned number.
        UInt(bitPattern: i) < UInt(bitPattern: bytes.count) ? bytes[i] : 0
    }

    /// Whether a lowercase letter starts at `i`: ASCII, or a Latin-1 one in two bytes (`étudie`, `über`, `à`).
    @inline(__always) func lowercaseAt(_ i: Int) -> Bool {
        let c = at(i)
        return Byte.isLower(c) || (c == 0xC3 && at(i + 1) >= 0x9F && at(i + 1) <= 0xBF && at(i + 1) != 0xB7)
    }

    /// Whether `word` (lowercase ASCII) occurs at `i`, ignoring ASCII case.
    @inline(__always) func matches(_ word: StaticString, at i: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i >= 0, i + n <= bytes.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where Byte.lower(bytes[i + k]) != w[k] {
            return false
        }
        return true
    }

    /// Whether `word` occurs at `i` with exactly this case.
    @inline(__always) func matchesExactly(_ word: StaticString, at i: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i >= 0, i + n <= bytes.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where bytes[i + k] != w[k] {
            return false
        }
        return true
    }

    /// Whether any of `words` (lowercase) occurs in `lo..<hi`, ignoring case.
    func contains(anyOf words: [StaticString], in lo: Int, _ hi: Int) -> Bool {
        let lo = max(0, lo)
        let hi = min(count, hi)
        guard lo < hi else { return false }
        for i in lo..<hi {
            let c = Byte.lower(bytes[i])
            for w in words where w.utf8Start[0] == c && i + w.utf8CodeUnitCount <= hi && matches(w, at: i) {
                return true
            }
        }
        return false
    }

    /// Offset of the start of the line containing `i`.
    func lineStart(_ i: Int) -> Int {
        var j = min(i, count)
        while j > 0 && bytes[j - 1] != 0x0A { j -= 1 }
        return j
    }

    /// The start of the line containing `i`, or `lo` when the line starts before it: the scan back stops at `lo`.
    @inline(__always) func lineStart(_ i: Int, notBefore lo: Int) -> Int {
        var j = min(i, count)
        let lo = max(lo, 0)
        while j > lo && bytes[j - 1] != 0x0A { j -= 1 }
        return j
    }

    /// The end of the line containing `i`, or `hi` when the line ends after it: the scan stops at `hi`.
    @inline(__always) func lineEnd(_ i: Int, notAfter hi: Int) -> Int {
        var j = max(i, 0)
        let hi = min(hi, count)
        while j < hi && bytes[j] != 0x0A { j += 1 }
        return max(j, min(i, hi))
    }

    /// Whether `test` holds at the start of the line after, or of the line before, the line containing `i` (lines
    /// read at most 400 bytes far: a table's or a chat's neighbouring row).
    func lineNear(_ i: Int, where test: (Int) -> Bool) -> Bool {
        let end = lineEnd(i, notAfter: i + 400)
        if at(end) == 0x0A && end + 1 < count && test(end + 1) { return true }
        let ls = lineStart(i, notBefore: i - 400)
        guard ls > 0, bytes[ls - 1] == 0x0A else { return false }
        let previous = lineStart(ls - 1, notBefore: ls - 401)
        return (previous == 0 || bytes[previous - 1] == 0x0A) && test(previous)
    }

    /// Offset of the newline ending the line containing `i` (or `count`).
    func lineEnd(_ i: Int) -> Int {
        var j = max(i, 0)
        while j < count && bytes[j] != 0x0A { j += 1 }
        return j
    }

    /// The word (letters, any script) that ends one space before `i`, at most `maxLength` bytes long and starting a
    /// word of the text: its extent, or nil.
    /// The word of letters ending right before the colon at `c`, or before a space there (`Subject:`, `Objet :`), or
    /// nil; also before another separator there (`Smith, …`, `Dunn & …`, `Beier/…`).
    func labelBefore(colon c: Int, maxLength: Int) -> (start: Int, end: Int)? {
        let e = at(c - 1) == 0x20 ? c - 1 : c
        var s = e
        while s > 0 && (Byte.isAlpha(bytes[s - 1]) || bytes[s - 1] >= 0x80) && e - s < maxLength { s -= 1 }
        guard s < e, s == 0 || !Byte.isWord(bytes[s - 1]) else { return nil }
        return (s, e)
    }

    func wordBefore(_ i: Int, maxLength: Int) -> (start: Int, end: Int)? {
        guard at(i - 1) == 0x20 else { return nil }
        let e = i - 1
        var s = e
        while s > 0 && (Byte.isAlpha(bytes[s - 1]) || bytes[s - 1] >= 0x80) && e - s < maxLength { s -= 1 }
        guard s < e, s == 0 || !Byte.isWord(bytes[s - 1]) else { return nil }
        return (s, e)
    }

    /// The `(` of a short note in parentheses that ends at `e` (after its `)`): ` (read-only)`, ` (family name)` — up
    /// to 24 letters, digits, spaces, dashes and slashes with a letter among them (`(SURNAME/First)`), and a space
    /// before the `(` (`password(self)`,
    /// `getToken()` and `name(s)` are no notes).
    func noteStart(before e: Int) -> Int? {
        guard e > 3, bytes[e - 1] == 0x29 else { return nil }
        var k = e - 2
        while k > 0 && e - k <= 26
            && (Byte.isAlnum(bytes[k]) || bytes[k] == 0x20 || bytes[k] == 0x2D || bytes[k] == 0x2F)
        {
            k -= 1
        }
        guard bytes[k] == 0x28, k < e - 2, k > 0, bytes[k - 1] == 0x20,
            (k + 1..<e - 1).contains(where: { Byte.isAlpha(bytes[$0]) })
        else { return nil }
        return k
    }

    /// A lowercase ASCII copy of `lo..<hi`, for the rare places that need a string key.
    func lowercased(_ lo: Int, _ hi: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(max(0, hi - lo))
        for i in max(0, lo)..<min(count, hi) { out.append(Byte.lower(bytes[i])) }
        return out
    }

    /// FNV-1a hash of `lo..<hi` lowercased and with Latin accents removed (`Élodie`, `élodie` and `Elodie`
    /// hash alike, as do `Łukasz` and `lukasz`), used for lexicon look-ups without allocating. Lexicons are
    /// hashed with the same function, so an entry matches with or without its accents.
    /// With `skippingMarks`, full stops and apostrophes are left out (`S.A.R.L.` hashes as `sarl`, `O'Rourke` as
    /// `orourke`).
    @inline(__always) func hashLowercased(_ lo: Int, _ hi: Int, skippingMarks: Bool = false) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = lo
        while i < hi {
            var c = Byte.lower(bytes[i])
            i += 1
            if skippingMarks && (c == 0x2E || c == 0x27) { continue }
            if c >= 0xC3 && c <= 0xC5 && i < hi {
                // A letter of Latin-1 or Latin Extended-A (lead byte C3, C4 or C5): its base letter, if it has one.
                let next = bytes[i]
                let base = LatinFold.base[Int(c - 0xC3) << 6 | Int(next & 0x3F)]
                if base != 0 {
                    c = base
                    i += 1
                } else if c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97 {
                    // A Latin-1 capital without a base letter (Æ, Ð, Þ): its lowercase is 0x20 higher.
                    h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01b3
                    c = next + 0x20
                    i += 1
                }
            }
            h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01b3
        }
        return h
    }
}

/// The unaccented lowercase ASCII letter of each two-byte Latin letter with lead byte C3, C4 or C5 (À…ž),
/// indexed by `(lead - 0xC3) << 6 | (second byte & 0x3F)`; 0 for those without one (×, ÷, ß, Æ, Œ, …).
enum LatinFold {
    static let base: ImmortalTable<UInt8> = {
        // One character per code point from U+00C0 to U+017F: its base letter, or `-` for none.
        let letters =
            "aaaaaa-ceeeeiiii-nooooo-ouuuuy--aaaaaa-ceeeeiiii-nooooo-ouuuuy-y"
            + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii--jjkk-lllllll"
            + "lllnnnnnn---oooooo--rrrrrrsssssssstttt--uuuuuuuuuuuuwwyyyzzzzzz-"
        var table = [UInt8](repeating: 0, count: 3 * 64)
        for (k, ch) in letters.utf8.enumerated() where Byte.isLower(ch) { table[k] = ch }
        return ImmortalTable(table)
    }()
}
/// Byte classification for ASCII; bytes >= 0x80 are parts of non-ASCII scalars.
enum Byte {
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 }
    @inline(__always) static func isLower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
    @inline(__always) static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isAlpha(c) }
    @inline(__always) static func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20) &- 0x61 < 6 }
    /// Letters, digits and any non-ASCII byte (non-ASCII is mostly accented letters here).
    @inline(__always) static func isWord(_ c: UInt8) -> Bool { isAlnum(c) || c >= 0x80 }
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c | 0x20 : c }
    /// Characters of API tokens: letters, digits, `_` and `-`.
    @inline(__always) static func isTokenChar(_ c: UInt8) -> Bool { isAlnum(c) || c == 0x5F || c == 0x2D }
    /// Base64 alphabet including the URL-safe variants.
    @inline(__always) static func isBase64(_ c: UInt8) -> Bool {
        isAlnum(c) || c == 0x2B || c == 0x2F || c == 0x5F || c == 0x2D
    }
}
