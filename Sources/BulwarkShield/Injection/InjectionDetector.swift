import Foundation

/// Scores a prompt or document for prompt-injection and jailbreak attempts.
///
/// The text is normalized (``TextNormalizer``), then word rules (``InjectionCategory``
/// families), byte-level markers and a hashed n-gram logistic-regression model
/// (``InjectionModel``) each give evidence; decoded payloads and leetspeak-folded text are
/// checked by the rules again. Evidence is combined by noisy-OR into a score in 0…1.
/// Deterministic and allocation-light: a 2 KB prompt costs tens of microseconds.
///
/// - Important: Inputs larger than ``maxInputBytes`` are not checked; the verdict then has
///   status ``CheckStatus/notRun(reason:)`` and score 0, which is not a pass.
public struct InjectionDetector: Sendable {
    /// The threshold chosen by grouped cross-validation on the development split
    /// (see `docs/eval-injection.md`).
    public static let defaultThreshold: Double = 0.65
    /// Inputs larger than this many UTF-8 bytes are reported as not checked.
    public static let defaultMaxInputBytes = 512 * 1024

    /// Inputs larger than this many UTF-8 bytes are reported as not checked.
    public let maxInputBytes: Int
    private let model: InjectionModel
    private let normalizer: TextNormalizer

    /// A detector with the bundled model and default bounds.
    public init() {
        self.init(model: .bundled)
    }

    /// A detector with a given model (for example one retrained by `train.py`) and bounds.
    public init(
        model: InjectionModel,
        normalizer: TextNormalizer = TextNormalizer(),
        maxInputBytes: Int = InjectionDetector.defaultMaxInputBytes
    ) {
        self.model = model
        self.normalizer = normalizer
        self.maxInputBytes = maxInputBytes
    }

    /// Scores `text` as a user prompt or as pasted/tool content (indirect injection).
    public func assess(_ text: String, source: InjectionSource = .prompt) -> InjectionVerdict {
        let size = text.utf8.count
        guard size <= maxInputBytes else {
            return InjectionVerdict(
                score: 0,
                reasons: [],
                status: .notRun(reason: "input of \(size) bytes exceeds the \(maxInputBytes)-byte limit")
            )
        }
        let normalized = normalizer.normalize(text)
        let buffer = ScanBuffer(normalized.text)
        var evidence: [InjectionHeuristics.Evidence] = []
        var notes: [String] = []
        InjectionDetector.ruleEvidence(buffer, into: &evidence)
        InjectionHeuristics.evidence(in: buffer, into: &evidence)
        InjectionDetector.normalizationEvidence(normalized, buffer, into: &evidence, notes: &notes)
        if let leet = UnicodeFolding.foldLeetspeak(buffer.bytes, tokens: buffer.tokens) {
            let folded = ScanBuffer(bytes: leet)
            InjectionDetector.ruleEvidence(folded, into: &evidence)
            evidence.append((.obfuscation, 0.3))
            notes.append("normalization:leetspeak")
        }
        if let joined = SpacedLetters.join(normalized.text) {
            var found: [InjectionHeuristics.Evidence] = []
            InjectionDetector.ruleEvidence(ScanBuffer(joined), into: &found)
            if !found.isEmpty {
                evidence += found
                evidence.append((.obfuscation, 0.4))
                notes.append("normalization:spaced_letters")
            }
        }
        for segment in normalized.decodedSegments {
            let inner = ScanBuffer(segment.text)
            var found: [InjectionHeuristics.Evidence] = []
            InjectionDetector.ruleEvidence(inner, into: &found)
            InjectionHeuristics.evidence(in: inner, into: &found)
            let innerModel = 1 / (1 + exp(-model.logit(inner)))
            if innerModel >= 0.8 { found.append((.model, innerModel)) }
            if !found.isEmpty {
                evidence += found
                evidence.append((.encodedPayload, 0.6))
                notes.append("decoded:\(segment.encoding.rawValue)")
            }
        }
        let modelProbability = 1 / (1 + exp(-model.logit(buffer)))
        let combined = InjectionDetector.combine(evidence, modelProbability: modelProbability, source: source)
        var status = CheckStatus.complete
        if !normalized.decodingComplete {
            status = .partial(reason: "nested encoded payloads beyond the decoding bound were not decoded")
        } else if buffer.bytes.count > FeatureHashing.maxModelBytes {
            status = .partial(reason: "the model read only the first \(FeatureHashing.maxModelBytes) bytes")
        }
        return InjectionVerdict(score: combined.score, reasons: combined.reasons + notes, status: status)
    }

