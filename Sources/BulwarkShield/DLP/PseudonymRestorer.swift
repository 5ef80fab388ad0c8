/// Restores pseudonym placeholders in a streamed answer, chunk by chunk.
///
/// A placeholder such as `<EMAIL_1>` may arrive split across chunks (`<EMA`, `IL_1>`); the restorer holds
/// back only a suffix that could still become a placeholder and emits everything else at once.
/// - Important: Use it only for the user who owns the table; restored text contains the original values.
public struct PseudonymRestorer: Sendable {
    private let table: PseudonymTable
    private var pending: String = ""

    /// The longest placeholder we will wait for: `<` + type (<= 14) + `_` + up to 9 digits + `>`.
    private static let maxPlaceholderLength = 26

    /// Creates a restorer over the placeholders of `table`.
    public init(table: PseudonymTable) {
        self.table = table
    }

    /// Feeds the next chunk; returns the text that can be released now.
    public mutating func feed(_ chunk: String) -> String {
        pending += chunk
        var output = ""
        var scalars = Array(pending.unicodeScalars)
        var i = 0
        var emittedUpTo = 0
        while i < scalars.count {
            guard scalars[i] == "<" else {
                i += 1
                continue
            }
            switch Self.scanPlaceholder(scalars, from: i) {
            case .complete(let end):
                let candidate = String(String.UnicodeScalarView(scalars[i..<end]))
                if let value = table.value(for: candidate) {
                    output.unicodeScalars.append(contentsOf: scalars[emittedUpTo..<i])
                    output += value
                    emittedUpTo = end
                    i = end
                } else {
                    i += 1
                }
            case .partial:
                // Hold back from here; it may complete with the next chunk.
                output.unicodeScalars.append(contentsOf: scalars[emittedUpTo..<i])
                scalars.removeFirst(i)
                pending = String(String.UnicodeScalarView(scalars))
                return output
            case .none:
                i += 1
            }
        }
        output.unicodeScalars.append(contentsOf: scalars[emittedUpTo...])
        pending = ""
        return output
    }

    /// Flushes whatever is held back at the end of the stream.
    public mutating func finish() -> String {
        defer { pending = "" }
        return pending
    }

    private enum Match {
        case complete(Int)
        case partial
        case none
    }

    /// Matches `<[A-Z_]+_[0-9]+>` from `i`; `.partial` when the text ends inside a possible placeholder.
    private static func scanPlaceholder(_ s: [Unicode.Scalar], from i: Int) -> Match {
        var k = i + 1
        var sawLetter = false
        var sawDigitAfterUnderscore = false
        var lastUnderscore = -1
        while k < s.count {
            let c = s[k]
            if k - i > maxPlaceholderLength { return .none }
            if c == ">" {
                return sawLetter && sawDigitAfterUnderscore && lastUnderscore > i ? .complete(k + 1) : .none
            } else if c.value >= 0x41 && c.value <= 0x5A {
                if sawDigitAfterUnderscore { return .none }
                sawLetter = true
            } else if c == "_" {
                if sawDigitAfterUnderscore || !sawLetter { return .none }
                lastUnderscore = k
            } else if c.value >= 0x30 && c.value <= 0x39 {
                if lastUnderscore < 0 { return .none }
                // Digits only directly after the last underscore.
                sawDigitAfterUnderscore = true
            } else {
                return .none
            }
            k += 1
        }
        return .partial
    }
}
