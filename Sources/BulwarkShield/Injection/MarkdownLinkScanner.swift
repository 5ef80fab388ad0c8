/// A link-like construct in an answer, as byte ranges into the scanned UTF-8.
struct LinkConstruct: Sendable {
    enum Form: Sendable {
        case inlineLink, inlineImage, referenceLink, referenceImage, definition, autolink, bareURL, htmlImage
    }
    let form: Form
    /// The whole construct.
    let range: Range<Int>
    /// Link text, alt text or definition label.
    let text: Range<Int>?
    /// The destination URL.
    let url: Range<Int>?
}

/// Finds markdown links and images, reference definitions, autolinks, bare URLs and HTML
/// `<img>` tags. When not `final`, it stops at the first construct that may still be
/// growing (its start is `incompleteFrom`), so a streaming caller can hold it back.
enum MarkdownLinkScanner {
    private enum Parse {
        case construct(LinkConstruct)
        case incomplete
        case none
    }

    /// What precedes the scanned bytes in the whole answer (a streaming caller may have
    /// sent those bytes already).
    struct Context: Sendable {
        /// How many spaces precede the bytes on their line, or `nil` if other text does.
        var lineIndent: Int? = 0
        /// The byte before them is a letter or digit (so `http` there does not start a URL).
        var followsWord = false
    }

    static func scan(
        _ b: [UInt8],
        in range: Range<Int>? = nil,
        final: Bool,
        context: Context = Context()
    ) -> (constructs: [LinkConstruct], incompleteFrom: Int?) {
        let n = range?.upperBound ?? b.count
        let lower = range?.lowerBound ?? 0
        var i = lower
        let lineStart = (from: lower, indent: context.lineIndent)
        var out: [LinkConstruct] = []
        while i < n {
            let c = b[i]
            var parsed = Parse.none
            var start = i
            if c == 0x21 {  // !
                if i + 1 == n {
                    parsed = .incomplete
                } else if b[i + 1] == 0x5B {
                    parsed = bracket(b, at: i + 1, end: n, image: true, final: final, lineStart: lineStart)
                }
            } else if c == 0x5B {
                parsed = bracket(b, at: i, end: n, image: false, final: final, lineStart: lineStart)
            } else if c == 0x3C {
                parsed = angle(b, at: i, end: n)
            } else if (c | 0x20) == 0x68, i == lower ? !context.followsWord : !isWord(b[i - 1]) {
                parsed = bareURL(b, at: i, end: n, final: final)
            }
            switch parsed {
            case .construct(let construct):
                out.append(construct)
                i = construct.range.upperBound
            case .incomplete:
                if !final { return (out, start) }
                i += 1
            case .none:
                i += 1
            }
            start = i
        }
        return (out, nil)
    }

    private static func bracket(
        _ b: [UInt8],
        at p: Int,
        end n: Int,
        image: Bool,
        final: Bool,
        lineStart: (from: Int, indent: Int?)
    ) -> Parse {
        let from = image ? p - 1 : p
        var depth = 1
        var j = p + 1
        while j < n {
            let c = b[j]
            if c == 0x5C {
                j += 2
                continue
            }
            if c == 0x5B { depth += 1 }
            if c == 0x5D {
                depth -= 1
                if depth == 0 { break }
            }
            if c == 0x0A && j + 1 < n && b[j + 1] == 0x0A { return .none }
            j += 1
        }
        guard j < n else { return .incomplete }
        let text = (p + 1)..<j
        let k = j + 1
        guard k < n else { return .incomplete }
        switch b[k] {
        case 0x28:  // (
            var m = k + 1
            while m < n && (b[m] == 0x20 || b[m] == 0x0A) { m += 1 }
            let urlStart = m
            var parens = 0
            if m < n && b[m] == 0x3C {
                while m < n && b[m] != 0x3E && b[m] != 0x0A { m += 1 }
            } else {
                while m < n && b[m] > 0x20 {
                    if b[m] == 0x28 { parens += 1 }
                    if b[m] == 0x29 {
                        if parens == 0 { break }
                        parens -= 1
                    }
                    m += 1
                }
            }
            let urlEnd = m
            while m < n && b[m] != 0x29 {
                if b[m] == 0x0A && m + 1 < n && b[m + 1] == 0x0A { return .none }
                m += 1
            }
            guard m < n else { return .incomplete }
            let url = urlStart..<min(urlEnd, m)
            return .construct(
                LinkConstruct(form: image ? .inlineImage : .inlineLink, range: from..<(m + 1), text: text, url: url)
            )
        case 0x5B:  // [
            var m = k + 1
            while m < n && b[m] != 0x5D && b[m] != 0x0A { m += 1 }
            guard m < n else { return .incomplete }
            guard b[m] == 0x5D else { return .none }
            return .construct(
                LinkConstruct(
                    form: image ? .referenceImage : .referenceLink,
                    range: from..<(m + 1),
                    text: text,
                    url: nil
                )
            )
        case 0x3A where !image && atLineStart(b, p, lineStart):  // [label]: url
            var m = k + 1
            while m < n && b[m] == 0x20 { m += 1 }
            let urlStart = m
            while m < n && b[m] > 0x20 { m += 1 }
            // The URL may still be growing unless whitespace (or the end of the answer) ends it.
            guard m < n || final else { return .incomplete }
            guard m > urlStart else { return m < n ? .none : .incomplete }
            return .construct(LinkConstruct(form: .definition, range: from..<m, text: text, url: urlStart..<m))
        default:
            return .none
        }
    }

