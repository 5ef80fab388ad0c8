import BulwarkCore
import BulwarkCrypto
import BulwarkStore
import Foundation
import Logging
import SQLKit
import Testing

@Suite struct SQLiteBackendTests {
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

    /// The write-ahead log reaches the database file without any writer checkpointing (far below the writers'
    /// own threshold): the background checkpoints do it.
    @Test func theLogIsCheckpointedInTheBackground() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-ckpt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/bulwark.db"
        let backend = try await SQLiteBackend.open(path: path, logger: Logger(label: "test"))
        try await Migrator(backend: backend).migrate()
        func fileSize() throws -> Int { try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int }
        try await Task.sleep(for: .milliseconds(600))
        let before = try fileSize()
        let store = Store(backend: backend)
        let padding = String(repeating: "x", count: 2000)
        for batch in 0..<20 {
            let drafts = (0..<20).map { i in
                AuditDraft(
                    time: Timestamp(rawValue: Int64(batch * 20 + i)),
                    actor: "a",
                    action: "test",
                    target: padding,
                    outcome: .success,
                    status: 0
                )
            }
            _ = try await store.audit.append(drafts)
        }
        var grown = false
        for _ in 0..<40 where !grown {
            try await Task.sleep(for: .milliseconds(100))
            grown = try fileSize() > before + 400 * 2000
        }
        #expect(grown, "the database file did not take in the log's pages")
        await backend.shutdown()
    }
}
