import BulwarkCore
import BulwarkShield

/// Every role's prompt and answer redactors, built once from the policy instead of on every request.
struct RoleRedactors: Sendable {
    private let policy: Policy
    private let prompts: [RoleName: Redactor]
    private let answers: [RoleName: Redactor]

    init(policy: Policy) {
        self.policy = policy
        var prompts: [RoleName: Redactor] = [:]
        var answers: [RoleName: Redactor] = [:]
        for role in policy.roles.keys {
            prompts[role] = PolicyLoader.promptRedactor(policy, role: role)
            answers[role] = PolicyLoader.answerRedactor(policy, role: role)
        }
        self.prompts = prompts
        self.answers = answers
    }

    /// What a prompt from `role` is redacted with.
    func prompt(for role: RoleName) -> Redactor { prompts[role] ?? PolicyLoader.promptRedactor(policy, role: role) }

    /// What an answer to `role` is redacted with.
    func answer(for role: RoleName) -> Redactor { answers[role] ?? PolicyLoader.answerRedactor(policy, role: role) }
}
