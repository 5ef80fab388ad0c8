/// Applies a ``Redactor`` to text that arrives in pieces (a streamed answer), with a bounded look-behind.
///
/// Detectors need context on both sides of a value (`password:` before it, the rest of a phone number
/// after it), so the redactor holds back the unfinished tail of the text: at least ``holdBack`` scalars,
/// the last word while it may still grow, any finding that reaches into the tail, and an open
/// `-----BEGIN … PRIVATE KEY-----` block until its `-----END` line. Already released text stays
/// available as look-behind (``lookBehind`` scalars) so a label sent earlier still gives its context.
/// Nothing is held longer than ``window`` scalars; past that the text is released, redacted as far as
/// it can be judged (an unfinished private-key block is masked whole when the policy masks keys).
///
/// - Important: Only `mask` changes text here; `flag` records, `allow` ignores, and `pseudonymize` or
///   `block` are treated as `flag` and `mask` respectively, since an answer already on its way cannot be
///   refused and a new placeholder could never be restored.
public struct StreamingRedactor: Sendable {
    /// The per-type actions as they apply to answers (only `mask`, `flag` and `allow`).
    public let redactor: Redactor
    /// Scalars of released text kept as context for later scans.
    public let lookBehind: Int
    /// Scalars always held back at the end of the unreleased text until more arrives or the stream ends.
    public let holdBack: Int
    /// Most scalars held back at once.
    public let window: Int
    /// Every finding with the action applied, in text order.
    public private(set) var applied: [RedactionResult.Applied] = []

    private let scanner = PIIScanner()
    private var released: [Unicode.Scalar] = []
    private var pending: [Unicode.Scalar] = []
    /// How many scalars were released in total (for finding offsets in the whole answer).
    private var releasedTotal = 0
    /// Findings already applied, by absolute end offset, so an overlapping rescan does not count them twice.
    private var appliedUpTo = 0
    /// Inside a private-key block that outgrew the window and was masked: drop text until its end line.
    private var maskingKeyBlock = false

