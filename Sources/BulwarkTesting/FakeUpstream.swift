import BulwarkCore
import Foundation
public import Hummingbird
import NIOCore
import Synchronization

/// A local stand-in for an OpenAI-compatible provider, speaking the real wire format.
///
/// The upstream model name chooses the behaviour: `fake-500` answers HTTP 500, `fake-slow` waits
/// `slowSeconds` before answering, `fake-malformed` returns invalid JSON (or an invalid stream chunk),
/// `fake-truncated` ends a stream without `[DONE]`, `fake-chunky` streams 3-character pieces (so
/// placeholders arrive split across chunks), `fake-tool` answers with a `lookup` tool call whose
/// arguments carry the prompt (streamed in 3-character pieces); any other name answers normally with
/// `echo: <last user message>`.
public final class FakeUpstream: Sendable {
    /// What the fake saw of one request.
    public struct SeenRequest: Sendable {
        public let authorization: String?
        public let body: [UInt8]
    }

    /// How many requests arrived, and what they were when `keepBodies` is set (a load run keeps only the count).
    private let seen = Mutex<(count: Int, requests: [SeenRequest])>((0, []))
    private let keepBodies: Bool
    public let slowSeconds: Double

    public init(slowSeconds: Double = 3, keepBodies: Bool = true) {
        self.slowSeconds = slowSeconds
        self.keepBodies = keepBodies
    }

    /// Number of chat completion requests received.
    public var requestCount: Int { seen.withLock { $0.count } }
    /// The requests received, when bodies are kept; empty otherwise.
    public var requests: [SeenRequest] { seen.withLock { $0.requests } }

