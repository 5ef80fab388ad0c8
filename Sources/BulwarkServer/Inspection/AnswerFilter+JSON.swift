import Foundation

/// The parts of OpenAI's answer shapes that answer inspection reads and rewrites.
extension AnswerFilter {
    struct FunctionView: Decodable {
        let arguments: String?
    }

    struct ToolCallView: Decodable {
        /// Present in streamed deltas; a complete message's calls are identified by position.
        let index: Int?
        let function: FunctionView?
    }

    struct CompletionView: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable {
                let content: String?
                let tool_calls: [ToolCallView]?
                let function_call: FunctionView?
            }
            let message: Message?
        }
        struct Usage: Decodable {
            let prompt_tokens: Int?
            let completion_tokens: Int?
        }
        let choices: [Choice]?
        let usage: Usage?
    }

    struct ChunkView: Decodable {
        struct Choice: Decodable {
            struct Delta: Decodable {
                let content: String?
                let tool_calls: [ToolCallView]?
                let function_call: FunctionView?
            }
            let index: Int?
            let delta: Delta?
            let finish_reason: String?
        }
        let id: String?
        let model: String?
        let created: Int?
        let choices: [Choice]?
    }

    /// The argument texts of a message or delta, each with its channel.
    static func argumentTexts(
        choice: Int,
        _ calls: [ToolCallView]?,
        _ function: FunctionView?
    ) -> [(ChannelKey, String)] {
        var out: [(ChannelKey, String)] = []
        for (position, call) in (calls ?? []).enumerated() {
            guard let arguments = call.function?.arguments else { continue }
            out.append((ChannelKey(choice: choice, toolCall: call.index ?? position), arguments))
        }
        if let arguments = function?.arguments { out.append((ChannelKey(choice: choice, toolCall: -1), arguments)) }
        return out
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
