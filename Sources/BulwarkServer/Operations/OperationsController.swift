import BulwarkStore
import Hummingbird
import NIOCore
import Prometheus

/// `/healthz` (the process answers), `/readyz` (store reachable, schema current) and `/metrics`.
struct OperationsController {
    let store: Store
    let metrics: GatewayMetrics

    func addRoutes(to router: Router<GatewayRequestContext>) {
        router.get("healthz") { _, _ in Self.json(#"{"status":"ok"}"#, status: .ok) }
        router.get("readyz") { _, _ in await ready() }
        router.get("metrics") { _, _ in
            var buffer: [UInt8] = []
            metrics.registry.emit(into: &buffer)
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: buffer))
            )
        }
    }

    private func ready() async -> Response {
        guard await store.ping() else {
            return Self.json(#"{"status":"unavailable","store":"unreachable"}"#, status: .serviceUnavailable)
        }
        let version = (try? await Migrator(backend: store.backend).currentVersion()) ?? -1
        guard version == Migrations.latestVersion else {
            return Self.json(
                #"{"status":"unavailable","store":"schema version \#(version), expected \#(Migrations.latestVersion)"}"#,
                status: .serviceUnavailable
            )
        }
        return Self.json(#"{"status":"ready"}"#, status: .ok)
    }

    static func json(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}

import HTTPTypes
