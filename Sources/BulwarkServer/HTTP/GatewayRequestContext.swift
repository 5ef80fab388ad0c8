public import BulwarkCore
public import Hummingbird
import Logging
import NIOCore

/// Per-request data for every route: the request id, its start time and, once authenticated, the principal.
public struct GatewayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var requestID: String
    public var startedAt: ContinuousClock.Instant
    /// Set by `APIKeyAuthenticator`; `AuthenticatedContext` refuses to exist without it.
    public var principal: Principal?
    /// The peer's IP address (a load balancer's, behind one), for throttling failed authentications.
    public var clientAddress: String?
    /// Runs the request on its connection's event loop (see `EventLoopTaskExecutor`).
    var taskExecutor: (any TaskExecutor)?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.requestID = RequestIDs.next()
        self.startedAt = .now
        self.principal = nil
        self.clientAddress = source.channel.remoteAddress?.ipAddress
        self.taskExecutor = EventLoopTaskExecutor.executor(for: source.channel.eventLoop)
    }
}

/// The context of routes that require an authenticated caller: a handler cannot be written without one.
public struct AuthenticatedContext: ChildRequestContext {
    public typealias ParentContext = GatewayRequestContext
    public var coreContext: CoreRequestContextStorage
    public let requestID: String
    public let startedAt: ContinuousClock.Instant
    public let principal: Principal

    public init(context: GatewayRequestContext) throws {
        guard let principal = context.principal else { throw GatewayError.unauthenticated }
        self.coreContext = context.coreContext
        self.requestID = context.requestID
        self.startedAt = context.startedAt
        self.principal = principal
    }
}

/// Request ids: random per process, then a counter. Unique and not guessable across restarts.
enum RequestIDs {
    private static let prefix: String = {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] })
    }()
    private static let counter = Atomic<UInt64>(0)

    static func next() -> String {
        "req_\(prefix)\(String(counter.wrappingAdd(1, ordering: .relaxed).newValue, radix: 36))"
    }
}

import Synchronization
