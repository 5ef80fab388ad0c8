import BulwarkTesting
import Testing

@testable import BulwarkShield

@Suite struct InjectionRandomizedTests {
    @Test func randomTextNeverCrashesAndScoresStayInRange() {
        var rng = SplitMix64(seed: 2026)
        let detector = InjectionDetector()
        let alphabet: [String] = [
            "a", "Z", "0", " ", "\n", "\t", "\u{08}", "\u{200B}", "\u{202E}", "\u{E0041}", "\u{E0100}", "\u{FE0F}",
            "\u{0301}", "а", "ο", "Ｉ", "𝐢", "🙂", "=", "+", "/", "%4", "[", "]", "(", ")", "<!--", "-->", "ignore ",
            "previous ", "instructions ", "rot13 ", "SWdub3Jl", "49676e", "{{", "![", "\\", "\"", "'", "é", "\u{0}",
        ]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...80, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
                .joined()
            let verdict = detector.assess(text)
            #expect((0...1).contains(verdict.score))
            #expect(verdict.status.ran)
            let document = detector.assess(text, source: .document)
            #expect(document.score >= verdict.score - 1e-12)
        }
    }
}

@Suite struct NeedleSetTests {
    /// `has` agrees with the direct definition (the needle's bytes occur in the buffer) on random texts made of
    /// needle pieces, so near-misses and overlaps are common.
    @Test func hitsAgreeWithSubstringSearch() {
        var rng = SplitMix64(seed: 77)
        let needles = ["<!--", "-->", "![", "](http", "{{", "{{system", "style=", "\nuser:", "=[", "base64", "ab"]
        let set = NeedleSet(needles)
        let pieces = needles.flatMap { n in [n, String(n.dropLast()), String(n.dropFirst())] } + [" ", "x", "\n", "é"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
                .joined()
            let buffer = ScanBuffer(text)
            let hits = set.scan(buffer)
            for needle in needles {
                let direct = buffer.bytes.firstRange(of: Array(needle.utf8)) != nil
                #expect(hits.has(needle) == direct, "\(needle) in \(text.debugDescription)")
            }
            #expect(hits.hasAny(needles) == needles.contains { buffer.bytes.firstRange(of: Array($0.utf8)) != nil })
        }
    }
}
