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

    /// Filters a complete answer body; returns nil when it is not a JSON object.
    mutating func filterCompletion(_ bytes: [UInt8]) -> [UInt8]? {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else { return nil }
        guard var choices = object["choices"] as? [[String: Any]] else { return bytes }
        for i in choices.indices {
            guard var message = choices[i]["message"] as? [String: Any] else { continue }
            if let content = message["content"] as? String {
                let inspection = links.inspect(table.count > 0 ? table.restore(content) : content)
                record(inspection.findings, status: inspection.status)
                message["content"] = inspection.text
            }
            if table.count > 0 { PromptInspector.rewriteTexts(in: &message) { table.restore($0) } }
            choices[i]["message"] = message
        }
        object["choices"] = choices
        return (try? JSONSerialization.data(withJSONObject: object)).map { Array($0) }
    }

    /// Filters one streamed chunk's JSON payload.
    mutating func filterChunk(_ payload: [UInt8]) -> [UInt8] {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(payload))) as? [String: Any],
            var choices = object["choices"] as? [[String: Any]], !choices.isEmpty
        else { return payload }
        for i in choices.indices {
            let index = choices[i]["index"] as? Int ?? i
            var state =
                streams[index]
                ?? ChoiceState(
                    restorer: PseudonymRestorer(table: table),
                    inspector: StreamingAnswerInspector(inspector: links)
                )
            var delta = choices[i]["delta"] as? [String: Any] ?? [:]
            var text = ""
            if let content = delta["content"] as? String {
                text = state.inspector.feed(table.count > 0 ? state.restorer.feed(content) : content)
            }
            if let finish = choices[i]["finish_reason"], !(finish is NSNull) {
                let rest = table.count > 0 ? state.restorer.finish() : ""
                text += state.inspector.feed(rest) + state.inspector.finish()
                record(state.inspector.findings, status: .complete)
            }
            if delta["content"] != nil || !text.isEmpty { delta["content"] = text }
            choices[i]["delta"] = delta
            streams[index] = state
        }
        object["choices"] = choices
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
