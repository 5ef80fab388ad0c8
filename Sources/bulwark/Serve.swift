import ArgumentParser
import BulwarkCore
import BulwarkCrypto
import BulwarkServer
import BulwarkStore
import Foundation
import Hummingbird
import Logging
import PostgresNIO
import ServiceLifecycle

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the gateway (HTTPS on 127.0.0.1:8443 with a generated certificate by default)."
    )
    @OptionGroup var global: GlobalOptions
    @Option(help: "Address to listen on, HOST:PORT.") var listen: String = "127.0.0.1:8443"
    @Option(
        name: .customLong("tls-cert"),
        help: "PEM certificate chain (default: a self-signed one in the data folder)."
    )
    var tlsCert: String?
    @Option(name: .customLong("tls-key"), help: "PEM private key for --tls-cert.") var tlsKey: String?
    @Flag(
        name: .customLong("no-tls"),
        help: "Serve plain HTTP; only on a loopback address, behind a TLS-terminating proxy."
    )
    var noTLS = false

    func run() async throws {
        let logger = CLILogging.bootstrap()
        let (host, port) = try Self.parseListen(listen)
        let (policy, policyHash) = try global.loadPolicy()
        try global.ensureDataDirectory()
        let tls = try resolveTLS(host: host)
        _ = try MasterKey.loadOrCreate(at: global.dataDirectory + "/master.key")

        let backend = try await global.openBackend(logger: logger)
        let store = Store(backend: backend)
        var extraServices: [any Service] = []
        if let postgres = backend as? PostgresBackend { extraServices.append(postgres.client) }
        let configuration = GatewayConfiguration(
            host: host,
            port: port,
            tls: tls,
            policy: policy,
            policyHash: policyHash
        )
        var app = try GatewayApplication.make(
            configuration: configuration,
            store: store,
            environment: ProcessInfo.processInfo.environment,
            extraServices: extraServices,
            logger: logger
        )
        let actor = global.cliActor
        app.beforeServerStarts {
            let applied = try await Migrator(backend: backend).migrate()
            if !applied.isEmpty {
                logger.info("applied migrations", metadata: ["migrations": .string(applied.joined(separator: ", "))])
            }
            try await AdminOperations(store: store, actor: actor).record(
                "server.start",
                target: "\(host):\(port)",
                details: ["policy_sha256": policyHash, "version": Version.current, "tls": String(tls != nil)]
            )
        }
        do {
            try await app.runService()
        } catch {
            logger.error("server stopped with an error", metadata: ["error": "\(error)"])
            await backend.shutdown()
            throw ExitCode(1)
        }
        await backend.shutdown()
    }

    static func parseListen(_ text: String) throws -> (String, Int) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (0...65535).contains(port)
        else {
            throw CLIError("invalid --listen '\(text)'; use HOST:PORT, e.g. 127.0.0.1:8443")
        }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { throw CLIError("invalid --listen '\(text)'; the host is missing") }
        return (host, port)
    }

    func resolveTLS(host: String) throws -> TLSFiles? {
        if noTLS {
            guard LoopbackAddress.isLoopback(host) else {
                throw CLIError(
                    "--no-tls is allowed only on a loopback address (127.0.0.1, ::1); terminate TLS in front of Bulwark or drop --no-tls"
                )
            }
            guard tlsCert == nil, tlsKey == nil else {
                throw CLIError("--no-tls cannot be combined with --tls-cert/--tls-key")
            }
            return nil
        }
        switch (tlsCert, tlsKey) {
        case let (cert?, key?): return TLSFiles(certificatePath: cert, privateKeyPath: key)
        case (nil, nil):
            let folder = global.dataDirectory + "/tls"
            try FileManager.default.createDirectory(
                atPath: folder,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
            let files = TLSFiles(certificatePath: folder + "/cert.pem", privateKeyPath: folder + "/key.pem")
            try SelfSignedCertificate.ensure(
                certificatePath: files.certificatePath,
                privateKeyPath: files.privateKeyPath
            )
            return files
        default:
            throw CLIError("--tls-cert and --tls-key must be given together")
        }
    }
}
