import Foundation
import BulwarkTesting
import Testing

@testable import BulwarkShield

/// The normalizer's shortcut for text its fold leaves unchanged must agree with the full fold.
@Suite struct FoldStableTextTests {
    private func stable(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8(FoldStableText.isStable)
    }

    private func expectSameFold(_ text: String, _ comment: Comment? = nil) {
        let fast = TextNormalizer.fold(text)
        let full = TextNormalizer.foldFully(text)
        #expect(Array(fast.text.unicodeScalars) == Array(full.text.unicodeScalars), comment)
        #expect(fast.signals == full.signals, comment)
        #expect(fast.removed == full.removed, comment)
        #expect(fast.hidden.map(\.1) == full.hidden.map(\.1), comment)
    }

    @Test func everyScalarTheShortcutAcceptsFoldsToItself() {
        var accepted = 0
        for v in UInt32(0)..<0x2800 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            guard stable(text) else { continue }
            accepted += 1
            let full = TextNormalizer.foldFully(text)
            #expect(Array(full.text.unicodeScalars) == Array(text.unicodeScalars), "U+\(String(v, radix: 16))")
            #expect(full.signals.isEmpty && full.removed == 0 && full.hidden.isEmpty, "U+\(String(v, radix: 16))")
        }
        // Printable ASCII and most of Latin-1, Latin Extended, punctuation, arrows and box drawing.
        #expect(accepted > 900)
    }

    @Test func everydayEuropeanTextTakesTheShortcut() {
        #expect(stable("Café Müller — “Straße” 12,50 € • naïve façade → £40"))
        #expect(stable("plain\tascii\r\nlines"))
    }

    @Test(arguments: [
        "e\u{301}",  // a combining accent (NFKC composes it)
        "\u{212B}ngström",  // the Ångström sign, canonically equal to Å but another scalar
        "ﬁle",  // a compatibility ligature
        "½ cup",  // a vulgar fraction
        "\u{A0}",  // no-break space (NFKC: a space)
        "zero\u{200B}width",  // invisible
        "\u{202E}bidi",  // bidi control
        "Ignоre",  // a Cyrillic о
        "bell\u{7}",  // a control character
        "日本語",  // outside the table's blocks
        "🙂",  // four-byte scalar
    ])
    func textTheFoldChangesOrFlagsTakesTheFullPath(_ text: String) {
        #expect(!stable(text))
        expectSameFold(text)
    }

    @Test func shortcutAndFullFoldAgreeOnRandomMixtures() {
        let pool: [UInt32] =
            Array(0x20...0x7E) + [0x0A, 0x09, 0x0D, 0x07, 0x7F] + Array(0xA0...0x17F) + [0x0301, 0x0308, 0x20DD]
            + [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x20AC, 0x2192, 0x2500, 0x25CF]
            + [0x200B, 0x200D, 0x202E, 0xFE0F, 0xFE01, 0xE0041, 0x212B, 0xFB01, 0x00BD, 0x0430, 0x043E, 0x03B1]
            + [0x1100, 0x1161, 0x65E5, 0x1F642, 0x2160, 0x2474, 0xFF21, 0x1D400]
        var rng = SplitMix64(seed: 4242)
        var shortcut = 0
        for _ in 0..<3000 {
            let length = Int(rng.next() % 12) + 1
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length {
                // Mostly ASCII and Latin, like real prompts, so that both paths are taken often.
                let k = rng.next() % 4 == 0 ? Int(rng.next() % UInt64(pool.count)) : Int(rng.next() % 95)
                if let s = Unicode.Scalar(pool[k]) { scalars.append(s) }
            }
            let text = String(scalars)
            if stable(text) { shortcut += 1 }
            expectSameFold(text, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(shortcut > 500 && shortcut < 2900)
    }
}
