import Foundation

/// Folds a text into the form the detectors read, and says what it removed.
///
/// Steps: Unicode NFKC; removal (and counting) of invisible, zero-width, tag, bidi-control
/// and stray combining characters; folding of Cyrillic/Greek/Armenian look-alikes to Latin
/// in words that mix scripts or in Latin-dominant text; recovery of text hidden in tag
/// characters, variation selectors and invisible binary; bounded decoding of embedded
/// base64, hex, URL-encoding and ROT13 (see ``EmbeddedDecoder``), each decoded text being
/// normalized again up to ``maxDecodeDepth``.
///
/// Input the fold would leave unchanged (ASCII, accented Latin, typographic punctuation: ``FoldStableText``) takes a
/// fast path that copies nothing.
///
/// - Important: Decoding is bounded by ``maxDecodeDepth`` and ``maxDecodedBytes``; when a
///   bound stops it, ``NormalizedText/decodingComplete`` is `false`.
public struct TextNormalizer: Sendable {
    /// How many nested decodings are followed (base64 inside base64 is depth 2).
    public var maxDecodeDepth: Int
    /// Upper bound on the total size of decoded text kept per input.
    public var maxDecodedBytes: Int

    /// Creates a normalizer with the given decoding bounds.
    public init(maxDecodeDepth: Int = 2, maxDecodedBytes: Int = 16 * 1024) {
        self.maxDecodeDepth = maxDecodeDepth
        self.maxDecodedBytes = maxDecodedBytes
    }

    /// Normalizes `text` and decodes what is embedded in it.
    public func normalize(_ text: String) -> NormalizedText {
        var budget = maxDecodedBytes
        return normalize(text, depth: 0, budget: &budget)
    }

    private func normalize(_ text: String, depth: Int, budget: inout Int) -> NormalizedText {
        let folded = Self.fold(text)
        var signals = folded.signals
        var segments: [DecodedSegment] = []
        var complete = true
        var found = folded.hidden
        found += EmbeddedDecoder.decode(folded.text)
        for (encoding, bytes) in found {
            guard depth < maxDecodeDepth else {
                complete = false
                break
            }
            guard bytes.count <= budget else {
                complete = false
                continue
            }
            budget -= bytes.count
            let decoded = String(decoding: bytes, as: UTF8.self)
            let inner = normalize(decoded, depth: depth + 1, budget: &budget)
            segments.append(DecodedSegment(encoding: encoding, text: inner.text, depth: depth + 1))
            segments += inner.decodedSegments
            signals.formUnion(inner.signals)
            complete = complete && inner.decodingComplete
        }
        if !segments.isEmpty { signals.insert(.decodedPayload) }
        return NormalizedText(
            text: folded.text,
            signals: signals,
            removedCharacterCount: folded.removed,
            decodedSegments: segments,
            decodingComplete: complete
        )
    }

    struct Folded {
        var text: String
        var signals: NormalizationSignals
        var removed: Int
        var hidden: [(EmbeddedEncoding, [UInt8])]
    }

    /// Unicode folding only (no decoding of base64 and the like).
    static func fold(_ text: String) -> Folded {
        var copy = text
        if copy.withUTF8(FoldStableText.isStable) {
            return Folded(text: text, signals: [], removed: 0, hidden: [])
        }
        return foldFully(text)
    }

