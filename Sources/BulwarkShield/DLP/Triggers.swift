/// The positions where some detector may find something, collected in one pass over the bytes so that each
/// detector visits only its own trigger positions instead of every byte.
///
/// A position is recorded when a letter (ASCII, or a non-ASCII lead byte) follows a non-letter, a digit
/// follows a non-digit, `+` or `(` precedes a digit, a quote precedes a comma, one of `! # $ & * ? ~` stands between
/// letters or digits, or the byte is one of `@ : = - / % \n`;
/// letter starts also carry bits saying which detectors care about that first letter, and a letter start with none of
/// those bits (most lowercase words) is left out. Detectors re-check their exact conditions there, so each kind only
/// has to be a superset of the positions its detectors act on.
struct Triggers {
    /// Kinds of trigger, as bits.
    /// A letter start; recorded only with another bit (`capital`, `tokenLetter`, …): no detector visits letters alone.
    static let letter: UInt16 = 1
    static let digit: UInt16 = 2
    static let at: UInt16 = 4
    static let colonOrEquals: UInt16 = 8
    static let newline: UInt16 = 16
    static let dash: UInt16 = 32
    static let slash: UInt16 = 64
    static let plusOrParen: UInt16 = 128
    /// A letter start that is an ASCII capital or a non-ASCII lead byte from 0xC3 (capitalised words).
    static let capital: UInt16 = 256
    /// A letter start that can begin a vendor token prefix (`A g x h s r S n e w`).
    static let tokenLetter: UInt16 = 512
    /// A letter start that can begin a spoken password or secret (`p P m M k K s t`, and `S T` for German nouns).
    static let credentialLetter: UInt16 = 1024
    /// A letter start that can begin a birth-date or passport keyword (`b d g n p r`, any case); also a `:` or `=`
    /// after a camelCase key with a hump of those letters (`patientDateOfBirth:`), where no word start is recorded.
    static let contextLetter: UInt16 = 2048
    /// A lowercase letter start whose first two bytes can begin a greeting or introduction.
    static let cueLetter: UInt16 = 4096
    /// `%`, which opens a URL-encoded `@` (`%40`).
    static let percent: UInt16 = 8192
    /// A quote closing a string literal before a comma (`"password", "…"`).
    static let quoteComma: UInt16 = 16384
    /// One of `! # $ & * ? ~` between a letter or digit and a letter or digit (`NTSnq843!jsT`): inside a token that
    /// may be a password.
    static let symbol: UInt16 = 32768

    /// Each trigger as `offset << 16 | kinds`, ascending by offset.
    private let entries: [Int]

    var count: Int { entries.count }

    /// Whether the text holds any non-ASCII scalar (then byte and scalar offsets differ).
    let hasNonASCII: Bool

    /// Whether a word starting `ISBN` (any case) occurs: the text cites a book, and the names on that line may be
    /// its authors.
    let mentionsISBN: Bool

    // Class per byte: 1 ASCII letter, 2 digit, 4 non-ASCII lead byte, 8 `+` or `(`, 16 other punctuation, 32 a quote,
    // 64 a symbol of passwords, else 0.
    private static let classes: [UInt8] = (0..<256).map { b -> UInt8 in
        let c = UInt8(b)
        if Byte.isAlpha(c) { return 1 }
        if Byte.isDigit(c) { return 2 }
        if c >= 0xC0 { return 4 }
        if c == 0x2B || c == 0x28 { return 8 }
        if c == 0x22 || c == 0x27 { return 32 }
        if "!#$&*?~".utf8.contains(c) { return 64 }
        switch c {
        case 0x40, 0x3A, 0x3D, 0x0A, 0x2D, 0x2F, 0x25: return 16
        default: return 0
        }
    }

    /// The kinds recorded for each byte at a trigger position.
    private static let kindsByByte: [UInt16] = (0..<256).map { b -> UInt16 in
        let c = UInt8(b)
        if Byte.isDigit(c) { return digit }
        if c == 0x2B || c == 0x28 { return plusOrParen }
        switch c {
        case 0x40: return at
        case 0x3A, 0x3D: return colonOrEquals
        case 0x0A: return newline
        case 0x2D: return dash
        case 0x2F: return slash
        case 0x25: return percent
        case 0x22, 0x27: return quoteComma
        case 0x21, 0x23, 0x24, 0x26, 0x2A, 0x3F, 0x7E: return symbol
        default: break
        }
        guard Byte.isAlpha(c) || c >= 0xC0 else { return 0 }
        var k = letter
        if Byte.isUpper(c) || c >= 0xC3 { k |= capital }
        if "AgxhsrSnew".utf8.contains(c) { k |= tokenLetter }
        if "pPmMkKstST".utf8.contains(c) { k |= credentialLetter }
        if "bdgnpr".utf8.contains(Byte.lower(c)) { k |= contextLetter }
        return k
    }

