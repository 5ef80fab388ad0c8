import BulwarkCore
import BulwarkCrypto
import BulwarkTesting
import Testing

@Suite struct AuditChainTests {
    static func drafts(_ count: Int) -> [AuditDraft] {
        (0..<count).map { i in
            AuditDraft(
                time: Timestamp(rawValue: 1_764_300_000_000_000 + Int64(i)),
                actor: "user:alice/key_\(i)",
                action: "chat.completion",
                target: "gpt-4o-mini",
                outcome: .success,
                status: 200,
                latencyMicros: 1200,
                promptTokens: 10,
                completionTokens: i,
                requestID: "req_\(i)",
                details: ["provider": "openai", "stream": "false"]
            )
        }
    }

    static func check(_ records: [AuditRecord], head: AuditHead) -> AuditVerificationFailure? {
        var checker = AuditChainChecker()
        return checker.check(records) ?? checker.finish(head: head)
    }

    @Test func anIntactChainVerifies() {
        let records = AuditChain.link(Self.drafts(5), after: .genesis)
        #expect(records.map(\.sequence) == [1, 2, 3, 4, 5])
        #expect(records[0].previousHash == AuditRecord.genesisHash)
        #expect(Self.check(records, head: AuditHead(sequence: 5, hash: records[4].hash)) == nil)
    }

    @Test func modificationIsCaught() {
        var records = AuditChain.link(Self.drafts(5), after: .genesis)
        var draft = records[2].draft
        draft.status = 403
        records[2] = AuditRecord(
            sequence: 3,
            draft: draft,
            previousHash: records[2].previousHash,
            hash: records[2].hash
        )
        #expect(Self.check(records, head: AuditHead(sequence: 5, hash: records[4].hash))?.sequence == 3)
    }

    @Test func deletionIsCaught() {
        var records = AuditChain.link(Self.drafts(5), after: .genesis)
        records.remove(at: 1)
        #expect(Self.check(records, head: AuditHead(sequence: 5, hash: records[3].hash))?.sequence == 2)
    }

    @Test func truncationIsCaught() {
        let records = AuditChain.link(Self.drafts(5), after: .genesis)
        #expect(
            Self.check(Array(records.prefix(3)), head: AuditHead(sequence: 5, hash: records[4].hash))?.sequence == 4
        )
    }

    @Test func reorderingIsCaught() {
        var records = AuditChain.link(Self.drafts(5), after: .genesis)
        records.swapAt(1, 2)
        #expect(Self.check(records, head: AuditHead(sequence: 5, hash: records[4].hash))?.sequence == 2)
    }

    @Test func aRecomputedInsertionIsCaughtAtTheNextLink() {
        let records = AuditChain.link(Self.drafts(4), after: .genesis)
        // A forger inserts a well-formed record after 2 and renumbers the rest without re-hashing them.
        let forged = AuditChain.link([Self.drafts(1)[0]], after: AuditHead(sequence: 2, hash: records[1].hash))[0]
        let renumbered = records[2...].map {
            AuditRecord(sequence: $0.sequence + 1, draft: $0.draft, previousHash: $0.previousHash, hash: $0.hash)
        }
        let tampered = Array(records[..<2]) + [forged] + renumbered
        #expect(Self.check(tampered, head: AuditHead(sequence: 5, hash: renumbered.last!.hash))?.sequence == 4)
    }

    @Test func theEncodingSeparatesFields() {
        var a = Self.drafts(1)[0]
        var b = a
        a.actor = "ab"
        a.action = "c"
        b.actor = "a"
        b.action = "bc"
        #expect(
            a.canonicalEncoding(sequence: 1, previousHash: "x") != b.canonicalEncoding(sequence: 1, previousHash: "x")
        )
        #expect(
            AuditChain.hash(a, sequence: 1, previousHash: "x") != AuditChain.hash(a, sequence: 2, previousHash: "x")
        )
    }

    /// SHA-256 of the first record of `drafts(1)` after the genesis head (computed independently, in Python).
    static let knownFirstHash = "bd7264fbf6c02cc4c0b7a7ce44203ebb4c80bbbf7b0efa426eae25d16e44df0c"

    /// The encoding as first written (one `String` per number): stored trails were hashed with it, so the
    /// encoding may get faster but never different.
    static func referenceEncoding(_ d: AuditDraft, sequence: Int64, previousHash: String) -> [UInt8] {
        var out: [UInt8] = []
        func field(_ s: String) {
            let bytes = Array(s.utf8)
            out.append(contentsOf: Array(String(bytes.count).utf8))
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: ";"))
        }
        field("bulwark-audit-v1")
        field(String(sequence))
        field(previousHash)
        field(String(d.time.rawValue))
        field(d.actor)
        field(d.action)
        field(d.target)
        field(d.outcome.rawValue)
        field(String(d.status))
        field(String(d.latencyMicros))
        field(d.promptTokens.map { String($0) } ?? "-")
        field(d.completionTokens.map { String($0) } ?? "-")
        field(d.requestID)
        field(String(d.details.count))
        for key in d.details.keys.sorted() {
            field(key)
            field(d.details[key]!)
        }
        return out
    }

    @Test func theCanonicalEncodingNeverChanges() {
        var rng = SplitMix64(seed: 7)
        let numbers: [Int64] = [0, 1, 9, 10, 99, 100, -1, -9, -10, 1_764_300_000_000_000, .max, .min]
        let texts = ["", "a", "user:alice/key_1", "Zoë ☃ 🚀", String(repeating: "x", count: 1000)]
        for i in 0..<500 {
            func number() -> Int64 {
                i % 2 == 0
                    ? numbers[Int(rng.next() % UInt64(numbers.count))]
                    : Int64(bitPattern: rng.next()) >> (rng.next() % 64)
            }
            func text() -> String { texts[Int(rng.next() % UInt64(texts.count))] }
            let draft = AuditDraft(
                time: Timestamp(rawValue: number()),
                actor: text(),
                action: text(),
                target: text(),
                outcome: .success,
                status: Int(truncatingIfNeeded: number()),
                latencyMicros: number(),
                promptTokens: rng.next() % 3 == 0 ? nil : Int(truncatingIfNeeded: number()),
                completionTokens: rng.next() % 3 == 0 ? nil : Int(truncatingIfNeeded: number()),
                requestID: text(),
                details: rng.next() % 2 == 0 ? [:] : [text(): text(), "provider": text()]
            )
            let sequence = number()
            #expect(
                draft.canonicalEncoding(sequence: sequence, previousHash: "h")
                    == Self.referenceEncoding(draft, sequence: sequence, previousHash: "h")
            )
        }
        // A known answer, so a change to both encodings at once is caught too.
        let record = AuditChain.link(Self.drafts(1), after: .genesis)[0]
        #expect(record.hash == Self.knownFirstHash)
    }
}
