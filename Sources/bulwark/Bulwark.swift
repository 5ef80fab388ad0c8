import ArgumentParser

@main
struct Bulwark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulwark",
        abstract: "A self-hosted gateway that lets an organization's staff use LLMs safely.",
        subcommands: [
            Serve.self, UserCommand.self, KeyCommand.self, PolicyCommand.self, AuditCommand.self, ScanCommand.self,
            RedteamCommand.self,
            Version.self,
        ]
    )
}

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the version.")
    static let current = "0.1.0"
    func run() { print("bulwark \(Self.current)") }
}
