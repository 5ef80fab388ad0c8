import BulwarkCore
import Synchronization

/// Throttles failed authentications per client address, so a flood of bad or guessed keys costs neither a
/// store look-up nor a durable audit write per attempt.
///
/// Each failure spends from a per-address allowance of `perMinute` (GCRA, bursts up to `perMinute`). Once
/// it is spent, every request from that address is refused with 429 before any credential is checked,
/// until the allowance recovers; the start of each such episode is audited once.
/// - Note: behind a load balancer all clients share its address, so size the limit for that.
final class AuthFailureLimiter: Sendable {
    let perMinute: Int
    private let states = Mutex<[String: State]>([:])

    private struct State {
        var rate = RateLimitState()
        /// Whether the episode in progress was already reported.
        var reported = false
    }

    init(perMinute: Int) {
        self.perMinute = max(1, perMinute)
    }

    /// Seconds until `address` may try again, or nil when it is not throttled.
    func retryAfter(_ address: String, now: Timestamp) -> Int? {
        states.withLock { states in
            guard var state = states[address] else { return nil }
            let wait = state.rate.peek(now: now, perMinute: perMinute)
            if wait == nil {
                state.reported = false
                states[address] = state
            }
            return wait
        }
    }

    /// Records a failure; returns true when it starts a throttling episode (to be reported once).
    func recordFailure(_ address: String, now: Timestamp) -> Bool {
        states.withLock { states in
            if states.count > 100_000 { states.removeAll(keepingCapacity: true) }
            var state = states[address, default: State()]
            _ = state.rate.decide(now: now, perMinute: perMinute)
            let exhausted = state.rate.peek(now: now, perMinute: perMinute) != nil
            let starts = exhausted && !state.reported
            if starts { state.reported = true }
            states[address] = state
            return starts
        }
    }
}
