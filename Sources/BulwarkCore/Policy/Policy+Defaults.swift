extension Policy {
    /// The policy used when no file is given: OpenAI as the provider (key from `OPENAI_API_KEY`),
    /// `staff` may chat with gpt-4o-mini, `admin` with every model, `auditor` may only read the audit trail.
    public static let defaults = Policy(
        providers: [
            ProviderPolicy(
                id: "openai",
                baseURL: "https://api.openai.com/v1",
                credential: .environment("OPENAI_API_KEY")
            )
        ],
        models: [
            ModelPolicy(id: "gpt-4o-mini", provider: "openai"),
            ModelPolicy(id: "gpt-4o", provider: "openai"),
        ],
        roles: [
            RolePolicy(name: RoleName("staff"), permissions: [.chat], models: ["gpt-4o-mini"], requestsPerMinute: 60),
            RolePolicy(
                name: RoleName("admin"),
                permissions: [.chat, .admin, .auditRead],
                models: ["*"],
                requestsPerMinute: 120
            ),
            RolePolicy(name: RoleName("auditor"), permissions: [.auditRead], models: []),
        ]
    )
}