    /// Creates a streaming redactor.
    public init(redactor: Redactor, lookBehind: Int = 256, holdBack: Int = 32, window: Int = 8192) {
        self.redactor = Redactor(
            actions: Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0, Self.answerAction(redactor, $0)) })
        )
        self.lookBehind = max(lookBehind, 0)
        self.holdBack = max(holdBack, 0)
        self.window = max(window, holdBack + 64)
    }

    /// Redacts a complete text in one scan, with the same actions as a stream.
    public static func redact(_ text: String, redactor: Redactor) -> (text: String, applied: [RedactionResult.Applied])
    {
        let stream = StreamingRedactor(redactor: redactor)
        var unused = PseudonymTable()  // answer actions never pseudonymize
        let result = stream.redactor.redact(text, findings: stream.scanner.scan(text), pseudonyms: &unused)
        return (result.text, result.applied)
    }

    /// Adds the next piece; returns the text that can be released now (maybe empty).
    public mutating func feed(_ chunk: String) -> String {
        pending.append(contentsOf: chunk.unicodeScalars)
        // Scan only once enough has gathered to release something; every scan covers the look-behind too.
        guard pending.count >= holdBack + 16 else { return "" }
        return release(final: false)
    }

    /// Ends the text; returns everything still held, redacted.
    public mutating func finish() -> String {
        release(final: true)
    }

    private mutating func release(final: Bool) -> String {
        if maskingKeyBlock && !skipMaskedKeyBlock(final: final) { return "" }
        let text = released + pending
        let base = released.count
        let findings = scanner.scan(String(String.UnicodeScalarView(text)))
        var cut = final ? text.count : heldTailStart(text, base: base, findings: findings)
        var forcedBlock: Range<Int>?
        if !final, cut == base, pending.count > window {
            // Held too long: release up to the hold-back, masking an unfinished private-key block whole.
            cut = text.count - holdBack
            if let begin = Self.openKeyBlock(text, from: base) { forcedBlock = begin..<cut }
        }
        guard cut > base else { return "" }
        var out = String.UnicodeScalarView()
        var cursor = base
        for f in findings where f.end > base && f.start < cut {
            let absoluteEnd = releasedTotal - base + f.end
            if absoluteEnd > appliedUpTo {
                applied.append(.init(finding: shifted(f, by: releasedTotal - base), action: action(for: f.type)))
                appliedUpTo = absoluteEnd
            }
            guard action(for: f.type) == .mask else { continue }
            let start = max(f.start, cursor)
            let end = min(f.end, cut)
            guard start < end else { continue }
            out.append(contentsOf: text[cursor..<start])
            out.append(contentsOf: Redactor.mask(for: f.type).unicodeScalars)
            cursor = end
        }
        if let block = forcedBlock, action(for: .privateKey) != .allow {
            let start = max(block.lowerBound, cursor)
            applied.append(
                .init(
                    finding: Finding(
                        type: .privateKey,
                        start: releasedTotal - base + start,
                        end: releasedTotal - base + cut,
                        score: 1
                    ),
                    action: action(for: .privateKey)
                )
            )
            if action(for: .privateKey) == .mask {
                if start < cut {
                    out.append(contentsOf: text[cursor..<start])
                    out.append(contentsOf: Redactor.mask(for: .privateKey).unicodeScalars)
                    cursor = cut
                }
                maskingKeyBlock = true
            }
        }
        if cursor < cut { out.append(contentsOf: text[cursor..<cut]) }
        releasedTotal += cut - base
        released = Array(text[..<cut].suffix(lookBehind))
        pending = Array(text[cut...])
        return String(out)
    }

    /// Drops the rest of a masked private-key block that outgrew the window, through its `-----END` line.
    /// Returns whether the block is over (and normal scanning resumes on what follows).
    private mutating func skipMaskedKeyBlock(final: Bool) -> Bool {
        let endMarker = Array("-----END".unicodeScalars)
        var drop = final ? pending.count : max(0, pending.count - endMarker.count)
        var over = final
        if let end = Self.firstIndex(of: endMarker, in: pending) {
            if let newline = pending[end...].firstIndex(of: "\n") {
                drop = newline + 1
                over = true
            } else {
                drop = final ? pending.count : end
            }
        }
        releasedTotal += drop
        pending.removeFirst(drop)
        released = []
        if over { maskingKeyBlock = false }
        return over
    }

    /// Where the held-back tail starts: the hold-back, widened to a word boundary, to the start of any
    /// finding that reaches into it, and to an open private-key block. `base` means release nothing.
    private func heldTailStart(_ text: [Unicode.Scalar], base: Int, findings: [Finding]) -> Int {
        var cut = text.count - holdBack
        // Never split a word: a value may still be growing.
        while cut > base && !text[cut - 1].properties.isWhitespace { cut -= 1 }
        for f in findings.reversed() where f.start < cut && f.end > cut - 1 {
            cut = min(cut, f.start)
        }
        if let begin = Self.openKeyBlock(text, from: base) { cut = min(cut, begin) }
        return max(cut, base)
    }

    /// The start of a `-----BEGIN` line at or after `from` that has no `-----END` after it.
    static func openKeyBlock(_ text: [Unicode.Scalar], from: Int) -> Int? {
        let begin = Array("-----BEGIN".unicodeScalars)
        let end = Array("-----END".unicodeScalars)
        guard let b = lastIndex(of: begin, in: text, from: max(0, from - begin.count)) else { return nil }
        if lastIndex(of: end, in: text, from: b) != nil { return nil }
        return max(b, from)
    }

    private static func firstIndex(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        guard text.count >= needle.count else { return nil }
        for i in 0...(text.count - needle.count)
        where text[i] == needle[0] && text[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }

    private static func lastIndex(of needle: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int) -> Int? {
        guard text.count >= needle.count, from <= text.count - needle.count else { return nil }
        var i = text.count - needle.count
        while i >= from {
            if text[i] == needle[0] && text[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    private func action(for type: EntityType) -> RedactionAction { redactor.action(for: type) }

    /// An answer under way cannot be refused and a new placeholder could never be restored: `block` masks,
    /// `pseudonymize` flags.
    private static func answerAction(_ redactor: Redactor, _ type: EntityType) -> RedactionAction {
        switch redactor.action(for: type) {
        case .allow: .allow
        case .mask, .block: .mask
        case .flag, .pseudonymize: .flag
        }
    }

    private func shifted(_ f: Finding, by offset: Int) -> Finding {
        Finding(type: f.type, start: f.start + offset, end: f.end + offset, score: f.score)
    }
}
