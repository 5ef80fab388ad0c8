/// The organization's security policy, read from `bulwark.yaml` and validated once at the edge.
public struct Policy: Sendable {
    public var providers: [String: ProviderPolicy]
    public var models: [String: ModelPolicy]
    public var roles: [RoleName: RolePolicy]
    public var limits: LimitsPolicy
    /// Organization-wide actions per sensitive data type (type name → action).
    public var dataProtection: [String: ContentAction]
    /// Organization-wide injection policy.
    public var injection: InjectionPolicy
    /// Answer inspection settings.
    public var answers: AnswerPolicy
    /// Model ids in the order the file lists them (for stable listings).
    public var modelOrder: [String]

    public init(
        providers: [ProviderPolicy],
        models: [ModelPolicy],
        roles: [RolePolicy],
        limits: LimitsPolicy = .init(),
        dataProtection: [String: ContentAction] = [:],
        injection: InjectionPolicy = .init(),
        answers: AnswerPolicy = .init()
    ) {
        self.providers = Dictionary(providers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.models = Dictionary(models.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.roles = Dictionary(roles.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.limits = limits
        self.dataProtection = dataProtection
        self.injection = injection
        self.answers = answers
        self.modelOrder = models.map(\.id)
    }

    /// The models `role` may use, in policy order.
    public func models(for role: RoleName) -> [ModelPolicy] {
        guard let rolePolicy = roles[role], rolePolicy.permissions.contains(.chat) else { return [] }
        return modelOrder.compactMap { id in rolePolicy.allows(model: id) ? models[id] : nil }
    }

    /// Decides whether `role` may chat with `model`.
    public func decideChat(role: RoleName, model: String) -> Result<(ModelPolicy, ProviderPolicy), GatewayError> {
        guard let rolePolicy = roles[role] else {
            return .failure(.forbidden(reason: "role '\(role)' is not defined by the policy"))
        }
        guard rolePolicy.permissions.contains(.chat) else {
            return .failure(.forbidden(reason: "role '\(role)' does not have the chat permission"))
        }
        guard let modelPolicy = models[model] else { return .failure(.unknownModel(model)) }
        guard rolePolicy.allows(model: model) else { return .failure(.modelNotAllowed(model)) }
        guard let provider = providers[modelPolicy.provider] else { return .failure(.unknownModel(model)) }
        return .success((modelPolicy, provider))
    }
}

/// An upstream LLM provider. Its credential is referenced, never inlined.
public struct ProviderPolicy: Sendable, Hashable {
    public var id: String
    /// Base URL of the OpenAI-compatible API, e.g. `https://api.openai.com/v1`.
    public var baseURL: String
    public var credential: CredentialReference
    public var timeoutSeconds: Double

    public init(id: String, baseURL: String, credential: CredentialReference, timeoutSeconds: Double = 60) {
        self.id = id
        self.baseURL = baseURL
        self.credential = credential
        self.timeoutSeconds = timeoutSeconds
    }
}

/// Where a provider's API key comes from.
public enum CredentialReference: Sendable, Hashable {
    case environment(String)
    case file(String)
    case none
}

/// A model clients may ask for, and where it is served.
public struct ModelPolicy: Sendable, Hashable {
    public var id: String
    public var provider: String
    public var upstreamModel: String

    public init(id: String, provider: String, upstreamModel: String? = nil) {
        self.id = id
        self.provider = provider
        self.upstreamModel = upstreamModel ?? id
    }
}

/// What a role may do.
public struct RolePolicy: Sendable, Hashable {
    public var name: RoleName
    public var permissions: Set<Permission>
    /// Model ids; `*` allows every model of the policy.
    public var models: Set<String>
    public var requestsPerMinute: Int?
    /// Overrides of the organization's data-protection actions for this role.
    public var dataProtection: [String: ContentAction]
    /// Overrides the organization's injection policy for this role.
    public var injection: InjectionPolicy?

    public init(
        name: RoleName,
        permissions: Set<Permission>,
        models: Set<String>,
        requestsPerMinute: Int? = nil,
        dataProtection: [String: ContentAction] = [:],
        injection: InjectionPolicy? = nil
    ) {
        self.name = name
        self.permissions = permissions
        self.models = models
        self.requestsPerMinute = requestsPerMinute
        self.dataProtection = dataProtection
        self.injection = injection
    }

    public func allows(model: String) -> Bool { models.contains("*") || models.contains(model) }
}

/// A permission a role can grant.
public enum Permission: String, Sendable, Hashable, CaseIterable, Codable {
    /// Use chat completions and list models.
    case chat
    /// Read the audit trail and reports.
    case auditRead = "audit_read"
    /// Manage users, keys and policy.
    case admin
}

/// Request limits that protect the gateway itself.
public struct LimitsPolicy: Sendable, Hashable {
    /// Largest accepted request body.
    public var maxRequestBytes: Int
    /// Failed authentications allowed per client address and minute before that address is refused (429)
    /// for a while, without a store look-up or an audit write per attempt.
    public var authFailuresPerMinute: Int

    public init(maxRequestBytes: Int = 1 << 20, authFailuresPerMinute: Int = 30) {
        self.maxRequestBytes = maxRequestBytes
        self.authFailuresPerMinute = authFailuresPerMinute
    }
}
