import BulwarkCore
import BulwarkCrypto
import BulwarkStore
import Hummingbird

/// Authenticates `Authorization: Bearer bwk_…` against the store and puts the principal on the context.
///
/// - Important: every failure is the same `GatewayError.unauthenticated`; which check failed is not revealed.
struct APIKeyAuthenticator: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let credentials: CredentialCache
    let clock: any WallClock

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization], header.count > 7,
            header.prefix(7).lowercased() == "bearer "
        else { throw GatewayError.unauthenticated }
        let token = SecretToken(unvalidated: String(header.dropFirst(7)).trimmingSpaces())
        guard token.looksLikeAPIKey else { throw GatewayError.unauthenticated }
        let now = clock.now()
        guard let (key, user) = try await credentials.lookup(tokenHash: token.hashed, now: now),
            key.isUsable(at: now), !user.isDisabled
        else { throw GatewayError.unauthenticated }
        var context = context
        context.principal = Principal(userID: user.id, userName: user.name, role: user.role, keyID: key.id)
        return try await next(request, context)
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