    /// `fold` without the shortcut for text it leaves unchanged.
    static func foldFully(_ text: String) -> Folded {
        var signals: NormalizationSignals = []
        let nfkc = text.precomposedStringWithCompatibilityMapping
        if nfkc != text { signals.insert(.compatibilityForms) }
        var scalars: [UInt32] = []
        scalars.reserveCapacity(nfkc.unicodeScalars.count)
        var removed = 0
        var tagText: [UInt8] = []
        var selectorBytes: [UInt8] = []
        var invisibleBits: [UInt8] = []
        var combiningRun = 0
        var previousKept: UInt32 = 0
        for scalar in nfkc.unicodeScalars {
            let v = scalar.value
            switch UnicodeFolding.kind(v) {
            case .keep:
                scalars.append(v)
                previousKept = v
                combiningRun = 0
            case .control:
                removed += 1
                signals.insert(.controlCharacters)
            case .backspace:
                // A character followed by backspace is erased, as a terminal would show it.
                removed += 1
                signals.insert(.controlCharacters)
                if !scalars.isEmpty { scalars.removeLast() }
            case .invisible:
                removed += 1
                signals.insert(.invisibleCharacters)
                if v == 0x2062 { invisibleBits.append(0) } else if v == 0x2064 { invisibleBits.append(1) }
            case .bidi:
                removed += 1
                signals.insert(.bidiControls)
            case .tag:
                // Subdivision flags (U+1F3F4 followed by tags) are legitimate emoji.
                if previousKept == 0x1F3F4 { continue }
                removed += 1
                signals.insert(.tagCharacters)
                if v >= 0xE0020 && v <= 0xE007E { tagText.append(UInt8(v - 0xE0000)) }
            case .combining:
                combiningRun += 1
                if combiningRun >= 2 { signals.insert(.stackedCombiningMarks) }
            case .variationSelector(let byte, let emoji):
                if emoji { continue }
                removed += 1
                signals.insert(.variationSelectorSmuggling)
                selectorBytes.append(byte)
            }
        }
        let foldedScalars = foldLookAlikes(scalars, signals: &signals)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(foldedScalars.count)
        for v in foldedScalars {
            if let s = Unicode.Scalar(v) { out.append(s) }
        }
        var hidden: [(EmbeddedEncoding, [UInt8])] = []
        if tagText.count >= 2 { hidden.append((.unicodeTags, tagText)) }
        if selectorBytes.count >= 2 { hidden.append((.variationSelectors, selectorBytes)) }
        if invisibleBits.count >= 16 { hidden.append((.invisibleBinary, packBits(invisibleBits))) }
        return Folded(text: String(out), signals: signals, removed: removed, hidden: hidden)
    }

    private static func packBits(_ bits: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i + 8 <= bits.count {
            var b: UInt8 = 0
            for k in 0..<8 { b = b << 1 | bits[i + k] }
            if b != 0 { out.append(b) }
            i += 8
        }
        return out
    }

    /// Folds look-alike letters in mixed-script words, and in all-look-alike words of
    /// Latin-dominant text (so that genuine Russian or Greek text is left alone).
    private static func foldLookAlikes(_ scalars: [UInt32], signals: inout NormalizationSignals) -> [UInt32] {
        var latin = 0
        var other = 0
        for v in scalars {
            if UnicodeFolding.isLatinLetter(v) { latin += 1 } else if UnicodeFolding.isLookAlikeScript(v) { other += 1 }
        }
        guard other > 0 else { return scalars }
        let latinDominant = latin > other
        var out = scalars
        var start = 0
        while start < out.count {
            var end = start
            var hasLatin = false
            var hasOther = false
            var allFoldable = true
            while end < out.count, isWordScalar(out[end]) {
                let v = out[end]
                if UnicodeFolding.isLatinLetter(v) {
                    hasLatin = true
                } else if UnicodeFolding.isLookAlikeScript(v) {
                    hasOther = true
                    if UnicodeFolding.latinLookAlike(v) == nil { allFoldable = false }
                }
                end += 1
            }
            if hasOther && (hasLatin || (latinDominant && allFoldable)) {
                if hasLatin { signals.insert(.mixedScriptWords) }
                var changed = false
                for i in start..<end {
                    if let l = UnicodeFolding.latinLookAlike(out[i]) {
                        out[i] = UInt32(l)
                        changed = true
                    }
                }
                if changed { signals.insert(.confusables) }
            }
            start = end + 1
        }
        return out
    }

    @inline(__always)
    private static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return UnicodeFolding.isLatinLetter(v) || UnicodeFolding.isLookAlikeScript(v)
    }
}
