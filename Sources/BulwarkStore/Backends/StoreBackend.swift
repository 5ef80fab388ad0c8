public import SQLKit

/// A SQL database the store runs on: SQLite (embedded) or PostgreSQL (multi-instance).
///
/// Reads may run concurrently; `transaction` runs its body atomically and, for SQLite, holds the
/// database's write lock from the start (`BEGIN IMMEDIATE`), so read-modify-write is safe across processes.
public protocol StoreBackend: Sendable {
    var kind: StoreKind { get }
    func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// Releases connections. Idempotent.
    func shutdown() async
}

/// Which SQL engine a backend speaks, where the SQL must differ.
public enum StoreKind: String, Sendable {
    case sqlite
    case postgres
}
