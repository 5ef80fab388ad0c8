import ArgumentParser
import BulwarkTesting
import Dispatch
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix

/// Starts the fake on one event loop that also runs Swift concurrency: it stands in for a provider on
/// another machine, so on a shared benchmark machine it should take as little CPU from the gateway as it can.
@main
enum FakeUpstreamEntry {
    static func main() {
        NIOSingletons.groupLoopCountSuggestion = 1
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        Task {
            await FakeUpstreamCommand.main()
            exit(0)
        }
        dispatchMain()
    }
}

/// A local fake of an OpenAI-compatible provider for end-to-end tests and benchmarks (loopback only).
struct FakeUpstreamCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bulwark-fake-upstream")
    @Option(help: "Port on 127.0.0.1.") var port: Int = 9500
    @Option(name: .customLong("slow-seconds"), help: "Delay of the fake-slow model.") var slowSeconds: Double = 3
    @Flag(name: .customLong("keep-bodies"), help: "Keep request bodies for GET /_fake/last (tests; not for load runs).")
    var keepBodies = false

    func run() async throws {
        var logger = Logger(label: "fake-upstream")
        logger.logLevel = .warning
        let fake = FakeUpstream(slowSeconds: slowSeconds, keepBodies: keepBodies)
        let app = Application(
            router: fake.router(),
            configuration: .init(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { _ in print("fake upstream listening on 127.0.0.1:\(port)") },
            logger: logger
        )
        try await app.runService()
    }
}
