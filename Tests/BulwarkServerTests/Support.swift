import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

extension TestClientProtocol {
    func chat(_ body: String, key: String?) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let key { headers[.authorization] = "Bearer \(key)" }
        return try await execute(
            uri: "/v1/chat/completions",
            method: .post,
            headers: headers,
            body: ByteBuffer(string: body)
        )
    }

    func chat(
        model: String,
        key: String?,
        stream: Bool = false,
        content: String = "hello there"
    ) async throws -> TestResponse {
        try await chat(
            #"{"model":"\#(model)","stream":\#(stream),"messages":[{"role":"user","content":"\#(content)"}]}"#,
            key: key
        )
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }

    /// The OpenAI error object's `code`.
    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
}

/// Checks the headers every gateway response must carry.
func expectSecurityHeaders(_ response: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) {
    let h = response.headers
    #expect(h[HTTPField.Name("x-content-type-options")!] == "nosniff", sourceLocation: sourceLocation)
    #expect(
        h[HTTPField.Name("content-security-policy")!]?.contains("default-src 'none'") == true,
        sourceLocation: sourceLocation
    )
    #expect(h[HTTPField.Name("strict-transport-security")!] != nil, sourceLocation: sourceLocation)
    #expect(h[HTTPField.Name("x-request-id")!]?.hasPrefix("req_") == true, sourceLocation: sourceLocation)
    #expect(h[.cacheControl] != nil, sourceLocation: sourceLocation)
}
