import BulwarkCore
import BulwarkCrypto
import BulwarkStore
import Foundation
import Logging
import SQLKit
import Testing

@Suite struct SQLiteMigrationTests {
    /// A trail written under the version-4 schema keeps every event, its chain and its head through the rebuild
    /// that makes `seq` the rowid, and appending goes on from the same head.
    @Test func theAuditTableRebuildKeepsTheChain() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-m5-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let backend = try await SQLiteBackend.open(path: folder.path + "/bulwark.db", logger: logger)
        defer { Task { await backend.shutdown() } }
        let migrator = Migrator(backend: backend)
        try await migrator.migrate(upTo: 4)
        let store = Store(backend: backend)
        let drafts = (0..<7).map { i in
            AuditDraft(
                time: Timestamp(rawValue: Int64(1_000 + i)),
                actor: "user:\(i)",
                action: "chat.completion",
                target: "m",
                outcome: .success,
                status: 200,
                details: ["n": "\(i)"]
            )
        }
        let before = try await store.audit.append(Array(drafts[0..<4]))
        let headBefore = try await store.audit.head()

        #expect(try await migrator.migrate() == ["audit_events.seq as the rowid (sqlite)"])
        let schema = try await backend.read { db in
            try await db.raw("SELECT sql FROM sqlite_master WHERE name = 'audit_events'").first()?
                .decode(column: "sql", as: String.self)
        }
        #expect(schema?.contains("seq INTEGER PRIMARY KEY") == true)
        #expect(try await store.audit.records(after: 0, limit: 100) == before)
        #expect(try await store.audit.head() == headBefore)

        let after = try await store.audit.append(Array(drafts[4...]))
        #expect(after.map(\.sequence) == [5, 6, 7])
        #expect(try await store.audit.head().sequence == 7)
        let verified = try await store.verifyAuditTrail()
        #expect(verified.count == 7 && verified.failure == nil)
    }
}
