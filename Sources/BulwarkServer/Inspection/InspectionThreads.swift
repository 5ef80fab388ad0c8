import BulwarkCore
import NIOPosix
import ServiceLifecycle
import Synchronization

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

    /// Starts `work` on one of the threads and returns at once; the caller collects the result with
    /// `Handoff.value()`. Cheaper than a child task on the request path: no task to create, schedule and join.
    func start<T: Sendable>(_ work: @escaping @Sendable () -> T) -> Handoff<T> {
        let handoff = Handoff<T>()
        pool.submit { state in
            guard case .active = state else { return handoff.complete(.failure(.shuttingDown)) }
            handoff.complete(.success(work()))
        }
        return handoff
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

/// The result of work started on an inspection thread, collected once.
final class Handoff<T: Sendable>: Sendable {
    private enum State {
        case running
        case done(Result<T, GatewayError>)
        case waiting(UnsafeContinuation<Result<T, GatewayError>, Never>)
        case collected
    }

    private let state = Mutex(State.running)

    fileprivate func complete(_ result: Result<T, GatewayError>) {
        let waiter = state.withLock { state -> UnsafeContinuation<Result<T, GatewayError>, Never>? in
            guard case .waiting(let continuation) = state else {
                state = .done(result)
                return nil
            }
            state = .collected
            return continuation
        }
        waiter?.resume(returning: result)
    }

    /// Waits for the work to finish and returns its result; call it once.
    /// - Throws: `GatewayError.shuttingDown` when the threads had stopped before the work could run.
    func value() async throws(GatewayError) -> T {
        typealias Waiter = UnsafeContinuation<Result<T, GatewayError>, Never>
        let result = await withUnsafeContinuation { (continuation: Waiter) in
            let ready = state.withLock { state -> Result<T, GatewayError>? in
                switch state {
                case .done(let result):
                    state = .collected
                    return result
                case .running:
                    state = .waiting(continuation)
                    return nil
                case .waiting, .collected:
                    preconditionFailure("a hand-off's value is collected once")
                }
            }
            if let ready { continuation.resume(returning: ready) }
        }
        return try result.get()
    }
}
