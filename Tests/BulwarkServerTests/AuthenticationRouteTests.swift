import BulwarkCore
import BulwarkCrypto
import BulwarkStore
import BulwarkTesting
import Foundation
import HTTPTypes
import HummingbirdTesting
import SQLKit
import Testing

@Suite struct AuthenticationRouteTests {
    @Test func missingMalformedAndUnknownKeysAre401AndAudited() async throws {
        try await GatewayHarness().run { s in
            var rng = SystemRandomNumberGenerator()
            let unknown = SecretToken.generateAPIKey(using: &rng).revealForDisplayOnce()
            for key in [nil, "", "bwk_short", "sk-proj-abc", unknown] {
                let response = try await s.client.chat(model: "gpt-4o-mini", key: key)
                #expect(response.status == .unauthorized)
                #expect(response.errorCode == "invalid_api_key")
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
                expectSecurityHeaders(response)
            }
            #expect(s.upstream.requestCount == 0)
            let failures = try await s.store.audit.records(after: 0, limit: 100).filter { $0.draft.status == 401 }
            #expect(failures.count == 5)
            #expect(failures.allSatisfy { $0.draft.actor == "anonymous" && $0.draft.outcome == .denied })
            #expect(!"\(failures)".contains(unknown))
        }
    }

    @Test func aFloodOfBadKeysIsThrottledWithOneAuditEventNotOnePerAttempt() async throws {
        let policy = GatewayHarness.defaultPolicy.replacingOccurrences(
            of: "max_request_bytes: 4096",
            with: "max_request_bytes: 4096\n  auth_failures_per_minute: 3"
        )
        #expect(policy.contains("auth_failures_per_minute: 3"))
        try await GatewayHarness(policyTemplate: policy).run { s in
            var rng = SystemRandomNumberGenerator()
            for _ in 0..<3 {
                let guess = SecretToken.generateAPIKey(using: &rng).revealForDisplayOnce()
                #expect(try await s.client.chat(model: "gpt-4o-mini", key: guess).status == .unauthorized)
            }
            let before = try await s.store.audit.head().sequence
            for _ in 0..<20 {
                let guess = SecretToken.generateAPIKey(using: &rng).revealForDisplayOnce()
                let response = try await s.client.chat(model: "gpt-4o-mini", key: guess)
                #expect(response.status == .tooManyRequests)
                #expect(response.errorCode == "too_many_authentication_failures")
                #expect(Int(response.headers[.retryAfter] ?? "") ?? 0 >= 1)
            }
            // Even a valid key waits: the address is refused before any credential is checked.
            #expect(try await s.client.chat(model: "gpt-4o-mini", key: s.keys["alice"]).status == .tooManyRequests)
            #expect(try await s.store.audit.head().sequence == before)
            let events = try await s.store.audit.records(after: 0, limit: 100).map(\.draft)
            #expect(events.filter { $0.status == 401 }.count == 3)
            #expect(events.filter { $0.action == "auth.throttled" }.count == 1)
            #expect(s.upstream.requestCount == 0)
        }
    }

    @Test func revokedExpiredAndDisabledCredentialsAre401() async throws {
        try await GatewayHarness().run { s in
            let admin = AdminOperations(store: s.store, actor: "cli:test")
            let alice = try #require(try await s.store.users.find(name: "alice"))
            #expect(try await s.client.chat(model: "gpt-4o-mini", key: s.keys["alice"]).status == .ok)

            let keyID = try #require(try await s.store.apiKeys.list(userID: alice.id).first?.id)
            try await admin.revokeKey(id: keyID)
            #expect(try await s.client.chat(model: "gpt-4o-mini", key: s.keys["alice"]).status == .unauthorized)

            var rng = SystemRandomNumberGenerator()
            let expired = SecretToken.generateAPIKey(using: &rng)
            let past = SystemWallClock().now().adding(seconds: -60)
            try await admin.createKey(
                APIKey(
                    id: RandomID.keyID(using: &rng),
                    userID: alice.id,
                    tokenHash: expired.hashed,
                    createdAt: past,
                    expiresAt: past.adding(seconds: 1),
                    revokedAt: nil
                ),
                userName: "alice"
            )
            #expect(
                try await s.client.chat(model: "gpt-4o-mini", key: expired.revealForDisplayOnce()).status
                    == .unauthorized
            )

            #expect(try await s.client.chat(model: "gpt-4o-mini", key: s.keys["root"]).status == .ok)
            try await admin.disableUser(name: "root")
            #expect(try await s.client.chat(model: "gpt-4o-mini", key: s.keys["root"]).status == .unauthorized)
        }
    }

    @Test func aRoleWithoutChatIsForbidden() async throws {
        try await GatewayHarness().run { s in
            let response = try await s.client.chat(model: "gpt-4o-mini", key: s.keys["guest"])
            #expect(response.status == .forbidden)
            #expect(response.errorCode == "forbidden")
        }
    }

    @Test func modelsListsOnlyWhatTheRoleMayUse() async throws {
        try await GatewayHarness().run { s in
            func ids(_ key: String?) async throws -> [String] {
                let response = try await s.client.execute(
                    uri: "/v1/models",
                    method: .get,
                    headers: [.authorization: "Bearer \(key ?? "")"]
                )
                return (response.json["data"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
            }
            #expect(
                try await ids(s.keys["alice"]) == [
                    "gpt-4o-mini", "broken", "slow", "garbled", "truncated", "chunky", "tool",
                ]
            )
            #expect(try await ids(s.keys["root"]).count == 8)
            #expect(try await ids(s.keys["guest"]).isEmpty)
            let anonymous = try await s.client.execute(uri: "/v1/models", method: .get)
            #expect(anonymous.status == .unauthorized)
        }
    }
}
