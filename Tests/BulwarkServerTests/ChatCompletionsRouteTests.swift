import BulwarkCore
import BulwarkStore
import BulwarkTesting
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SQLKit
import Testing

@Suite struct ChatCompletionsRouteTests {
    @Test func aChatIsForwardedWithTheProviderCredentialAndAudited() async throws {
        try await GatewayHarness().run { s in
            let response = try await s.client.chat(model: "gpt-4o-mini", key: s.keys["alice"])
            #expect(response.status == .ok)
            expectSecurityHeaders(response)
            let choices = try #require(response.json["choices"] as? [[String: Any]])
            #expect((choices[0]["message"] as? [String: Any])?["content"] as? String == "echo: hello there")
            #expect((response.json["usage"] as? [String: Any])?["completion_tokens"] as? Int == 3)

            let seen = try #require(s.upstream.requests.last)
            #expect(seen.authorization == "Bearer \(GatewayHarness.providerKey)")
            #expect(!String(decoding: seen.body, as: UTF8.self).contains(s.keys["alice"]!))

            let events = try await s.store.audit.records(after: 0, limit: 100).filter {
                $0.draft.action.hasPrefix("chat.")
            }
            #expect(events.map(\.draft.action) == ["chat.request", "chat.completion"])
            let done = events[1].draft
            #expect(done.outcome == .success && done.status == 200 && done.target == "gpt-4o-mini")
            #expect(done.promptTokens != nil && done.completionTokens == 3)
            #expect(done.actor.hasPrefix("user:alice/key_"))
            #expect(!"\(events)".contains("hello there"))
            #expect(try await s.store.verifyAuditTrail().failure == nil)
        }
    }

    @Test func theUpstreamModelNameReplacesTheClientsModel() async throws {
        try await GatewayHarness().run { s in
            _ = try await s.client.chat(model: "broken", key: s.keys["alice"])
            let body = try #require(s.upstream.requests.last?.body)
            let sent = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
            #expect(sent["model"] as? String == "fake-500")
        }
    }

