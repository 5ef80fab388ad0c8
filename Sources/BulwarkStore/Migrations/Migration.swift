public import SQLKit

/// One schema change. Each lives in its own file and is applied once, in version order, in a transaction.
public protocol Migration: Sendable {
    var version: Int64 { get }
    var name: String { get }
    func apply(on db: any SQLDatabase, kind: StoreKind) async throws
}

/// Every migration the store knows, in order.
public enum Migrations {
    public static let all: [any Migration] = [
        M001CreateUsers(),
        M002CreateAPIKeys(),
        M003CreateAuditEvents(),
        M004AuditHeadTrigger(),
        M005AuditSeqAsRowID(),
    ]

    public static var latestVersion: Int64 { all.map(\.version).max() ?? 0 }
}
