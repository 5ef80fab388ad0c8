public import BulwarkCrypto
import BulwarkCore
import SQLKit

/// The persistence layer: one backend and the repositories over it.
public struct Store: Sendable {
    public let backend: any StoreBackend
    public let users: any UserRepository
    public let apiKeys: any APIKeyRepository
    public let audit: any AuditRepository

    public init(backend: any StoreBackend) {
        self.backend = backend
        self.users = SQLUserRepository(backend: backend)
        self.apiKeys = SQLAPIKeyRepository(backend: backend)
        self.audit = SQLAuditRepository(backend: backend)
    }

    /// Whether the database answers a trivial query.
    public func ping() async -> Bool {
        do {
            try await backend.read { db in _ = try await db.raw("SELECT 1 AS one").first() }
            return true
        } catch {
            return false
        }
    }

    /// Walks the whole audit trail in pages and checks every link and the head.
    /// - Returns: the number of records checked, and the first failure if any.
    public func verifyAuditTrail(
        pageSize: Int = 2000
    ) async throws -> (count: Int64, failure: AuditVerificationFailure?) {
        let head = try await audit.head()
        var checker = AuditChainChecker()
        var after: Int64 = 0
        while true {
            let page = try await audit.records(after: after, limit: pageSize)
            if let failure = checker.check(page) { return (checker.count, failure) }
            guard let last = page.last, page.count == pageSize else { break }
            after = last.sequence
        }
        return (checker.count, checker.finish(head: head))
    }
}
