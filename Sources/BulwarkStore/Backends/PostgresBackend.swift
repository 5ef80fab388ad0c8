import Foundation
import Logging
import PostgresKit
public import PostgresNIO
public import SQLKit

/// PostgreSQL through `PostgresClient` (a connection pool). The client is a `Service`: run it in the
/// application's `ServiceGroup` (or `run()` it in a task) before using the backend.
public final class PostgresBackend: StoreBackend {
    public let kind = StoreKind.postgres
    public let client: PostgresClient
    private let logger: Logger

    public init(url: String, logger: Logger) throws {
        self.client = PostgresClient(configuration: try Self.configuration(from: url), backgroundLogger: logger)
        self.logger = logger
    }

    /// Parses `postgres://user:password@host:port/database?sslmode=disable|prefer|require`.
    public static func configuration(from url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url),
            ["postgres", "postgresql"].contains(components.scheme ?? ""),
            let host = components.host, !host.isEmpty
        else { throw StoreConfigurationError.invalidDatabaseURL }
        let database = components.path.split(separator: "/").first.map(String.init)
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        let tls: PostgresClient.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "prefer": tls = .prefer(.makeClientConfiguration())
        case "require", "verify-full": tls = .require(.makeClientConfiguration())
        default: throw StoreConfigurationError.invalidDatabaseURL
        }
        var configuration = PostgresClient.Configuration(
            host: host,
            port: components.port ?? 5432,
            username: components.user ?? "postgres",
            password: components.password,
            database: database,
            tls: tls
        )
        configuration.options.maximumConnections = 16
        return configuration
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await body(connection.sql(queryLogLevel: nil))
        }
    }

    public func transaction<T: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await body(connection.sql(queryLogLevel: nil))
            }
        } catch let error as PostgresTransactionError {
            // Surface what the body threw (a domain error), not the wrapper.
            if let closureError = error.closureError, error.commitError == nil { throw closureError }
            throw error
        }
    }

    public func shutdown() async {}
}

/// A database URL that cannot be used.
public enum StoreConfigurationError: Error, CustomStringConvertible {
    case invalidDatabaseURL

    public var description: String {
        "invalid database URL; expected postgres://USER:PASSWORD@HOST:PORT/DATABASE[?sslmode=disable|prefer|require]"
    }
}
