import BulwarkShield
import Foundation

/// Step 8 of the request path, on complete and streamed answers: puts pseudonymized values back (for the
/// requesting user only) and neutralizes dangerous links, data-exfiltrating images and system-prompt
/// canaries. Streams keep per-choice state, so a placeholder or a markdown image split across chunks is
/// still handled; only a possibly unfinished construct is held back.
struct AnswerFilter {
    private let table: PseudonymTable
    private let links: LinkInspector
    private var streams: [Int: ChoiceState] = [:]
    /// What answer inspection found (link/image/canary findings), for the audit event.
    private(set) var findings: [LinkFinding] = []
    /// Set when a check could not run on some part of the answer (reported as not run, never as passed).
    private(set) var notRun: String?

    private struct ChoiceState {
        var restorer: PseudonymRestorer
        var inspector: StreamingAnswerInspector
    }

    init(table: PseudonymTable, links: LinkInspector) {
        self.table = table
        self.links = links
    }

    private struct CompletionView: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable {
                let content: String?
            }
            let message: Message?
        }
        let choices: [Choice]?
    }

    private struct ChunkView: Decodable {
        struct Choice: Decodable {
            struct Delta: Decodable {
                let content: String?
            }
            let index: Int?
            let delta: Delta?
            let finish_reason: String?
        }
        let choices: [Choice]?
    }

    /// Filters a complete answer body; returns nil when it is not a JSON object. The bytes are passed
    /// through untouched unless something in them must change.
    mutating func filterCompletion(_ bytes: [UInt8]) -> [UInt8]? {
        guard let view = try? JSONDecoder().decode(CompletionView.self, from: Data(bytes)) else { return nil }
        guard let choices = view.choices else { return bytes }
        var contents: [String?] = []
        var changed = false
        for choice in choices {
            guard let content = choice.message?.content else {
                contents.append(nil)
                continue
            }
            let inspection = links.inspect(table.count > 0 ? table.restore(content) : content)
            record(inspection.findings, status: inspection.status)
            contents.append(inspection.text)
            changed = changed || inspection.text != content
        }
        // Tool-call arguments may carry placeholders too; those need the slow path when pseudonyms exist.
        guard changed || table.count > 0 else { return bytes }
        guard var object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any],
            var tree = object["choices"] as? [[String: Any]]
        else { return nil }
        for i in tree.indices {
            guard var message = tree[i]["message"] as? [String: Any] else { continue }
            if table.count > 0 { PromptInspector.rewriteTexts(in: &message) { table.restore($0) } }
            if i < contents.count, let content = contents[i] { message["content"] = content }
            tree[i]["message"] = message
        }
        object["choices"] = tree
        return (try? JSONSerialization.data(withJSONObject: object)).map { Array($0) }
    }

    /// Filters one streamed chunk's JSON payload; passes it through untouched when nothing changes.
    mutating func filterChunk(_ payload: [UInt8]) -> [UInt8] {
        guard let view = try? JSONDecoder().decode(ChunkView.self, from: Data(payload)), let choices = view.choices,
            !choices.isEmpty
        else { return payload }
        var texts: [String?] = []
        var changed = false
        for (i, choice) in choices.enumerated() {
            let index = choice.index ?? i
            var state =
                streams[index]
                ?? ChoiceState(
                    restorer: PseudonymRestorer(table: table),
                    inspector: StreamingAnswerInspector(inspector: links)
                )
            let content = choice.delta?.content
            var text = content.map { state.inspector.feed(table.count > 0 ? state.restorer.feed($0) : $0) } ?? ""
            if choice.finish_reason != nil {
                let rest = table.count > 0 ? state.restorer.finish() : ""
                text += state.inspector.feed(rest)
                text += state.inspector.finish()
                record(state.inspector.findings, status: .complete)
            }
            streams[index] = state
            if content == nil && text.isEmpty {
                texts.append(nil)
            } else {
                texts.append(text)
                changed = changed || text != content
            }
        }
        guard changed else { return payload }
        guard var object = (try? JSONSerialization.jsonObject(with: Data(payload))) as? [String: Any],
            var tree = object["choices"] as? [[String: Any]]
        else { return payload }
        for i in tree.indices where i < texts.count {
            guard let text = texts[i] else { continue }
            var delta = tree[i]["delta"] as? [String: Any] ?? [:]
            delta["content"] = text
            tree[i]["delta"] = delta
        }
        object["choices"] = tree
        return (try? JSONSerialization.data(withJSONObject: object)).map { Array($0) } ?? payload
    }

    private mutating func record(_ found: [LinkFinding], status: CheckStatus) {
        findings.append(contentsOf: found)
        if case let .notRun(reason) = status { notRun = reason }
    }

    /// `image_exfiltration:1,url_shortener:2`, sorted; empty when nothing was found.
    var findingsSummary: String {
        var counts: [String: Int] = [:]
        for finding in findings { counts[finding.kind.rawValue, default: 0] += 1 }
        return counts.keys.sorted().map { "\($0):\(counts[$0]!)" }.joined(separator: ",")
    }
}
