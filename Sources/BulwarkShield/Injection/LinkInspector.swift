/// Inspects a model's answer for output-channel exfiltration and dangerous links, and
/// rewrites it so they cannot fire.
///
/// - Images (markdown, reference-style, HTML `<img>`) render without a click, so any image
///   whose host is not allow-listed is replaced by a text form; reference-style images are
///   always replaced because their target may be defined later.
/// - Links and bare URLs are replaced when they carry data to a host that is not
///   allow-listed, or when they are dangerous wherever they point: IP-literal hosts,
///   punycode or look-alike hosts, URL shorteners, `javascript:`/`data:`/`file:` URLs,
///   user-info tricks, or link text that shows a different domain.
/// - Configured system-prompt canaries are redacted and reported.
///
/// - Important: Answers larger than ``maxInputBytes`` are not inspected; the result then
///   has status ``CheckStatus/notRun(reason:)`` and must not be treated as clean.
public struct LinkInspector: Sendable {
    /// Hosts (and their subdomains) that images and data-carrying links may point to.
    public let allowedHosts: [String]
    /// Secret markers planted in the system prompt; seeing one in an answer means leakage.
    public let canaries: [String]
    /// Answers larger than this many UTF-8 bytes are not inspected.
    public let maxInputBytes: Int

    /// Creates an inspector; host names are compared case-insensitively.
    public init(allowedHosts: [String] = [], canaries: [String] = [], maxInputBytes: Int = 4 * 1024 * 1024) {
        self.allowedHosts = allowedHosts.map { $0.lowercased().trimmingDots() }
        self.canaries = canaries.filter { !$0.isEmpty }
        self.maxInputBytes = maxInputBytes
    }

    /// Inspects and rewrites a complete answer.
    public func inspect(_ answer: String) -> LinkInspection {
        let size = answer.utf8.count
        guard size <= maxInputBytes else {
            return LinkInspection(
                text: answer,
                findings: [],
                status: .notRun(reason: "answer of \(size) bytes exceeds the \(maxInputBytes)-byte limit")
            )
        }
        var findings: [LinkFinding] = []
        let bytes = Array(answer.utf8)
        let out = rewrite(bytes, 0..<bytes.count, findings: &findings)
        return LinkInspection(text: String(decoding: out, as: UTF8.self), findings: findings, status: .complete)
    }

