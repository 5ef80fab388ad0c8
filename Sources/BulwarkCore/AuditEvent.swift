/// What happened, before the audit trail gives it a place in the chain.
///
/// - Important: never put prompt or answer text, tokens, passwords or other secrets in any field.
///   Values that identify something sensitive go in hashed (see `AuditDraft.details`).
public struct AuditDraft: Sendable, Hashable {
    public var time: Timestamp
    /// Who acted: `user:NAME/KEY`, `cli:root`, `anonymous`, …
    public var actor: String
    /// A dotted verb: `chat.request`, `chat.completion`, `models.list`, `user.create`, `key.revoke`, `auth.failure`.
    public var action: String
    /// What was acted on: a model id, a user name, a key id.
    public var target: String
    public var outcome: AuditOutcome
    /// HTTP status for API requests, exit status style 0/1 for CLI actions.
    public var status: Int
    public var latencyMicros: Int64
    public var promptTokens: Int?
    public var completionTokens: Int?
    public var requestID: String
    /// Extra non-sensitive key/value facts (sorted when encoded).
    public var details: [String: String]

    public init(
        time: Timestamp,
        actor: String,
        action: String,
        target: String,
        outcome: AuditOutcome,
        status: Int,
        latencyMicros: Int64 = 0,
        promptTokens: Int? = nil,
        completionTokens: Int? = nil,
        requestID: String = "",
        details: [String: String] = [:]
    ) {
        self.time = time
        self.actor = actor
        self.action = action
        self.target = target
        self.outcome = outcome
        self.status = status
        self.latencyMicros = latencyMicros
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.requestID = requestID
        self.details = details
    }
}

/// How an audited action ended.
public enum AuditOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    case success
    /// Allowed to proceed (the first half of a two-phase request record).
    case started
    case denied
    case failure
}

/// An event as stored in the chain: its sequence number, the previous event's hash and its own hash.
public struct AuditRecord: Sendable, Hashable {
    public let sequence: Int64
    public let draft: AuditDraft
    /// Lowercase hex SHA-256 of the previous record (64 zeros for the first).
    public let previousHash: String
    /// Lowercase hex SHA-256 over `previousHash` and the canonical encoding of this record.
    public let hash: String

    public init(sequence: Int64, draft: AuditDraft, previousHash: String, hash: String) {
        self.sequence = sequence
        self.draft = draft
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The hash that precedes the first record.
    public static let genesisHash = String(repeating: "0", count: 64)
}

extension AuditDraft {
    /// The canonical byte encoding that the chain hash covers: every field, length-prefixed, in a fixed
    /// order, details sorted by key. Unambiguous, so no two different events encode alike.
    public func canonicalEncoding(sequence: Int64, previousHash: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        /// Appends the decimal digits of `n` (no allocation; the encoding of the numbers is `String(n)`'s).
        func digits(_ n: Int64) {
            if n < 0 { out.append(UInt8(ascii: "-")) }
            var magnitude = n.magnitude
            let start = out.count
            repeat {
                out.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
            } while magnitude > 0
            out[start...].reverse()
        }
        func field(_ s: String) {
            digits(Int64(s.utf8.count))
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: ";"))
        }
        /// A number's field: its length, then its digits.
        func field(_ n: Int64) {
            var length: Int64 = n < 0 ? 2 : 1
            var rest = n.magnitude / 10
            while rest > 0 {
                length += 1
                rest /= 10
            }
            digits(length)
            out.append(UInt8(ascii: ":"))
            digits(n)
            out.append(UInt8(ascii: ";"))
        }
        field("bulwark-audit-v1")
        field(sequence)
        field(previousHash)
        field(time.rawValue)
        field(actor)
        field(action)
        field(target)
        field(outcome.rawValue)
        field(Int64(status))
        field(latencyMicros)
        if let promptTokens { field(Int64(promptTokens)) } else { field("-") }
        if let completionTokens { field(Int64(completionTokens)) } else { field("-") }
        field(requestID)
        field(Int64(details.count))
        for key in details.keys.sorted() {
            field(key)
            field(details[key]!)
        }
        return out
    }
}
