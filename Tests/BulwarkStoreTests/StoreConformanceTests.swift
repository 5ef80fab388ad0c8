import BulwarkCore
import BulwarkCrypto
import BulwarkStore
import BulwarkTesting
import Logging
import SQLKit
import Testing

/// The store suite: every test runs against SQLite and PostgreSQL.
@Suite struct StoreConformanceTests {
    static func user(_ name: String, role: String = "staff") -> User {
        var rng = SystemRandomNumberGenerator()
        return User(
            id: RandomID.userID(using: &rng),
            name: name,
            role: RoleName(role),
            passwordHash: nil,
            isDisabled: false,
            createdAt: SystemWallClock().now()
        )
    }

    @Test(arguments: TestStores.kinds) func migrationsAreCurrentAndIdempotent(kind: StoreKind) async throws {
        try await TestStores.with(kind) { store in
            let version = try await Migrator(backend: store.backend).currentVersion()
            #expect(version == Migrations.latestVersion)
            let applied = try await Migrator(backend: store.backend).migrate()
            #expect(applied.isEmpty)
            #expect(await store.ping())
        }
    }

    @Test(arguments: TestStores.kinds) func usersAndKeysRoundTripAndAreAudited(kind: StoreKind) async throws {
        try await TestStores.with(kind) { store in
            let admin = AdminOperations(store: store, actor: "cli:test")
            let alice = Self.user("alice")
            try await admin.createUser(alice)
            await #expect(throws: StoreError.conflict("user 'alice' already exists")) {
                try await admin.createUser(Self.user("alice"))
            }
            #expect(try await store.users.find(name: "alice")?.id == alice.id)
            #expect(try await store.users.find(id: alice.id)?.name == "alice")

            var rng = SystemRandomNumberGenerator()
            let token = SecretToken.generateAPIKey(using: &rng)
            let key = APIKey(
                id: RandomID.keyID(using: &rng),
                userID: alice.id,
                tokenHash: token.hashed,
                createdAt: SystemWallClock().now(),
                expiresAt: nil,
                revokedAt: nil
            )
            try await admin.createKey(key, userName: "alice")
            let found = try #require(try await store.apiKeys.find(tokenHash: token.hashed))
            #expect(found.0.id == key.id && found.1.name == "alice")
            #expect(try await store.apiKeys.find(tokenHash: SecretToken(unvalidated: "bwk_other").hashed) == nil)

            try await admin.revokeKey(id: key.id)
            #expect(try await store.apiKeys.find(id: key.id)?.revokedAt != nil)
            await #expect(throws: StoreError.self) { try await admin.revokeKey(id: key.id) }
            await #expect(throws: StoreError.notFound("no API key with id 'key_missing'")) {
                try await admin.revokeKey(id: APIKeyID(rawValue: "key_missing"))
            }
            try await admin.disableUser(name: "alice")
            #expect(try await store.users.find(name: "alice")?.isDisabled == true)

