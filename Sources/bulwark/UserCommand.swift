import ArgumentParser
import BulwarkCore
import BulwarkCrypto
import BulwarkStore
import Foundation

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage accounts.",
        subcommands: [Create.self, List.self, Disable.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an account with a role from the policy.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "User name (letters, digits, . _ - @).") var name: String
        @Option(help: "Role defined in the policy file.") var role: String
        @Flag(name: .customLong("password-stdin"), help: "Read a password for the account from standard input.")
        var passwordStdin = false

        func run() async throws {
            guard User.isValidName(name) else {
                throw CLIError("invalid user name '\(name)'; use 1–64 letters, digits, '.', '_', '-' or '@'")
            }
            let (policy, _) = try global.loadPolicy()
            guard policy.roles[RoleName(role)] != nil else {
                let known = policy.roles.keys.map(\.rawValue).sorted().joined(separator: ", ")
                throw CLIError("role '\(role)' is not defined in the policy; use one of: \(known)")
            }
            var passwordHash: String?
            if passwordStdin {
                guard let line = readLine(strippingNewline: true), line.count >= 12 else {
                    throw CLIError("the password on standard input must be at least 12 characters")
                }
                passwordHash = try PasswordHasher().hash(line)
            }
            var rng = SystemRandomNumberGenerator()
            let user = User(
                id: RandomID.userID(using: &rng),
                name: name,
                role: RoleName(role),
                passwordHash: passwordHash,
                isDisabled: false,
                createdAt: SystemWallClock().now()
            )
            let actor = global.cliActor
            try await global.withStore(logger: CLILogging.quiet()) { store in
                try await AdminOperations(store: store, actor: actor).createUser(user)
            }
            print("created user \(name) (\(user.id)) with role \(role)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let users = try await global.withStore(logger: CLILogging.quiet()) { store in try await store.users.list() }
            print("NAME\tROLE\tSTATE\tCREATED")
            for user in users {
                print("\(user.name)\t\(user.role)\t\(user.isDisabled ? "disabled" : "active")\t\(user.createdAt)")
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account; its keys stop working at once.")
        @OptionGroup var global: GlobalOptions
        @Argument var name: String

        func run() async throws {
            let actor = global.cliActor
            try await global.withStore(logger: CLILogging.quiet()) { store in
                try await AdminOperations(store: store, actor: actor).disableUser(name: name)
            }
            print("disabled user \(name)")
        }
    }
}
