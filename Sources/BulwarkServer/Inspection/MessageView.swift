/// A read-only view of chat messages decoded with `JSONDecoder` (fast): each message's role and its texts
/// in the order `PromptInspector.rewriteTexts` visits them (content or text parts, then tool-call and
/// function-call arguments). Lets the common path inspect without building a mutable JSON tree.
struct MessageView: Decodable, Sendable {
    let role: String
    let texts: [String]

    private enum Keys: String, CodingKey {
        case role, content, tool_calls, function_call
    }

    private struct Part: Decodable {
        let text: String?
    }

    private struct Arguments: Decodable {
        let arguments: String?
    }

    private struct ToolCall: Decodable {
        let function: Arguments?
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        role = try container.decode(String.self, forKey: .role)
        var texts: [String] = []
        if let text = try? container.decodeIfPresent(String.self, forKey: .content) {
            texts.append(text)
        } else if let parts = try? container.decodeIfPresent([Part].self, forKey: .content) {
            texts.append(contentsOf: parts.compactMap(\.text))
        }
        if let calls = try? container.decodeIfPresent([ToolCall].self, forKey: .tool_calls) {
            texts.append(contentsOf: calls.compactMap { $0.function?.arguments })
        }
        if let call = try? container.decodeIfPresent(Arguments.self, forKey: .function_call),
            let arguments = call.arguments
        {
            texts.append(arguments)
        }
        self.texts = texts
    }
}
