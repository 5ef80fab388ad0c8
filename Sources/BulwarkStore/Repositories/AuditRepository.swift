public import BulwarkCore
public import BulwarkCrypto
import Foundation
import SQLiteKit
public import SQLKit

/// The append-only, hash-chained audit trail.
public protocol AuditRepository: Sendable {
    /// Links drafts onto the chain head and stores them in one transaction; returns them as stored.
    ///
    /// With `synced` the transaction is on disk when this returns. Without it, it is written (the store
    /// accepted it, so a full disk or a lost database fails here) but may reach the disk only with the next
    /// synced append — PostgreSQL's `synchronous_commit = off`, SQLite's `synchronous = NORMAL`. Records
    /// are durable in order: a synced append makes every earlier one durable too.
    func append(_ drafts: [AuditDraft], synced: Bool) async throws -> [AuditRecord]
    /// Records with sequence greater than `after`, in stored order, at most `limit`.
    func records(after: Int64, limit: Int) async throws -> [AuditRecord]
    func head() async throws -> AuditHead
}

extension AuditRepository {
    /// Appends and waits until the records are on disk.
    public func append(_ drafts: [AuditDraft]) async throws -> [AuditRecord] {
        try await append(drafts, synced: true)
    }
}

/// `AuditRepository` over SQL.
public struct SQLAuditRepository: AuditRepository {
    let backend: any StoreBackend
    /// The head this process last appended (SQLite fast path only).
    private let headCache = HeadCache()

    public init(backend: any StoreBackend) { self.backend = backend }

    public func append(_ drafts: [AuditDraft], synced: Bool) async throws -> [AuditRecord] {
        guard !drafts.isEmpty else { return [] }
        let kind = backend.kind
        if let sqlite = backend as? SQLiteBackend, drafts.count <= 256, let head = headCache.value {
            // Fast path: link onto the head this process last wrote and insert in one statement; the trigger
            // moves the stored head in the same statement. If another process appended meanwhile, the
            // sequence numbers collide, the statement fails as a whole, and the locked path below retries.
            let records = AuditChain.link(drafts, after: head)
            do {
                try await sqlite.execute(Self.insertStatement(rows: records.count), Self.binds(records), synced: synced)
                headCache.value = AuditHead(
                    sequence: records[records.count - 1].sequence,
                    hash: records[records.count - 1].hash
                )
                return records
            } catch {
                headCache.value = nil
            }
        }
        let records = try await backend.transaction { db in
            if !synced && kind == .postgres { try await db.raw("SET LOCAL synchronous_commit TO OFF").run() }
            return try await Self.append(drafts, on: db, kind: kind)
        }
        if kind == .sqlite {
            headCache.value = AuditHead(
                sequence: records[records.count - 1].sequence,
                hash: records[records.count - 1].hash
            )
        }
        return records
    }

    static func insert(_ records: [AuditRecord], on db: any SQLDatabase) async throws {
        // Chunks keep the number of bound parameters well under both engines' limits.
        for start in stride(from: 0, to: records.count, by: 256) {
            let insert = db.insert(into: "audit_events").columns(columns)
            for record in records[start..<min(start + 256, records.count)] { insert.values(values(record)) }
            try await insert.run()
        }
    }

    /// Appends inside a transaction the caller holds (so an admin action and its record commit together).
    public static func append(
        _ drafts: [AuditDraft],
        on db: any SQLDatabase,
        kind: StoreKind
    ) async throws -> [AuditRecord] {
        guard !drafts.isEmpty else { return [] }
        // The head row is locked for the transaction (SQLite: the whole database is, by BEGIN IMMEDIATE).
        let lock = kind == .postgres ? " FOR UPDATE" : ""
        guard let row = try await db.raw("SELECT seq, hash FROM audit_head WHERE id = 1\(unsafeRaw: lock)").first()
        else {
            throw StoreError.unavailable("audit head missing; run migrations")
        }
        let head = AuditHead(
            sequence: try row.decode(column: "seq", as: Int64.self),
            hash: try row.decode(column: "hash", as: String.self)
        )
        let records = AuditChain.link(drafts, after: head)
        try await insert(records, on: db)
        let last = records[records.count - 1]
        try await db.raw("UPDATE audit_head SET seq = \(bind: last.sequence), hash = \(bind: last.hash) WHERE id = 1")
            .run()
        return records
    }

