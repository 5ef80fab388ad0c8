public import Logging
import SQLiteKit
public import SQLKit

/// SQLite in WAL mode with `synchronous=FULL` (a committed transaction survives power loss), one
/// writer connection and a few reader connections.
public final class SQLiteBackend: StoreBackend {
    public let kind = StoreKind.sqlite
    private let writer: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let writeLock = AsyncLock()
    private let nextReader = ReaderCursor()

    /// Opens (creating when missing) the database file at `path`.
    public static func open(path: String, readers readerCount: Int = 4, logger: Logger) async throws -> SQLiteBackend {
        var quiet = logger
        quiet.logLevel = .warning
        let writer = try await SQLiteConnection.open(storage: .file(path: path), logger: quiet)
        for pragma in [
            "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON",
        ] {
            _ = try await writer.sql().raw(SQLQueryString(pragma)).all()
        }
        var readers: [SQLiteConnection] = []
        for _ in 0..<max(1, readerCount) {
            let reader = try await SQLiteConnection.open(storage: .file(path: path), logger: quiet)
            _ = try await reader.sql().raw("PRAGMA busy_timeout=10000").all()
            _ = try await reader.sql().raw("PRAGMA query_only=ON").all()
            readers.append(reader)
        }
        return SQLiteBackend(writer: writer, readers: readers)
    }

    private init(writer: SQLiteConnection, readers: [SQLiteConnection]) {
        self.writer = writer
        self.readers = readers
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

    public func autocommit<T: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        let db = writer.sql()
        return try await writeLock.withLock { try await body(db) }
    }

    public func shutdown() async {
        for connection in readers + [writer] { try? await connection.close() }
    }
}

/// Round-robin position over reader connections.
private final class ReaderCursor: Sendable {
    private let value = Atomic<Int>(0)
    func next() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue & Int.max }
}

import Synchronization
