import BulwarkShield
public import Prometheus
import Synchronization

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

    /// Handles of the metrics recorded on every request, by their label values.
    private let handles: HotHandles

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        self.handles = HotHandles(registry: registry)
    }

    func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        handles.requests[[route, method, String(status)]].increment()
        handles.requestDuration[[route]].recordNanoseconds(duration.nanoseconds)
    }

    func recordChat(model: String, status: Int, stream: Bool) {
        handles.chats[[model, String(status), String(stream)]].increment()
    }

    func recordTokens(model: String, prompt: Int?, completion: Int?) {
        if let prompt { handles.tokens[[model, "prompt"]].increment(by: Int64(prompt)) }
        if let completion { handles.tokens[[model, "completion"]].increment(by: Int64(completion)) }
    }

    func recordUpstream(provider: String, status: Int, duration: Duration) {
        handles.upstreamDuration[[provider, String(status)]].recordNanoseconds(duration.nanoseconds)
    }

    /// Called by the audit writer after each batch.
    public func recordAuditBatch(size: Int, seconds: Double, succeeded: Bool) {
        let outcome = [succeeded ? "ok" : "error"]
        handles.auditDuration[outcome].recordNanoseconds(Int64(seconds * 1e9))
        handles.auditEvents[outcome].increment(by: Int64(size))
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

/// The metrics every request records, looked up by label values without going through the registry (which
/// takes a lock and builds label arrays on every `make…`).
private struct HotHandles: Sendable {
    let requests: MetricHandles<Counter>
    let requestDuration: MetricHandles<DurationHistogram>
    let chats: MetricHandles<Counter>
    let tokens: MetricHandles<Counter>
    let upstreamDuration: MetricHandles<DurationHistogram>
    let auditDuration: MetricHandles<DurationHistogram>
    let auditEvents: MetricHandles<Counter>

    init(registry: PrometheusCollectorRegistry) {
        typealias M = GatewayMetrics
        // Descriptors are not Sendable; each is built again when a new label set first appears.
        typealias Descriptor = @Sendable () -> MetricNameDescriptor
        func counter(_ descriptor: @escaping Descriptor, _ names: [String]) -> MetricHandles<Counter> {
            MetricHandles { values in registry.makeCounter(descriptor: descriptor(), labels: Array(zip(names, values)))
            }
        }
        func histogram(_ descriptor: @escaping Descriptor, _ names: [String]) -> MetricHandles<DurationHistogram> {
            MetricHandles { values in
                registry.makeDurationHistogram(
                    descriptor: descriptor(),
                    labels: Array(zip(names, values)),
                    buckets: M.latencyBuckets
                )
            }
        }
        requests = counter({ M.httpRequests }, ["route", "method", "status"])
        requestDuration = histogram({ M.httpDuration }, ["route"])
        chats = counter({ M.chatRequests }, ["model", "status", "stream"])
        tokens = counter({ M.tokens }, ["model", "kind"])
        upstreamDuration = histogram({ M.upstreamDuration }, ["provider", "status"])
        auditDuration = histogram({ M.auditDuration }, ["outcome"])
        auditEvents = counter({ M.auditEvents }, ["outcome"])
    }
}

/// One metric's handles by label values, made through the registry the first time each is asked for. Bounded:
/// past `limit` distinct label sets it stops remembering (the registry still returns the same metric).
final class MetricHandles<Metric: Sendable>: Sendable {
    private let handles = Mutex<[[String]: Metric]>([:])
    private let make: @Sendable ([String]) -> Metric
    private let limit = 1024

    init(make: @escaping @Sendable ([String]) -> Metric) { self.make = make }

    subscript(_ values: [String]) -> Metric {
        if let metric = handles.withLock({ $0[values] }) { return metric }
        let metric = make(values)
        handles.withLock { if $0.count < limit { $0[values] = metric } }
        return metric
    }
}
