/// The mapping between sensitive values and their placeholders (`<EMAIL_1>`) for one conversation.
///
/// The same value always gets the same placeholder, so the model can still tell two people apart.
/// - Important: The table holds the original values. Keep it server-side (encrypted at rest); never send
///   it upstream or log it.
public struct PseudonymTable: Sendable, Codable, Hashable {
    private var placeholderByValue: [String: String] = [:]
    private var valueByPlaceholder: [String: String] = [:]
    private var counters: [String: Int] = [:]

    /// Creates an empty table.
    public init() {}

    /// The number of distinct values recorded.
    public var count: Int { valueByPlaceholder.count }

    /// The placeholder for `value`, creating the next numbered one for its type when new.
    public mutating func placeholder(for value: String, type: EntityType) -> String {
        let key = type.rawValue + "\u{0}" + value
        if let existing = placeholderByValue[key] { return existing }
        let next = (counters[type.rawValue] ?? 0) + 1
        counters[type.rawValue] = next
        let placeholder = "<\(type.rawValue)_\(next)>"
        placeholderByValue[key] = placeholder
        valueByPlaceholder[placeholder] = value
        return placeholder
    }

    /// The original value behind `placeholder` (for example `<EMAIL_1>`), if this table issued it.
    public func value(for placeholder: String) -> String? {
        valueByPlaceholder[placeholder]
    }

    /// Replaces every placeholder this table issued in `text` with its original value.
    public func restore(_ text: String) -> String {
        var restorer = PseudonymRestorer(table: self)
        return restorer.feed(text) + restorer.finish()
    }
}
