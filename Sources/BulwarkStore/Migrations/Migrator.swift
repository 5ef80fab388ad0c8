public import BulwarkCore
import SQLKit

/// Applies pending migrations and reports whether the schema is current.
public struct Migrator: Sendable {
    let backend: any StoreBackend
    let clock: any WallClock

    public init(backend: any StoreBackend, clock: any WallClock = SystemWallClock()) {
        self.backend = backend
        self.clock = clock
    }

    /// Applies every migration newer than the database's version (up to `target`, when given). Safe to run
    /// from several instances at once.
    /// - Returns: the names of the migrations applied.
    @discardableResult
    public func migrate(upTo target: Int64 = .max) async throws -> [String] {
        let kind = backend.kind
        let now = clock.now().rawValue
        return try await backend.transaction { db in
            if kind == .postgres {
                // Serializes concurrent starts of several instances on one database.
                try await db.raw("SELECT pg_advisory_xact_lock(7270001)").run()
            }
            try await db.raw(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)
                """
            ).run()
            let current = try await Self.currentVersion(db)
            var applied: [String] = []
            for migration in Migrations.all where migration.version > current && migration.version <= target {
                try await migration.apply(on: db, kind: kind)
                try await db.raw(
                    """
                    INSERT INTO schema_migrations (version, name, applied_at)
                    VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: now))
                    """
                ).run()
                applied.append(migration.name)
            }
            return applied
        }
    }

    /// The applied schema version (0 for an empty database).
    public func currentVersion() async throws -> Int64 {
        try await backend.read { db in try await Self.currentVersion(db) }
    }

    static func currentVersion(_ db: any SQLDatabase) async throws -> Int64 {
        do {
            let row = try await db.raw("SELECT MAX(version) AS v FROM schema_migrations").first()
            return try row?.decode(column: "v", as: Int64?.self) ?? 0
        } catch {
            // No table yet: nothing applied.
            return 0
        }
    }
}
