import BulwarkCore
import BulwarkServer
import BulwarkStore
import BulwarkTesting
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Personal data and secrets in answers, and pseudonyms in tool calls. The fake upstream echoes the
/// prompt, so a prompt-side `flag` lets a value reach the "model", which then writes it in its answer.
@Suite struct AnswerDataProtectionRouteTests {
    static let awsKey = "AKIAZ7QX3R5T2W4Y6N8P"
    static let email = "maria.keller@bergwerk-logistik.de"
    static let policy = """
        data_protection:
          AWS_ACCESS_KEY: flag
          EMAIL: pseudonymize
        answers:
          data_protection:
            AWS_ACCESS_KEY: mask
        """

    static func harness() -> GatewayHarness {
        GatewayHarness(policyTemplate: GatewayHarness.defaultPolicy + "\n" + policy)
    }

    static func lastCompletion(_ store: Store) async throws -> AuditDraft? {
        try await store.audit.records(after: 0, limit: 100).last?.draft
    }

    @Test(arguments: [("gpt-4o-mini", false), ("chunky", true)])
    func aSecretTheModelWritesIsMaskedBeforeTheUserSeesIt(model: String, stream: Bool) async throws {
        try await Self.harness().run { s in
            let response = try await s.client.chat(
                model: model,
                key: s.keys["alice"],
                stream: stream,
                content: "the deploy key is aws_access_key_id = \(Self.awsKey) for the build"
            )
            #expect(response.status == .ok)
            let text = stream ? ContentInspectionRouteTests.streamedContent(response.text) : Self.content(response)
            #expect(text == "echo: the deploy key is aws_access_key_id = [AWS_ACCESS_KEY] for the build")
            #expect(!response.text.contains(Self.awsKey))
            if stream { #expect(response.text.hasSuffix("data: [DONE]\n\n")) }
            let completion = try #require(try await Self.lastCompletion(s.store))
            #expect(completion.action == "chat.completion")
            #expect(completion.details["answer_dlp"] == "AWS_ACCESS_KEY:mask:1")
            // The prompt side flagged it (forwarded, recorded in the completion, which carries the findings).
            #expect(completion.details["dlp"] == "AWS_ACCESS_KEY:flag:1")
            let request = try #require(try await s.store.audit.records(after: 0, limit: 100).dropLast().last?.draft)
            #expect(request.action == "chat.request" && request.details["dlp"] == nil)
        }
    }

    @Test func restoredPseudonymsAreTheUsersOwnDataAndAreNotReportedAsAnswerFindings() async throws {
        try await Self.harness().run { s in
            let response = try await s.client.chat(
                model: "chunky",
                key: s.keys["alice"],
                stream: true,
                content: "write to \(Self.email) today"
            )
            #expect(ContentInspectionRouteTests.streamedContent(response.text) == "echo: write to \(Self.email) today")
            let completion = try #require(try await Self.lastCompletion(s.store))
            #expect(completion.details["answer_dlp"] == nil)
        }
    }

    @Test(arguments: [false, true])
    func toolCallArgumentsGetPseudonymsBackAndSecretsMasked(stream: Bool) async throws {
        try await Self.harness().run { s in
            let response = try await s.client.chat(
                model: "tool",
                key: s.keys["alice"],
                stream: stream,
                content: "find orders of \(Self.email) with key \(Self.awsKey) now"
            )
            #expect(response.status == .ok)
            // What the provider saw: a placeholder for the e-mail, the flagged key as it was.
            let seen = String(decoding: try #require(s.upstream.requests.last?.body), as: UTF8.self)
            #expect(seen.contains("<EMAIL_1>") && !seen.contains(Self.email))
            let arguments = stream ? Self.streamedArguments(response.text) : Self.toolArguments(response)
            let decoded = try JSONSerialization.jsonObject(with: Data(arguments.utf8)) as? [String: String]
            #expect(decoded?["query"] == "find orders of \(Self.email) with key [AWS_ACCESS_KEY] now")
            #expect(!response.text.contains("EMAIL_1"))
            let completion = try #require(try await Self.lastCompletion(s.store))
            #expect(completion.details["answer_dlp"] == "AWS_ACCESS_KEY:mask:1")
        }
    }

    @Test func answersDataProtectionRefusesActionsThatCannotApplyToAnswers() throws {
        let text =
            GatewayHarness.defaultPolicy.replacingOccurrences(of: "$PORT", with: "9")
            + "\nanswers:\n  data_protection:\n    EMAIL: pseudonymize\n    JWT: block\n"
        #expect(throws: InvalidPolicyError.self) { try PolicyLoader.parse(text) }
        do {
            _ = try PolicyLoader.parse(text)
        } catch {
            #expect(error.problems.count == 2)
            #expect(error.problems.allSatisfy { $0.message.contains("cannot apply to answers") && ($0.line ?? 0) > 0 })
        }
    }

    static func content(_ response: TestResponse) -> String {
        let choices = response.json["choices"] as? [[String: Any]]
        return (choices?.first?["message"] as? [String: Any])?["content"] as? String ?? ""
    }

    static func toolArguments(_ response: TestResponse) -> String {
        let choices = response.json["choices"] as? [[String: Any]]
        let calls = (choices?.first?["message"] as? [String: Any])?["tool_calls"] as? [[String: Any]]
        return (calls?.first?["function"] as? [String: Any])?["arguments"] as? String ?? ""
    }

    /// The arguments of tool call 0, put together from a stream's deltas as OpenAI's SDKs do.
    static func streamedArguments(_ text: String) -> String {
        text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("data: {"), let data = line.dropFirst(6).data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let delta = (object["choices"] as? [[String: Any]])?.first?["delta"] as? [String: Any],
                let calls = delta["tool_calls"] as? [[String: Any]]
            else { return nil }
            return calls.compactMap { ($0["function"] as? [String: Any])?["arguments"] as? String }.joined()
        }.joined()
    }
}
