import AsyncHTTPClient
import BulwarkCore
import Foundation
import HTTPTypes
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix

/// Calls one allow-listed upstream provider with the organization's credential.
///
/// - Important: the credential is sent only to the provider's configured base URL (redirects are refused)
///   and never appears in errors, logs or responses to clients.
final class ProviderClient: Sendable {
    let provider: ProviderPolicy
    private let credential: ProviderCredential?
    private let client: HTTPClient
    private let completionsURL: String
    /// The non-streamed request without its body, built once: parsing the URL and the headers per request showed
    /// in profiles. The error every call throws when the provider has no credential or its base URL does not parse.
    private let completionTemplate: Result<HTTPClient.Request, GatewayError>
    /// The client's event loops, to ask for an upstream connection on the loop the request is served on.
    private let eventLoops: Set<ObjectIdentifier>
    /// The largest complete (non-streamed) answer accepted from a provider.
    static let maxAnswerBytes = 64 << 20

    init(provider: ProviderPolicy, credential: ProviderCredential?) {
        self.provider = provider
        self.credential = credential
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.timeout = .init(connect: .seconds(10), read: .milliseconds(Int64(provider.timeoutSeconds * 1000)))
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 256)
        configuration.decompression = .disabled
        // No tracer is bootstrapped; without this every request still builds a (no-op) span.
        configuration.tracing.tracer = nil
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.eventLoops = Set(client.eventLoopGroup.makeIterator().map { ObjectIdentifier($0) })
        let base = provider.baseURL.hasSuffix("/") ? String(provider.baseURL.dropLast()) : provider.baseURL
        self.completionsURL = base + "/chat/completions"
        self.completionTemplate = Self.template(url: completionsURL, provider: provider, credential: credential)
    }

    private static func template(
        url: String,
        provider: ProviderPolicy,
        credential: ProviderCredential?
    ) -> Result<HTTPClient.Request, GatewayError> {
        let headers: HTTPHeaders
        do {
            headers = try Self.headers(accept: "application/json", provider: provider, credential: credential)
        } catch {
            return .failure(error)
        }
        guard let request = try? HTTPClient.Request(url: url, method: .POST, headers: headers) else {
            return .failure(.upstreamFailed(status: nil, message: "the provider's base URL is not a valid URL"))
        }
        return .success(request)
    }

    /// Sends a streamed chat completion body. Returns the response whose body is still streaming.
    /// - Throws: `GatewayError.upstreamTimeout` or `.upstreamFailed` (sanitized) when no response head arrives.
    func openStream(body: ByteBuffer, logger: Logger) async throws(GatewayError) -> HTTPClientResponse {
        var request = HTTPClientRequest(url: completionsURL)
        request.method = .POST
        request.headers = try Self.headers(accept: "text/event-stream", provider: provider, credential: credential)
        request.body = .bytes(body)
        // A streamed answer may legitimately run for minutes; the read timeout still catches a stalled one.
        let timeout: TimeAmount = .milliseconds(Int64(provider.timeoutSeconds * 10_000))
        do {
            return try await client.execute(request, timeout: timeout, logger: Self.clientLogger(logger))
        } catch {
            throw Self.classify(error)
        }
    }

    /// A provider's complete answer: its status and body.
    struct Answer {
        let status: Int
        let body: ByteBuffer
    }

    /// Sends a non-streamed chat completion body and reads the whole answer (at most ``maxAnswerBytes``).
    ///
    /// An upstream connection on the event loop that serves the request is preferred, so the request, the
    /// provider's answer and the reply to the client stay on one thread when the pool allows.
    /// - Throws: `GatewayError.upstreamTimeout` or `.upstreamFailed` (sanitized).
    func complete(body: ByteBuffer, logger: Logger) async throws(GatewayError) -> Answer {
        var request = try completionTemplate.get()
        request.body = .byteBuffer(body)
        var preference = HTTPClient.EventLoopPreference.indifferent
        if let loop = MultiThreadedEventLoopGroup.currentEventLoop, eventLoops.contains(ObjectIdentifier(loop)) {
            // A preference, not a requirement: AsyncHTTPClient closes connections it opened for a required loop.
            preference = .delegate(on: loop)
        }
        let task = client.execute(
            request: request,
            delegate: ResponseAccumulator(request: request, maxBodySize: Self.maxAnswerBytes),
            eventLoop: preference,
            deadline: .now() + .milliseconds(Int64(provider.timeoutSeconds * 1000)),
            logger: Self.clientLogger(logger)
        )
        do {
            let response = try await withTaskCancellationHandler {
                try await task.futureResult.get()
            } onCancel: {
                task.cancel()
            }
            return Answer(status: Int(response.status.code), body: response.body ?? ByteBuffer())
        } catch {
            throw Self.classify(error)
        }
    }

    /// The logger handed to AsyncHTTPClient: the request's own when it logs at debug level or below (the only
    /// levels the client logs at), else none. The client copies the logger's metadata to add its own request id
    /// on every call, which showed in profiles for logs nobody would see.
    static func clientLogger(_ logger: Logger) -> Logger? {
        logger.logLevel <= .debug ? logger : nil
    }

    /// The headers of a chat completion request, with the provider's credential.
    private static func headers(
        accept: String,
        provider: ProviderPolicy,
        credential: ProviderCredential?
    ) throws(GatewayError) -> HTTPHeaders {
        guard let credential else {
            throw .upstreamFailed(status: nil, message: "provider '\(provider.id)' has no credential configured")
        }
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: "application/json")
        headers.add(name: "accept", value: accept)
        headers.add(name: "authorization", value: "Bearer " + credential.revealForRequest())
        return headers
    }

    static func classify(_ error: any Error) -> GatewayError {
        if let error = error as? GatewayError { return error }
        if let error = error as? HTTPClientError,
            [HTTPClientError.deadlineExceeded, .readTimeout, .connectTimeout].contains(error)
        {
            return .upstreamTimeout
        }
        return .upstreamFailed(status: nil, message: "could not reach the provider")
    }

    func shutdown() async {
        try? await client.shutdown()
    }
}

/// A provider API key loaded from the environment or a file. Never printed.
struct ProviderCredential: Sendable, CustomStringConvertible {
    private let value: String
    init(value: String) { self.value = value }
    func revealForRequest() -> String { value }
    var description: String { "ProviderCredential(redacted)" }

    /// Resolves a reference; nil when the variable or file is missing or empty.
    static func resolve(_ reference: CredentialReference, environment: [String: String]) -> ProviderCredential? {
        let raw: String?
        switch reference {
        case let .environment(name): raw = environment[name]
        case let .file(path): raw = try? String(contentsOfFile: path, encoding: .utf8)
        case .none: raw = nil
        }
        guard let trimmed = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return ProviderCredential(value: trimmed)
    }
}