    public func records(after: Int64, limit: Int) async throws -> [AuditRecord] {
        try await backend.read { db in
            try await db.raw("SELECT * FROM audit_events WHERE seq > \(bind: after) ORDER BY seq LIMIT \(bind: limit)")
                .all().map(Self.decode)
        }
    }

    public func head() async throws -> AuditHead {
        try await backend.read { db in
            guard let row = try await db.raw("SELECT seq, hash FROM audit_head WHERE id = 1").first() else {
                throw StoreError.unavailable("audit head missing; run migrations")
            }
            return AuditHead(
                sequence: try row.decode(column: "seq", as: Int64.self),
                hash: try row.decode(column: "hash", as: String.self)
            )
        }
    }

    static let columns = [
        "seq", "ts", "actor", "action", "target", "outcome", "status", "latency_us", "prompt_tokens",
        "completion_tokens", "request_id", "details", "prev_hash", "hash",
    ]

    /// `INSERT INTO audit_events (…) VALUES (?, …), …` for `rows` rows, in `columns` order.
    static func insertStatement(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        return "INSERT INTO audit_events (" + columns.joined(separator: ",") + ") VALUES "
            + Array(repeating: row, count: rows).joined(separator: ",")
    }

    /// The values of `insertStatement`, row after row; the same values `values(_:)` gives SQLKit.
    static func binds(_ records: [AuditRecord]) -> [SQLiteData] {
        func optional(_ value: Int?) -> SQLiteData { value.map { .integer(SQLiteInt64($0)) } ?? .null }
        var binds: [SQLiteData] = []
        binds.reserveCapacity(records.count * columns.count)
        for r in records {
            let d = r.draft
            binds += [
                .integer(SQLiteInt64(r.sequence)), .integer(SQLiteInt64(d.time.rawValue)), .text(d.actor),
                .text(d.action), .text(d.target), .text(d.outcome.rawValue), .integer(SQLiteInt64(d.status)),
                .integer(SQLiteInt64(d.latencyMicros)), optional(d.promptTokens), optional(d.completionTokens),
                .text(d.requestID), .text(encodeDetails(d.details)), .text(r.previousHash), .text(r.hash),
            ]
        }
        return binds
    }

    static func values(_ r: AuditRecord) -> [any Encodable & Sendable] {
        let d = r.draft
        return [
            r.sequence, d.time.rawValue, d.actor, d.action, d.target, d.outcome.rawValue, Int64(d.status),
            d.latencyMicros, d.promptTokens.map(Int64.init), d.completionTokens.map(Int64.init), d.requestID,
            encodeDetails(d.details), r.previousHash, r.hash,
        ]
    }

    /// Details as a JSON object with sorted keys (the same text `JSONEncoder` with `.sortedKeys` writes).
    static func encodeDetails(_ details: [String: String]) -> String {
        var out = "{"
        for (i, key) in details.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            JSONString.append(key, to: &out)
            out += ":"
            JSONString.append(details[key]!, to: &out)
        }
        return out + "}"
    }

    static func decode(_ row: any SQLRow) throws -> AuditRecord {
        let detailsText = try row.decode(column: "details", as: String.self)
        let details =
            (try? JSONDecoder().decode([String: String].self, from: Data(detailsText.utf8))) ?? [
                "<undecodable>": detailsText
            ]
        let draft = AuditDraft(
            time: Timestamp(rawValue: try row.decode(column: "ts", as: Int64.self)),
            actor: try row.decode(column: "actor", as: String.self),
            action: try row.decode(column: "action", as: String.self),
            target: try row.decode(column: "target", as: String.self),
            outcome: AuditOutcome(rawValue: try row.decode(column: "outcome", as: String.self)) ?? .failure,
            status: Int(try row.decode(column: "status", as: Int64.self)),
            latencyMicros: try row.decode(column: "latency_us", as: Int64.self),
            promptTokens: try row.decode(column: "prompt_tokens", as: Int64?.self).map { Int($0) },
            completionTokens: try row.decode(column: "completion_tokens", as: Int64?.self).map { Int($0) },
            requestID: try row.decode(column: "request_id", as: String.self),
            details: details
        )
        return AuditRecord(
            sequence: try row.decode(column: "seq", as: Int64.self),
            draft: draft,
            previousHash: try row.decode(column: "prev_hash", as: String.self),
            hash: try row.decode(column: "hash", as: String.self)
        )
    }
}

/// The last head written by this process. A hint only: a wrong value makes the insert fail, never corrupt.
private final class HeadCache: Sendable {
    private let storage = Mutex<AuditHead?>(nil)
    var value: AuditHead? {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }
}

import Synchronization
