/// Scores the end of a text for optimized adversarial suffixes: runs of isolated
/// brackets and punctuation, and sentence tails where many chunks carry operator symbols.
enum AdversarialSuffix {
    /// Token salad: many isolated brackets/punctuation tokens and odd fragments on one line.
    static func score(_ b: ScanBuffer) -> Double? {
        let salad = saladSymbols
        let (isolated, symbols, nonSpace) = b.bytes.withUnsafeBufferPointer { bytes in
            var isolated = 0
            var symbols = 0
            var nonSpace = 0
            var i = max(0, bytes.count - 400)
            while i < bytes.count {
                let c = bytes[i]
                if c != 0x20 && c != 0x0A {
                    nonSpace += 1
                    if salad.contains(c) {
                        symbols += 1
                        if i > 0, bytes[i - 1] == 0x20, i + 1 == bytes.count || bytes[i + 1] == 0x20,
                            !isCheckbox(bytes, i)
                        {
                            isolated += 1
                        }
                    }
                }
                i += 1
            }
            return (isolated, symbols, nonSpace)
        }
        guard nonSpace > 20 else { return nil }
        if isolated >= 5 { return 0.7 }
        if isolated >= 3 && symbols * 100 >= nonSpace * 12 { return 0.55 }
        return symbolChunkShare(b.bytes) >= 0.3 ? 0.45 : nil
    }

    /// Share of the last line's space-separated chunks that carry bracket/operator symbols,
    /// when that line is long enough to be a sentence followed by a suffix.
    private static func symbolChunkShare(_ bytes: [UInt8]) -> Double {
        var lineStart = bytes.count
        let floor = max(0, bytes.count - 600)
        while lineStart > floor && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        let operators = operatorSymbols
        var chunks = 0
        var symbolic = 0
        bytes.withUnsafeBufferPointer { bytes in
            var inChunk = false
            var chunkHasSymbol = false
            for i in lineStart..<bytes.count {
                let c = bytes[i]
                if c == 0x20 {
                    if inChunk {
                        chunks += 1
                        if chunkHasSymbol { symbolic += 1 }
                    }
                    inChunk = false
                    chunkHasSymbol = false
                    continue
                }
                inChunk = true
                if operators.contains(c) { chunkHasSymbol = true }
            }
            if inChunk {
                chunks += 1
                if chunkHasSymbol { symbolic += 1 }
            }
        }
        guard chunks >= 10 else { return 0 }
        return Double(symbolic) / Double(chunks)
    }

    /// `[ ]` is a markdown task-list box, not salad.
    private static func isCheckbox(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        if bytes[i] == 0x5B { return i + 2 < bytes.count && bytes[i + 2] == 0x5D }
        if bytes[i] == 0x5D { return i >= 2 && bytes[i - 2] == 0x5B }
        return false
    }

    /// Brackets, quotes and punctuation that optimized suffixes are made of.
    private static let saladSymbols = ASCIISet("![](){}`^$\\~@;'\"")
    /// Bracket and operator symbols that mark a chunk of a suffix line.
    private static let operatorSymbols = ASCIISet("[]{}^=\\`$~@|")
}
