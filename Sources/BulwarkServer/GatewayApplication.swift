public import BulwarkCore
public import BulwarkStore
public import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import BulwarkShield
public import Logging
import NIOSSL
public import ServiceLifecycle

/// Builds the gateway: routes, middleware and the services that live as long as the server.
public enum GatewayApplication {
    /// The parts of a running gateway that tests and the CLI need to reach.
    public struct Parts {
        public let router: Router<GatewayRequestContext>
        public let auditWriter: AuditWriter
        public let metrics: GatewayMetrics
        /// Services to run beside the HTTP server (audit writer, provider clients, inspection threads), in start
        /// order.
        public let services: [any Service]
    }

    /// Assembles routes and services over a migrated store.
    public static func makeParts(
        configuration: GatewayConfiguration,
        store: Store,
        environment: [String: String],
        clock: any WallClock = SystemWallClock(),
        logger: Logger
    ) -> Parts {
        let metrics = GatewayMetrics()
        let auditWriter = AuditWriter(repository: store.audit, logger: logger) { size, seconds, ok in
            metrics.recordAuditBatch(size: size, seconds: seconds, succeeded: ok)
        }
        let providers = ProviderRegistry(policy: configuration.policy, environment: environment, logger: logger)
        let inspection = InspectionThreads(threads: configuration.inspectionThreads)
        let credentials = CredentialCache(repository: store.apiKeys, ttlSeconds: configuration.credentialCacheSeconds)
        let router = Router(context: GatewayRequestContext.self)
        router.add(middleware: GatewayMiddleware(metrics: metrics, audit: auditWriter, clock: clock))
        OperationsController(store: store, metrics: metrics).addRoutes(to: router)

        let chat = ChatCompletionsController(
            policy: configuration.policy,
            providers: providers,
            audit: auditWriter,
            rateLimiter: RateLimiter(),
            metrics: metrics,
            clock: clock,
            links: LinkInspector(
                allowedHosts: configuration.policy.answers.allowedLinkHosts,
                canaries: configuration.policy.answers.canaries
            ),
            redactors: RoleRedactors(policy: configuration.policy),
            workers: inspection
        )
        let models = ModelsController(policy: configuration.policy, audit: auditWriter, clock: clock)
        let api = router.group("v1")
            .add(
                middleware: APIKeyAuthenticator(
                    credentials: credentials,
                    failures: AuthFailureLimiter(perMinute: configuration.policy.limits.authFailuresPerMinute),
                    audit: auditWriter,
                    clock: clock
                )
            )
            .group(context: AuthenticatedContext.self)
        api.post("chat/completions", use: chat.handle)
        api.get("models", use: models.handle)
        return Parts(
            router: router,
            auditWriter: auditWriter,
            metrics: metrics,
            services: [auditWriter, providers, inspection]
        )
    }

    /// The full application: TLS (1.2 or newer) unless configured off.
    public static func make(
        configuration: GatewayConfiguration,
        store: Store,
        environment: [String: String],
        extraServices: [any Service] = [],
        logger: Logger
    ) throws -> Application<RouterResponder<GatewayRequestContext>> {
        let parts = makeParts(configuration: configuration, store: store, environment: environment, logger: logger)
        let server: HTTPServerBuilder
        if let tls = configuration.tls {
            server = try .tls(.http1(), tlsConfiguration: try TLSSetup.serverConfiguration(tls))
        } else {
            server = .http1()
        }
        return Application(
            router: parts.router,
            server: server,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            services: extraServices + parts.services,
            onServerRunning: { channel in
                logger.info(
                    "bulwark is listening",
                    metadata: [
                        "address": .string(channel.localAddress.map { "\($0)" } ?? "?"),
                        "tls": .stringConvertible(configuration.tls != nil),
                    ]
                )
            },
            logger: logger
        )
    }
}
