public import BulwarkCore
import SQLKit

/// Accounts (reads; changes go through `AdminOperations`, which audits them).
public protocol UserRepository: Sendable {
    func find(name: String) async throws -> User?
    func find(id: UserID) async throws -> User?
    func list() async throws -> [User]
}

/// `UserRepository` over SQL.
public struct SQLUserRepository: UserRepository {
    let backend: any StoreBackend

    public init(backend: any StoreBackend) { self.backend = backend }

    public func find(name: String) async throws -> User? {
        try await backend.read { db in
            try await db.raw("SELECT * FROM users WHERE name = \(bind: name)").first().map(Self.decode)
        }
    }

    public func find(id: UserID) async throws -> User? {
        try await backend.read { db in
            try await db.raw("SELECT * FROM users WHERE id = \(bind: id.rawValue)").first().map(Self.decode)
        }
    }

    public func list() async throws -> [User] {
        try await backend.read { db in
            try await db.raw("SELECT * FROM users ORDER BY name").all().map(Self.decode)
        }
    }

    static func decode(_ row: any SQLRow) throws -> User {
        User(
            id: UserID(rawValue: try row.decode(column: "id", as: String.self)),
            name: try row.decode(column: "name", as: String.self),
            role: RoleName(try row.decode(column: "role", as: String.self)),
            passwordHash: try row.decode(column: "password_hash", as: String?.self),
            isDisabled: try row.decode(column: "disabled", as: Int64.self) != 0,
            createdAt: Timestamp(rawValue: try row.decode(column: "created_at", as: Int64.self))
        )
    }
}
