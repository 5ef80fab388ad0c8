import BulwarkCore
import BulwarkShield
import Foundation

/// Step 8 of the request path, on complete and streamed answers. Every text the model returns (message
/// content, tool-call and function-call arguments) passes through an ``AnswerChannel``: personal data and
/// secrets the model wrote are masked or recorded per the answer policy, pseudonymized values are put back
/// for the requesting user only, and message content is checked for dangerous links, data-exfiltrating
/// images and system-prompt canaries. Streams keep one channel per choice and tool call, so a value, a
/// placeholder or a markdown image split across chunks is still handled; only what cannot be judged yet
/// is held back, and whatever is still held when the stream ends is sent in one last chunk.
struct AnswerFilter {
    private let table: PseudonymTable
    private let links: LinkInspector
    private let redactor: Redactor
    private var channels: [ChannelKey: AnswerChannel] = [:]
    private var completeLinkFindings: [LinkFinding] = []
    private var completeDataFindings: [RedactionResult.Applied] = []
    private var lastChunk: ChunkIdentity?
    /// Set when a check could not run on some part of the answer (reported as not run, never as passed).
    private(set) var notRun: String?

    /// One text of one choice: its content (`toolCall` nil), a tool call's arguments, or (-1) the legacy
    /// `function_call` arguments.
    struct ChannelKey: Hashable, Comparable {
        let choice: Int
        let toolCall: Int?
        static func < (a: Self, b: Self) -> Bool { (a.choice, a.toolCall ?? -2) < (b.choice, b.toolCall ?? -2) }
    }

    init(table: PseudonymTable, links: LinkInspector, redactor: Redactor) {
        self.table = table
        self.links = links
        self.redactor = redactor
    }

    // MARK: complete answers

    /// Filters a complete answer body; returns nil when it is not a JSON object OpenAI's API could send, else
    /// the bytes to send (untouched unless a text in them must change) and the provider's token counts.
    mutating func filterCompletion(_ bytes: [UInt8]) -> (body: [UInt8], usage: TokenUsage)? {
        guard let document = try? JSONDocument(parsing: bytes), document.root.kind == .object else { return nil }
        let root = document.root
        guard let choices = Self.choices(root) else { return nil }
        var edits: [(value: JSONDocument.Value, json: String)] = []
        for (i, choice) in choices.enumerated() {
            guard let texts = Self.texts(of: choice["message"], choice: i) else { return nil }
            for (key, value) in texts {
                let text = value.string!
                let checked = checkComplete(text, inspectLinks: key.toolCall == nil)
                if checked != text { edits.append((value, JSONString.quoted(checked))) }
            }
        }
        let usage = TokenUsage(root["usage"])
        return (edits.isEmpty ? bytes : document.replacing(edits), usage)
    }

    private mutating func checkComplete(_ text: String, inspectLinks: Bool) -> String {
        let redacted = StreamingRedactor.redact(text, redactor: redactor)
        completeDataFindings += redacted.applied
        let restored = table.count > 0 ? table.restore(redacted.text) : redacted.text
        guard inspectLinks else { return restored }
        let inspection = links.inspect(restored)
        completeLinkFindings += inspection.findings
        if case let .notRun(reason) = inspection.status { notRun = reason }
        return inspection.text
    }

    // MARK: streamed answers

