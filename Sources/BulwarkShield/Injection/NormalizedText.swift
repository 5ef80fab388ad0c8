/// What normalization found and removed while folding a text.
public struct NormalizationSignals: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    /// Creates a set from its raw bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Zero-width and other invisible formatting characters were removed.
    public static let invisibleCharacters = NormalizationSignals(rawValue: 1 << 0)
    /// Unicode tag characters (U+E0000…E007F), used for ASCII smuggling, were removed.
    public static let tagCharacters = NormalizationSignals(rawValue: 1 << 1)
    /// Bidirectional control characters were removed.
    public static let bidiControls = NormalizationSignals(rawValue: 1 << 2)
    /// Look-alike letters from other scripts were folded to Latin.
    public static let confusables = NormalizationSignals(rawValue: 1 << 3)
    /// At least one word mixes Latin with Cyrillic or Greek letters.
    public static let mixedScriptWords = NormalizationSignals(rawValue: 1 << 4)
    /// Stacked combining marks ("Zalgo" text) were removed.
    public static let stackedCombiningMarks = NormalizationSignals(rawValue: 1 << 5)
    /// Variation selectors outside emoji use (byte smuggling) were removed.
    public static let variationSelectorSmuggling = NormalizationSignals(rawValue: 1 << 6)
    /// Compatibility forms (full-width, mathematical letters…) were folded by NFKC.
    public static let compatibilityForms = NormalizationSignals(rawValue: 1 << 7)
    /// Embedded encoded text (base64, hex, URL-encoding, ROT13, hidden characters) was decoded.
    public static let decodedPayload = NormalizationSignals(rawValue: 1 << 9)
    /// ASCII control characters (backspace, escape…) other than tab and line breaks were removed.
    public static let controlCharacters = NormalizationSignals(rawValue: 1 << 10)
}

/// How a ``DecodedSegment`` was obtained.
public enum EmbeddedEncoding: String, Sendable, Hashable {
    /// Base64, standard or URL-safe alphabet.
    case base64
    /// Hexadecimal bytes.
    case hex
    /// Percent-encoding (`%49%67…`).
    case urlEncoding
    /// ROT13, tried when the text mentions it.
    case rot13
    /// ASCII hidden in Unicode tag characters (U+E0020…E007E).
    case unicodeTags
    /// Bytes hidden in variation selectors (U+FE00…FE0F, U+E0100…E01EF).
    case variationSelectors
    /// Bits hidden as invisible times/plus characters (U+2062 = 0, U+2064 = 1).
    case invisibleBinary
}

/// Text recovered from an encoding embedded in the input, to be scanned again.
public struct DecodedSegment: Sendable, Hashable {
    /// The encoding that was removed.
    public let encoding: EmbeddedEncoding
    /// The decoded text (normalized again, bounded in size).
    public let text: String
    /// How many decodings deep this segment is (1 = decoded from the input itself).
    public let depth: Int
}

/// A text after ``TextNormalizer`` folding, with what was found on the way.
public struct NormalizedText: Sendable {
    /// NFKC, confusables folded to Latin, invisible, tag, bidi and stacked combining characters removed.
    public let text: String
    /// What normalization saw.
    public let signals: NormalizationSignals
    /// Number of invisible, tag, bidi and variation-selector characters removed.
    public let removedCharacterCount: Int
    /// Encoded payloads found in the text, decoded (bounded depth and size).
    public let decodedSegments: [DecodedSegment]
    /// `false` when decoding stopped at a size or depth bound, so some payloads were not decoded.
    public let decodingComplete: Bool
}
