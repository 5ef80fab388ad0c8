import BulwarkCore
import NIOCore

/// An OpenAI chat completion request, validated for what the gateway relies on.
///
/// Parsed strictly (``JSONDocument``: a repeated key, invalid UTF-8 or an unpaired surrogate is refused), so
/// the fields the gateway authorizes and inspects are the ones the provider reads. The bytes are forwarded
/// unchanged unless something must be rewritten (a model name or a redaction), and then only those values are
/// spliced in.
struct ChatRequest {
    let model: String
    let stream: Bool
    /// The messages, then (when the request has any) one more view of the other texts the model or the
    /// provider gets: tool and function definitions, the response format's schema, `user`, `metadata`,
    /// `prediction` (``MessageView/definitions(in:)``).
    let messages: [MessageView]
    let document: JSONDocument
    /// The request as received.
    let original: ByteBuffer

    static let roles: Set<String> = ["system", "developer", "user", "assistant", "tool", "function"]

    static func parse(_ body: ByteBuffer) throws(GatewayError) -> ChatRequest {
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: Array(body.readableBytesView))
        } catch {
            throw .invalidRequest(message: "The request body is not valid JSON: \(error).", parameter: nil)
        }
        let root = document.root
        guard root.kind == .object else {
            throw .invalidRequest(message: "The request body must be a JSON object.", parameter: nil)
        }
        guard let model = root["model"]?.string, !model.isEmpty else {
            throw .invalidRequest(message: "`model` is required and must be a non-empty string.", parameter: "model")
        }
        let stream: Bool
        switch root["stream"] {
        case nil: stream = false
        case let value?:
            guard value.isNull || value.bool != nil else { throw MessageView.wrongType("stream") }
            stream = value.bool ?? false
        }
        guard let elements = root["messages"]?.elements, !elements.isEmpty else {
            throw .invalidRequest(
                message: "`messages` must be an array with at least one message.",
                parameter: "messages"
            )
        }
        var messages: [MessageView] = []
        messages.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            let message = try MessageView(element, path: "messages[\(index)]")
            guard roles.contains(message.role) else {
                throw .invalidRequest(
                    message: "`messages[\(index)].role` '\(message.role)' is not a known role.",
                    parameter: "messages[\(index)].role"
                )
            }
            messages.append(message)
        }
        if let definitions = MessageView.definitions(in: root) { messages.append(definitions) }
        return ChatRequest(model: model, stream: stream, messages: messages, document: document, original: body)
    }

    /// The body to send upstream: the original bytes when nothing changed, else a copy with the model name
    /// and `replacements[message][text]` (nil keeps a text) spliced in.
    func upstreamBody(upstreamModel: String, replacements: [[String?]]?) -> ByteBuffer {
        var edits: [(value: JSONDocument.Value, json: String)] = []
        if upstreamModel != model, let value = document.root["model"] {
            edits.append((value, JSONString.quoted(upstreamModel)))
        }
        for (message, row) in zip(messages, replacements ?? []) {
            for (value, replacement) in zip(message.textValues, row) {
                if let replacement { edits.append((value, JSONString.quoted(replacement))) }
            }
        }
        guard !edits.isEmpty else { return original }
        return ByteBuffer(bytes: document.replacing(edits))
    }
}
