import BulwarkCore
import Foundation
import NIOCore

/// The parts of an OpenAI chat completion request the gateway must understand. Everything else is
/// forwarded as the client sent it.
struct ChatRequest {
    let model: String
    let stream: Bool
    /// The body to send upstream.
    let upstreamBody: ByteBuffer

    private struct Envelope: Decodable {
        struct Message: Decodable {
            let role: String
        }
        let model: String
        let messages: [Message]
        let stream: Bool?
    }

    /// Validates a client body. `upstreamModel` replaces `model` when it differs.
    static func parse(_ body: ByteBuffer, upstreamModel: (String) -> String?) throws(GatewayError) -> ChatRequest {
        let data = Data(body.readableBytesView)
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: data)
        } catch let error as DecodingError {
            throw Self.describe(error)
        } catch {
            throw .invalidRequest(message: "The request body is not valid JSON.", parameter: nil)
        }
        guard !envelope.model.isEmpty else { throw .invalidRequest(message: "`model` must not be empty.", parameter: "model") }
        guard !envelope.messages.isEmpty else {
            throw .invalidRequest(message: "`messages` must contain at least one message.", parameter: "messages")
        }
        let allowedRoles: Set<String> = ["system", "developer", "user", "assistant", "tool", "function"]
        for (index, message) in envelope.messages.enumerated() where !allowedRoles.contains(message.role) {
            throw .invalidRequest(message: "`messages[\(index)].role` '\(message.role)' is not a known role.",
                                  parameter: "messages[\(index)].role")
        }
        var upstreamBody = body
        if let replacement = upstreamModel(envelope.model), replacement != envelope.model {
            guard var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                throw .invalidRequest(message: "The request body must be a JSON object.", parameter: nil)
            }
            object["model"] = replacement
            guard let rewritten = try? JSONSerialization.data(withJSONObject: object) else {
                throw .invalidRequest(message: "The request body could not be re-encoded.", parameter: nil)
            }
            upstreamBody = ByteBuffer(bytes: rewritten)
        }
        return ChatRequest(model: envelope.model, stream: envelope.stream ?? false, upstreamBody: upstreamBody)
    }

    private static func describe(_ error: DecodingError) -> GatewayError {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case let .keyNotFound(key, context):
            let parent = path(context)
            let name = parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)"
            return .invalidRequest(message: "`\(name)` is required.", parameter: name)
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            let name = path(context)
            return .invalidRequest(message: "`\(name)` has the wrong type.", parameter: name)
        case .dataCorrupted:
            return .invalidRequest(message: "The request body is not valid JSON.", parameter: nil)
        @unknown default:
            return .invalidRequest(message: "The request body is not valid.", parameter: nil)
        }
    }
}
