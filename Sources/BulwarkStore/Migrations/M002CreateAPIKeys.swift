import SQLKit

struct M002CreateAPIKeys: Migration {
    let version: Int64 = 2
    let name = "create api_keys"

    func apply(on db: any SQLDatabase, kind: StoreKind) async throws {
        try await db.raw(
            """
            CREATE TABLE api_keys (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id),
                token_hash TEXT NOT NULL UNIQUE,
                created_at BIGINT NOT NULL,
                expires_at BIGINT,
                revoked_at BIGINT
            )
            """
        ).run()
        try await db.raw("CREATE INDEX api_keys_user ON api_keys(user_id)").run()
    }
}
