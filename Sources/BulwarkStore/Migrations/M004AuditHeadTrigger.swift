import SQLKit

/// SQLite: keep the chain head in step with every insert, inside the inserting statement itself, so one
/// multi-row INSERT appends a batch and moves the head atomically (one statement, no explicit transaction).
/// PostgreSQL keeps updating the head explicitly in the locked transaction.
struct M004AuditHeadTrigger: Migration {
    let version: Int64 = 4
    let name = "audit head trigger (sqlite)"

    func apply(on db: any SQLDatabase, kind: StoreKind) async throws {
        guard kind == .sqlite else { return }
        try await db.raw(
            """
            CREATE TRIGGER audit_events_advance_head AFTER INSERT ON audit_events
            BEGIN
                UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1 AND NEW.seq > seq;
            END
            """
        ).run()
    }
}
