/// Measures how much of a text is an encoded blob (base64/hex, Morse, Braille, NATO
/// spelling): a prompt that is mostly such a blob asks the model to decode and act on it.
enum EncodedPayloadShape {
    private static let nato = WordTable(words: [
        "alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "juliet",
        "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor",
        "whiskey", "whisky", "xray", "x", "ray", "yankee", "zulu",
    ])

    /// A lone token mixing letters with digits or base64 padding, e.g. `TGltZXk=` or `4775696E6561`.
    private static func looksEncoded(_ text: String) -> Bool {
        var letters = false
        var marks = false
        for b in text.utf8 {
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { letters = true }
            if (b >= 0x30 && b <= 0x39) || b == 0x3D || b == 0x2B || b == 0x2F { marks = true }
        }
        return letters && marks
    }

    /// Share (0…1) of the non-space characters that belong to an encoded blob.
    static func share(of text: String, buffer: ScanBuffer, decoded: Bool) -> Double {
        // A long prompt is only "mostly a blob" if it decoded to something; skip the scan otherwise.
        guard decoded || buffer.bytes.count <= 1024 else { return 0 }
        var nonSpace = 0
        var morse = 0
        var braille = 0
        var longestBlob = 0
        var currentBlob = 0
        var previous: UInt8 = 0
        var text = text
        text.withUTF8 { bytes in
            for v in bytes {
                defer { previous = v }
                if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D {
                    currentBlob = 0
                    continue
                }
                if v & 0xC0 == 0x80 {
                    // Continuation byte: Braille is U+2800…28FF, i.e. E2 A0…A3 xx.
                    if previous == 0xE2 && v >= 0xA0 && v <= 0xA3 { braille += 1 }
                    continue
                }
                nonSpace += 1
                if v == 0x2E || v == 0x2D || v == 0x2F { morse += 1 }
                let isBlob =
                    (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                    || v == 0x2B || v == 0x2F || v == 0x3D
                currentBlob = isBlob ? currentBlob + 1 : 0
                longestBlob = max(longestBlob, currentBlob)
            }
        }
        guard nonSpace >= 4 else { return 0 }
        var share = Double(max(morse, braille)) / Double(nonSpace)
        if decoded && longestBlob >= 12 { share = max(share, Double(longestBlob) / Double(nonSpace)) }
        if longestBlob == nonSpace && nonSpace >= 6 && looksEncoded(text) { share = 1 }
        let tokens = buffer.tokens
        if tokens.count >= 4 {
            let natoCount = tokens.reduce(0) { $0 + (nato.contains($1.hash) ? 1 : 0) }
            share = max(share, Double(natoCount) / Double(tokens.count))
        }
        return share
    }
}
