@testable import BulwarkServer
import BulwarkCore
import Testing

@Suite struct RateLimitStateTests {
    @Test func allowsABurstThenRefillsAtTheConfiguredRate() {
        var state = RateLimitState()
        let start = Timestamp(rawValue: 1_000_000_000)
        for _ in 0..<6 { #expect(state.decide(now: start, perMinute: 6) == .allow) }
        #expect(state.decide(now: start, perMinute: 6) == .deny(retryAfterSeconds: 10))
        #expect(state.decide(now: start.adding(seconds: 5), perMinute: 6) == .deny(retryAfterSeconds: 5))
        #expect(state.decide(now: start.adding(seconds: 10), perMinute: 6) == .allow)
        #expect(state.decide(now: start.adding(seconds: 10), perMinute: 6) == .deny(retryAfterSeconds: 10))
        // After a quiet minute the full burst is available again, and not more.
        let later = start.adding(seconds: 120)
        for _ in 0..<6 { #expect(state.decide(now: later, perMinute: 6) == .allow) }
        #expect(state.decide(now: later, perMinute: 6) != .allow)
    }
}
