import BulwarkCore

/// A read-only view of one chat message: its role and every text it carries, in order (the content or each
/// text part's text, then tool-call arguments, then legacy function-call arguments), with where each text
/// sits in the request so a rewritten text can be spliced back in.
///
/// Anything in those places that is not of the type OpenAI's API defines is refused, not skipped, so no text
/// reaches the provider without passing inspection.
struct MessageView: Sendable {
    let role: String
    let texts: [String]
    /// The string value of each text in the request's document, parallel to `texts`.
    let textValues: [JSONDocument.Value]

    init(_ message: JSONDocument.Value, path: String) throws(GatewayError) {
        guard message.kind == .object else { throw Self.wrongType(path) }
        guard let roleValue = message["role"] else {
            throw .invalidRequest(message: "`\(path).role` is required.", parameter: "\(path).role")
        }
        guard let role = roleValue.string else { throw Self.wrongType("\(path).role") }
        self.role = role
        var values: [JSONDocument.Value] = []
        if let content = message["content"].nonNull {
            switch content.kind {
            case .string: values.append(content)
            case .array:
                for (index, part) in content.elements!.enumerated() {
                    guard part.kind == .object else { throw Self.wrongType("\(path).content[\(index)]") }
                    if let text = try Self.string(part["text"], "\(path).content[\(index)].text") {
                        values.append(text)
                    }
                }
            default: throw Self.wrongType("\(path).content")
            }
        }
        if let calls = message["tool_calls"].nonNull {
            guard let elements = calls.elements else { throw Self.wrongType("\(path).tool_calls") }
            for (index, call) in elements.enumerated() {
                let callPath = "\(path).tool_calls[\(index)]"
                guard call.kind == .object else { throw Self.wrongType(callPath) }
                if let arguments = try Self.arguments(of: call["function"], "\(callPath).function") {
                    values.append(arguments)
                }
            }
        }
        if let arguments = try Self.arguments(of: message["function_call"], "\(path).function_call") {
            values.append(arguments)
        }
        self.textValues = values
        self.texts = values.map { $0.string! }
    }

    private init(role: String, textValues: [JSONDocument.Value]) {
        self.role = role
        self.textValues = textValues
        self.texts = textValues.map { $0.string! }
    }

    /// The role of ``definitions(in:)``; not a chat role, so inspection treats its texts as documents
    /// (tool descriptions are a known way to smuggle instructions in).
    static let definitionsRole = "definitions"

    /// Every string a request carries outside its messages that reaches the model or is kept by the
    /// provider — tool and legacy function definitions (descriptions, parameter schemas), the response
    /// format's schema, `user`, `metadata`, `prediction` — as one view, nil when there is none. Names and
    /// `type` fields are left out: they are identifiers the provider validates, not prose.
    static func definitions(in root: JSONDocument.Value) -> MessageView? {
        var values: [JSONDocument.Value] = []
        func collect(_ value: JSONDocument.Value) {
            switch value.kind {
            case .string: values.append(value)
            case .array: value.elements!.forEach(collect)
            case .object:
                for (key, member) in value.members! where !identifierKeys.contains(key) { collect(member) }
            default: break
            }
        }
        for key in ["tools", "functions", "response_format", "user", "metadata", "prediction"] {
            if let value = root[key] { collect(value) }
        }
        return values.isEmpty ? nil : MessageView(role: definitionsRole, textValues: values)
    }

    private static let identifierKeys: Set<String> = ["type", "name", "strict"]

    /// A string value, nil when absent or `null`; anything else is refused.
    private static func string(_ value: JSONDocument.Value?, _ path: String) throws(GatewayError) -> JSONDocument.Value?
    {
        guard let value = value.nonNull else { return nil }
        guard value.kind == .string else { throw wrongType(path) }
        return value
    }

    /// The `arguments` string of a function object, nil when there is none.
    private static func arguments(
        of function: JSONDocument.Value?,
        _ path: String
    ) throws(GatewayError)
        -> JSONDocument.Value?
    {
        guard let function = function.nonNull else { return nil }
        guard function.kind == .object else { throw wrongType(path) }
        return try string(function["arguments"], "\(path).arguments")
    }

    static func wrongType(_ path: String) -> GatewayError {
        .invalidRequest(message: "`\(path)` has the wrong type.", parameter: path)
    }
}
