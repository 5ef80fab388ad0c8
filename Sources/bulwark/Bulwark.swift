import ArgumentParser
import Dispatch
import Foundation
import NIOCore
import NIOPosix

@main
enum Entry {
    static func main() {
        // One event loop per core. Each request runs on its connection's loop (`EventLoopTaskExecutor`), so more
        // loops do not make requests hop between threads (docs/benchmarks.md, seventh session).
        var eventLoops = System.coreCount
        if let threads = ProcessInfo.processInfo.environment["BULWARK_EVENT_LOOPS"] {
            guard let count = Int(threads), (1...256).contains(count) else {
                let message = "error: BULWARK_EVENT_LOOPS must be a number of threads from 1 to 256, not '\(threads)'\n"
                FileHandle.standardError.write(Data(message.utf8))
                exit(2)
            }
            eventLoops = count
        }
        NIOSingletons.groupLoopCountSuggestion = eventLoops
        // Swift concurrency runs on NIO's event loops, so request handlers, the HTTP server and the
        // provider client share one set of threads instead of hopping between two pools on every await.
        // It must happen before any task starts, hence this synchronous entry point.
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        Task {
            await Bulwark.main()
            exit(0)
        }
        dispatchMain()
    }
}

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