    init(_ t: ScanText) {
        let n = t.count
        var leadBytes = false
        var isbn = false
        // At most one trigger per byte.
        entries = [Int](unsafeUninitializedCapacity: n + 1) { out, written in
            let cues = PersonLabels.cueStarts
            Self.classes.withUnsafeBufferPointer { cls in
                Self.kindsByByte.withUnsafeBufferPointer { kinds in
                    var w = 0
                    var prev: UInt8 = 0
                    var i = 0
                    while i < n {
                        let b = t[i]
                        let c = cls[Int(b)]
                        if c <= 2 {
                            // A run of letters, digits or other bytes is read to its end in a tight loop (inside a
                            // word or a number nothing starts); a letter or digit run starts with a trigger.
                            if c != 0 {
                                if b | 0x20 == 0x69 && t.at(i + 1) | 0x20 == 0x73 && t.at(i + 2) | 0x20 == 0x62
                                    && t.at(i + 3) | 0x20 == 0x6E
                                {
                                    isbn = true
                                }
                                var k = kinds[Int(b)]
                                if c == 1 && Byte.isLower(b) && cues.mayStart(t, at: i) { k |= Self.cueLetter }
                                // A word start no detector visits (most lowercase words) is left out.
                                if k != Self.letter {
                                    out[w] = i << 16 | Int(k)
                                    w += 1
                                }
                            }
                            let start = i
                            i += 1
                            while i < n && cls[Int(t[i])] == c { i += 1 }
                            // A German compound ending in a password's word (`Initialpasswort`, `WLAN-Kennwort`
                            // ends its own run): its last word is a credential's trigger too.
                            if t[i - 1] == 0x74 && i - start >= 12 && c == 1 && t[i - 4] == 0x77 && t[i - 2] == 0x72
                                && t[i - 3] == 0x6F && (t[i - 8] == 0x70 || t[i - 8] == 0x6B)
                            {
                                out[w] = (i - 8) << 16 | Int(Self.letter | Self.credentialLetter)
                                w += 1
                            }
                            prev = c
                            continue
                        }
                        var emit = true
                        switch c {
                        case 4:
                            leadBytes = true
                            emit = prev != 1
                        case 8:
                            emit = Byte.isDigit(t.at(i + 1))
                        case 32:
                            emit = t.at(i + 1) == 0x2C
                        case 64:
                            emit = (prev == 1 || prev == 2) && Byte.isAlnum(t.at(i + 1))
                        default:
                            break
                        }
                        if emit && kinds[Int(b)] != Self.letter {
                            var k = kinds[Int(b)]
                            if k == Self.colonOrEquals && Self.camelCaseKeyBefore(t, i) { k |= Self.contextLetter }
                            out[w] = i << 16 | Int(k)
                            w += 1
                        }
                        prev = c
                        i += 1
                    }
                    written = w
                }
            }
        }
        // Every non-ASCII scalar starts with a lead byte (0xC2 and up) in valid UTF-8.
        hasNonASCII = leadBytes
        mentionsISBN = isbn
    }

    /// Whether a camelCase key ends right before `sep` (or before a quote there) with a hump that may open a
    /// birth-date or passport keyword (`memberBirthDate=`, `"numeroPasseport":`): a lowercase letter, then one of
    /// `B D G N P R`.
    @inline(__always) static func camelCaseKeyBefore(_ t: ScanText, _ sep: Int) -> Bool {
        var k = sep - 1
        if t.at(k) == 0x22 || t.at(k) == 0x27 { k -= 1 }
        guard Byte.isLower(t.at(k)) else { return false }
        let lo = max(1, sep - 40)
        while k >= lo {
            let c = t[k]
            k -= 1
            if c >= 0x61 && c <= 0x7A { continue }  // most bytes: lowercase letters
            guard c >= 0x41 && c <= 0x5A else { return false }
            if (c == 0x42 || c == 0x44 || c == 0x47 || c == 0x4E || c == 0x50 || c == 0x52) && Byte.isLower(t[k]) {
                return true
            }
        }
        return false
    }

    /// Calls `body` with each trigger position of one of the kinds in `mask`, in ascending order, skipping
    /// positions before the offset `body` returns (the detector's cursor: where its next match may start).
    @inline(__always) func forEach(_ mask: UInt16, _ body: (Int) -> Int) {
        var cursor = 0
        entries.withUnsafeBufferPointer { e in
            for k in 0..<e.count where UInt16(truncatingIfNeeded: e[k]) & mask != 0 {
                let i = e[k] >> 16
                if i >= cursor { cursor = body(i) }
            }
        }
    }
}
