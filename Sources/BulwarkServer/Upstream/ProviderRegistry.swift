import BulwarkCore
import Logging
import ServiceLifecycle

/// One client per configured provider, owned for the server's lifetime and shut down with it.
final class ProviderRegistry: Service {
    private let clients: [String: ProviderClient]

    init(policy: Policy, environment: [String: String], logger: Logger) {
        var clients: [String: ProviderClient] = [:]
        for provider in policy.providers.values {
            let credential = ProviderCredential.resolve(provider.credential, environment: environment)
            if credential == nil {
                logger.warning(
                    "provider has no credential; its models will answer 502",
                    metadata: ["provider": .string(provider.id)]
                )
            }
            clients[provider.id] = ProviderClient(provider: provider, credential: credential)
        }
        self.clients = clients
    }

    func client(for providerID: String) -> ProviderClient? { clients[providerID] }

    func run() async throws {
        try? await gracefulShutdown()
        for client in clients.values { await client.shutdown() }
    }
}
