/// The authenticated caller of a request: a user acting through one credential.
public struct Principal: Sendable, Hashable {
    public let userID: UserID
    public let userName: String
    public let role: RoleName
    /// The API key used, when the caller authenticated with one.
    public let keyID: APIKeyID?

    public init(userID: UserID, userName: String, role: RoleName, keyID: APIKeyID?) {
        self.userID = userID
        self.userName = userName
        self.role = role
        self.keyID = keyID
    }

    /// How the principal appears as the actor of an audit event: `user:NAME` (with the key id when present).
    public var auditActor: String {
        if let keyID { return "user:\(userName)/\(keyID)" }
        return "user:\(userName)"
    }
}
