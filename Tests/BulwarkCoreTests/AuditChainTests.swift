import BulwarkCore
import BulwarkCrypto
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
}