    /// Filters one streamed chunk (a JSON object); returns it untouched when nothing changes, and nil when
    /// it cannot be read as OpenAI's chunk shape (the caller drops it: nothing passes unread).
    mutating func filterChunk(_ chunk: JSONDocument) -> [UInt8]? {
        let root = chunk.root
        guard let choices = Self.choices(root) else { return unreadable() }
        guard !choices.isEmpty else { return chunk.bytes }
        lastChunk = ChunkIdentity(id: root["id"]?.string, model: root["model"]?.string, created: root["created"]?.int)
        var rewrites: [ChannelKey: String] = [:]
        var changed = false
        for (position, choice) in choices.enumerated() {
            let index = choice["index"]?.int ?? position
            guard let texts = Self.texts(of: choice["delta"], choice: index) else { return unreadable() }
            for (key, value) in texts {
                let piece = value.string!
                let out = feed(piece, to: key)
                rewrites[key] = out
                changed = changed || out != piece
            }
            if choice["finish_reason"].nonNull != nil {
                for key in channels.keys.sorted() where key.choice == index {
                    let rest = channels[key]!.finish()
                    guard !rest.isEmpty else { continue }
                    rewrites[key, default: ""] += rest
                    changed = true
                }
            }
        }
        guard changed else { return chunk.bytes }
        guard var object = (try? JSONSerialization.jsonObject(with: Data(chunk.bytes))) as? [String: Any],
            var tree = object["choices"] as? [[String: Any]]
        else { return unreadable() }
        for i in tree.indices {
            let index = tree[i]["index"] as? Int ?? i
            var delta = tree[i]["delta"] as? [String: Any] ?? [:]
            Self.apply(rewrites, choice: index, to: &delta)
            tree[i]["delta"] = delta
        }
        object["choices"] = tree
        return (try? JSONSerialization.data(withJSONObject: object)).map { Array($0) } ?? unreadable()
    }

    /// Notes a stream event that could not be read (and is dropped); returns nil.
    mutating func unreadable() -> [UInt8]? {
        notRun = "the provider sent a stream event that could not be read; it was dropped"
        return nil
    }

    /// Ends the stream: finishes every channel still open and returns one last chunk payload with what
    /// they held, or nil when nothing was held.
    mutating func flush() -> [UInt8]? {
        var rewrites: [ChannelKey: String] = [:]
        for key in channels.keys.sorted() where !channels[key]!.finished {
            let rest = channels[key]!.finish()
            if !rest.isEmpty { rewrites[key] = rest }
        }
        guard !rewrites.isEmpty else { return nil }
        var choices: [[String: Any]] = []
        for index in Set(rewrites.keys.map(\.choice)).sorted() {
            var delta: [String: Any] = [:]
            Self.apply(rewrites, choice: index, to: &delta)
            choices.append(["index": index, "delta": delta, "finish_reason": NSNull()])
        }
        var object: [String: Any] = ["object": "chat.completion.chunk", "choices": choices]
        if let id = lastChunk?.id { object["id"] = id }
        if let model = lastChunk?.model { object["model"] = model }
        if let created = lastChunk?.created { object["created"] = created }
        return (try? JSONSerialization.data(withJSONObject: object)).map { Array($0) }
    }

    private mutating func feed(_ piece: String, to key: ChannelKey) -> String {
        if channels[key] == nil {
            channels[key] = AnswerChannel(
                redactor: redactor,
                table: table,
                links: key.toolCall == nil ? links : nil
            )
        }
        return channels[key]!.feed(piece)
    }

    // MARK: findings

    /// Link, image and canary findings so far.
    var linkFindings: [LinkFinding] {
        completeLinkFindings + channels.keys.sorted().flatMap { channels[$0]!.linkFindings }
    }

    /// Personal data and secrets found in the answer so far, with the action taken.
    var dataFindings: [RedactionResult.Applied] {
        completeDataFindings + channels.keys.sorted().flatMap { channels[$0]!.dataFindings }
    }

    /// `image_exfiltration:1,url_shortener:2`, sorted; empty when nothing was found.
    var findingsSummary: String {
        var counts: [String: Int] = [:]
        for finding in linkFindings { counts[finding.kind.rawValue, default: 0] += 1 }
        return counts.keys.sorted().map { "\($0):\(counts[$0]!)" }.joined(separator: ",")
    }

    /// `AWS_ACCESS_KEY:mask:1,PERSON:flag:2`, sorted; empty when nothing was found.
    var dataFindingsSummary: String {
        var counts: [String: Int] = [:]
        for f in dataFindings { counts["\(f.finding.type.rawValue):\(f.action.rawValue)", default: 0] += 1 }
        return counts.keys.sorted().map { "\($0):\(counts[$0]!)" }.joined(separator: ",")
    }
}