    @Test func aStreamIsRelayedAndEndsWithDoneAfterTheAuditEvent() async throws {
        try await GatewayHarness().run { s in
            let body =
                #"{"model":"gpt-4o-mini","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"a b c"}]}"#
            let response = try await s.client.chat(body, key: s.keys["alice"])
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/event-stream")
            let lines = response.text.split(separator: "\n").map(String.init)
            #expect(lines.last == "data: [DONE]")
            #expect(lines.filter { $0 == "data: [DONE]" }.count == 1)
            let content = lines.compactMap { line -> String? in
                guard line.hasPrefix("data: {"), let data = line.dropFirst(6).data(using: .utf8),
                    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                    let choice = (object["choices"] as? [[String: Any]])?.first,
                    let delta = choice["delta"] as? [String: Any]
                else { return nil }
                return delta["content"] as? String
            }.joined()
            #expect(content == "echo: a b c")
            let completion = try #require(try await s.store.audit.records(after: 0, limit: 100).last?.draft)
            #expect(
                completion.action == "chat.completion" && completion.status == 200 && completion.completionTokens == 4
            )
        }
    }

    @Test func aTruncatedStreamEndsWithAnErrorEventAndIsAuditedAsFailure() async throws {
        try await GatewayHarness().run { s in
            let response = try await s.client.chat(
                model: "truncated",
                key: s.keys["alice"],
                stream: true,
                content: "one two three four"
            )
            #expect(!response.text.contains("[DONE]"))
            #expect(response.text.contains(#""code": "upstream_error""#))
            let completion = try #require(try await s.store.audit.records(after: 0, limit: 100).last?.draft)
            #expect(completion.outcome == .failure && completion.status == 502)
        }
    }

    @Test(arguments: [
        ("broken", HTTPResponse.Status.badGateway, "upstream_error"),
        ("garbled", .badGateway, "upstream_error"),
        ("slow", .gatewayTimeout, "upstream_timeout"),
        ("gpt-4o", .forbidden, "model_not_allowed"),
        ("no-such-model", .notFound, "model_not_found"),
    ])
    func upstreamAndPolicyFailuresMapToOpenAIErrors(
        model: String,
        status: HTTPResponse.Status,
        code: String
    ) async throws {
        try await GatewayHarness().run { s in
            let response = try await s.client.chat(model: model, key: s.keys["alice"])
            #expect(response.status == status)
            #expect(response.errorCode == code)
            #expect(response.headers[.contentType] == "application/json")
            expectSecurityHeaders(response)
            #expect(!response.text.contains("sk-"), "provider error text must not leak")
            let last = try #require(try await s.store.audit.records(after: 0, limit: 100).last?.draft)
            #expect(last.status == Int(status.code))
            #expect(last.outcome != .success)
        }
    }

    @Test(arguments: [
        (#"{"model": "gpt-4o-mini", "messages": "#, "invalid_request"),
        (#"{"messages": [{"role": "user", "content": "x"}]}"#, "invalid_request"),
        (#"{"model": "gpt-4o-mini", "messages": []}"#, "invalid_request"),
        (#"{"model": "gpt-4o-mini", "messages": [{"role": "wizard", "content": "x"}]}"#, "invalid_request"),
        (#"[1, 2, 3]"#, "invalid_request"),
    ])
    func malformedBodiesAreRejectedWithoutCallingUpstream(body: String, code: String) async throws {
        try await GatewayHarness().run { s in
            let response = try await s.client.chat(body, key: s.keys["alice"])
            #expect(response.status == .badRequest)
            #expect(response.errorCode == code)
            #expect(s.upstream.requestCount == 0)
        }
    }

    /// Parsers disagree on which of two equal keys wins (Foundation's decoder keeps the first, Python's json the
    /// last), so a repeated key could carry a model the role may not use, or a secret, past the checks.
    @Test(arguments: [
        #"{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], "model": "gpt-4o"}"#,
        #"{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi", "content": "AKIAQ3EGRXMPL7TKLA5Q"}]}"#,
        #"{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi", "c\u006fntent": "x"}]}"#,
        #"{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": {"text": "AKIAQ3EGRXMPL7TKLA5Q"}}]}"#,
        #"{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": ["AKIAQ3EGRXMPL7TKLA5Q"]}]}"#,
        #"{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": [{"type": "text", "text": 7}]}]}"#,
        #"{"model": "gpt-4o-mini", "messages": [{"role": "assistant", "tool_calls": [{"function": "f"}]}]}"#,
        #"{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "\ud800"}]}"#,
    ])
    func requestsAParserCouldReadDifferentlyAreRefused(body: String) async throws {
        try await GatewayHarness().run { s in
            let response = try await s.client.chat(body, key: s.keys["alice"])
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "invalid_request")
            #expect(!response.text.contains("AKIA"))
            #expect(s.upstream.requestCount == 0)
        }
    }

    @Test func invalidUTF8IsRefused() async throws {
        try await GatewayHarness().run { s in
            var body = ByteBuffer(string: #"{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "a"#)
            body.writeBytes([0xED, 0xA0, 0x80])
            body.writeString(#""}]}"#)
            let response = try await s.client.execute(
                uri: "/v1/chat/completions",
                method: .post,
                headers: [.contentType: "application/json", .authorization: "Bearer \(s.keys["alice"]!)"],
                body: body
            )
            #expect(response.status == .badRequest)
            #expect(s.upstream.requestCount == 0)
        }
    }

    @Test func anOversizedBodyIs413() async throws {
        try await GatewayHarness().run { s in
            let big = String(repeating: "x", count: 5000)
            let response = try await s.client.chat(model: "gpt-4o-mini", key: s.keys["alice"], content: big)
            #expect(response.status == .contentTooLarge)
            #expect(response.errorCode == "request_too_large")
            #expect(s.upstream.requestCount == 0)
        }
    }

    @Test func theRoleRateLimitAnswers429WithRetryAfter() async throws {
        try await GatewayHarness().run { s in
            for _ in 0..<3 { #expect(try await s.client.chat(model: "gpt-4o-mini", key: s.keys["root"]).status == .ok) }
            let limited = try await s.client.chat(model: "gpt-4o-mini", key: s.keys["root"])
            #expect(limited.status == .tooManyRequests)
            #expect(limited.errorCode == "rate_limit_exceeded")
            let retryAfter = try #require(limited.headers[.retryAfter].flatMap(Int.init))
            #expect(retryAfter >= 1 && retryAfter <= 20)
            #expect(s.upstream.requestCount == 3)
            // Another user's budget is separate.
            #expect(try await s.client.chat(model: "gpt-4o-mini", key: s.keys["alice"]).status == .ok)
        }
    }

    @Test func whenTheAuditTrailCannotBeWrittenTheRequestIs503AndUpstreamIsNeverCalled() async throws {
        try await GatewayHarness().run { s in
            try await s.store.backend.transaction { db in try await db.raw("DROP TABLE audit_events").run() }
            let response = try await s.client.chat(model: "gpt-4o-mini", key: s.keys["alice"])
            #expect(response.status == .serviceUnavailable)
            #expect(response.errorCode == "store_unavailable")
            #expect(s.upstream.requestCount == 0)
            let stream = try await s.client.chat(model: "gpt-4o-mini", key: s.keys["alice"], stream: true)
            #expect(stream.status == .serviceUnavailable)
            // Even refusals that cannot be audited fail closed.
            #expect(try await s.client.chat(model: "gpt-4o-mini", key: "bwk_unknown").status == .serviceUnavailable)
            #expect(s.upstream.requestCount == 0)
        }
    }
}
