import Testing

@testable import BulwarkShield

@Suite struct InjectionRandomizedTests {
    @Test func randomTextNeverCrashesAndScoresStayInRange() {
        var rng = InspectorTestRNG(state: 2026)
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
