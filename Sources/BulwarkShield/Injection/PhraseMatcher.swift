/// Matches word-sequence rules against the tokens of a ``ScanBuffer``.
///
/// A rule is written as slots separated by spaces; a slot lists alternative words with
/// `|`; `~N` between two slots allows up to N other words in between (default: adjacent).
/// Words are compared by hash, so matching allocates nothing; only the rules whose first
/// slot contains a token are tried at that token.
struct PhraseMatcher: Sendable {
    struct Rule: Sendable {
        let category: InjectionCategory
        let weight: Double
        let slots: [WordTable]
        /// `gaps[k]` is how many words may stand between slot `k - 1` and slot `k`.
        let gaps: [Int]
    }

    /// One rule that matched.
    struct Match: Sendable {
        let rule: Int
        /// Byte range of the match in the buffer.
        let start: Int
        let end: Int
    }

    let rules: [Rule]
    /// Word hash → index into `firstWordRules`.
    private let byFirstWord: WordTable
    private let firstWordRules: [[Int]]

    init(_ specs: [(InjectionCategory, Double, String)]) {
        var rules: [Rule] = []
        var index: [UInt32: [Int]] = [:]
        for (category, weight, pattern) in specs {
            var slots: [WordTable] = []
            var gaps: [Int] = []
            var pendingGap = 0
            for part in pattern.split(separator: " ") {
                if part.hasPrefix("~"), let n = Int(part.dropFirst()) {
                    pendingGap = n
                    continue
                }
                let words = part.split(separator: "|").map { PhraseMatcher.hash(String($0)) }
                slots.append(WordTable(words.map { ($0, 0) }))
                gaps.append(pendingGap)
                pendingGap = 0
            }
            precondition(!slots.isEmpty, "empty injection rule")
            for word in Set(
                pattern.split(separator: " ")[0].split(separator: "|").map({ PhraseMatcher.hash(String($0)) })
            ) {
                index[word, default: []].append(rules.count)
            }
            rules.append(Rule(category: category, weight: weight, slots: slots, gaps: gaps))
        }
        self.rules = rules
        let words = index.keys.sorted()
        self.byFirstWord = WordTable(words.enumerated().map { ($0.element, Int32($0.offset)) })
        self.firstWordRules = words.map { index[$0]! }
    }

    static func hash(_ word: String) -> UInt32 {
        var h = FeatureHashing.fnvOffset
        for b in word.utf8 {
            let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            h = FeatureHashing.fnvStep(h, lower)
        }
        return h
    }

    /// The first match of every rule that matches `tokens`.
    func matches(_ tokens: [WordToken]) -> [Match] {
        var found: [Match] = []
        var done: [Bool] = []
        for i in tokens.indices {
            guard let slot = byFirstWord.value(tokens[i].hash) else { continue }
            if done.isEmpty { done = [Bool](repeating: false, count: rules.count) }
            for r in firstWordRules[Int(slot)] where !done[r] {
                if let last = match(rules[r], slot: 1, after: i, tokens) {
                    done[r] = true
                    found.append(Match(rule: r, start: Int(tokens[i].start), end: Int(tokens[last].end)))
                }
            }
        }
        return found
    }

    private func match(_ rule: Rule, slot: Int, after position: Int, _ tokens: [WordToken]) -> Int? {
        guard slot < rule.slots.count else { return position }
        let upper = min(tokens.count - 1, position + 1 + rule.gaps[slot])
        guard position + 1 <= upper else { return nil }
        for j in (position + 1)...upper where rule.slots[slot].contains(tokens[j].hash) {
            if let end = match(rule, slot: slot + 1, after: j, tokens) { return end }
        }
        return nil
    }
}
