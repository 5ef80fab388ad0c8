/// Applies ``LinkInspector`` to an answer that arrives in chunks (server-sent events).
///
/// Text is passed through as soon as it cannot be part of a link or image any more; only a
/// possibly-unfinished construct (`![…`, `[…](…`, `<img …`, a URL still growing, or a
/// prefix of a canary) is held back, up to ``window`` bytes. A construct that outgrows the
/// window is emitted with its opening bracket escaped (`\[`), so it can never render as a
/// link or image, and is reported as ``LinkFinding/Kind/oversizedConstruct``.
///
/// - Important: Never lets a markdown image reach the output whole when its pieces arrive in
///   different chunks: the opener is held until the destination is known and judged.
public struct StreamingAnswerInspector: Sendable {
    /// The inspector that judges each complete construct.
    public let inspector: LinkInspector
    /// Most bytes held back while waiting for a construct to finish.
    public let window: Int
    /// Everything found so far.
    public private(set) var findings: [LinkFinding] = []
    private var pending: [UInt8] = []
    /// What precedes `pending` in the answer (already sent).
    private var context = MarkdownLinkScanner.Context()
    private var finished = false

    /// Creates a streaming inspector with a look-behind window in bytes.
    public init(inspector: LinkInspector, window: Int = 4096) {
        self.inspector = inspector
        self.window = max(window, 64)
    }

    /// Adds a chunk of the answer; returns the text that is safe to send now (maybe empty).
    public mutating func feed(_ chunk: String) -> String {
        precondition(!finished, "feed(_:) after finish()")
        pending += chunk.utf8
        var out: [UInt8] = []
        while true {
            let (constructs, incomplete) = MarkdownLinkScanner.scan(pending, final: false, context: context)
            var hold = min(incomplete ?? pending.count, pending.count - canaryPrefixLength())
            while hold > 0 && hold < pending.count && pending[hold] & 0xC0 == 0x80 { hold -= 1 }
            // Never cut a complete construct in two: the cut half would pass as plain text.
            for c in constructs where c.range.lowerBound < hold && hold < c.range.upperBound {
                hold = c.range.lowerBound
            }
            out += inspector.rewrite(pending, 0..<hold, context: context, findings: &findings)
            if hold > 0 { advanceContext(over: pending[..<hold]) }
            pending.removeFirst(hold)
            guard pending.count > window, let first = pending.first else { break }
            // The held construct outgrew the window: defuse its opener and move on.
            findings.append(LinkFinding(kind: .oversizedConstruct, host: nil, neutralized: true))
            if first == 0x21 && pending.count > 1 && pending[1] == 0x5B {
                out += [0x21, 0x5C, 0x5B]
                pending.removeFirst()
            } else if first == 0x21 || first == 0x5B || first == 0x3C {
                out += [0x5C, first]
            } else {
                out += Array("hxxp".utf8)
                pending.removeFirst(min(3, pending.count - 1))
            }
            pending.removeFirst()
            context.lineIndent = nil
            context.followsWord = MarkdownLinkScanner.isWord(out.last ?? 0x20)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Ends the answer; returns the remaining text, judged with nothing more to come.
    public mutating func finish() -> String {
        guard !finished else { return "" }
        finished = true
        let out = inspector.rewrite(pending, 0..<pending.count, context: context, findings: &findings)
        pending = []
        return String(decoding: out, as: UTF8.self)
    }

    /// Updates what precedes `pending` after `sent` was passed on.
    private mutating func advanceContext(over sent: ArraySlice<UInt8>) {
        guard let last = sent.last else { return }
        context.followsWord = MarkdownLinkScanner.isWord(last)
        if let newline = sent.lastIndex(of: 0x0A) {
            let after = sent[(newline + 1)...]
            context.lineIndent = after.allSatisfy { $0 == 0x20 } ? after.count : nil
        } else if let indent = context.lineIndent, sent.allSatisfy({ $0 == 0x20 }) {
            context.lineIndent = indent + sent.count
        } else {
            context.lineIndent = nil
        }
    }

    /// Length of the longest suffix of `pending` that is a proper prefix of a canary.
    private func canaryPrefixLength() -> Int {
        var longest = 0
        for canary in inspector.canaries {
            let c = Array(canary.utf8)
            var k = min(c.count - 1, pending.count)
            while k > longest {
                if pending[(pending.count - k)...].elementsEqual(c[..<k]) {
                    longest = k
                    break
                }
                k -= 1
            }
        }
        return longest
    }
}
