public import BulwarkCore
import NIOCore

/// Everything the gateway needs to start, read and validated once at the edge (the CLI).
public struct GatewayConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// PEM certificate chain and private key paths; nil serves plain HTTP (loopback only, behind a TLS proxy).
    public var tls: TLSFiles?
    public var policy: Policy
    /// SHA-256 of the policy file's bytes (recorded in the audit trail at start).
    public var policyHash: String
    /// How long an API key lookup may be served from memory. Revocations take effect within this time.
    public var credentialCacheSeconds: Double
    /// Threads that inspect prompts beside the event loops (default: one per core but one).
    public var inspectionThreads: Int

    public init(
        host: String = "127.0.0.1",
        port: Int = 8443,
        tls: TLSFiles?,
        policy: Policy,
        policyHash: String = "",
        credentialCacheSeconds: Double = 2,
        inspectionThreads: Int? = nil
    ) {
        self.host = host
        self.port = port
        self.tls = tls
        self.policy = policy
        self.policyHash = policyHash
        self.credentialCacheSeconds = credentialCacheSeconds
        self.inspectionThreads = inspectionThreads ?? max(1, System.coreCount - 1)
    }
}

/// Paths of a PEM certificate chain and its private key.
public struct TLSFiles: Sendable, Hashable {
    public var certificatePath: String
    public var privateKeyPath: String
    public init(certificatePath: String, privateKeyPath: String) {
        self.certificatePath = certificatePath
        self.privateKeyPath = privateKeyPath
    }
}

/// Whether a host string names only the local machine.
public enum LoopbackAddress {
    public static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased()
        return h == "localhost" || h == "::1" || h == "[::1]" || h.hasPrefix("127.")
    }
}