    /// A router serving `POST /v1/chat/completions`, `GET /_fake/stats` (request count) and `GET /_fake/last`
    /// (the last request body, when bodies are kept).
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("v1/chat/completions") { request, _ in try await self.complete(request) }
        router.get("_fake/last") { _, _ in
            let body = self.requests.last?.body ?? []
            return Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: body))
            )
        }
        router.get("_fake/stats") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: "{\"requests\":\(self.requestCount)}"))
            )
        }
        return router
    }

    /// What the fake reads of a chat completion body: what OpenAI requires (a `model` string and a `messages`
    /// array of objects with a `role` string and a string or null `content`), or nil.
    private struct ChatBody {
        let model: String
        let lastUserContent: String?
        let stream: Bool
        let includeUsage: Bool

        init?(_ bytes: [UInt8]) {
            guard let root = try? JSONDocument(parsing: bytes).root, let model = root["model"]?.string,
                let messages = root["messages"]?.elements
            else { return nil }
            var lastUserContent: String?
            for message in messages {
                guard let role = message["role"]?.string else { return nil }
                let content = message["content"].nonNull
                if content != nil && content?.kind != .string { return nil }
                if role == "user" { lastUserContent = content?.string }
            }
            let stream = root["stream"].nonNull
            let options = root["stream_options"].nonNull
            let includeUsage = options?["include_usage"].nonNull
            guard stream == nil || stream?.bool != nil, options == nil || options?.kind == .object,
                includeUsage == nil || includeUsage?.bool != nil
            else { return nil }
            self.model = model
            self.lastUserContent = lastUserContent
            self.stream = stream?.bool ?? false
            self.includeUsage = includeUsage?.bool ?? false
        }
    }

    private func complete(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: 8 << 20)
        let bytes = Array(body.readableBytesView)
        let entry = keepBodies ? SeenRequest(authorization: request.headers[.authorization], body: bytes) : nil
        seen.withLock { seen in
            seen.count += 1
            if let entry { seen.requests.append(entry) }
        }
        guard let chat = ChatBody(bytes) else {
            return Self.json(
                #"{"error":{"message":"bad request","type":"invalid_request_error","code":null}}"#,
                status: .badRequest
            )
        }
        switch chat.model {
        case "fake-500":
            return Self.json(
                #"{"error":{"message":"Incorrect API key provided: sk-abc...wxyz","type":"server_error","code":"internal"}}"#,
                status: .internalServerError
            )
        case "fake-slow":
            try await Task.sleep(for: .milliseconds(Int(slowSeconds * 1000)))
        default: break
        }
        let prompt = chat.lastUserContent ?? ""
        let answer = "echo: " + prompt
        let usage = Usage(prompt: max(1, bytes.count / 4), completion: Self.wordCount(answer))
        if chat.stream && chat.model != "fake-tool" {
            return stream(
                answer: answer,
                model: chat.model,
                usage: chat.includeUsage ? usage : nil
            )
        }
        if chat.model == "fake-tool" {
            let arguments = JSONString.quoted(#"{"query":"# + JSONString.quoted(prompt) + "}")
            if chat.stream { return toolCallStream(arguments: arguments) }
            return Self.json(Self.toolCallCompletion(arguments: arguments, usage: usage), status: .ok)
        }
        if chat.model == "fake-malformed" { return Self.json(#"{"id": "chatcmpl-1", "choices": [ {"#, status: .ok) }
        return Self.json(Self.completion(answer: answer, model: chat.model, usage: usage), status: .ok)
    }

    struct Usage {
        let prompt: Int
        let completion: Int
        var json: String {
            #"{"prompt_tokens":\#(prompt),"completion_tokens":\#(completion),"total_tokens":\#(prompt + completion)}"#
        }
    }

    static func completion(answer: String, model: String, usage: Usage) -> String {
        #"{"id":"chatcmpl-fake","object":"chat.completion","created":1764300000,"model":"\#(model)","#
            + #""choices":[{"index":0,"message":{"role":"assistant","content":\#(JSONString.quoted(answer))},"finish_reason":"stop"}],"#
            + #""usage":\#(usage.json)}"#
    }

    private func stream(answer: String, model: String, usage: Usage?) -> Response {
        let words =
            model == "fake-chunky"
            ? Self.pieces(answer, size: 3)
            : answer.split(separator: " ", omittingEmptySubsequences: false).enumerated().map {
                $0.offset == 0 ? String($0.element) : " " + $0.element
            }
        let behaviour = model
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream"],
            body: ResponseBody { writer in
                func chunk(_ delta: String, finish: String?) -> String {
                    Self.chunkEvent(model: model, delta: delta, finish: finish)
                }
                try await writer.write(ByteBuffer(string: chunk(#"{"role":"assistant","content":""}"#, finish: nil)))
                for (index, word) in words.enumerated() {
                    if behaviour == "fake-truncated" && index == words.count / 2 {
                        try await writer.finish(nil)
                        return
                    }
                    if behaviour == "fake-malformed" && index == 1 {
                        try await writer.write(ByteBuffer(string: "data: {not json\n\n"))
                    }
                    try await writer.write(
                        ByteBuffer(string: chunk(#"{"content":\#(JSONString.quoted(word))}"#, finish: nil))
                    )
                }
                try await writer.write(ByteBuffer(string: chunk("{}", finish: "stop")))
                if let usage {
                    try await writer.write(
                        ByteBuffer(
                            string:
                                #"data: {"id":"chatcmpl-fake","object":"chat.completion.chunk","created":1764300000,"model":"\#(model)","choices":[],"usage":\#(usage.json)}"#
                                + "\n\n"
                        )
                    )
                }
                try await writer.write(ByteBuffer(string: "data: [DONE]\n\n"))
                try await writer.finish(nil)
            }
        )
    }

    /// One `chat.completion.chunk` server-sent event for choice 0.
    static func chunkEvent(model: String, delta: String, finish: String?) -> String {
        let finishJSON = finish.map { "\"\($0)\"" } ?? "null"
        return
            #"data: {"id":"chatcmpl-fake","object":"chat.completion.chunk","created":1764300000,"model":"\#(model)","#
            + #""choices":[{"index":0,"delta":\#(delta),"finish_reason":\#(finishJSON)}]}"# + "\n\n"
    }

    static func toolCallCompletion(arguments: String, usage: Usage) -> String {
        #"{"id":"chatcmpl-fake","object":"chat.completion","created":1764300000,"model":"fake-tool","#
            + #""choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","#
            + #""type":"function","function":{"name":"lookup","arguments":\#(arguments)}}]},"#
            + #""finish_reason":"tool_calls"}],"usage":\#(usage.json)}"#
    }

    /// A streamed tool call: the call's name first, then its arguments (a JSON string's decoded text) in
    /// 3-character pieces, as OpenAI streams them.
    private func toolCallStream(arguments: String) -> Response {
        let text = (try? JSONDecoder().decode(String.self, from: Data(arguments.utf8))) ?? ""
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream"],
            body: ResponseBody { writer in
                func chunk(_ delta: String, finish: String?) -> ByteBuffer {
                    ByteBuffer(string: Self.chunkEvent(model: "fake-tool", delta: delta, finish: finish))
                }
                let opening =
                    #"{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_1","type":"function","#
                    + #""function":{"name":"lookup","arguments":""}}]}"#
                try await writer.write(chunk(opening, finish: nil))
                for piece in Self.pieces(text, size: 3) {
                    let delta = #"{"tool_calls":[{"index":0,"function":{"arguments":\#(JSONString.quoted(piece))}}]}"#
                    try await writer.write(chunk(delta, finish: nil))
                }
                try await writer.write(chunk("{}", finish: "tool_calls"))
                try await writer.write(ByteBuffer(string: "data: [DONE]\n\n"))
                try await writer.finish(nil)
            }
        )
    }

    static func pieces(_ text: String, size: Int) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            out.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return out
    }

    /// Space-separated words, as a stand-in for a tokenizer's count.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    static func json(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}

import HTTPTypes
