import BulwarkShield
import Foundation

/// Puts pseudonymized values back into answers, for the requesting user only: the placeholders
/// (`<EMAIL_1>`) the provider saw become the real values again. Streams keep one restorer per choice,
/// so a placeholder split across chunks is still restored.
struct AnswerRestorer {
    private let table: PseudonymTable
    private var streams: [Int: PseudonymRestorer] = [:]

    init(table: PseudonymTable) {
        self.table = table
    }

    var isActive: Bool { table.count > 0 }

    /// Restores a complete (non-streamed) answer body; returns nil when it is not a JSON object.
    func restoreCompletion(_ bytes: [UInt8]) -> [UInt8]? {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else { return nil }
        guard var choices = object["choices"] as? [[String: Any]] else { return bytes }
        for i in choices.indices {
            guard var message = choices[i]["message"] as? [String: Any] else { continue }
            PromptInspector.rewriteTexts(in: &message) { text in table.restore(text) }
            choices[i]["message"] = message
        }
        object["choices"] = choices
        return (try? JSONSerialization.data(withJSONObject: object)).map { Array($0) }
    }

    /// Restores one streamed chunk's JSON payload; text that may be the start of a placeholder is held
    /// back until the next chunk (or the choice's finish).
    mutating func restoreChunk(_ payload: [UInt8]) -> [UInt8] {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(payload))) as? [String: Any],
              var choices = object["choices"] as? [[String: Any]], !choices.isEmpty
        else { return payload }
        for i in choices.indices {
            let index = choices[i]["index"] as? Int ?? i
            var restorer = streams[index] ?? PseudonymRestorer(table: table)
            var delta = choices[i]["delta"] as? [String: Any] ?? [:]
            var text = (delta["content"] as? String).map { restorer.feed($0) } ?? ""
            if let finish = choices[i]["finish_reason"], !(finish is NSNull) { text += restorer.finish() }
            if delta["content"] != nil || !text.isEmpty { delta["content"] = text }
            choices[i]["delta"] = delta
            streams[index] = restorer
        }
        object["choices"] = choices
        return (try? JSONSerialization.data(withJSONObject: object)).map { Array($0) } ?? payload
    }
}
