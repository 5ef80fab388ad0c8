import AsyncHTTPClient
import BulwarkCore
import Foundation
import HTTPTypes
import Logging
import NIOCore
import NIOHTTP1

/// Calls one allow-listed upstream provider with the organization's credential.
///
/// - Important: the credential is sent only to the provider's configured base URL (redirects are refused)
///   and never appears in errors, logs or responses to clients.
final class ProviderClient: Sendable {
    let provider: ProviderPolicy
    private let credential: ProviderCredential?
    private let client: HTTPClient
    private let completionsURL: String

    init(provider: ProviderPolicy, credential: ProviderCredential?) {
        self.provider = provider
        self.credential = credential
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.timeout = .init(connect: .seconds(10), read: .milliseconds(Int64(provider.timeoutSeconds * 1000)))
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 256)
        configuration.decompression = .disabled
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let base = provider.baseURL.hasSuffix("/") ? String(provider.baseURL.dropLast()) : provider.baseURL
        self.completionsURL = base + "/chat/completions"
    }

    /// Sends a chat completion body. Returns the response whose body may still be streaming.
    /// - Throws: `GatewayError.upstreamTimeout` or `.upstreamFailed` (sanitized) when no response head arrives.
    func send(body: ByteBuffer, stream: Bool, logger: Logger) async throws(GatewayError) -> HTTPClientResponse {
        guard let credential else {
            throw .upstreamFailed(status: nil, message: "provider '\(provider.id)' has no credential configured")
        }
        var request = HTTPClientRequest(url: completionsURL)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "accept", value: stream ? "text/event-stream" : "application/json")
        request.headers.add(name: "authorization", value: "Bearer " + credential.revealForRequest())
        request.body = .bytes(body)
        // A streamed answer may legitimately run for minutes; the read timeout still catches a stalled one.
        let timeout: TimeAmount = .milliseconds(Int64(provider.timeoutSeconds * (stream ? 10_000 : 1000)))
        do {
            return try await client.execute(request, timeout: timeout, logger: logger)
        } catch {
            throw Self.classify(error)
        }
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
