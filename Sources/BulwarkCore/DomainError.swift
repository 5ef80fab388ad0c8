/// Why a gateway request could not be served. Plain domain errors; the server maps them to HTTP.
public enum GatewayError: Error, Sendable, Equatable {
    /// No credential, or one that is unknown, expired, revoked, or belongs to a disabled user.
    /// One opaque case on purpose: the caller learns nothing about which check failed.
    case unauthenticated
    /// The principal's role may not do this (`reason` is safe to show).
    case forbidden(reason: String)
    case unknownModel(String)
    case modelNotAllowed(String)
    case invalidRequest(message: String, parameter: String?)
    /// The prompt carries data the policy forbids sending; names the types, never the values.
    case sensitiveDataBlocked(types: [String])
    /// The prompt looks like a prompt-injection or jailbreak attempt and the policy blocks those.
    case injectionSuspected
    case payloadTooLarge(limit: Int)
    case rateLimited(retryAfterSeconds: Int)
    /// Too many failed authentications from the caller's address; refused before any credential check.
    case authenticationThrottled(retryAfterSeconds: Int)
    case upstreamFailed(status: Int?, message: String)
    case upstreamTimeout
    /// The store or the audit trail cannot be written or read; the request must not proceed.
    case storeUnavailable
    /// The gateway is stopping and takes no new work; the client may retry (another instance).
    case shuttingDown
}

/// Errors of the persistence layer that callers act on.
public enum StoreError: Error, Sendable, Equatable {
    case unavailable(String)
    case notFound(String)
    case conflict(String)
}