            let actions = try await store.audit.records(after: 0, limit: 100).map(\.draft.action)
            #expect(actions == ["user.create", "key.create", "key.revoke", "user.disable"])
            #expect(try await store.verifyAuditTrail().failure == nil)
        }
    }

    @Test(arguments: TestStores.kinds) func theBatchingWriterCommitsConcurrentEventsInOneChain(
        kind: StoreKind
    ) async throws {
        try await TestStores.with(kind) { store in
            let writer = AuditWriter(repository: store.audit, logger: Logger(label: "test"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await writer.run() }
                try await withThrowingTaskGroup(of: AuditRecord.self) { requests in
                    for i in 0..<200 {
                        requests.addTask {
                            // Half the events only need to be written (a request's first event), half synced.
                            try await writer.append(
                                AuditDraft(
                                    time: SystemWallClock().now(),
                                    actor: "user:u\(i % 7)",
                                    action: i.isMultiple(of: 2) ? "chat.request" : "chat.completion",
                                    target: "m",
                                    outcome: .success,
                                    status: 200,
                                    requestID: "req_\(i)"
                                ),
                                synced: !i.isMultiple(of: 2)
                            )
                        }
                    }
                    var sequences = Set<Int64>()
                    for try await record in requests { sequences.insert(record.sequence) }
                    #expect(sequences == Set(1...200))
                }
                writer.stop()
                try await group.waitForAll()
            }
            let verification = try await store.verifyAuditTrail(pageSize: 37)
            #expect(verification.count == 200)
            #expect(verification.failure == nil)
            await #expect(throws: StoreError.self) {
                try await writer.append(
                    AuditDraft(
                        time: SystemWallClock().now(),
                        actor: "late",
                        action: "x",
                        target: "y",
                        outcome: .success,
                        status: 200
                    )
                )
            }
        }
    }

    @Test(arguments: TestStores.kinds) func awkwardDetailsRoundTripAndStillVerify(kind: StoreKind) async throws {
        try await TestStores.with(kind) { store in
            let details = [
                "quote": "say \"hi\"", "slash": "a/b\\c", "lines": "one\ntwo\r\tthree", "control": "\u{1}\u{1f}",
                "unicode": "Grüße — 東京 🚀", "": "empty key",
            ]
            let draft = AuditDraft(
                time: Timestamp(rawValue: 1),
                actor: "a",
                action: "x",
                target: "t",
                outcome: .success,
                status: 200,
                details: details
            )
            _ = try await store.audit.append([draft])
            let stored = try #require(try await store.audit.records(after: 0, limit: 10).last)
            #expect(stored.draft.details == details)
            #expect(try await store.verifyAuditTrail(pageSize: 10).failure == nil)
        }
    }

    @Test(arguments: TestStores.kinds) func writersThatDoNotKnowOfEachOtherStillBuildOneChain(
        kind: StoreKind
    ) async throws {
        try await TestStores.with(kind) { store in
            // Two repositories with their own cached heads stand for two processes (gateway and CLI, or two instances).
            let first = SQLAuditRepository(backend: store.backend)
            let second = SQLAuditRepository(backend: store.backend)
            func draft(_ i: Int) -> AuditDraft {
                AuditDraft(
                    time: Timestamp(rawValue: Int64(i)),
                    actor: "a",
                    action: "x",
                    target: "t",
                    outcome: .success,
                    status: 200
                )
            }
            for i in 0..<6 {
                // Synced and unsynced appends go through different SQLite connections; the chain stays one.
                let records = try await (i.isMultiple(of: 2) ? first : second)
                    .append([draft(i), draft(i + 100)], synced: i % 3 == 0)
                #expect(records.map(\.sequence) == [Int64(2 * i + 1), Int64(2 * i + 2)])
            }
            let verification = try await store.verifyAuditTrail()
            #expect(verification.count == 12 && verification.failure == nil)
            #expect(try await store.audit.head().sequence == 12)
        }
    }

    enum Tamper: String, CaseIterable {
        case modify, delete, insert, reorder, truncate
    }

    @Test(arguments: TestStores.kinds, Tamper.allCases)
    func tamperingIsCaughtAndNamesTheFirstBadSequence(kind: StoreKind, tamper: Tamper) async throws {
        try await TestStores.with(kind) { store in
            let drafts = (1...6).map { i in
                AuditDraft(
                    time: Timestamp(rawValue: Int64(i)),
                    actor: "user:bob",
                    action: "chat.completion",
                    target: "m",
                    outcome: .success,
                    status: 200,
                    promptTokens: i,
                    requestID: "r\(i)"
                )
            }
            _ = try await store.audit.append(drafts)
            #expect(try await store.verifyAuditTrail().failure == nil)
            let expected: Int64
            try await store.backend.transaction { db in
                switch tamper {
                case .modify:
                    try await db.raw("UPDATE audit_events SET status = 403 WHERE seq = 3").run()
                case .delete:
                    try await db.raw("DELETE FROM audit_events WHERE seq = 4").run()
                case .insert:
                    // Make room after 2 and insert a forged copy of event 2 as 3.
                    try await db.raw("UPDATE audit_events SET seq = seq + 100 WHERE seq >= 3").run()
                    try await db.raw("UPDATE audit_events SET seq = seq - 99 WHERE seq >= 103").run()
                    try await db.raw(
                        """
                        INSERT INTO audit_events (seq, ts, actor, action, target, outcome, status, latency_us, prompt_tokens,
                               completion_tokens, request_id, details, prev_hash, hash)
                        SELECT 3, ts, actor, action, target, outcome, status, latency_us, prompt_tokens, completion_tokens,
                               request_id, details, hash, hash FROM audit_events WHERE seq = 2
                        """
                    ).run()
                case .reorder:
                    try await db.raw("UPDATE audit_events SET seq = -1 WHERE seq = 2").run()
                    try await db.raw("UPDATE audit_events SET seq = 2 WHERE seq = 5").run()
                    try await db.raw("UPDATE audit_events SET seq = 5 WHERE seq = -1").run()
                case .truncate:
                    try await db.raw("DELETE FROM audit_events WHERE seq >= 5").run()
                }
            }
            switch tamper {
            case .modify: expected = 3
            case .delete: expected = 4
            case .insert: expected = 3
            case .reorder: expected = 2
            case .truncate: expected = 5
            }
            let failure = try #require(try await store.verifyAuditTrail().failure)
            #expect(failure.sequence == expected, "\(tamper): \(failure)")
        }
    }
}
