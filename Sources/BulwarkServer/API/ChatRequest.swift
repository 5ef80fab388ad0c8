import BulwarkCore
import Foundation
import NIOCore

/// An OpenAI chat completion request as a JSON object, validated for what the gateway relies on.
/// Everything else is forwarded as the client sent it.
struct ChatRequest {
    var object: [String: Any]
    let model: String
    let stream: Bool
    /// The bytes as received, forwarded unchanged when nothing had to be rewritten.
    let original: ByteBuffer

    static let roles: Set<String> = ["system", "developer", "user", "assistant", "tool", "function"]

    static func parse(_ body: ByteBuffer) throws(GatewayError) -> ChatRequest {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) else {
            throw .invalidRequest(message: "The request body is not valid JSON.", parameter: nil)
        }
        guard let object = parsed as? [String: Any] else {
            throw .invalidRequest(message: "The request body must be a JSON object.", parameter: nil)
        }
        guard let model = object["model"] as? String, !model.isEmpty else {
            throw .invalidRequest(message: "`model` is required and must be a non-empty string.", parameter: "model")
        }
        guard let messages = object["messages"] as? [Any], !messages.isEmpty else {
            throw .invalidRequest(
                message: "`messages` must be an array with at least one message.",
                parameter: "messages"
            )
        }
        for (index, item) in messages.enumerated() {
            guard let message = item as? [String: Any], let role = message["role"] as? String else {
                throw .invalidRequest(
                    message: "`messages[\(index)]` must be an object with a `role`.",
                    parameter: "messages[\(index)]"
                )
            }
            guard roles.contains(role) else {
                throw .invalidRequest(
                    message: "`messages[\(index)].role` '\(role)' is not a known role.",
                    parameter: "messages[\(index)].role"
                )
            }
        }
        var stream = false
        if let value = object["stream"] {
            guard let flag = value as? Bool else {
                throw .invalidRequest(message: "`stream` must be true or false.", parameter: "stream")
            }
            stream = flag
        }
        return ChatRequest(object: object, model: model, stream: stream, original: body)
    }

    /// The body to send upstream: the original bytes when nothing changed, else the re-encoded object.
    func upstreamBody(upstreamModel: String, rewritten: Bool) throws(GatewayError) -> ByteBuffer {
        guard rewritten || upstreamModel != model else { return original }
        var object = object
        object["model"] = upstreamModel
        guard let data = try? JSONSerialization.data(withJSONObject: object) else {
            throw .invalidRequest(message: "The request body could not be re-encoded.", parameter: nil)
        }
        return ByteBuffer(bytes: data)
    }
}
