public import BulwarkStore
import Foundation
import Logging
import PostgresNIO
import SQLKit

/// Fresh, migrated stores for tests: SQLite in a temporary folder, or a new database on the PostgreSQL
/// server named by `BULWARK_TEST_POSTGRES_URL` (the test script starts one; see scripts/test).
public enum TestStores {
    /// The backends the store suite runs against.
    public static let kinds: [StoreKind] = [.sqlite, .postgres]

    public static var postgresURL: String? { ProcessInfo.processInfo.environment["BULWARK_TEST_POSTGRES_URL"] }

    /// Runs `body` with a fresh migrated store of `kind`, then removes it.
    /// - Throws: `TestStoreError.postgresNotConfigured` when PostgreSQL is asked for but no server is configured.
    public static func with<T: Sendable>(
        _ kind: StoreKind,
        _ body: @escaping @Sendable (Store) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "test-store")
        logger.logLevel = .warning
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "bulwark-test-\(UUID().uuidString)"
            ).path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let backend = try await SQLiteBackend.open(path: folder + "/bulwark.db", logger: logger)
            do {
                try await Migrator(backend: backend).migrate()
                let result = try await body(Store(backend: backend))
                await backend.shutdown()
                return result
            } catch {
                await backend.shutdown()
                throw error
            }
        case .postgres:
            guard let base = postgresURL else { throw TestStoreError.postgresNotConfigured }
            let database =
                "bulwark_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased())"
            try await admin(base, logger: logger, "CREATE DATABASE \(database)")
            let url = replaceDatabase(in: base, with: database)
            let backend = try PostgresBackend(url: url, logger: logger)
            let result = try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask {
                    await backend.client.run()
                    return nil
                }
                defer { group.cancelAll() }
                try await Migrator(backend: backend).migrate()
                return try await body(Store(backend: backend))
            }
            try? await admin(base, logger: logger, "DROP DATABASE \(database) WITH (FORCE)")
            return result
        }
    }

    private static func admin(_ url: String, logger: Logger, _ sql: String) async throws {
        let backend = try PostgresBackend(url: url, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await backend.client.run() }
            defer { group.cancelAll() }
            try await backend.read { db in try await db.raw(SQLQueryString(sql)).run() }
        }
    }

    static func replaceDatabase(in url: String, with database: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.path = "/" + database
        return components.string ?? url
    }
}

/// Why a test store could not be made.
public enum TestStoreError: Error, CustomStringConvertible {
    case postgresNotConfigured
    public var description: String {
        "BULWARK_TEST_POSTGRES_URL is not set: run the suite with scripts/test, which starts a throwaway PostgreSQL"
    }
}
