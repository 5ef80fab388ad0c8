public import BulwarkCore
public import BulwarkShield

/// Parses policy files with the detectors' data types, so `data_protection` keys are validated.
public enum PolicyLoader {
    public static func parse(_ text: String) throws(InvalidPolicyError) -> Policy {
        try PolicyParser(dataTypes: Set(EntityType.allCases.map(\.rawValue))).parse(text)
    }

    /// What a prompt from `role` is redacted with.
    public static func promptRedactor(_ policy: Policy, role: RoleName) -> Redactor {
        Redactor(actions: redactionActions(policy.dataActions(for: role)))
    }

    /// What an answer to `role` is redacted with.
    public static func answerRedactor(_ policy: Policy, role: RoleName) -> Redactor {
        Redactor(actions: redactionActions(policy.answerDataActions(for: role)))
    }

    /// The policy's per-type actions in the detectors' terms (unknown names were rejected when parsing).
    public static func redactionActions(_ actions: [String: ContentAction]) -> [EntityType: RedactionAction] {
        var out: [EntityType: RedactionAction] = [:]
        for (name, action) in actions {
            guard let type = EntityType(rawValue: name), let mapped = RedactionAction(rawValue: action.rawValue) else {
                continue
            }
            out[type] = mapped
        }
        return out
    }
}
