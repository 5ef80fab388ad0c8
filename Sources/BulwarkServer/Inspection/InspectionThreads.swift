import BulwarkCore
import NIOPosix
import ServiceLifecycle

/// Threads for the request path's CPU-heavy, pure work: prompt inspection. The event loops keep serving
/// connections meanwhile, and a prompt is inspected while its `chat.request` event is being written, instead
/// of one after the other. (Answers are inspected on the event loop: moving them here gained nothing measurable
/// and cost two thread hand-offs per request; docs/benchmarks.md.)
final class InspectionThreads: Service {
    private let pool: NIOThreadPool

    init(threads: Int) {
        pool = NIOThreadPool(numberOfThreads: max(1, threads))
        pool.start()
    }

    /// Runs `work` on one of the threads and returns its result.
    /// - Throws: `GatewayError.shuttingDown` once the server is stopping (or the request was cancelled).
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws(GatewayError) -> T {
        do {
            return try await pool.runIfActive(work)
        } catch {
            throw .shuttingDown
        }
    }

    func run() async throws {
        try? await gracefulShutdown()
        try await stop()
    }

    /// Finishes the work under way and refuses new work.
    func stop() async throws {
        try await pool.shutdownGracefully()
    }
}
