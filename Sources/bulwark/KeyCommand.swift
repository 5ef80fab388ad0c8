import ArgumentParser
import BulwarkCore
import BulwarkCrypto
import BulwarkStore
import Foundation

struct KeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Manage API keys.",
        subcommands: [Create.self, Revoke.self, List.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an API key; prints the key alone on stdout. It is shown once and only its hash is stored."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "The user the key belongs to.") var user: String
        @Option(help: "Lifetime such as 30d, 12h or 90m (default: no expiry).") var expires: String?

        func run() async throws {
            let lifetime = try expires.map(DurationText.seconds(from:))
            let userName = user
            let actor = global.cliActor
            let token = try await global.withStore(logger: CLILogging.quiet()) { store -> String in
                guard let owner = try await store.users.find(name: userName) else {
                    throw CLIError(
                        "no user named '\(userName)'; create it with `bulwark user create \(userName) --role ROLE`"
                    )
                }
                var rng = SystemRandomNumberGenerator()
                let token = SecretToken.generateAPIKey(using: &rng)
                let now = SystemWallClock().now()
                let key = APIKey(
                    id: RandomID.keyID(using: &rng),
                    userID: owner.id,
                    tokenHash: token.hashed,
                    createdAt: now,
                    expiresAt: lifetime.map { now.adding(seconds: $0) },
                    revokedAt: nil
                )
                try await AdminOperations(store: store, actor: actor).createKey(key, userName: userName)
                FileHandle.standardError.write(Data("created key \(key.id) for \(userName)\n".utf8))
                return token.revealForDisplayOnce()
            }
            print(token)
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke an API key by its id (key_…).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The key id shown by `bulwark key list`.") var keyID: String

        func run() async throws {
            let id = APIKeyID(rawValue: keyID)
            let actor = global.cliActor
            try await global.withStore(logger: CLILogging.quiet()) { store in
                try await AdminOperations(store: store, actor: actor).revokeKey(id: id)
            }
            print("revoked \(keyID)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a user's API keys (never the keys themselves).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The user whose keys to list.") var user: String

        func run() async throws {
            let userName = user
            let keys = try await global.withStore(logger: CLILogging.quiet()) { store -> [APIKey] in
                guard let owner = try await store.users.find(name: userName) else {
                    throw CLIError("no user named '\(userName)'")
                }
                return try await store.apiKeys.list(userID: owner.id)
            }
            let now = SystemWallClock().now()
            print("ID\tSTATE\tCREATED\tEXPIRES")
            for key in keys {
                let state = key.revokedAt != nil ? "revoked" : (key.isUsable(at: now) ? "active" : "expired")
                print("\(key.id)\t\(state)\t\(key.createdAt)\t\(key.expiresAt?.description ?? "never")")
            }
        }
    }
}

/// `30d`, `12h`, `90m`, `45s` → seconds.
enum DurationText {
    static func seconds(from text: String) throws -> Int64 {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800]
        guard let unit = text.last, let multiplier = units[unit], let value = Int64(text.dropLast()), value > 0,
            value < 100_000
        else { throw CLIError("invalid duration '\(text)'; use a number and a unit, e.g. 30d, 12h, 90m") }
        return value * multiplier
    }
}
