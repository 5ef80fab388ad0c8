import BulwarkCore
import Foundation
import NIOCore

/// An OpenAI chat completion request, validated for what the gateway relies on. Decoded with
/// `JSONDecoder` into a typed view; the bytes are forwarded unchanged unless something must be rewritten
/// (a model name or a redaction), and only then is a mutable JSON tree built.
struct ChatRequest {
    let model: String
    let stream: Bool
    let messages: [MessageView]
    /// The bytes as received.
    let original: ByteBuffer

    static let roles: Set<String> = ["system", "developer", "user", "assistant", "tool", "function"]

    private struct Envelope: Decodable {
        let model: String?
        let messages: [MessageView]?
        let stream: Bool?
    }

    static func parse(_ body: ByteBuffer) throws(GatewayError) -> ChatRequest {
        let data = Data(body.readableBytesView)
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: data)
        } catch {
            throw Self.describe(error, data: data)
        }
        guard let model = envelope.model, !model.isEmpty else {
            throw .invalidRequest(message: "`model` is required and must be a non-empty string.", parameter: "model")
        }
        guard let messages = envelope.messages, !messages.isEmpty else {
            throw .invalidRequest(
                message: "`messages` must be an array with at least one message.",
                parameter: "messages"
            )
        }
        for (index, message) in messages.enumerated() where !roles.contains(message.role) {
            throw .invalidRequest(
                message: "`messages[\(index)].role` '\(message.role)' is not a known role.",
                parameter: "messages[\(index)].role"
            )
        }
        return ChatRequest(model: model, stream: envelope.stream ?? false, messages: messages, original: body)
    }

    /// The body to send upstream: the original bytes when nothing changed, else a rewritten copy with
    /// `replacements[message][text]` (nil keeps a text) applied.
    func upstreamBody(upstreamModel: String, replacements: [[String?]]?) throws(GatewayError) -> ByteBuffer {
        guard replacements != nil || upstreamModel != model else { return original }
        guard var object = (try? JSONSerialization.jsonObject(with: Data(original.readableBytesView))) as? [String: Any]
        else {
            throw .invalidRequest(message: "The request body must be a JSON object.", parameter: nil)
        }
        object["model"] = upstreamModel
        if let replacements, var messages = object["messages"] as? [[String: Any]] {
            for index in messages.indices where index < replacements.count {
                var position = 0
                PromptInspector.rewriteTexts(in: &messages[index]) { _ in
                    defer { position += 1 }
                    return position < replacements[index].count ? replacements[index][position] : nil
                }
            }
            object["messages"] = messages
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object) else {
            throw .invalidRequest(message: "The request body could not be re-encoded.", parameter: nil)
        }
        return ByteBuffer(bytes: data)
    }

    private static func describe(_ error: any Error, data: Data) -> GatewayError {
        guard let decodingError = error as? DecodingError else {
            return .invalidRequest(message: "The request body is not valid JSON.", parameter: nil)
        }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch decodingError {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return .invalidRequest(message: "The request body is not valid JSON.", parameter: nil)
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return .invalidRequest(message: "The request body must be a JSON object.", parameter: nil)
        case .keyNotFound(let key, let context):
            let parent = path(context)
            let name = parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)"
            return .invalidRequest(message: "`\(name)` is required.", parameter: name)
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let name = path(context)
            return .invalidRequest(message: "`\(name)` has the wrong type.", parameter: name)
        @unknown default:
            return .invalidRequest(message: "The request body is not valid.", parameter: nil)
        }
    }
}
