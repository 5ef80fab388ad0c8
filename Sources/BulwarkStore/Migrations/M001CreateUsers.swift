import SQLKit

struct M001CreateUsers: Migration {
    let version: Int64 = 1
    let name = "create users"

    func apply(on db: any SQLDatabase, kind: StoreKind) async throws {
        try await db.raw(
            """
            CREATE TABLE users (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL,
                password_hash TEXT,
                disabled BIGINT NOT NULL DEFAULT 0,
                created_at BIGINT NOT NULL
            )
            """
        ).run()
    }
}
