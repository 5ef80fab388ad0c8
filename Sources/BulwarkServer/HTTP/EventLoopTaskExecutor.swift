import NIOCore
import NIOPosix

/// Runs a task's jobs on one event loop, so that a request's handler stays on the thread that owns its
/// connection.
///
/// With Swift concurrency on NIO's event loops, a task resumed from another thread (the store's thread pool,
/// an inspection thread) lands on whichever loop is next; with more than one loop, a request then hops between
/// threads on almost every await. Running each request with a preference for its connection's loop keeps the
/// connection, the handler and the provider connection (which prefers the current loop) on one thread.
final class EventLoopTaskExecutor: TaskExecutor {
    let eventLoop: any EventLoop

    private init(eventLoop: any EventLoop) { self.eventLoop = eventLoop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        eventLoop.execute { job.runSynchronously(on: executor) }
    }

    /// One executor per loop of the process-wide group that serves requests.
    private static let executors: [ObjectIdentifier: EventLoopTaskExecutor] = {
        var executors: [ObjectIdentifier: EventLoopTaskExecutor] = [:]
        for loop in MultiThreadedEventLoopGroup.singleton.makeIterator() {
            executors[ObjectIdentifier(loop)] = EventLoopTaskExecutor(eventLoop: loop)
        }
        return executors
    }()

    /// The executor of `eventLoop`; nil for a loop outside the shared group (or when there is only one loop,
    /// where a preference would only add a hop through the loop's queue).
    static func executor(for eventLoop: any EventLoop) -> EventLoopTaskExecutor? {
        guard executors.count > 1 else { return nil }
        return executors[ObjectIdentifier(eventLoop)]
    }
}
