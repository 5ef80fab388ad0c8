import BulwarkCore
import BulwarkShield

/// Step 6 of the request path: scans every message (all roles, multi-part content, tool-call arguments)
/// for personal data, secrets and injection attempts, and applies the role's policy.
struct PromptInspector: Sendable {
    let scanner = PIIScanner()
    let detector = InjectionDetector()

    /// What inspection found and did.
    struct Outcome: Sendable {
        /// Counts per (type, action) for the audit event and metrics. Never values.
        var findings: [FindingKey: Int] = [:]
        var blockedTypes: Set<EntityType> = []
        var pseudonyms = PseudonymTable()
        /// Per message, per text: the rewritten text, or nil to keep it. Nil when nothing changes.
        var replacements: [[String?]]?
        var injectionScore = 0.0
        var injectionReasons: [String] = []
        var injectionStatus: CheckStatus = .complete
        var injectionFlagged = false

        struct FindingKey: Hashable, Comparable, Sendable {
            let type: EntityType
            let action: RedactionAction
            static func < (a: Self, b: Self) -> Bool {
                (a.type.rawValue, a.action.rawValue) < (b.type.rawValue, b.action.rawValue)
            }
        }

        /// `EMAIL:pseudonymize:2,AWS_ACCESS_KEY:block:1`, sorted.
        var findingsSummary: String {
            findings.keys.sorted().map { "\($0.type.rawValue):\($0.action.rawValue):\(findings[$0]!)" }.joined(
                separator: ","
            )
        }
    }

    /// Inspects every text of every message. Rewrites are returned in `Outcome.replacements`
    /// (per message, per text; nil keeps the text), nil as a whole when nothing changes.
    func inspect(_ messages: [MessageView], redactor: Redactor, injection: InjectionPolicy) -> Outcome {
        var outcome = Outcome()
        let threshold = injection.threshold ?? InjectionDetector.defaultThreshold
        var replacements: [[String?]] = []
        var anyChange = false
        for message in messages {
            let source: InjectionSource = ["user", "system", "developer"].contains(message.role) ? .prompt : .document
            var row: [String?] = []
            for text in message.texts {
                if injection.action != .allow {
                    assessInjection(text, source: source, threshold: threshold, into: &outcome)
                }
                let result = redactor.scanAndRedact(text, scanner: scanner, pseudonyms: &outcome.pseudonyms)
                guard !result.applied.isEmpty else {
                    row.append(nil)
                    continue
                }
                for applied in result.applied {
                    outcome.findings[.init(type: applied.finding.type, action: applied.action), default: 0] += 1
                }
                outcome.blockedTypes.formUnion(result.blockedTypes)
                if result.text != text {
                    anyChange = true
                    row.append(result.text)
                } else {
                    row.append(nil)
                }
            }
            replacements.append(row)
        }
        if anyChange { outcome.replacements = replacements }
        return outcome
    }

    private func assessInjection(
        _ text: String,
        source: InjectionSource,
        threshold: Double,
        into outcome: inout Outcome
    ) {
        let verdict = detector.assess(text, source: source)
        if !verdict.status.ran { outcome.injectionStatus = verdict.status }
        if verdict.score > outcome.injectionScore {
            outcome.injectionScore = verdict.score
            outcome.injectionReasons = verdict.reasons
        }
        if verdict.isFlagged(threshold: threshold) { outcome.injectionFlagged = true }
    }
}
