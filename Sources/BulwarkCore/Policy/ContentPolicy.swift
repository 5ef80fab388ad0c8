/// What to do with a kind of sensitive data found in a prompt (see BulwarkShield's detectors).
public enum ContentAction: String, Sendable, Hashable, CaseIterable, Codable {
    /// Forward unchanged, record nothing.
    case allow
    /// Replace with `[TYPE]` before it leaves.
    case mask
    /// Replace with `<TYPE_n>` before it leaves and restore the value in the answer, for the requesting user only.
    case pseudonymize
    /// Refuse the request (400) naming the types found, never the values.
    case block
    /// Forward unchanged and record a finding.
    case flag
}

/// What to do when a prompt looks like an injection or jailbreak attempt.
public struct InjectionPolicy: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable, CaseIterable {
        case block, flag, allow
    }

    public var action: Action
    /// Scores at or above this are treated as attacks; nil means the detector's own default.
    public var threshold: Double?

    public init(action: Action = .block, threshold: Double? = nil) {
        self.action = action
        self.threshold = threshold
    }
}

/// How answers are inspected before the user sees them.
public struct AnswerPolicy: Sendable, Hashable {
    /// Hosts (and their subdomains) that images and data-carrying links in answers may point to.
    public var allowedLinkHosts: [String]
    /// Strings planted in system prompts; an answer that contains one leaked the system prompt.
    public var canaries: [String]

    public init(allowedLinkHosts: [String] = [], canaries: [String] = []) {
        self.allowedLinkHosts = allowedLinkHosts
        self.canaries = canaries
    }
}

extension Policy {
    /// Data-protection actions for `role`: the role's overrides over the organization's defaults.
    /// Types named nowhere get the detector's default (secrets block, personal data pseudonymize).
    public func dataActions(for role: RoleName) -> [String: ContentAction] {
        dataProtection.merging(roles[role]?.dataProtection ?? [:]) { _, roleAction in roleAction }
    }

    /// The injection policy for `role`.
    public func injectionPolicy(for role: RoleName) -> InjectionPolicy {
        roles[role]?.injection ?? injection
    }
}
