import BulwarkCore
import BulwarkCrypto
import BulwarkServer
public import BulwarkStore
import Hummingbird
public import HummingbirdTesting
import Foundation
import Logging

/// Runs a gateway in process against a live fake upstream, on a fresh store, for route tests.
public struct GatewayHarness: Sendable {
    /// What a test gets: a client for the gateway, the fake upstream, the store, and ready API keys.
    public struct Session: Sendable {
        public let client: any TestClientProtocol
        public let upstream: FakeUpstream
        public let store: Store
        /// API keys by user name (users `alice`: staff, `root`: admin, `guest`: a role without chat).
        public let keys: [String: String]
    }

    /// The test policy. `$PORT` is replaced by the fake upstream's port.
    public var policyTemplate: String
    public var storeKind: StoreKind
    public var credentialCacheSeconds: Double

    public init(
        policyTemplate: String = GatewayHarness.defaultPolicy,
        storeKind: StoreKind = .sqlite,
        credentialCacheSeconds: Double = 0
    ) {
        self.policyTemplate = policyTemplate
        self.storeKind = storeKind
        self.credentialCacheSeconds = credentialCacheSeconds
    }

    public static let defaultPolicy = """
        providers:
          - id: fake
            base_url: http://127.0.0.1:$PORT/v1
            api_key_env: FAKE_PROVIDER_KEY
            timeout_seconds: 1
        models:
          - id: gpt-4o-mini
            provider: fake
          - id: gpt-4o
            provider: fake
          - id: broken
            provider: fake
            upstream_model: fake-500
          - id: slow
            provider: fake
            upstream_model: fake-slow
          - id: garbled
            provider: fake
            upstream_model: fake-malformed
          - id: truncated
            provider: fake
            upstream_model: fake-truncated
          - id: chunky
            provider: fake
            upstream_model: fake-chunky
          - id: tool
            provider: fake
            upstream_model: fake-tool
        roles:
          staff:
            permissions: [chat]
            models: [gpt-4o-mini, broken, slow, garbled, truncated, chunky, tool]
            requests_per_minute: 1000
          admin:
            permissions: [chat, admin, audit_read]
            models: ["*"]
            requests_per_minute: 3
          guest:
            permissions: [audit_read]
            models: []
        limits:
          max_request_bytes: 4096
        """

    /// The provider credential the gateway sends upstream in tests.
    public static let providerKey = "sk-fake-provider-credential"

    public func run(_ test: @escaping @Sendable (Session) async throws -> Void) async throws {
        let upstream = FakeUpstream(slowSeconds: 3)
        let logger = Self.quietLogger()
        let upstreamApp = Application(router: upstream.router(), logger: logger)
        let template = policyTemplate
        let kind = storeKind
        let cacheSeconds = credentialCacheSeconds
        try await upstreamApp.test(.live) { upstreamClient in
            guard let port = upstreamClient.port else { throw HarnessError.noUpstreamPort }
            let policy = try PolicyLoader.parse(template.replacingOccurrences(of: "$PORT", with: String(port)))
            try await TestStores.with(kind) { store in
                let keys = try await Self.seedAccounts(store)
                let configuration = GatewayConfiguration(tls: nil, policy: policy, credentialCacheSeconds: cacheSeconds)
                let parts = GatewayApplication.makeParts(
                    configuration: configuration,
                    store: store,
                    environment: ["FAKE_PROVIDER_KEY": Self.providerKey],
                    logger: logger
                )
                let app = Application(router: parts.router, services: parts.services, logger: logger)
                try await app.test(.router) { client in
                    try await test(Session(client: client, upstream: upstream, store: store, keys: keys))
                }
            }
        }
    }

    static func quietLogger() -> Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return logger
    }

    static func seedAccounts(_ store: Store) async throws -> [String: String] {
        let admin = AdminOperations(store: store, actor: "cli:test")
        var keys: [String: String] = [:]
        var rng = SystemRandomNumberGenerator()
        for (name, role) in [("alice", "staff"), ("root", "admin"), ("guest", "guest")] {
            let user = User(
                id: RandomID.userID(using: &rng),
                name: name,
                role: RoleName(role),
                passwordHash: nil,
                isDisabled: false,
                createdAt: SystemWallClock().now()
            )
            try await admin.createUser(user)
            let token = SecretToken.generateAPIKey(using: &rng)
            try await admin.createKey(
                APIKey(
                    id: RandomID.keyID(using: &rng),
                    userID: user.id,
                    tokenHash: token.hashed,
                    createdAt: SystemWallClock().now(),
                    expiresAt: nil,
                    revokedAt: nil
                ),
                userName: name
            )
            keys[name] = token.revealForDisplayOnce()
        }
        return keys
    }
}

/// The live fake upstream did not report a port.
enum HarnessError: Error {
    case noUpstreamPort
}
