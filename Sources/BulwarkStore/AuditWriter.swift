public import BulwarkCore
public import Logging
public import ServiceLifecycle
import Synchronization

/// The one batching writer for audit events on the request path (group commit).
///
/// Requests call `append` and wait; the `run` loop takes everything queued, writes it in one
/// transaction and then resumes every waiter. So a request is acknowledged only after its event is
/// durable, and concurrency costs one transaction per batch, not per request.
///
/// An event appended with `synced: false` is acknowledged once the store has accepted it, before it is forced
/// to disk; the next synced batch makes it durable (records become durable in order). A batch is synced when
/// any event in it asks to be.
///
/// - Important: if the write fails, every waiter in the batch gets the error; callers must fail the
///   request (fail closed) rather than continue.
public final class AuditWriter: Service {
    private struct Pending {
        let draft: AuditDraft
        let synced: Bool
        let continuation: CheckedContinuation<AuditRecord, any Error>
    }

    private struct State {
        var pending: [Pending] = []
        var wakeUp: CheckedContinuation<Void, Never>?
        var isStopped = false
    }

    private let repository: any AuditRepository
    private let maxBatch: Int
    private let logger: Logger
    private let state = Mutex(State())
    private let observer: @Sendable (_ batchSize: Int, _ seconds: Double, _ succeeded: Bool) -> Void

    public init(
        repository: any AuditRepository,
        maxBatch: Int = 512,
        logger: Logger,
        observer: @escaping @Sendable (_ batchSize: Int, _ seconds: Double, _ succeeded: Bool) -> Void = { _, _, _ in }
    ) {
        self.repository = repository
        self.maxBatch = maxBatch
        self.logger = logger
        self.observer = observer
    }

    /// Queues an event and returns once it is durable (`synced`) or written to the store.
    /// - Throws: `StoreError.unavailable` when it could not be written or the writer has stopped.
    public func append(_ draft: AuditDraft, synced: Bool = true) async throws -> AuditRecord {
        try await withCheckedThrowingContinuation { continuation in
            let result = state.withLock { state -> (accepted: Bool, wake: CheckedContinuation<Void, Never>?) in
                guard !state.isStopped else { return (false, nil) }
                state.pending.append(Pending(draft: draft, synced: synced, continuation: continuation))
                let wake = state.wakeUp
                state.wakeUp = nil
                return (true, wake)
            }
            if !result.accepted {
                continuation.resume(throwing: StoreError.unavailable("audit writer is not running"))
            }
            result.wake?.resume()
        }
    }

    public func run() async throws {
        await withGracefulShutdownHandler {
            while let batch = await nextBatch() {
                await write(batch)
            }
        } onGracefulShutdown: {
            self.stop()
        }
        // Anything queued after the stop is refused, never silently dropped.
        let leftovers = state.withLock { state in
            defer { state.pending = [] }
            return state.pending
        }
        if !leftovers.isEmpty { await write(leftovers) }
    }

    /// Stops accepting events; the run loop drains what is queued and returns.
    public func stop() {
        let wake = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.isStopped = true
            defer { state.wakeUp = nil }
            return state.wakeUp
        }
        wake?.resume()
    }

    private func nextBatch() async -> [Pending]? {
        while true {
            enum Step {
                case batch([Pending])
                case finished, wait
            }
            let step = state.withLock { state -> Step in
                if !state.pending.isEmpty {
                    let take = min(state.pending.count, maxBatch)
                    let batch = Array(state.pending.prefix(take))
                    state.pending.removeFirst(take)
                    return .batch(batch)
                }
                return state.isStopped ? .finished : .wait
            }
            switch step {
            case let .batch(batch): return batch
            case .finished: return nil
            case .wait:
                await withCheckedContinuation { (wake: CheckedContinuation<Void, Never>) in
                    let resumeNow = state.withLock { state -> Bool in
                        if !state.pending.isEmpty || state.isStopped { return true }
                        state.wakeUp = wake
                        return false
                    }
                    if resumeNow { wake.resume() }
                }
            }
        }
    }

    private func write(_ batch: [Pending]) async {
        let started = ContinuousClock.now
        do {
            let records = try await repository.append(batch.map(\.draft), synced: batch.contains { $0.synced })
            observer(batch.count, Self.seconds(since: started), true)
            for (pending, record) in zip(batch, records) { pending.continuation.resume(returning: record) }
        } catch {
            observer(batch.count, Self.seconds(since: started), false)
            logger.error("audit write failed; refusing the affected requests", metadata: ["error": "\(error)"])
            for pending in batch {
                pending.continuation.resume(throwing: StoreError.unavailable("audit trail could not be written"))
            }
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