    /// Whether `host` is allow-listed (exactly or as a subdomain).
    public func isAllowed(host: String) -> Bool {
        let host = host.lowercased().trimmingDots()
        return allowedHosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    /// Rewrites `range` of `bytes`; constructs still incomplete at its end are treated as text.
    /// `context` says what precedes `range` in the whole answer.
    func rewrite(
        _ bytes: [UInt8],
        _ range: Range<Int>,
        context: MarkdownLinkScanner.Context = .init(),
        findings: inout [LinkFinding]
    ) -> [UInt8] {
        let constructs = MarkdownLinkScanner.scan(bytes, in: range, final: true, context: context).constructs
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var cursor = range.lowerBound
        for c in constructs {
            out += bytes[cursor..<c.range.lowerBound]
            out += judge(c, bytes, findings: &findings)
            cursor = c.range.upperBound
        }
        out += bytes[cursor..<range.upperBound]
        return redactCanaries(out, findings: &findings)
    }

    private func judge(_ c: LinkConstruct, _ bytes: [UInt8], findings: inout [LinkFinding]) -> [UInt8] {
        let text = c.text.map { String(decoding: bytes[$0], as: UTF8.self) } ?? ""
        let label = Self.displayText(text)
        if c.form == .referenceImage {
            findings.append(LinkFinding(kind: .referenceImage, host: nil, neutralized: true))
            return Array("[image removed: \(label)]".utf8)
        }
        guard let urlRange = c.url else { return Array(bytes[c.range]) }
        let risk = URLRisk(String(decoding: bytes[urlRange], as: UTF8.self))
        let allowed = risk.host.map { isAllowed(host: $0) } ?? false
        var kinds = risk.kinds
        if c.form == .inlineLink, let shown = Self.shownDomain(text), let host = risk.host,
            Self.registrable(shown) != Self.registrable(host)
        {
            kinds.append(.mismatchedLinkText)
        }
        let hostNote = risk.host.map { " (\($0))" } ?? ""
        switch c.form {
        case .inlineImage, .htmlImage:
            guard !allowed || !kinds.isEmpty else { return Array(bytes[c.range]) }
            let kind: LinkFinding.Kind = risk.carriesData && !allowed ? .imageExfiltration : .unlistedImageHost
            findings.append(LinkFinding(kind: kind, host: risk.host, neutralized: true))
            for k in kinds { findings.append(LinkFinding(kind: k, host: risk.host, neutralized: true)) }
            return Array("[image removed: \(label.isEmpty ? "image" : label)\(hostNote)]".utf8)
        case .inlineLink, .autolink, .bareURL, .definition, .referenceLink:
            let exfiltrates = risk.carriesData && !allowed
            guard exfiltrates || !kinds.isEmpty else {
                if c.form == .inlineLink, let t = c.text {
                    // Keep the link, but its text may hold an image: inspect that too.
                    var inner = findings
                    let rewritten = rewrite(
                        bytes,
                        t,
                        context: .init(lineIndent: nil, followsWord: false),
                        findings: &inner
                    )
                    findings = inner
                    return Array(bytes[c.range.lowerBound..<t.lowerBound]) + rewritten
                        + Array(bytes[t.upperBound..<c.range.upperBound])
                }
                return Array(bytes[c.range])
            }
            if exfiltrates { findings.append(LinkFinding(kind: .linkExfiltration, host: risk.host, neutralized: true)) }
            for k in kinds { findings.append(LinkFinding(kind: k, host: risk.host, neutralized: true)) }
            let why = (exfiltrates ? [LinkFinding.Kind.linkExfiltration] : []) + kinds
            let note = "[link removed: \(why.map(\.rawValue).joined(separator: ", "))\(hostNote)]"
            switch c.form {
            case .inlineLink: return Array("\(label) \(note)".utf8)
            case .definition: return Array("[\(text)]: #removed \(note)".utf8)
            default: return Array(note.utf8)
            }
        case .referenceImage:
            return Array(bytes[c.range])
        }
    }

    private func redactCanaries(_ out: [UInt8], findings: inout [LinkFinding]) -> [UInt8] {
        guard !canaries.isEmpty else { return out }
        var text = String(decoding: out, as: UTF8.self)
        for canary in canaries where text.contains(canary) {
            findings.append(LinkFinding(kind: .canaryLeak, host: nil, neutralized: true))
            text = text.replacing(canary, with: "[redacted]")
        }
        return Array(text.utf8)
    }

    /// Link or alt text made safe to show as plain text: no brackets, at most 80 characters.
    static func displayText(_ text: String) -> String {
        let cleaned = text.filter { $0 != "[" && $0 != "]" && $0 != "(" && $0 != ")" && $0 != "!" && !$0.isNewline }
        return cleaned.count > 80 ? String(cleaned.prefix(80)) + "…" : cleaned
    }

    /// The domain a link's text displays, if it displays one ("paypal.com", "https://x.org/…").
    static func shownDomain(_ text: String) -> String? {
        let t = text.trimmingDots().filter { $0 != "*" && $0 != "_" && $0 != "`" }
        guard !t.isEmpty, !t.contains(" ") else { return nil }
        if t.lowercased().hasPrefix("http://") || t.lowercased().hasPrefix("https://")
            || t.lowercased().hasPrefix("www.")
        {
            return URLRisk(t.lowercased().hasPrefix("www.") ? "https://" + t : t).host
        }
        let labels = t.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy({ $0.isLetter }),
            labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } })
        else { return nil }
        return labels.joined(separator: ".")
    }

    /// The last two labels of a host (three for `co.uk`-style suffixes).
    static func registrable(_ host: String) -> String {
        var labels = host.lowercased().split(separator: ".")
        if labels.first == "www" { labels.removeFirst() }
        let keep =
            labels.count >= 3 && labels.last!.count == 2
                && ["co", "com", "org", "net", "ac", "gov", "edu"].contains(String(labels[labels.count - 2])) ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }
}

extension String {
    fileprivate func trimmingDots() -> String {
        var s = Substring(self)
        while s.first == "." || s.first == " " { s = s.dropFirst() }
        while s.last == "." || s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
