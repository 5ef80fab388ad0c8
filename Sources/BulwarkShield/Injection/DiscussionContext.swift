/// Recognizes text that *talks about* attacks (training slides, detector design) so a
/// quoted attack phrase inside it weighs less than the same phrase used as an order.
enum DiscussionContext {
    private static let metaWords = WordTable(words: [
        "injection", "injections", "jailbreak", "jailbreaks", "attack", "attacks", "attacker", "attackers", "detect",
        "detection", "detector", "detectors", "classifier", "awareness", "phishing", "example", "examples", "explain",
        "defend", "defense", "defence", "mitigate", "mitigation", "training", "slide", "classify", "why", "what",
        "regex", "filter", "blocklist", "test", "tests", "red", "security", "how", "prevent", "protect", "leaked",
        "leak", "risk", "risks", "policy", "guidelines", "staff", "asked", "asks", "says", "wrote", "typed", "phrase",
        "means", "meaning", "quiz", "newsletter", "paper", "article",
    ])

    static func isMetaDiscussion(_ b: ScanBuffer) -> Bool {
        var hits = 0
        for t in b.tokens where metaWords.contains(t.hash) {
            hits += 1
            if hits >= 2 { return true }
        }
        return false
    }

    /// Whether a quote mark opens shortly before `start` and closes shortly after `end`.
    static func isQuoted(_ b: ScanBuffer, start: Int, end: Int) -> Bool {
        let bytes = b.bytes
        var opened = false
        var i = start - 1
        while i >= max(0, start - 60) && bytes[i] != 0x0A {
            if isQuote(bytes, i) {
                opened = true
                break
            }
            i -= 1
        }
        guard opened else { return false }
        var j = end
        while j < min(bytes.count, end + 80) && bytes[j] != 0x0A {
            if isQuote(bytes, j) { return true }
            j += 1
        }
        return false
    }

    @inline(__always)
    private static func isQuote(_ bytes: [UInt8], _ i: Int) -> Bool {
        switch bytes[i] {
        case 0x22, 0x60: return true
        case 0x27:  // an apostrophe inside a word is not a quote
            let before = i > 0 ? bytes[i - 1] : 0x20
            let after = i + 1 < bytes.count ? bytes[i + 1] : 0x20
            return !(ScanBuffer.isWordByte(before) && ScanBuffer.isWordByte(after))
        case 0x9C, 0x9D, 0x98, 0x99: return i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80
        default: return false
        }
    }
}
