import BulwarkShield

/// One text of an answer on its way to the user (a choice's content, or one tool call's arguments), and
/// the checks it passes through in order: personal data and secrets in what the model wrote (masked or
/// recorded per the answer policy), then pseudonyms put back for the requesting user, then, for message
/// content, links, images and canaries. Each stage holds back only what it cannot judge yet.
struct AnswerChannel {
    private var redactor: StreamingRedactor
    private var restorer: PseudonymRestorer?
    private var links: StreamingAnswerInspector?
    private(set) var finished = false

    init(redactor: Redactor, table: PseudonymTable, links: LinkInspector?) {
        self.redactor = StreamingRedactor(redactor: redactor)
        self.restorer = table.count > 0 ? PseudonymRestorer(table: table) : nil
        self.links = links.map { StreamingAnswerInspector(inspector: $0) }
    }

    /// Passes the next piece through every stage; returns what may be sent now.
    mutating func feed(_ piece: String) -> String {
        let clean = redactor.feed(piece)
        return afterRedaction(clean)
    }

    /// Ends the text; returns everything still held, checked.
    mutating func finish() -> String {
        guard !finished else { return "" }
        finished = true
        var out = afterRedaction(redactor.finish())
        if restorer != nil {
            let rest = restorer!.finish()
            out += links != nil ? links!.feed(rest) : rest
        }
        if links != nil { out += links!.finish() }
        return out
    }

    /// Data-protection findings with their actions (answer offsets, never values).
    var dataFindings: [RedactionResult.Applied] { redactor.applied }
    /// Link, image and canary findings.
    var linkFindings: [LinkFinding] { links?.findings ?? [] }

    private mutating func afterRedaction(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        let restored = restorer != nil ? restorer!.feed(text) : text
        guard links != nil else { return restored }
        return links!.feed(restored)
    }
}
