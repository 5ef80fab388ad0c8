import BulwarkCore
import BulwarkStore
import Foundation
import Hummingbird
import NIOCore

/// `GET /v1/models`: only the models the caller's role may use.
struct ModelsController {
    let policy: Policy
    let audit: AuditWriter
    let clock: any WallClock

    func handle(_ request: Request, context: AuthenticatedContext) async throws -> Response {
        struct Model: Encodable {
            let id: String
            let object = "model"
            let created = 0
            let owned_by: String
        }
        struct Listing: Encodable {
            let object = "list"
            let data: [Model]
        }
        let models = policy.models(for: context.principal.role).map { Model(id: $0.id, owned_by: $0.provider) }
        let draft = AuditDraft(
            time: clock.now(),
            actor: context.principal.auditActor,
            action: "models.list",
            target: "models",
            outcome: .success,
            status: 200,
            latencyMicros: (ContinuousClock.now - context.startedAt).microseconds,
            requestID: context.requestID,
            details: ["count": String(models.count)]
        )
        try await audit.appendOrRefuse(draft)
        let data = try JSONEncoder().encode(Listing(data: models))
        return Response(
            status: .ok,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}
