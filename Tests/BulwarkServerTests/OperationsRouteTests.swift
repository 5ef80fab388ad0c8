import BulwarkStore
import BulwarkTesting
import HTTPTypes
import HummingbirdTesting
import SQLKit
import Testing

@Suite struct OperationsRouteTests {
    @Test func healthAndReadinessReflectTheStore() async throws {
        try await GatewayHarness().run { s in
            let health = try await s.client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            expectSecurityHeaders(health)
            #expect(try await s.client.execute(uri: "/readyz", method: .get).status == .ok)
            try await s.store.backend.transaction { db in
                try await db.raw("DELETE FROM schema_migrations WHERE version = \(bind: Migrations.latestVersion)")
                    .run()
            }
            let notReady = try await s.client.execute(uri: "/readyz", method: .get)
            #expect(notReady.status == .serviceUnavailable)
            #expect(notReady.text.contains("schema version \(Migrations.latestVersion - 1)"))
        }
    }

    @Test func metricsCountRequestsByRouteStatusAndModel() async throws {
        try await GatewayHarness().run { s in
            _ = try await s.client.chat(model: "gpt-4o-mini", key: s.keys["alice"])
            _ = try await s.client.chat(model: "gpt-4o-mini", key: "bwk_bad")
            let metrics = try await s.client.execute(uri: "/metrics", method: .get).text
            #expect(
                metrics.contains(
                    #"bulwark_http_requests_total{route="/v1/chat/completions",method="POST",status="200"} 1"#
                )
            )
            #expect(metrics.contains(#"status="401"} 1"#))
            #expect(
                metrics.contains(#"bulwark_chat_requests_total{model="gpt-4o-mini",status="200",stream="false"} 1"#)
            )
            #expect(metrics.contains("bulwark_upstream_duration_seconds_bucket"))
            #expect(metrics.contains("bulwark_audit_write_duration_seconds_bucket"))
            #expect(metrics.contains("bulwark_auth_failures_total 1"))
            #expect(!metrics.contains(s.keys["alice"]!))
        }
    }
}
