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
            let (count, failure) = try await global.withStore(logger: CLILogging.quiet()) { store in
                try await store.verifyAuditTrail()
            }
            if let failure {
                print("FAILED: \(failure)")
                throw ExitCode(1)
            }
            print("OK: \(count) audit events verified")
        }
    }
}
