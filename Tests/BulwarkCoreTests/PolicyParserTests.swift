import BulwarkCore
import Testing

@Suite struct PolicyParserTests {
    static let types: Set<String> = ["EMAIL", "PERSON", "AWS_ACCESS_KEY"]
    static let valid = """
        providers:
          - id: openai
            base_url: https://api.openai.com/v1
            api_key_env: OPENAI_API_KEY
            timeout_seconds: 30
        models:
          - id: gpt-4o-mini
            provider: openai
          - id: smart
            provider: openai
            upstream_model: gpt-4o
        roles:
          staff:
            permissions: [chat]
            models: [gpt-4o-mini]
            requests_per_minute: 60
            data_protection:
              EMAIL: pseudonymize
            injection:
              action: block
          admin:
            permissions: [chat, admin, audit_read]
            models: ["*"]
        limits:
          max_request_bytes: 65536
          auth_failures_per_minute: 12
        data_protection:
          EMAIL: mask
          PERSON: flag
        injection:
          action: flag
          threshold: 0.7
        """

    @Test func parsesTheDocumentedShape() throws {
        let policy = try PolicyParser(dataTypes: Self.types).parse(Self.valid)
        #expect(policy.providers["openai"]?.credential == .environment("OPENAI_API_KEY"))
        #expect(policy.providers["openai"]?.timeoutSeconds == 30)
        #expect(policy.models["smart"]?.upstreamModel == "gpt-4o")
        #expect(policy.models["gpt-4o-mini"]?.upstreamModel == "gpt-4o-mini")
        #expect(policy.roles[RoleName("staff")]?.requestsPerMinute == 60)
        #expect(policy.limits.maxRequestBytes == 65536)
        #expect(policy.limits.authFailuresPerMinute == 12)
        #expect(PolicyParserTests.answerActions(policy) == ["EMAIL": .mask, "PERSON": .flag])
    }

    static func answerActions(_ policy: Policy) -> [String: ContentAction] {
        policy.answerDataActions(for: RoleName("admin"))
    }

    @Test func answerActionsFollowTheRolesPromptActionsUnlessNamed() throws {
        let text = Self.valid + "\nanswers:\n  data_protection:\n    PERSON: allow\n"
        let policy = try PolicyParser(dataTypes: Self.types).parse(text)
        // staff pseudonymizes e-mail in prompts: a new address in an answer is flagged, not rewritten.
        #expect(policy.answerDataActions(for: RoleName("staff")) == ["EMAIL": .flag, "PERSON": .allow])
        #expect(policy.answerDataActions(for: RoleName("admin")) == ["EMAIL": .mask, "PERSON": .allow])
    }

    @Test func aBadAuthFailureLimitIsReportedWithItsLine() {
        let text = "limits:\n  auth_failures_per_minute: 0\n"
        #expect {
            try PolicyParser(dataTypes: Self.types).parse(text)
        } throws: { error in
            let problems = (error as? InvalidPolicyError)?.problems ?? []
            return problems.contains { $0.line == 2 && $0.message.contains("auth_failures_per_minute") }
        }
    }

    @Test func dataProtectionAndInjectionMergeRoleOverOrganization() throws {
        let policy = try PolicyParser(dataTypes: Self.types).parse(Self.valid)
        #expect(policy.dataActions(for: RoleName("staff")) == ["EMAIL": .pseudonymize, "PERSON": .flag])
        #expect(policy.dataActions(for: RoleName("admin")) == ["EMAIL": .mask, "PERSON": .flag])
        #expect(policy.injectionPolicy(for: RoleName("staff")) == InjectionPolicy(action: .block, threshold: nil))
        #expect(policy.injectionPolicy(for: RoleName("admin")) == InjectionPolicy(action: .flag, threshold: 0.7))
    }

    @Test func unknownDataTypesAndActionsAreReported() throws {
        let text =
            "data_protection:\n  EMAIL: shred\n  CREDITCARD: mask\ninjection:\n  action: ignore\n  threshold: 2\n"
        let error = try #require(throws: InvalidPolicyError.self) {
            try PolicyParser(dataTypes: Self.types).parse(text)
        }
        #expect(error.problems.map(\.line) == [2, 3, 5, 6])
    }

    @Test func rolesSeeOnlyTheirModels() throws {
        let policy = try PolicyParser(dataTypes: Self.types).parse(Self.valid)
        #expect(policy.models(for: RoleName("staff")).map(\.id) == ["gpt-4o-mini"])
        #expect(policy.models(for: RoleName("admin")).map(\.id) == ["gpt-4o-mini", "smart"])
        #expect(policy.models(for: RoleName("nobody")).isEmpty)
    }

    @Test func decisionsFollowThePolicy() throws {
        let policy = try PolicyParser(dataTypes: Self.types).parse(Self.valid)
        #expect(throws: Never.self) { try policy.decideChat(role: RoleName("staff"), model: "gpt-4o-mini").get() }
        #expect(throws: GatewayError.modelNotAllowed("smart")) {
            try policy.decideChat(role: RoleName("staff"), model: "smart").get()
        }
        #expect(throws: GatewayError.unknownModel("gpt-5")) {
            try policy.decideChat(role: RoleName("admin"), model: "gpt-5").get()
        }
        #expect(throws: GatewayError.self) {
            try policy.decideChat(role: RoleName("ghost"), model: "gpt-4o-mini").get()
        }
    }

    @Test func reportsEveryProblemWithItsLine() throws {
        let text = """
            providers:
              - id: openai
                base_url: http://api.openai.com/v1
                api_key: sk-inline
            models:
              - id: gpt-4o-mini
                provider: azure
            roles:
              staff:
                permissions: [chat, fly]
                models: [gpt-4o-mini, unknown-model]
                requests_per_minute: -5
            """
        let error = try #require(throws: InvalidPolicyError.self) {
            try PolicyParser(dataTypes: Self.types).parse(text)
        }
        let byMessage = Dictionary(error.problems.map { ($0.message, $0.line) }, uniquingKeysWith: { a, _ in a })
        #expect(byMessage.first { $0.key.contains("not an https URL") }?.value == 3)
        #expect(byMessage.first { $0.key.contains("unknown key 'api_key'") }?.value == 4)
        #expect(byMessage.first { $0.key.contains("unknown provider 'azure'") }?.value == 7)
        #expect(byMessage.first { $0.key.contains("unknown permission 'fly'") }?.value == 10)
        #expect(byMessage.first { $0.key.contains("unknown model 'unknown-model'") }?.value == 11)
        #expect(byMessage.first { $0.key.contains("requests_per_minute") }?.value == 12)
        #expect(error.problems.allSatisfy { !$0.fix.isEmpty })
    }

    @Test func reportsSyntaxErrorsWithALine() throws {
        let error = try #require(throws: InvalidPolicyError.self) {
            try PolicyParser(dataTypes: Self.types).parse("roles:\n  staff: [\n")
        }
        #expect(error.problems.count == 1)
        #expect(error.problems[0].line != nil)
    }

    @Test func loopbackHTTPIsAcceptedForLocalProviders() throws {
        let text = """
            providers:
              - id: local
                base_url: http://127.0.0.1:9000/v1
            """
        let policy = try PolicyParser(dataTypes: Self.types).parse(text)
        #expect(policy.providers["local"]?.credential == CredentialReference.none)
    }

    @Test func theDefaultsAreConsistent() throws {
        let policy = Policy.defaults
        for model in policy.models.values { #expect(policy.providers[model.provider] != nil) }
        #expect(policy.models(for: RoleName("staff")).map(\.id) == ["gpt-4o-mini"])
    }
}
