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

    /// The action taken when the same type turns up in a model's answer.
    public var answerAction: ContentAction {
        switch self {
        case .allow: .allow
        case .mask, .block: .mask
        case .pseudonymize, .flag: .flag
        }
    }
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
    /// Per data type, what to do when the model writes personal data or secrets: `mask`, `flag` or
    /// `allow`. Types not named follow the prompt-side action of the user's role: `block` and `mask`
    /// mask, `pseudonymize` and `flag` flag, `allow` allows.
    public var dataProtection: [String: ContentAction]

    public init(
        allowedLinkHosts: [String] = [],
        canaries: [String] = [],
        dataProtection: [String: ContentAction] = [:]
    ) {
        self.allowedLinkHosts = allowedLinkHosts
        self.canaries = canaries
        self.dataProtection = dataProtection
    }
}

extension Policy {
    /// Data-protection actions for `role`: the role's overrides over the organization's defaults.
    /// Types named nowhere get the detector's default (secrets block, personal data pseudonymize).
    public func dataActions(for role: RoleName) -> [String: ContentAction] {
        dataProtection.merging(roles[role]?.dataProtection ?? [:]) { _, roleAction in roleAction }
    }

    /// What answer inspection does with each data type in the model's answers to `role`, for the types
    /// named by the answer policy or the role's data-protection actions; `block` becomes `mask` and
    /// `pseudonymize` becomes `flag` (an answer under way cannot be refused, and new placeholders could
    /// never be restored).
    public func answerDataActions(for role: RoleName) -> [String: ContentAction] {
        dataActions(for: role).mapValues(\.answerAction).merging(answers.dataProtection) { _, explicit in explicit }
    }

    /// The injection policy for `role`.
    public func injectionPolicy(for role: RoleName) -> InjectionPolicy {
        roles[role]?.injection ?? injection
    }
}
