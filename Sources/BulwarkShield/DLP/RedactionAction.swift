/// What a policy does with one finding.
public enum RedactionAction: String, Sendable, Codable, CaseIterable {
    /// Forward the value unchanged and record nothing.
    case allow
    /// Replace the value with its type label, for example `[EMAIL]`.
    case mask
    /// Replace the value with a numbered placeholder, for example `<EMAIL_1>`, that can be restored later.
    case pseudonymize
    /// Refuse the whole request.
    case block
    /// Forward the value unchanged but record the finding.
    case flag
}
