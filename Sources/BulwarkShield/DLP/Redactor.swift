/// Applies a per-type policy to findings: masks (`[EMAIL]`), pseudonymizes (`<EMAIL_1>`), blocks, flags or allows.
public struct Redactor: Sendable {
    /// The action for each type named by the policy.
    public let actions: [EntityType: RedactionAction]
    /// The action for types the policy does not name; nil means each type's `defaultAction`.
    public let defaultAction: RedactionAction?

    /// Creates a redactor. Types missing from `actions` get `default`, or their own `defaultAction` when nil
    /// (secrets `block`, personal data `pseudonymize`).
    public init(actions: [EntityType: RedactionAction] = [:], default defaultAction: RedactionAction? = nil) {
        self.actions = actions
        self.defaultAction = defaultAction
    }

    /// The action applied to `type`.
    public func action(for type: EntityType) -> RedactionAction {
        actions[type] ?? defaultAction ?? type.defaultAction
    }

    /// The mask written for `type` under the `mask` action.
    public static func mask(for type: EntityType) -> String { "[\(type.rawValue)]" }

    /// Scans `text` and applies the policy until a scan of the result finds nothing more to rewrite.
    ///
    /// Replacing a value changes what its neighbours look like to the detectors (a masked label no longer
    /// explains a number, a placeholder ends a word), so a second scan can find a value the first one
    /// judged in a different context. Rounds repeat, at most `maxRounds` times, while a round rewrites
    /// something; clean text costs one scan, ordinary prompts two. Each round can reveal the next only where
    /// masking one value changes the reading of its neighbour, so long chains are made, not met (the fuzzer
    /// built one of five rounds from repeated `cc:` lists); the cap bounds the work such text can cause.
    /// - Note: `applied` lists the first round's findings and the values later rounds rewrote; the offsets
    ///   of the latter are in the text as rewritten so far, not in `text`. A blocked type revealed only by
    ///   a later round still blocks.
    public func scanAndRedact(
        _ text: String,
        scanner: PIIScanner,
        pseudonyms: inout PseudonymTable,
        maxRounds: Int = 16
    ) -> RedactionResult {
        var result = redact(text, findings: scanner.scan(text), pseudonyms: &pseudonyms)
        var round = 1
        var previous = text
        while round < maxRounds && result.text != previous {
            let again = scanner.scan(result.text)
            guard !again.isEmpty else { break }
            let next = redact(result.text, findings: again, pseudonyms: &pseudonyms)
            previous = result.text
            // Values left in place (allow, flag, block) are found again in every round: count them once.
            let rewritten = next.applied.filter { $0.action == .mask || $0.action == .pseudonymize }
            result = RedactionResult(
                text: next.text,
                applied: result.applied + rewritten,
                blockedTypes: result.blockedTypes.union(next.blockedTypes)
            )
            round += 1
        }
        return result
    }

    /// Rewrites `text` according to the policy. `findings` must come from scanning this exact text
    /// (scalar offsets, sorted, non-overlapping); `pseudonyms` records values replaced by placeholders.
    public func redact(_ text: String, findings: [Finding], pseudonyms: inout PseudonymTable) -> RedactionResult {
        guard !findings.isEmpty else { return RedactionResult(text: text, applied: [], blockedTypes: []) }
        var applied: [RedactionResult.Applied] = []
        var blocked = Set<EntityType>()
        let text = UTF8Text(text)
        var out: [UInt8] = []
        var cursor = 0
        for f in findings.sorted(by: { $0.start < $1.start }) {
            let start = max(f.start, cursor)
            let end = min(f.end, text.scalarCount)
            guard start < end else { continue }
            let action = action(for: f.type)
            applied.append(.init(finding: f, action: action))
            let replacement: String
            switch action {
            case .allow, .flag:
                continue
            case .block:
                blocked.insert(f.type)
                continue
            case .mask:
                replacement = Self.mask(for: f.type)
            case .pseudonymize:
                replacement = pseudonyms.placeholder(for: text.string(start..<end), type: f.type)
            }
            if out.isEmpty { out.reserveCapacity(text.bytes.count + 64) }
            out += text.bytes[text.byteOffset(cursor)..<text.byteOffset(start)]
            out += replacement.utf8
            cursor = end
        }
        guard cursor > 0 else { return RedactionResult(text: text.original, applied: applied, blockedTypes: blocked) }
        out += text.bytes[text.byteOffset(cursor)...]
        return RedactionResult(text: String(decoding: out, as: UTF8.self), applied: applied, blockedTypes: blocked)
    }
}

/// A text's UTF-8 bytes with Unicode-scalar offsets (the offsets findings use) mapped to byte offsets.
struct UTF8Text {
    let original: String
    let bytes: [UInt8]
    /// Byte offset of each scalar, plus the end; nil when the text is ASCII (the offsets are equal).
    private let offsets: [Int]?

    init(_ text: String) {
        original = text
        bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            offsets = nil
        } else {
            var table: [Int] = []
            table.reserveCapacity(bytes.count + 1)
            for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { table.append(i) }
            table.append(bytes.count)
            offsets = table
        }
    }

    var scalarCount: Int { offsets.map { $0.count - 1 } ?? bytes.count }

    func byteOffset(_ scalar: Int) -> Int { offsets?[scalar] ?? scalar }

    func string(_ scalars: Range<Int>) -> String {
        String(decoding: bytes[byteOffset(scalars.lowerBound)..<byteOffset(scalars.upperBound)], as: UTF8.self)
    }
}
