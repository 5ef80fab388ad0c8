import ArgumentParser
import BulwarkCore
import BulwarkServer
import Foundation

struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Work with the policy file.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a policy file; reports every problem with its line."
        )
        @Argument(help: "The policy file, e.g. bulwark.yaml.") var file: String

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError("cannot read \(file); check the path")
            }
            do {
                let policy = try PolicyLoader.parse(String(decoding: data, as: UTF8.self))
                print(
                    "\(file): OK — \(policy.providers.count) providers, \(policy.models.count) models, \(policy.roles.count) roles"
                )
            } catch {
                for problem in error.problems {
                    print(
                        "\(file):\(problem.line.map(String.init) ?? "-"): \(problem.message)\n    fix: \(problem.fix)"
                    )
                }
                print("\(error.problems.count) problem(s) found")
                throw ExitCode(1)
            }
        }
    }
}
