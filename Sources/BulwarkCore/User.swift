/// An account as stored. Passwords are kept only as a hash produced by BulwarkCrypto.
public struct User: Sendable, Hashable {
    public let id: UserID
    public let name: String
    public var role: RoleName
    public var passwordHash: String?
    public var isDisabled: Bool
    public let createdAt: Timestamp

    public init(id: UserID, name: String, role: RoleName, passwordHash: String?, isDisabled: Bool, createdAt: Timestamp)
    {
        self.id = id
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.isDisabled = isDisabled
        self.createdAt = createdAt
    }

    /// Names are what people type on the command line: letters, digits, `.`, `_`, `-` and `@`, 1–64 characters.
    public static func isValidName(_ name: String) -> Bool {
        guard (1...64).contains(name.utf8.count) else { return false }
        return name.unicodeScalars.allSatisfy { s in
            (s.value < 128)
                && (s.properties.isAlphabetic || ("0"..."9").contains(s) || "._-@".unicodeScalars.contains(s))
        }
    }
}

/// An API key's metadata. The token itself is never stored, only its hash.
public struct APIKey: Sendable, Hashable {
    public let id: APIKeyID
    public let userID: UserID
    /// SHA-256 of the full token, lowercase hex.
    public let tokenHash: String
    public let createdAt: Timestamp
    public let expiresAt: Timestamp?
    public var revokedAt: Timestamp?

    public init(
        id: APIKeyID,
        userID: UserID,
        tokenHash: String,
        createdAt: Timestamp,
        expiresAt: Timestamp?,
        revokedAt: Timestamp?
    ) {
        self.id = id
        self.userID = userID
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    /// Whether the key may authenticate at `now`.
    public func isUsable(at now: Timestamp) -> Bool {
        if revokedAt != nil { return false }
        if let expiresAt, expiresAt <= now { return false }
        return true
    }
}