    static func ruleEvidence(_ buffer: ScanBuffer, into out: inout [InjectionHeuristics.Evidence]) {
        let matches = InjectionRules.matcher.matches(buffer.tokens)
        guard !matches.isEmpty else { return }
        let meta = DiscussionContext.isMetaDiscussion(buffer)
        for m in matches {
            let rule = InjectionRules.matcher.rules[m.rule]
            var weight = rule.weight
            if meta && DiscussionContext.isQuoted(buffer, start: m.start, end: m.end) { weight *= 0.35 }
            out.append((rule.category, weight))
        }
    }

    private static func normalizationEvidence(
        _ n: NormalizedText,
        _ buffer: ScanBuffer,
        into out: inout [InjectionHeuristics.Evidence],
        notes: inout [String]
    ) {
        let s = n.signals
        if s.contains(.tagCharacters) && n.removedCharacterCount >= 4 {
            out.append((.obfuscation, 0.85))
            notes.append("normalization:tag_characters")
        }
        if s.contains(.variationSelectorSmuggling) && n.removedCharacterCount >= 4 {
            out.append((.obfuscation, 0.85))
            notes.append("normalization:variation_selectors")
        }
        if s.contains(.invisibleCharacters) {
            let count = n.removedCharacterCount
            out.append((.obfuscation, count >= 16 ? 0.8 : count >= 3 ? 0.5 : 0.3))
            notes.append("normalization:invisible_characters")
        }
        if s.contains(.controlCharacters) {
            out.append((.obfuscation, 0.6))
            notes.append("normalization:control_characters")
        }
        if s.contains(.bidiControls) {
            out.append((.obfuscation, 0.5))
            notes.append("normalization:bidi_controls")
        }
        if s.contains(.mixedScriptWords) {
            out.append((.obfuscation, 0.75))
            notes.append("normalization:mixed_script")
        }
        if s.contains(.stackedCombiningMarks) {
            out.append((.obfuscation, 0.6))
            notes.append("normalization:stacked_combining_marks")
        }
        let share = EncodedPayloadShape.share(of: n.text, buffer: buffer, decoded: !n.decodedSegments.isEmpty)
        if share >= 0.6 { out.append((.encodedPayload, share >= 0.85 ? 0.7 : 0.55)) }
    }

    static func combine(
        _ evidence: [InjectionHeuristics.Evidence],
        modelProbability: Double,
        source: InjectionSource
    ) -> (score: Double, reasons: [String]) {
        var keep: [InjectionCategory: Double] = [:]
        for (category, weight) in evidence {
            var w = min(max(weight, 0), 0.99)
            if source == .document, category.raisedInDocuments { w = 1 - pow(1 - w, 1.5) }
            keep[category] = 1 - (1 - keep[category, default: 0]) * (1 - w)
        }
        var clean = 1 - modelProbability
        // In a fixed order: a dictionary's order differs between processes, and so would the last bit of the score.
        for category in InjectionCategory.allCases { clean *= 1 - keep[category, default: 0] }
        var ranked = keep.filter { $0.value >= 0.3 }.sorted {
            $0.value > $1.value || ($0.value == $1.value && $0.key.rawValue < $1.key.rawValue)
        }
        .map { $0.key.rawValue }
        if modelProbability >= 0.5 { ranked.append(InjectionCategory.model.rawValue) }
        return (1 - clean, ranked)
    }
}

extension InjectionCategory {
    /// Families that matter more when the text is a document the user did not write.
    var raisedInDocuments: Bool {
        switch self {
        case .instructionOverride, .goalHijack, .delimiterInjection, .hiddenText, .exfiltration, .promptExtraction:
            return true
        default:
            return false
        }
    }
}
