import BulwarkCore
import BulwarkShield
import Foundation
import NIOCore
import Testing

@testable import BulwarkServer

@Suite struct SSERelayTests {
    static func chunk(_ content: String) -> String {
        let quoted = String(decoding: try! JSONEncoder().encode(content), as: UTF8.self)
        return
            #"data: {"id":"c1","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"content":\#(quoted)},"finish_reason":null}]}"#
            + "\n\n"
    }

    /// A provider that ends with `[DONE]` but never sends `finish_reason`: what answer inspection still
    /// holds goes out in one last chunk, checked, before the end.
    @Test func heldTextIsFlushedCheckedWhenTheStreamEndsWithoutAFinishReason() throws {
        var relay = SSERelay()
        relay.filter = AnswerFilter(
            table: PseudonymTable(),
            links: LinkInspector(),
            redactor: Redactor(default: .mask)
        )
        var out: [UInt8] = []
        for piece in ["Your key is ", "ghp_R2d4F6h8J0k2", "L4z6X8c0V2b4N6m8Q0w2E4r6", " — keep it."] {
            out += relay.feed(ByteBuffer(string: Self.chunk(piece)))
        }
        out += relay.feed(ByteBuffer(string: "data: [DONE]\n\n"))
        #expect(relay.sawDone)
        let text = String(decoding: out, as: UTF8.self)
        #expect(ContentInspectionRouteTests.streamedContent(text) == "Your key is [GITHUB_TOKEN] — keep it.")
        #expect(!text.contains("ghp_"))
        #expect(!text.contains("[DONE]"))  // the gateway sends it after the audit event
        #expect(relay.filter?.dataFindingsSummary == "GITHUB_TOKEN:mask:1")
    }

    /// An event that is not a JSON object in OpenAI's chunk shape is dropped and reported as not inspected:
    /// a client would otherwise get text no check has read.
    @Test(arguments: [
        "data: {not json\n\n",
        #"data: {"choices":[{"delta":{"content":"AKIAQ3EGRXMPL7TKLA5Q","content":"x"}}]}"# + "\n\n",
        #"data: {"choices":[{"delta":{"content":["AKIAQ3EGRXMPL7TKLA5Q"]}}]}"# + "\n\n",
        "data: \"AKIAQ3EGRXMPL7TKLA5Q\"\n\n",
        #"data: {"choices":{"0":{"delta":{"content":"AKIAQ3EGRXMPL7TKLA5Q"}}}}"# + "\n\n",
    ])
    func unreadableEventsAreDropped(event: String) throws {
        var relay = SSERelay()
        relay.filter = AnswerFilter(table: PseudonymTable(), links: LinkInspector(), redactor: Redactor(default: .mask))
        var out = relay.feed(ByteBuffer(string: Self.chunk("before ")))
        out += relay.feed(ByteBuffer(string: event))
        out += relay.feed(ByteBuffer(string: Self.chunk("after")))
        out += relay.feed(ByteBuffer(string: "data: [DONE]\n\n"))
        let text = String(decoding: out, as: UTF8.self)
        #expect(ContentInspectionRouteTests.streamedContent(text) == "before after")
        #expect(!text.contains("AKIA") && !text.contains("not json"))
        #expect(relay.filter?.notRun != nil)
    }

    /// A complete answer is passed on only when every text in it could be read (else the gateway answers 502).
    @Test(arguments: [
        #"{"choices": {"0": {"message": {"content": "AKIAQ3EGRXMPL7TKLA5Q"}}}}"#,
        #"{"choices": [{"message": {"content": ["AKIAQ3EGRXMPL7TKLA5Q"]}}]}"#,
        #"{"choices": [{"message": {"content": "x", "content": "AKIAQ3EGRXMPL7TKLA5Q"}}]}"#,
        #"{"choices": [{"message": {"tool_calls": [{"function": {"arguments": 7}}]}}]}"#,
    ])
    func unreadableAnswersAreNotPassedOn(body: String) {
        var filter = AnswerFilter(table: PseudonymTable(), links: LinkInspector(), redactor: Redactor(default: .mask))
        #expect(filter.filterCompletion(Array(body.utf8)) == nil)
    }

    @Test func aReadableAnswerKeepsItsBytesAndUsage() throws {
        let body =
            #"{"id": "c1", "choices": [{"message": {"content": "fine"}}], "usage": {"prompt_tokens": 3, "completion_tokens": 1}, "n": 1.50}"#
        var filter = AnswerFilter(table: PseudonymTable(), links: LinkInspector(), redactor: Redactor(default: .mask))
        let filtered = filter.filterCompletion(Array(body.utf8))
        let result = try #require(filtered)
        #expect(result.body == Array(body.utf8))
        #expect(result.usage == TokenUsage(prompt: 3, completion: 1))
    }
}

@Suite struct AuditDetailFormattingTests {
    @Test(arguments: [
        (0.0, "0.000"), (1.0, "1.000"), (0.5, "0.500"), (0.07, "0.070"), (0.9996, "1.000"), (0.1234, "0.123"),
    ])
    func injectionScoresHaveThreeDecimals(value: Double, expected: String) {
        #expect(ChatCompletionsController.threeDecimals(value) == expected)
    }
}

@Suite struct SSEErrorEventTests {
    /// The error event is one `data:` line of JSON in OpenAI's error shape, with the mapped message intact.
    @Test(arguments: [
        GatewayError.upstreamTimeout, .storeUnavailable, .upstreamFailed(status: 200, message: "a \"quoted\"\nline"),
    ])
    func errorEventsAreValidJSON(error: GatewayError) throws {
        let text = String(decoding: SSEErrorEvent.bytes(for: error), as: UTF8.self)
        #expect(text.hasPrefix("data: ") && text.hasSuffix("\n\n"))
        let payload = Data(text.dropFirst(6).dropLast(2).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: payload) as? [String: [String: String]])
        let mapped = ErrorMapper.map(error)
        #expect(object["error"]?["message"] == mapped.message)
        #expect(object["error"]?["code"] == (mapped.code ?? "error"))
    }
}
