import BulwarkCore

/// The parts of OpenAI's answer shapes that answer inspection reads and rewrites.
extension AnswerFilter {
    /// What identifies a stream's chunks, kept for the last chunk the filter adds itself.
    struct ChunkIdentity {
        var id: String?
        var model: String?
        var created: Int?
    }

    /// The texts of a complete message or a streamed delta, each with its channel: the content, each tool
    /// call's arguments, the legacy function call's arguments. Nil when one of them has a type OpenAI's API
    /// does not give it (such an answer is not passed on unread).
    static func texts(of message: JSONDocument.Value?, choice: Int) -> [(ChannelKey, JSONDocument.Value)]? {
        try? readTexts(of: message, choice: choice)
    }

    /// The `choices` of an answer or chunk: empty when absent or `null`, nil when not an array.
    static func choices(_ root: JSONDocument.Value) -> [JSONDocument.Value]? {
        guard let choices = root["choices"].nonNull else { return [] }
        return choices.elements
    }

    private struct WrongType: Error {}

    private static func readTexts(
        of message: JSONDocument.Value?,
        choice: Int
    ) throws(WrongType) -> [(ChannelKey, JSONDocument.Value)] {
        guard let message = message.nonNull else { return [] }
        guard message.kind == .object else { throw WrongType() }
        var out: [(ChannelKey, JSONDocument.Value)] = []
        if let content = try string(message["content"]) {
            out.append((ChannelKey(choice: choice, toolCall: nil), content))
        }
        if let calls = message["tool_calls"].nonNull {
            guard let elements = calls.elements else { throw WrongType() }
            for (position, call) in elements.enumerated() {
                guard call.kind == .object else { throw WrongType() }
                if let arguments = try arguments(call["function"]) {
                    out.append((ChannelKey(choice: choice, toolCall: call["index"]?.int ?? position), arguments))
                }
            }
        }
        if let arguments = try arguments(message["function_call"]) {
            out.append((ChannelKey(choice: choice, toolCall: -1), arguments))
        }
        return out
    }

    /// A function object's `arguments` string, nil when there is none.
    private static func arguments(_ function: JSONDocument.Value?) throws(WrongType) -> JSONDocument.Value? {
        guard let function = function.nonNull else { return nil }
        guard function.kind == .object else { throw WrongType() }
        return try string(function["arguments"])
    }

    /// A string value, nil when absent or `null`.
    private static func string(_ value: JSONDocument.Value?) throws(WrongType) -> JSONDocument.Value? {
        guard let value = value.nonNull else { return nil }
        guard value.kind == .string else { throw WrongType() }
        return value
    }

    /// Writes the rewritten texts of `choice` into a message or delta object.
    static func apply(_ rewrites: [ChannelKey: String], choice: Int, to message: inout [String: Any]) {
        for (key, text) in rewrites where key.choice == choice {
            switch key.toolCall {
            case nil:
                message["content"] = text
            case .some(-1):
                var call = message["function_call"] as? [String: Any] ?? [:]
                call["arguments"] = text
                message["function_call"] = call
            case .some(let index):
                var calls = message["tool_calls"] as? [[String: Any]] ?? []
                let position =
                    calls.firstIndex { ($0["index"] as? Int) == index }
                    ?? (index < calls.count && calls[index]["index"] == nil ? index : nil)
                if let position {
                    var function = calls[position]["function"] as? [String: Any] ?? [:]
                    function["arguments"] = text
                    calls[position]["function"] = function
                } else {
                    calls.append(["index": index, "function": ["arguments": text]])
                }
                message["tool_calls"] = calls
            }
        }
    }
}
