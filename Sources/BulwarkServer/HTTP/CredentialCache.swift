import BulwarkCore
import BulwarkStore
import Synchronization

/// API key lookups, served from memory for a few seconds so the hot path does not query the store on
/// every request. Only found keys are cached; expiry, revocation and the user's state are re-checked by
/// the caller on every request against the cached record. A revocation made elsewhere (another
/// instance, the CLI) takes effect within `ttlSeconds`.
final class CredentialCache: Sendable {
    private struct Entry {
        let key: APIKey
        let user: User
        let fetchedAt: Timestamp
    }

    private let repository: any APIKeyRepository
    private let ttlMicros: Int64
    private let entries = Mutex<[String: Entry]>([:])
    private let maxEntries = 50_000

    init(repository: any APIKeyRepository, ttlSeconds: Double) {
        self.repository = repository
        self.ttlMicros = Int64(ttlSeconds * 1_000_000)
    }

    func lookup(tokenHash: String, now: Timestamp) async throws -> (APIKey, User)? {
        if ttlMicros > 0, let entry = entries.withLock({ $0[tokenHash] }),
            now.rawValue - entry.fetchedAt.rawValue < ttlMicros
        {
            return (entry.key, entry.user)
        }
        let found: (APIKey, User)?
        do {
            found = try await repository.find(tokenHash: tokenHash)
        } catch {
            throw GatewayError.storeUnavailable
        }
        guard ttlMicros > 0 else { return found }
        entries.withLock { entries in
            if let (key, user) = found {
                if entries.count >= maxEntries { entries.removeAll(keepingCapacity: true) }
                entries[tokenHash] = Entry(key: key, user: user, fetchedAt: now)
            } else {
                entries[tokenHash] = nil
            }
        }
        return found
    }
}
