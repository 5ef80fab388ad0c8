import BulwarkCore
import BulwarkCrypto
import BulwarkStore
import Hummingbird

/// Authenticates `Authorization: Bearer bwk_…` against the store and puts the principal on the context.
///
/// - Important: every failure is the same `GatewayError.unauthenticated`; which check failed is not revealed.
///
/// Failed attempts are counted per client address (``AuthFailureLimiter``): past the policy's
/// `limits.auth_failures_per_minute`, the address gets 429 before any look-up, and the start of each such
/// episode is one `auth.throttled` audit event instead of one event per attempt.
struct APIKeyAuthenticator: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let credentials: CredentialCache
    let failures: AuthFailureLimiter
    let audit: AuditWriter
    let clock: any WallClock

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let now = clock.now()
        let address = context.clientAddress ?? "unknown"
        if let wait = failures.retryAfter(address, now: now) {
            // Recorded once per episode (below), not per attempt: a flood must not become audit writes.
            throw AuditedError(underlying: GatewayError.authenticationThrottled(retryAfterSeconds: wait))
        }
        guard let principal = try await authenticate(request, now: now) else {
            if failures.recordFailure(address, now: now) { try await reportThrottling(address, context: context) }
            throw GatewayError.unauthenticated
        }
        var context = context
        context.principal = principal
        return try await next(request, context)
    }

    private func authenticate(_ request: Request, now: Timestamp) async throws -> Principal? {
        guard let header = request.headers[.authorization], header.count > 7,
            header.prefix(7).lowercased() == "bearer "
        else { return nil }
        let token = SecretToken(unvalidated: String(header.dropFirst(7)).trimmingSpaces())
        guard token.looksLikeAPIKey else { return nil }
        guard let (key, user) = try await credentials.lookup(tokenHash: token.hashed, now: now),
            key.isUsable(at: now), !user.isDisabled
        else { return nil }
        return Principal(userID: user.id, userName: user.name, role: user.role, keyID: key.id)
    }

    /// One audit event when an address starts being throttled; it names the address so it can be blocked.
    private func reportThrottling(_ address: String, context: Context) async throws {
        let draft = AuditDraft(
            time: clock.now(),
            actor: "anonymous",
            action: "auth.throttled",
            target: address,
            outcome: .denied,
            status: 429,
            latencyMicros: (ContinuousClock.now - context.startedAt).microseconds,
            requestID: context.requestID,
            details: ["failures_per_minute": String(failures.perMinute)]
        )
        try await audit.appendOrRefuse(draft)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
