import BulwarkCore
import SQLKit

struct M003CreateAuditEvents: Migration {
    let version: Int64 = 3
    let name = "create audit_events and audit_head"

    func apply(on db: any SQLDatabase, kind: StoreKind) async throws {
        try await db.raw(
            """
            CREATE TABLE audit_events (
                seq BIGINT PRIMARY KEY,
                ts BIGINT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                outcome TEXT NOT NULL,
                status BIGINT NOT NULL,
                latency_us BIGINT NOT NULL,
                prompt_tokens BIGINT,
                completion_tokens BIGINT,
                request_id TEXT NOT NULL,
                details TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )
            """
        ).run()
        try await db.raw("CREATE INDEX audit_events_ts ON audit_events(ts)").run()
        // The chain head: the last sequence and hash. Lets `audit verify` notice events cut from the end.
        try await db.raw("CREATE TABLE audit_head (id BIGINT PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)")
            .run()
        try await db.raw("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, \(bind: AuditRecord.genesisHash))").run()
    }
}
