import BulwarkShield
public import Prometheus

/// Prometheus metrics of the gateway, on a registry of its own (no process-global state).
public struct GatewayMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry

    static let latencyBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5),
        .seconds(5), .seconds(10), .seconds(30), .seconds(60),
    ]

    private static func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "bulwark", metricName: metric, unitName: unit, helpText: help)
    }

    static var httpRequests: MetricNameDescriptor {
        name("http_requests", "total", "HTTP requests by route, method and status.")
    }
    static var httpDuration: MetricNameDescriptor {
        name("http_request_duration", "seconds", "Time to produce the response head, by route.")
    }
    static var chatRequests: MetricNameDescriptor {
        name("chat_requests", "total", "Chat completion requests by model, status and streaming.")
    }
    static var tokens: MetricNameDescriptor {
        name("tokens", "total", "Tokens reported by providers, by model and kind.")
    }
    static var upstreamDuration: MetricNameDescriptor {
        name("upstream_duration", "seconds", "Upstream provider latency by provider and status.")
    }
    static var auditDuration: MetricNameDescriptor {
        name("audit_write_duration", "seconds", "Time to commit one batch of audit events.")
    }
    static var auditEvents: MetricNameDescriptor {
        name("audit_events", "total", "Audit events written (or refused) by outcome.")
    }
    static var authFailures: MetricNameDescriptor {
        name("auth_failures", "total", "Requests refused for a missing or invalid credential.")
    }

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        registry.makeCounter(
            descriptor: Self.httpRequests,
            labels: [("route", route), ("method", method), ("status", String(status))]
        )
        .increment()
        registry.makeDurationHistogram(
            descriptor: Self.httpDuration,
            labels: [("route", route)],
            buckets: Self.latencyBuckets
        )
        .recordNanoseconds(duration.nanoseconds)
    }

    func recordChat(model: String, status: Int, stream: Bool) {
        registry.makeCounter(
            descriptor: Self.chatRequests,
            labels: [("model", model), ("status", String(status)), ("stream", String(stream))]
        ).increment()
    }

    func recordTokens(model: String, prompt: Int?, completion: Int?) {
        if let prompt {
            registry.makeCounter(descriptor: Self.tokens, labels: [("model", model), ("kind", "prompt")]).increment(
                by: Int64(prompt)
            )
        }
        if let completion {
            registry.makeCounter(descriptor: Self.tokens, labels: [("model", model), ("kind", "completion")]).increment(
                by: Int64(completion)
            )
        }
    }

    func recordUpstream(provider: String, status: Int, duration: Duration) {
        registry.makeDurationHistogram(
            descriptor: Self.upstreamDuration,
            labels: [("provider", provider), ("status", String(status))],
            buckets: Self.latencyBuckets
        ).recordNanoseconds(duration.nanoseconds)
    }

    /// Called by the audit writer after each batch.
    public func recordAuditBatch(size: Int, seconds: Double, succeeded: Bool) {
        let outcome = [("outcome", succeeded ? "ok" : "error")]
        registry.makeDurationHistogram(descriptor: Self.auditDuration, labels: outcome, buckets: Self.latencyBuckets)
            .recordNanoseconds(Int64(seconds * 1e9))
        registry.makeCounter(descriptor: Self.auditEvents, labels: outcome).increment(by: Int64(size))
    }

    static var dlpFindings: MetricNameDescriptor {
        name("dlp_findings", "total", "Sensitive data found in prompts, by type and action.")
    }
    static var injectionFlags: MetricNameDescriptor {
        name(
            "injection_flagged",
            "total",
            "Prompts the injection detector flagged, by user (repeated attempts stand out)."
        )
    }

    func recordInspection(_ outcome: PromptInspector.Outcome, user: String) {
        for (key, count) in outcome.findings {
            registry.makeCounter(
                descriptor: Self.dlpFindings,
                labels: [("type", key.type.rawValue), ("action", key.action.rawValue)]
            )
            .increment(by: Int64(count))
        }
        if outcome.injectionFlagged {
            registry.makeCounter(descriptor: Self.injectionFlags, labels: [("user", user)]).increment()
        }
    }

    static var answerDLPFindings: MetricNameDescriptor {
        name("answer_dlp_findings", "total", "Personal data and secrets found in answers, by type and action.")
    }

    func recordAnswerInspection(_ filter: AnswerFilter) {
        struct Key: Hashable {
            let type: EntityType
            let action: RedactionAction
        }
        var counts: [Key: Int] = [:]
        for applied in filter.dataFindings {
            counts[Key(type: applied.finding.type, action: applied.action), default: 0] += 1
        }
        for (key, count) in counts {
            registry.makeCounter(
                descriptor: Self.answerDLPFindings,
                labels: [("type", key.type.rawValue), ("action", key.action.rawValue)]
            )
            .increment(by: Int64(count))
        }
    }

    func recordAuthFailure() {
        registry.makeCounter(descriptor: Self.authFailures, labels: []).increment()
    }
}

extension Duration {
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }
}
