public import BulwarkCore
import SQLKit

/// Administrative changes, each committed in one transaction together with its audit event, so an
/// action is never stored without its record (and fails if the record cannot be written).
public struct AdminOperations: Sendable {
    let store: Store
    let clock: any WallClock
    let actor: String

    public init(store: Store, actor: String, clock: any WallClock = SystemWallClock()) {
        self.store = store
        self.actor = actor
        self.clock = clock
    }

    public func createUser(_ user: User) async throws {
        let kind = store.backend.kind
        let draft = event("user.create", target: user.name, details: ["role": user.role.rawValue])
        do {
            try await store.backend.transaction { db in
                if try await db.raw("SELECT id FROM users WHERE name = \(bind: user.name)").first() != nil {
                    throw StoreError.conflict("user '\(user.name)' already exists")
                }
                try await db.raw(
                    """
                    INSERT INTO users (id, name, role, password_hash, disabled, created_at)
                    VALUES (\(bind: user.id.rawValue), \(bind: user.name), \(bind: user.role.rawValue),
                            \(bind: user.passwordHash), \(bind: user.isDisabled ? 1 : 0), \(bind: user.createdAt.rawValue))
                    """
                ).run()
                _ = try await SQLAuditRepository.append([draft], on: db, kind: kind)
            }
        }
    }

    public func disableUser(name: String) async throws {
        let kind = store.backend.kind
        let draft = event("user.disable", target: name)
        try await store.backend.transaction { db in
            guard try await db.raw("SELECT id FROM users WHERE name = \(bind: name)").first() != nil else {
                throw StoreError.notFound("no user named '\(name)'")
            }
            try await db.raw("UPDATE users SET disabled = 1 WHERE name = \(bind: name)").run()
            _ = try await SQLAuditRepository.append([draft], on: db, kind: kind)
        }
    }

    public func createKey(_ key: APIKey, userName: String) async throws {
        let kind = store.backend.kind
        var details = ["user": userName]
        if let expiresAt = key.expiresAt { details["expires_at"] = expiresAt.description }
        let draft = event("key.create", target: key.id.rawValue, details: details)
        try await store.backend.transaction { db in
            try await db.raw(
                """
                INSERT INTO api_keys (id, user_id, token_hash, created_at, expires_at, revoked_at)
                VALUES (\(bind: key.id.rawValue), \(bind: key.userID.rawValue), \(bind: key.tokenHash),
                        \(bind: key.createdAt.rawValue), \(bind: key.expiresAt?.rawValue), \(bind: nil as Int64?))
                """
            ).run()
            _ = try await SQLAuditRepository.append([draft], on: db, kind: kind)
        }
    }

    /// Revokes a key. - Throws: `StoreError.notFound` when there is no such active key.
    public func revokeKey(id: APIKeyID) async throws {
        let kind = store.backend.kind
        let now = clock.now()
        let draft = event("key.revoke", target: id.rawValue)
        try await store.backend.transaction { db in
            let row = try await db.raw("SELECT revoked_at FROM api_keys WHERE id = \(bind: id.rawValue)").first()
            guard let row else { throw StoreError.notFound("no API key with id '\(id)'") }
            guard try row.decode(column: "revoked_at", as: Int64?.self) == nil else {
                throw StoreError.conflict("API key '\(id)' is already revoked")
            }
            try await db.raw("UPDATE api_keys SET revoked_at = \(bind: now.rawValue) WHERE id = \(bind: id.rawValue)")
                .run()
            _ = try await SQLAuditRepository.append([draft], on: db, kind: kind)
        }
    }

    /// Records an event that has no state change of its own (server start, audit verification).
    public func record(
        _ action: String,
        target: String,
        outcome: AuditOutcome = .success,
        details: [String: String] = [:]
    ) async throws {
        var draft = event(action, target: target, details: details)
        draft.outcome = outcome
        _ = try await store.audit.append([draft])
    }

    private func event(_ action: String, target: String, details: [String: String] = [:]) -> AuditDraft {
        AuditDraft(
            time: clock.now(),
            actor: actor,
            action: action,
            target: target,
            outcome: .success,
            status: 0,
            details: details
        )
    }
}
