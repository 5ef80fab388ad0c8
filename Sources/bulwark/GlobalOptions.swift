import ArgumentParser
import BulwarkCore
import BulwarkServer
import BulwarkCrypto
import BulwarkStore
import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle

/// Options every command takes: where the data lives, which database and which policy.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "Data folder (SQLite database, master key, TLS files).")
    var dataDirectory: String = "./bulwark-data"

    @Option(
        name: .customLong("database-url"),
        help: "postgres://USER:PASSWORD@HOST:PORT/DB to use PostgreSQL instead of SQLite (or BULWARK_DATABASE_URL)."
    )
    var databaseURL: String?

    @Option(
        name: .customLong("config"),
        help: "Policy file (default: BULWARK_CONFIG, else ./bulwark.yaml when present, else built-in defaults)."
    )
    var configPath: String?

    var resolvedDatabaseURL: String? { databaseURL ?? ProcessInfo.processInfo.environment["BULWARK_DATABASE_URL"] }

    var resolvedConfigPath: String? {
        if let configPath { return configPath }
        if let env = ProcessInfo.processInfo.environment["BULWARK_CONFIG"], !env.isEmpty { return env }
        return FileManager.default.fileExists(atPath: "bulwark.yaml") ? "bulwark.yaml" : nil
    }

    /// The validated policy and the SHA-256 of its file ("builtin" for the defaults).
    func loadPolicy() throws -> (Policy, String) {
        guard let path = resolvedConfigPath else { return (.defaults, "builtin-defaults") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read policy file \(path); check the path given to --config")
        }
        do {
            let policy = try PolicyLoader.parse(String(decoding: data, as: UTF8.self))
            return (policy, Hex.encode(SHA256Digest.of(data)))
        } catch {
            throw CLIError(
                "policy file \(path) is invalid:\n\(error.description)\nRun `bulwark policy check \(path)` for details."
            )
        }
    }

    func ensureDataDirectory() throws {
        try FileManager.default.createDirectory(
            atPath: dataDirectory,
            withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700]
        )
    }

    /// Opens the store, migrates it (unless `migrate` is false: read-only commands leave the schema alone), runs
    /// `body`, and closes it. For PostgreSQL the pool runs for the duration.
    func withStore<T: Sendable>(
        logger: Logger,
        migrate: Bool = true,
        _ body: @escaping @Sendable (Store) async throws -> T
    ) async throws -> T {
        let backend = try await openBackend(logger: logger)
        let store = Store(backend: backend)
        if let postgres = backend as? PostgresBackend {
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask {
                    await postgres.client.run()
                    return nil
                }
                defer { group.cancelAll() }
                if migrate { try await Migrator(backend: backend).migrate() }
                return try await body(store)
            }
        }
        defer { Task { await backend.shutdown() } }
        if migrate { try await Migrator(backend: backend).migrate() }
        return try await body(store)
    }

    func openBackend(logger: Logger) async throws -> any StoreBackend {
        if let url = resolvedDatabaseURL {
            do {
                return try PostgresBackend(url: url, logger: logger)
            } catch {
                throw CLIError("\(error)")
            }
        }
        try ensureDataDirectory()
        return try await SQLiteBackend.open(path: dataDirectory + "/bulwark.db", logger: logger)
    }

    /// Who the audit trail names for CLI actions.
    var cliActor: String {
        let user =
            ProcessInfo.processInfo.environment["SUDO_USER"] ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        return "cli:\(user)"
    }
}

/// A command-line failure: the message names the problem and the fix.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

import Crypto

enum SHA256Digest {
    static func of(_ data: Data) -> [UInt8] { Array(SHA256.hash(data: data)) }
}
