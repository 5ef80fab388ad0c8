import BulwarkCore
import Synchronization

/// Generic cell rate algorithm for one caller: a value-type state machine driven by the caller's clock.
/// Allows `limit` requests per minute, with bursts up to `limit`.
struct RateLimitState: Sendable {
    /// The theoretical arrival time of the next request, in microseconds.
    private(set) var nextAllowed: Int64 = 0

    enum Decision: Equatable {
        case allow
        case deny(retryAfterSeconds: Int)
    }

    mutating func decide(now: Timestamp, perMinute limit: Int) -> Decision {
        let interval = 60_000_000 / Int64(max(1, limit))
        let burst = interval * Int64(max(1, limit))
        let tat = max(nextAllowed, now.rawValue)
        let allowAt = tat + interval - burst
        if now.rawValue < allowAt {
            let wait = allowAt - now.rawValue
            return .deny(retryAfterSeconds: Int((wait + 999_999) / 1_000_000))
        }
        nextAllowed = tat + interval
        return .allow
    }

    /// Seconds until the next request would be allowed, or nil when it would be allowed now; changes nothing.
    func peek(now: Timestamp, perMinute limit: Int) -> Int? {
        var copy = self
        if case let .deny(retryAfter) = copy.decide(now: now, perMinute: limit) { return retryAfter }
        return nil
    }
}

/// Per-user rate limits of this instance.
final class RateLimiter: Sendable {
    private let states = Mutex<[UserID: RateLimitState]>([:])

    func check(_ user: UserID, perMinute limit: Int?, now: Timestamp) throws(GatewayError) {
        guard let limit else { return }
        let decision = states.withLock { states in
            if states.count > 100_000 { states.removeAll(keepingCapacity: true) }
            return states[user, default: RateLimitState()].decide(now: now, perMinute: limit)
        }
        if case let .deny(retryAfter) = decision { throw GatewayError.rateLimited(retryAfterSeconds: retryAfter) }
    }
}