    private static func atLineStart(_ b: [UInt8], _ p: Int, _ origin: (from: Int, indent: Int?)) -> Bool {
        var q = p - 1
        var spaces = 0
        while q >= origin.from && b[q] == 0x20 && spaces < 4 {
            q -= 1
            spaces += 1
        }
        guard spaces < 4 else { return false }
        if q < origin.from { return origin.indent.map { $0 + spaces <= 3 } ?? false }
        return b[q] == 0x0A
    }

    private static func angle(_ b: [UInt8], at p: Int, end n: Int) -> Parse {
        let autolink = hasPrefix(b, p + 1, n, "http://") || hasPrefix(b, p + 1, n, "https://")
        let image = hasPrefix(b, p + 1, n, "img")
        if !autolink && !image {
            // `<ht` or `<im` at the end may still become an autolink or an image tag.
            let tail = b[(p + 1)..<n].map { $0 | 0x20 }
            let starts = ["http://", "https://", "img"].contains { Array($0.utf8).starts(with: tail) }
            return n - p <= 8 && starts ? .incomplete : .none
        }
        var m = p + 1
        while m < n && b[m] != 0x3E {
            if autolink && b[m] <= 0x20 { return .none }
            m += 1
        }
        guard m < n else { return .incomplete }
        guard autolink || image else { return .none }
        if autolink {
            return .construct(LinkConstruct(form: .autolink, range: p..<(m + 1), text: nil, url: (p + 1)..<m))
        }
        return .construct(LinkConstruct(form: .htmlImage, range: p..<(m + 1), text: nil, url: srcAttribute(b, p, m)))
    }

    private static func srcAttribute(_ b: [UInt8], _ from: Int, _ to: Int) -> Range<Int>? {
        var i = from
        while i + 4 < to {
            if (b[i] | 0x20) == 0x73, (b[i + 1] | 0x20) == 0x72, (b[i + 2] | 0x20) == 0x63, b[i + 3] == 0x3D {
                var s = i + 4
                let quote = b[s]
                if quote == 0x22 || quote == 0x27 {
                    s += 1
                    var e = s
                    while e < to && b[e] != quote { e += 1 }
                    return s..<e
                }
                var e = s
                while e < to && b[e] > 0x20 { e += 1 }
                return s..<e
            }
            i += 1
        }
        return nil
    }

    private static func bareURL(_ b: [UInt8], at p: Int, end n: Int, final: Bool) -> Parse {
        guard hasPrefix(b, p, n, "http://") || hasPrefix(b, p, n, "https://") || (!final && n - p < 8) else {
            return .none
        }
        var m = p
        while m < n && b[m] > 0x20 && b[m] != 0x3C && b[m] != 0x3E && b[m] != 0x22 && b[m] != 0x60 { m += 1 }
        if m == n && !final { return .incomplete }
        guard hasPrefix(b, p, n, "http") else { return .none }
        var end = m
        while end > p, let last = Optional(b[end - 1]), ".,;:!?'*_)".utf8.contains(last) {
            if last == 0x29 && b[p..<end].filter({ $0 == 0x28 }).count >= b[p..<end].filter({ $0 == 0x29 }).count {
                break
            }
            end -= 1
        }
        return .construct(LinkConstruct(form: .bareURL, range: p..<end, text: nil, url: p..<end))
    }

    private static func hasPrefix(_ b: [UInt8], _ p: Int, _ n: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard p + count <= n else { return false }
        return prefix.withUTF8Buffer { pb in
            for k in 0..<count where (b[p + k] | 0x20) != pb[k] { return false }
            return true
        }
    }

    @inline(__always)
    static func isWord(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39)
    }
}
