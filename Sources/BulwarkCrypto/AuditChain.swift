public import BulwarkCore
import Crypto

/// The hash chain over audit events: each record's hash covers its predecessor's hash and its own
/// canonical encoding, so any change, deletion, insertion or reordering breaks every later link.
public enum AuditChain {
    /// Hashes a draft at `sequence` after a record whose hash is `previousHash`.
    public static func hash(_ draft: AuditDraft, sequence: Int64, previousHash: String) -> String {
        Hex.encode(SHA256.hash(data: draft.canonicalEncoding(sequence: sequence, previousHash: previousHash)))
    }

    /// Links drafts after a head into records.
    public static func link(_ drafts: [AuditDraft], after head: AuditHead) -> [AuditRecord] {
        var sequence = head.sequence
        var previous = head.hash
        return drafts.map { draft in
            sequence += 1
            let hash = hash(draft, sequence: sequence, previousHash: previous)
            defer { previous = hash }
            return AuditRecord(sequence: sequence, draft: draft, previousHash: previous, hash: hash)
        }
    }
}

/// Verifies a chain incrementally, page by page, in stored order.
public struct AuditChainChecker: Sendable {
    /// Records verified so far.
    public private(set) var count: Int64 = 0
    private var previous = AuditRecord.genesisHash

    public init() {}

    /// Checks the next records. Returns the first failure, naming its sequence number.
    public mutating func check(_ page: some Sequence<AuditRecord>) -> AuditVerificationFailure? {
        for record in page {
            let expected = count + 1
            if record.sequence != expected {
                return AuditVerificationFailure(
                    sequence: min(record.sequence, expected),
                    reason: "expected sequence \(expected) but found \(record.sequence) (events missing or inserted)"
                )
            }
            if record.previousHash != previous {
                return AuditVerificationFailure(
                    sequence: record.sequence,
                    reason: "link to the previous event is broken"
                )
            }
            if AuditChain.hash(record.draft, sequence: record.sequence, previousHash: record.previousHash)
                != record.hash
            {
                return AuditVerificationFailure(
                    sequence: record.sequence,
                    reason: "event content does not match its hash"
                )
            }
            previous = record.hash
            count = expected
        }
        return nil
    }

    /// Checks the stored head against the last verified record (catches events cut from the end).
    public func finish(head: AuditHead) -> AuditVerificationFailure? {
        if head.sequence != count || (count > 0 && head.hash != previous) {
            return AuditVerificationFailure(
                sequence: min(head.sequence, count) + 1,
                reason:
                    "chain head records \(head.sequence) events but \(count) are stored (events removed from the end?)"
            )
        }
        return nil
    }
}

/// The last record's sequence and hash: where the next record links in.
public struct AuditHead: Sendable, Hashable {
    public let sequence: Int64
    public let hash: String
    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }
    public static let genesis = AuditHead(sequence: 0, hash: AuditRecord.genesisHash)
}

/// Where and why verification failed.
public struct AuditVerificationFailure: Sendable, Hashable, CustomStringConvertible {
    public let sequence: Int64
    public let reason: String
    public var description: String { "audit chain broken at sequence \(sequence): \(reason)" }
}
