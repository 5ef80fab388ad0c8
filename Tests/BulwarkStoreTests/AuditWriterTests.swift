import BulwarkCore
import BulwarkCrypto
import BulwarkStore
import Logging
import Synchronization
import Testing

/// The batching writer's contract with the repository, independent of any database.
@Suite struct AuditWriterTests {
    /// Records what each batch asked for; the first batch waits until the test lets it finish.
    final class GatedRepository: AuditRepository {
        private let state = Mutex<(batches: [(count: Int, synced: Bool)], released: Bool)>(([], false))

        var batches: [(count: Int, synced: Bool)] { state.withLock { $0.batches } }
        func release() { state.withLock { $0.released = true } }

        func append(_ drafts: [AuditDraft], synced: Bool) async throws -> [AuditRecord] {
            let isFirst = state.withLock { state in
                state.batches.append((drafts.count, synced))
                return state.batches.count == 1
            }
            if isFirst { while !state.withLock({ $0.released }) { try await Task.sleep(for: .milliseconds(1)) } }
            let start = Int64(state.withLock { $0.batches.dropLast().reduce(0) { $0 + $1.count } })
            return drafts.enumerated().map { i, draft in
                AuditRecord(sequence: start + Int64(i) + 1, draft: draft, previousHash: "", hash: "")
            }
        }
        func records(after: Int64, limit: Int) async throws -> [AuditRecord] { [] }
        func head() async throws -> AuditHead { AuditHead(sequence: 0, hash: AuditRecord.genesisHash) }
    }

    static func draft(_ action: String) -> AuditDraft {
        AuditDraft(time: Timestamp(rawValue: 1), actor: "a", action: action, target: "t", outcome: .success, status: 0)
    }

    @Test func aBatchIsSyncedWhenAnyOfItsEventsAsksForIt() async throws {
        let repository = GatedRepository()
        let writer = AuditWriter(repository: repository, logger: Logger(label: "test"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await writer.run() }
            group.addTask { _ = try await writer.append(Self.draft("first"), synced: false) }
            while repository.batches.isEmpty { try await Task.sleep(for: .milliseconds(1)) }
            // While the first batch is being written, one event that needs only writing and one that needs a
            // sync queue up: they go together, synced.
            group.addTask { _ = try await writer.append(Self.draft("written"), synced: false) }
            group.addTask { _ = try await writer.append(Self.draft("synced")) }
            try await Task.sleep(for: .milliseconds(50))
            repository.release()
            while repository.batches.count < 2 { try await Task.sleep(for: .milliseconds(1)) }
            writer.stop()
            try await group.waitForAll()
        }
        let batches = repository.batches
        #expect(batches.count == 2)
        #expect(batches[0].count == 1 && batches[0].synced == false)
        #expect(batches[1].count == 2 && batches[1].synced == true)
    }

    @Test func eventsThatOnlyNeedWritingAreNotSynced() async throws {
        let repository = GatedRepository()
        repository.release()
        let writer = AuditWriter(repository: repository, logger: Logger(label: "test"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await writer.run() }
            _ = try await writer.append(Self.draft("request"), synced: false)
            _ = try await writer.append(Self.draft("completion"))
            writer.stop()
            try await group.waitForAll()
        }
        #expect(repository.batches.map(\.synced) == [false, true])
    }
}
