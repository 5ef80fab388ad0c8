import Foundation

/// Reads the token counts of an OpenAI response or stream chunk.
enum UsageParser {
    struct Envelope: Decodable {
        struct Usage: Decodable {
            let prompt_tokens: Int?
            let completion_tokens: Int?
        }
        let usage: Usage?
    }

    /// The counts, or nil when the bytes are not a JSON object. A missing `usage` gives (nil, nil).
    static func parse(_ bytes: [UInt8]) -> (prompt: Int?, completion: Int?)? {
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(bytes)) else { return nil }
        return (envelope.usage?.prompt_tokens, envelope.usage?.completion_tokens)
    }
}
