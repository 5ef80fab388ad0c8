/// The outcome of applying a policy to one text.
public struct RedactionResult: Sendable, Hashable {
    /// One finding together with the action that was applied to it.
    public struct Applied: Sendable, Hashable {
        /// The finding, in offsets of the original text.
        public let finding: Finding
        /// The action taken.
        public let action: RedactionAction
    }

    /// The text to forward upstream (unchanged where actions were `allow`, `flag` or `block`).
    public let text: String
    /// Every finding with its action, in text order.
    public let applied: [Applied]
    /// Types whose action is `block`; non-empty means the request must be refused.
    /// - Important: Report these types to the caller, never the values.
    public let blockedTypes: Set<EntityType>

    /// Whether the request must be refused.
    public var isBlocked: Bool { !blockedTypes.isEmpty }
}
