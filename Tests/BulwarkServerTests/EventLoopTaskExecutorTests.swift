import NIOCore
import NIOPosix
import Testing

@testable import BulwarkServer

@Suite struct EventLoopTaskExecutorTests {
    /// The thread's event loop, if it is one of the shared group's.
    static func currentLoop() -> ObjectIdentifier? {
        MultiThreadedEventLoopGroup.currentEventLoop.map { ObjectIdentifier($0) }
    }

    @Test(.enabled(if: System.coreCount > 1, "one loop per core: with one core there is nothing to keep apart"))
    func aRequestStaysOnItsConnectionsLoopAcrossAwaitsResumedElsewhere() async throws {
        let loops = Array(MultiThreadedEventLoopGroup.singleton.makeIterator())
        for loop in loops {
            let executor = try #require(EventLoopTaskExecutor.executor(for: loop))
            let seen = try await withTaskExecutorPreference(executor) {
                var seen = [Self.currentLoop()]
                for _ in 0..<20 {
                    // Resumed from a thread-pool thread, as the store and the inspection threads resume requests.
                    try await NIOThreadPool.singleton.runIfActive {}
                    seen.append(Self.currentLoop())
                    await Task.yield()
                    seen.append(Self.currentLoop())
                }
                return seen
            }
            #expect(seen.allSatisfy { $0 == ObjectIdentifier(loop) })
        }
    }

    @Test func loopsOutsideTheSharedGroupGetNoPreference() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        #expect(EventLoopTaskExecutor.executor(for: group.next()) == nil)
        try await group.shutdownGracefully()
    }
}
