import BulwarkCore
import BulwarkStore
import Hummingbird
import HTTPTypes
import Logging

/// The outermost middleware: request id, security headers, metrics, and the one place where errors
/// become OpenAI-style responses. API errors that no handler recorded are written to the audit trail
/// here, so every `/v1` request leaves an event — or, if even that fails, gets a 503.
struct GatewayMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let metrics: GatewayMetrics
    let audit: AuditWriter
    let clock: any WallClock

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let executor = context.taskExecutor else {
            return try await handleOnLoop(request, context: context, next: next)
        }
        var response = try await withTaskExecutorPreference(executor) {
            try await handleOnLoop(request, context: context, next: next)
        }
        // A streamed body is written after this returns; it stays on the connection's loop too.
        if response.body.contentLength == nil {
            let body = response.body
            response.body = ResponseBody { writer in
                try await withTaskExecutorPreference(executor) { try await body.write(writer) }
            }
        }
        return response
    }

    private func handleOnLoop(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.logger[metadataKey: "request_id"] = .string(context.requestID)
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let mapped = ErrorMapper.map(error)
            response = mapped.response(requestID: context.requestID)
            if mapped.status == .internalServerError {
                context.logger.error("request failed", metadata: ["error": "\(String(describing: type(of: error)))"])
            }
            if !(error is AuditedError), request.uri.path.hasPrefix("/v1/") {
                response = await auditFailure(request, context: context, status: mapped.status, fallback: response)
            }
        }
        SecurityHeaders.apply(to: &response.headers, requestID: context.requestID)
        let route = context.endpointPath ?? "unmatched"
        metrics.recordRequest(
            route: route,
            method: request.method.rawValue,
            status: response.status.code,
            duration: ContinuousClock.now - context.startedAt
        )
        return response
    }

    private func auditFailure(
        _ request: Request,
        context: Context,
        status: HTTPResponse.Status,
        fallback: Response
    ) async -> Response {
        if status == .unauthorized { metrics.recordAuthFailure() }
        let draft = AuditDraft(
            time: clock.now(),
            actor: context.principal?.auditActor ?? "anonymous",
            action: Self.action(for: request),
            target: request.uri.path,
            outcome: status.code < 500 ? .denied : .failure,
            status: status.code,
            latencyMicros: (ContinuousClock.now - context.startedAt).microseconds,
            requestID: context.requestID
        )
        do {
            _ = try await audit.append(draft)
            return fallback
        } catch {
            return ErrorMapper.map(GatewayError.storeUnavailable).response(requestID: context.requestID)
        }
    }

    static func action(for request: Request) -> String {
        switch request.uri.path {
        case "/v1/chat/completions": "chat.completion"
        case "/v1/models": "models.list"
        default: "api.request"
        }
    }
}

/// Headers every response carries.
enum SecurityHeaders {
    private static let requestID = HTTPField.Name("x-request-id")!
    private static let fixed: [(HTTPField.Name, String)] = [
        (HTTPField.Name("x-content-type-options")!, "nosniff"),
        (HTTPField.Name("x-frame-options")!, "DENY"),
        (HTTPField.Name("referrer-policy")!, "no-referrer"),
        (HTTPField.Name("content-security-policy")!, "default-src 'none'; frame-ancestors 'none'"),
        (HTTPField.Name("strict-transport-security")!, "max-age=63072000; includeSubDomains"),
    ]

    static func apply(to headers: inout HTTPFields, requestID: String) {
        headers[Self.requestID] = requestID
        for (name, value) in fixed { headers[name] = value }
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
    }
}

extension Duration {
    var microseconds: Int64 {
        components.seconds * 1_000_000 + components.attoseconds / 1_000_000_000_000
    }
}
