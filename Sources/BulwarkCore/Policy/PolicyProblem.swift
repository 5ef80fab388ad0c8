/// One thing wrong with a policy file: where, what, and how to fix it.
public struct PolicyProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line in the file, when known.
    public let line: Int?
    public let message: String
    public let fix: String

    public init(line: Int?, message: String, fix: String) {
        self.line = line
        self.message = message
        self.fix = fix
    }

    public var description: String {
        let location = line.map { "line \($0)" } ?? "policy"
        return "\(location): \(message) — fix: \(fix)"
    }
}

/// A policy file that failed validation; carries every problem found, not just the first.
public struct InvalidPolicyError: Error, Sendable, CustomStringConvertible {
    public let problems: [PolicyProblem]
    public init(problems: [PolicyProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
