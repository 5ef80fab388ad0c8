public import Logging
import SQLiteKit
public import SQLKit

/// SQLite in WAL mode with `synchronous=FULL` (a committed transaction survives power loss), one
/// writer connection and a few reader connections.
///
/// A second write connection runs with `synchronous=NORMAL`: a statement committed there is written to the
/// write-ahead log (so the write is known to have worked) but not yet forced to disk. The next commit on the
/// `FULL` connection syncs the log file, and with it everything written before. Both connections take the same
/// lock, so statements on them never interleave.
///
/// The write-ahead log is copied back into the database file (checkpointed) by a connection of its own every
/// quarter second, beside the writers rather than inside a commit, so a request's audit write never waits for
/// a checkpoint; the writers checkpoint themselves only if the log grows past ``checkpointSafetyPages``.
public final class SQLiteBackend: StoreBackend {
    public let kind = StoreKind.sqlite
    private let writer: SQLiteConnection
    private let unsyncedWriter: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let checkpointer: SQLiteConnection
    private let checkpoints: Task<Void, Never>
    private let writeLock = AsyncLock()
    private let nextReader = ReaderCursor()

    /// Log pages after which a writer checkpoints in its own commit (about 16 MB): only when the background
    /// checkpoints cannot keep up.
    static let checkpointSafetyPages = 4000

    /// Opens (creating when missing) the database file at `path`.
    public static func open(path: String, readers readerCount: Int = 4, logger: Logger) async throws -> SQLiteBackend {
        var quiet = logger
        quiet.logLevel = .warning
        let writer = try await SQLiteConnection.open(storage: .file(path: path), logger: quiet)
        let autoCheckpoint = "PRAGMA wal_autocheckpoint=\(checkpointSafetyPages)"
        for pragma in [
            "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON",
            autoCheckpoint,
        ] {
            _ = try await writer.query(pragma, [] as [SQLiteData])
        }
        let unsyncedWriter = try await SQLiteConnection.open(storage: .file(path: path), logger: quiet)
        for pragma in [
            "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON", autoCheckpoint,
        ] {
            _ = try await unsyncedWriter.query(pragma, [] as [SQLiteData])
        }
        let checkpointer = try await SQLiteConnection.open(storage: .file(path: path), logger: quiet)
        _ = try await checkpointer.query("PRAGMA synchronous=FULL", [] as [SQLiteData])
        var readers: [SQLiteConnection] = []
        for _ in 0..<max(1, readerCount) {
            let reader = try await SQLiteConnection.open(storage: .file(path: path), logger: quiet)
            _ = try await reader.sql().raw("PRAGMA busy_timeout=10000").all()
            _ = try await reader.sql().raw("PRAGMA query_only=ON").all()
            readers.append(reader)
        }
        return SQLiteBackend(
            writer: writer,
            unsyncedWriter: unsyncedWriter,
            readers: readers,
            checkpointer: checkpointer,
            logger: logger
        )
    }

    private init(
        writer: SQLiteConnection,
        unsyncedWriter: SQLiteConnection,
        readers: [SQLiteConnection],
        checkpointer: SQLiteConnection,
        logger: Logger
    ) {
        self.writer = writer
        self.unsyncedWriter = unsyncedWriter
        self.readers = readers
        self.checkpointer = checkpointer
        self.checkpoints = Task {
            // PASSIVE: copies what no reader still needs and never waits for a lock or blocks a writer.
            // Cancelled when the store closes: a sleep or a checkpoint cut short then is no failure.
            while true {
                do { try await Task.sleep(for: .milliseconds(250)) } catch { break }
                do {
                    try await checkpointer.query("PRAGMA wal_checkpoint(PASSIVE)", []) { _ in }
                } catch is CancellationError {
                    break
                } catch {
                    logger.warning("background checkpoint failed", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let reader = readers[nextReader.next() % readers.count]
        return try await body(reader.sql())
    }

    public func transaction<T: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        let db = writer.sql()
        return try await writeLock.withLock {
            try await db.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await body(db)
                try await db.raw("COMMIT").run()
                return result
            } catch {
                try? await db.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Runs one statement outside any transaction (it commits on its own), straight on SQLite without SQLKit's
    /// query building — for the audit writer's hot path. `synced: false` returns once the statement is in the
    /// write-ahead log, before it is forced to disk (see the type's documentation).
    func execute(_ sql: String, _ binds: [SQLiteData], synced: Bool) async throws {
        let connection = synced ? writer : unsyncedWriter
        try await writeLock.withLock { try await connection.query(sql, binds) { _ in } }
    }

    public func shutdown() async {
        checkpoints.cancel()
        _ = await checkpoints.value
        for connection in readers + [checkpointer, unsyncedWriter, writer] { try? await connection.close() }
    }
}

/// Round-robin position over reader connections.
private final class ReaderCursor: Sendable {
    private let value = Atomic<Int>(0)
    func next() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue & Int.max }
}

import Synchronization
