import BulwarkCore
import HTTPTypes
import Testing

@testable import BulwarkServer

@Suite struct InspectionThreadsTests {
    @Test func concurrentWorkEachGetsItsOwnResult() async throws {
        let threads = InspectionThreads(threads: 2)
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<50 { group.addTask { try await threads.start { (0...i).reduce(0, +) }.value() } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }.sorted()
        }
        #expect(results == (0..<50).map { ($0 * ($0 + 1)) / 2 }.sorted())
        try await threads.stop()
    }

    @Test func workAfterStopIsRefusedAsShuttingDownWhichIsA503() async throws {
        let threads = InspectionThreads(threads: 1)
        try await threads.stop()
        await #expect(throws: GatewayError.shuttingDown) { try await threads.start { 1 }.value() }
        let mapped = ErrorMapper.map(GatewayError.shuttingDown)
        #expect(mapped.status == .serviceUnavailable && mapped.code == "shutting_down")
    }
}

extension InspectionThreadsTests {
    @Test func aResultReadyBeforeItIsCollectedIsKept() async throws {
        let threads = InspectionThreads(threads: 1)
        let handoff = threads.start { "done" }
        // Let the work finish first: the result must wait for the collector, not be lost.
        try await threads.start { () }.value()
        #expect(try await handoff.value() == "done")
        try await threads.stop()
    }
}
