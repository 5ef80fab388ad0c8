public import BulwarkCore
import SQLKit

/// API keys (hashes and metadata only; changes go through `AdminOperations`).
public protocol APIKeyRepository: Sendable {
    /// The key with this token hash and its owner, whatever their state (callers check usability).
    func find(tokenHash: String) async throws -> (APIKey, User)?
    func find(id: APIKeyID) async throws -> APIKey?
    func list(userID: UserID) async throws -> [APIKey]
}

/// `APIKeyRepository` over SQL.
public struct SQLAPIKeyRepository: APIKeyRepository {
    let backend: any StoreBackend

    public init(backend: any StoreBackend) { self.backend = backend }

    public func find(tokenHash: String) async throws -> (APIKey, User)? {
        try await backend.read { db in
            guard
                let row = try await db.raw(
                    """
                    SELECT k.id AS k_id, k.user_id AS k_user_id, k.token_hash AS k_token_hash, k.created_at AS k_created_at,
                           k.expires_at AS k_expires_at, k.revoked_at AS k_revoked_at, u.*
                    FROM api_keys k JOIN users u ON u.id = k.user_id
                    WHERE k.token_hash = \(bind: tokenHash)
                    """
                ).first()
            else { return nil }
            return (try Self.decode(row, prefix: "k_"), try SQLUserRepository.decode(row))
        }
    }

    public func find(id: APIKeyID) async throws -> APIKey? {
        try await backend.read { db in
            try await db.raw("SELECT * FROM api_keys WHERE id = \(bind: id.rawValue)").first().map {
                try Self.decode($0)
            }
        }
    }

    public func list(userID: UserID) async throws -> [APIKey] {
        try await backend.read { db in
            try await db.raw("SELECT * FROM api_keys WHERE user_id = \(bind: userID.rawValue) ORDER BY created_at, id")
                .all().map { try Self.decode($0) }
        }
    }

    static func decode(_ row: any SQLRow, prefix: String = "") throws -> APIKey {
        APIKey(
            id: APIKeyID(rawValue: try row.decode(column: prefix + "id", as: String.self)),
            userID: UserID(rawValue: try row.decode(column: prefix + "user_id", as: String.self)),
            tokenHash: try row.decode(column: prefix + "token_hash", as: String.self),
            createdAt: Timestamp(rawValue: try row.decode(column: prefix + "created_at", as: Int64.self)),
            expiresAt: try row.decode(column: prefix + "expires_at", as: Int64?.self).map(Timestamp.init(rawValue:)),
            revokedAt: try row.decode(column: prefix + "revoked_at", as: Int64?.self).map(Timestamp.init(rawValue:))
        )
    }
}
