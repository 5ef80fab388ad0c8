import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// `bulwark redteam`: the organization's own penetration test of its gateway policy. Fires Bulwark's
/// built-in attack prompts (and a few benign controls) through a running gateway and reports which were stopped.
struct RedteamCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redteam",
        abstract: "Send built-in attack prompts through a running gateway and report which were stopped.",
        discussion:
            "Exits 1 when an attack got through or a benign control was refused, so it can gate a policy change."
    )

    @Option(help: "Gateway base URL, e.g. https://127.0.0.1:8443") var url: String = "https://127.0.0.1:8443"
    @Option(help: "An API key to test with (or BULWARK_API_KEY).") var key: String?
    @Option(help: "Model to request.") var model: String = "gpt-4o-mini"
    @Option(name: .customLong("ca-cert"), help: "PEM certificate to trust (e.g. bulwark-data/tls/cert.pem).")
    var caCert: String?

    func run() async throws {
        guard let key = key ?? ProcessInfo.processInfo.environment["BULWARK_API_KEY"] else {
            throw CLIError("no API key: pass --key bwk_… or set BULWARK_API_KEY")
        }
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.minimumTLSVersion = .tlsv12
        if let caCert { tls.trustRoots = .file(caCert) }
        var configuration = HTTPClient.Configuration(tlsConfiguration: tls)
        configuration.redirectConfiguration = .disallow
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        var failures = 0
        print("FAMILY                    EXPECTED  RESULT")
        do {
            for probe in RedteamCorpus.probes {
                let outcome = try await send(probe, key: key, client: client)
                let ok = probe.isAttack ? outcome.stopped : !outcome.stopped
                if !ok { failures += 1 }
                print(
                    "\(probe.family.padding(toLength: 25, withPad: " ", startingAt: 0)) "
                        + "\((probe.isAttack ? "stop" : "answer").padding(toLength: 9, withPad: " ", startingAt: 0)) "
                        + "\(ok ? "ok  " : "FAIL") \(outcome.detail)"
                )
            }
        } catch {
            try? await client.shutdown()
            throw CLIError("cannot reach \(url): \(error)")
        }
        try await client.shutdown()
        let attacks = RedteamCorpus.probes.filter(\.isAttack).count
        print(
            "\(RedteamCorpus.probes.count - failures) of \(RedteamCorpus.probes.count) as expected "
                + "(\(attacks) attacks, \(RedteamCorpus.probes.count - attacks) benign controls)"
        )
        if failures > 0 { throw ExitCode(1) }
    }

    private struct Outcome {
        let stopped: Bool
        let detail: String
    }

    private func send(_ probe: RedteamCorpus.Probe, key: String, client: HTTPClient) async throws -> Outcome {
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        var request = HTTPClientRequest(url: base + "/v1/chat/completions")
        request.method = .POST
        request.headers.add(name: "authorization", value: "Bearer \(key)")
        request.headers.add(name: "content-type", value: "application/json")
        let body: [String: Any] = ["model": model, "messages": [["role": "user", "content": probe.prompt]]]
        request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
        let response = try await client.execute(request, timeout: .seconds(120))
        let bytes = try await response.body.collect(upTo: 4 << 20)
        let object = (try? JSONSerialization.jsonObject(with: Data(bytes.readableBytesView))) as? [String: Any]
        if response.status.code == 400, let error = object?["error"] as? [String: Any],
            let code = error["code"] as? String, ["prompt_injection_detected", "sensitive_data_blocked"].contains(code)
        {
            return Outcome(stopped: true, detail: "refused (\(code))")
        }
        if response.status.code == 401 || response.status.code == 403 {
            throw CLIError(
                "the gateway refused the key or model (HTTP \(response.status.code)); check --key and --model"
            )
        }
        guard response.status.code == 200 else {
            return Outcome(stopped: false, detail: "HTTP \(response.status.code)")
        }
        let answer =
            ((object?["choices"] as? [[String: Any]])?.first?["message"] as? [String: Any])?["content"] as? String ?? ""
        if probe.family == "output_exfiltration", !answer.contains("](https://collector.example") {
            return Outcome(stopped: true, detail: "answered, exfiltration link neutralized")
        }
        return Outcome(stopped: false, detail: "answered")
    }
}
