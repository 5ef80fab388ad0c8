/// Whether a check ran on the whole input, on part of it, or not at all.
///
/// - Important: A check that did not run is never a pass: callers must treat
///   ``notRun(reason:)`` according to policy (usually as "unknown", not "clean").
public enum CheckStatus: Sendable, Hashable {
    /// The check ran on the whole input.
    case complete
    /// The check ran, but some part was not examined (for example a nested payload past the
    /// decoding bound); the reason says which.
    case partial(reason: String)
    /// The check did not run (for example the input exceeds the size limit).
    case notRun(reason: String)

    /// `true` unless the check did not run at all.
    public var ran: Bool {
        if case .notRun = self { return false }
        return true
    }
}

/// The injection detector's answer for one text.
public struct InjectionVerdict: Sendable {
    /// Likelihood in 0…1 that the text is an injection or jailbreak attempt (0 when not run).
    public let score: Double
    /// The evidence, as ``InjectionCategory`` raw values, strongest first; decoded payloads
    /// are reported as `decoded:<encoding>`, normalization findings as `normalization:<what>`.
    public let reasons: [String]
    /// Whether the detector ran, and on how much of the input.
    public let status: CheckStatus

    /// Creates a verdict.
    public init(score: Double, reasons: [String], status: CheckStatus) {
        self.score = score
        self.reasons = reasons
        self.status = status
    }

    /// Whether the text should be treated as an attack at `threshold`.
    ///
    /// - Important: Returns `false` when the check did not run; look at ``status`` to tell
    ///   "clean" from "not checked".
    public func isFlagged(threshold: Double) -> Bool {
        status.ran && score >= threshold
    }
}
