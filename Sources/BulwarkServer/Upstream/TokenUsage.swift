import BulwarkCore

/// The token counts of an OpenAI answer or stream chunk (its `usage` object).
struct TokenUsage: Equatable {
    var prompt: Int?
    var completion: Int?
}

extension TokenUsage {
    /// The counts in a `usage` value; both nil when it is absent or not an object.
    init(_ usage: JSONDocument.Value?) {
        prompt = usage?["prompt_tokens"]?.int
        completion = usage?["completion_tokens"]?.int
    }
}
