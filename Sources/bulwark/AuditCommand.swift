import ArgumentParser
import BulwarkCore
import BulwarkStore
import Foundation

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Inspect the audit trail.",
        subcommands: [Verify.self]
    )

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain; exits 1 and names the first bad sequence number when it was tampered with."
        )
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            // Verification only reads: it does not create a database or migrate one (it may be a restored copy).
            if global.resolvedDatabaseURL == nil {
                let path = global.dataDirectory + "/bulwark.db"
                guard FileManager.default.fileExists(atPath: path) else {
                    throw CLIError("no database at \(path); pass the data folder to check with --data DIR")
                }
            }
            let (count, failure) = try await global.withStore(logger: CLILogging.quiet(), migrate: false) { store in
                do {
                    return try await store.verifyAuditTrail()
                } catch {
                    throw CLIError(
                        "could not read the audit trail (\(error)); is this a Bulwark database? "
                            + "A database from an older version is migrated by `bulwark serve`."
                    )
                }
            }
            if let failure {
                print("FAILED: \(failure)")
                throw ExitCode(1)
            }
            print("OK: \(count) audit events verified")
        }
    }
}
