/// Rejoins words written letter by letter to dodge word matching.
///
/// "i g n o r e   a l l" (one space inside a word, more between words) becomes
/// "ignore all"; "I.g.n.o.r.e" or "i-g-n-o-r-e" becomes "ignore". Only runs of at least
/// four letters are joined, so initials like "U.S." or "e.g." stay as they are.
enum SpacedLetters {
    static func join(_ text: String) -> String? {
        guard mayContainSpelledWords(text) else { return nil }
        var chunks: [(bytes: [UInt8], gap: Int)] = []
        var current: [UInt8] = []
        var gap = 0
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                gap += b == 0x20 ? 1 : 2
                continue
            }
            if gap > 0 {
                if !current.isEmpty { chunks.append((current, gap)) }
                current = []
                gap = 0
            }
            current.append(b)
        }
        if !current.isEmpty { chunks.append((current, 2)) }
        var changed = false
        for i in chunks.indices {
            if let joined = joinSeparated(chunks[i].bytes) {
                chunks[i].bytes = joined
                changed = true
            }
        }
        var out: [UInt8] = []
        var i = 0
        while i < chunks.count {
            var j = i
            while j < chunks.count && chunks[j].bytes.count == 1 && isLetter(chunks[j].bytes[0]) { j += 1 }
            if j - i >= 4 {
                for k in i..<j {
                    out.append(chunks[k].bytes[0])
                    if chunks[k].gap > 1 || k == j - 1 { out.append(0x20) }
                }
                changed = true
                i = j
                continue
            }
            out += chunks[i].bytes
            out.append(0x20)
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : nil
    }

    /// Cheap pre-check: four single letters in a row separated by one space or `.-_*`.
    private static func mayContainSpelledWords(_ text: String) -> Bool {
        var run = 0
        var previousWasLetter = false
        var previousByte: UInt8 = 0x20
        var text = text
        return text.withUTF8 { bytes in
            for b in bytes {
                let letter = isLetter(b)
                if letter {
                    if previousWasLetter {
                        run = 0
                    } else if previousByte == 0x20 || previousByte == 0x2E || previousByte == 0x2D
                        || previousByte == 0x5F
                        || previousByte == 0x2A
                    {
                        run += 1
                        if run >= 4 { return true }
                    } else {
                        run = 0
                    }
                } else if !(b == 0x20 || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x2A) {
                    run = 0
                }
                previousWasLetter = letter
                previousByte = b
            }
            return false
        }
    }

    /// "I.g.n.o.r.e" → "Ignore"; `nil` unless letters alternate with one separator kind.
    private static func joinSeparated(_ chunk: [UInt8]) -> [UInt8]? {
        guard chunk.count >= 7, isLetter(chunk[0]) else { return nil }
        let separator = chunk[1]
        guard separator == 0x2E || separator == 0x2D || separator == 0x5F || separator == 0x2A else { return nil }
        var letters: [UInt8] = []
        var i = 0
        while i < chunk.count {
            guard isLetter(chunk[i]) else { break }
            letters.append(chunk[i])
            if i + 1 < chunk.count && chunk[i + 1] == separator {
                i += 2
            } else {
                i += 1
                break
            }
        }
        guard letters.count >= 4 else { return nil }
        return letters + chunk[i...]
    }

    @inline(__always)
    private static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
    }
}
