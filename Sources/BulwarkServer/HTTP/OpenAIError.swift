import BulwarkCore
import BulwarkStore
import Foundation
import Hummingbird
import HTTPTypes
import NIOCore

/// An error response in OpenAI's JSON shape: `{"error": {"message", "type", "param", "code"}}`.
struct OpenAIError: Error, Sendable {
    let status: HTTPResponse.Status
    let message: String
    let type: String
    let code: String?
    let param: String?
    var headers: HTTPFields = [:]

    func response(requestID: String) -> Response {
        struct Body: Encodable {
            struct Inner: Encodable {
                let message: String
                let type: String
                let param: String?
                let code: String?
            }
            let error: Inner
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data =
            (try? encoder.encode(Body(error: .init(message: message, type: type, param: param, code: code)))) ?? Data()
        var fields = headers
        fields[.contentType] = "application/json"
        fields[.init("x-request-id")!] = requestID
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The one mapper from domain errors to HTTP: every `GatewayError` case has its status and body here.
enum ErrorMapper {
    static func map(_ error: any Error) -> OpenAIError {
        switch error {
        case let error as GatewayError: return map(error)
        case let error as OpenAIError: return error
        case let error as AuditedError: return map(error.underlying)
        case is StoreError: return map(GatewayError.storeUnavailable)
        case let error as HTTPError where error.status == .contentTooLarge:
            return OpenAIError(
                status: .contentTooLarge,
                message: "Request body is too large.",
                type: "invalid_request_error",
                code: "request_too_large",
                param: nil
            )
        case let error as HTTPError:
            return OpenAIError(
                status: error.status,
                message: error.status.reasonPhrase,
                type: "invalid_request_error",
                code: nil,
                param: nil
            )
        default:
            return OpenAIError(
                status: .internalServerError,
                message: "Internal error.",
                type: "server_error",
                code: nil,
                param: nil
            )
        }
    }

    static func map(_ error: GatewayError) -> OpenAIError {
        switch error {
        case .unauthenticated:
            return OpenAIError(
                status: .unauthorized,
                message: "Invalid or missing API key. Send `Authorization: Bearer bwk_…` with an active key.",
                type: "invalid_request_error",
                code: "invalid_api_key",
                param: nil,
                headers: [.wwwAuthenticate: "Bearer"]
            )
        case let .forbidden(reason):
            return OpenAIError(
                status: .forbidden,
                message: reason,
                type: "permission_error",
                code: "forbidden",
                param: nil
            )
        case let .unknownModel(model):
            return OpenAIError(
                status: .notFound,
                message: "The model `\(model)` does not exist.",
                type: "invalid_request_error",
                code: "model_not_found",
                param: "model"
            )
        case let .modelNotAllowed(model):
            return OpenAIError(
                status: .forbidden,
                message: "Your role may not use the model `\(model)`.",
                type: "permission_error",
                code: "model_not_allowed",
                param: "model"
            )
        case let .invalidRequest(message, parameter):
            return OpenAIError(
                status: .badRequest,
                message: message,
                type: "invalid_request_error",
                code: "invalid_request",
                param: parameter
            )
        case let .sensitiveDataBlocked(types):
            return OpenAIError(
                status: .badRequest,
                message: "The request was blocked because it contains data the organization's policy forbids sending: "
                    + types.joined(separator: ", ") + ". Remove it and try again.",
                type: "invalid_request_error",
                code: "sensitive_data_blocked",
                param: "messages"
            )
        case .injectionSuspected:
            return OpenAIError(
                status: .badRequest,
                message: "The request was blocked because it looks like a prompt-injection or jailbreak attempt.",
                type: "invalid_request_error",
                code: "prompt_injection_detected",
                param: "messages"
            )
        case let .payloadTooLarge(limit):
            return OpenAIError(
                status: .contentTooLarge,
                message: "Request body is larger than \(limit) bytes.",
                type: "invalid_request_error",
                code: "request_too_large",
                param: nil
            )
        case let .rateLimited(retryAfter):
            return OpenAIError(
                status: .tooManyRequests,
                message: "Rate limit reached for your role. Retry after \(retryAfter) s.",
                type: "rate_limit_error",
                code: "rate_limit_exceeded",
                param: nil,
                headers: [.retryAfter: String(retryAfter)]
            )
        case let .authenticationThrottled(retryAfter):
            return OpenAIError(
                status: .tooManyRequests,
                message: "Too many failed authentications from this address. Retry after \(retryAfter) s.",
                type: "rate_limit_error",
                code: "too_many_authentication_failures",
                param: nil,
                headers: [.retryAfter: String(retryAfter)]
            )
        case let .upstreamFailed(status, message):
            let suffix = status.map { " (HTTP \($0))" } ?? ""
            return OpenAIError(
                status: .badGateway,
                message: "The upstream provider failed\(suffix): \(message)",
                type: "upstream_error",
                code: "upstream_error",
                param: nil
            )
        case .upstreamTimeout:
            return OpenAIError(
                status: .gatewayTimeout,
                message: "The upstream provider did not answer in time.",
                type: "upstream_error",
                code: "upstream_timeout",
                param: nil
            )
        case .shuttingDown:
            return OpenAIError(
                status: .serviceUnavailable,
                message: "The gateway is shutting down; retry the request.",
                type: "server_error",
                code: "shutting_down",
                param: nil
            )
        case .storeUnavailable:
            return OpenAIError(
                status: .serviceUnavailable,
                message:
                    "The gateway cannot record this request in its audit trail right now, so it was not processed.",
                type: "server_error",
                code: "store_unavailable",
                param: nil
            )
        }
    }
}

/// An error whose request has already been written to the audit trail (so the middleware does not record it twice).
struct AuditedError: Error {
    let underlying: any Error
}

extension AuditWriter {
    /// Appends an event on the request path, failing closed: if it cannot be written the request is refused
    /// with 503 (marked as audited, since the trail cannot take another event either).
    func appendOrRefuse(_ draft: AuditDraft, synced: Bool = true) async throws {
        do {
            _ = try await append(draft, synced: synced)
        } catch {
            throw AuditedError(underlying: GatewayError.storeUnavailable)
        }
    }
}
