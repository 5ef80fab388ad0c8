import BulwarkCore
import Hummingbird
import NIOCore

/// Reads a request body up to a limit; a larger one is refused (413) without reading the rest.
enum RequestBodyLimit {
    static func collect(_ request: Request, limit: Int) async throws -> ByteBuffer {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw GatewayError.payloadTooLarge(limit: limit)
        }
        do {
            return try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw GatewayError.payloadTooLarge(limit: limit)
        }
    }
}
