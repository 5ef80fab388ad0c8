import SQLKit

/// SQLite: make `seq` the table's rowid. Declared `BIGINT PRIMARY KEY`, it was a separate unique index beside
/// the hidden rowid, so every appended event updated three B-trees (rowid, primary key, time) and wrote a page
/// more per commit; as `INTEGER PRIMARY KEY` the events are stored in `seq` order in the table itself. The
/// table is rebuilt with its rows, index and head trigger. PostgreSQL is unchanged.
struct M005AuditSeqAsRowID: Migration {
    let version: Int64 = 5
    let name = "audit_events.seq as the rowid (sqlite)"

    func apply(on db: any SQLDatabase, kind: StoreKind) async throws {
        guard kind == .sqlite else { return }
        try await db.raw(
            """
            CREATE TABLE audit_events_rebuilt (
                seq INTEGER PRIMARY KEY,
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
        try await db.raw(
            """
            INSERT INTO audit_events_rebuilt (seq, ts, actor, action, target, outcome, status, latency_us,
                prompt_tokens, completion_tokens, request_id, details, prev_hash, hash)
            SELECT seq, ts, actor, action, target, outcome, status, latency_us,
                prompt_tokens, completion_tokens, request_id, details, prev_hash, hash
            FROM audit_events ORDER BY seq
            """
        ).run()
        // Dropping the table drops its index and trigger too; both are made again on the new one.
        try await db.raw("DROP TABLE audit_events").run()
        try await db.raw("ALTER TABLE audit_events_rebuilt RENAME TO audit_events").run()
        try await db.raw("CREATE INDEX audit_events_ts ON audit_events(ts)").run()
        try await M004AuditHeadTrigger().apply(on: db, kind: kind)
    }
}
