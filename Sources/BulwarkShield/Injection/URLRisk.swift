/// Parses a URL from an answer just enough to judge it: scheme, host, and whether the
/// query, path or fragment look like they carry data.
struct URLRisk: Sendable {
    let host: String?
    let kinds: [LinkFinding.Kind]
    let carriesData: Bool

    static let shorteners: Set<String> = [
        "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly",
        "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "s.id", "bl.ink", "lnkd.in", "short.io", "v.gd", "tr.im",
        "shorte.st", "adf.ly", "bitly.com", "qr.ae", "trib.al", "surl.li", "tiny.one", "x.co",
    ]

    init(_ raw: String) {
        var url = Substring(raw.trimmingCharactersInSet(" \t\n<>\"'"))
        var kinds: [LinkFinding.Kind] = []
        let lower = url.lowercased()
        for scheme in ["javascript:", "vbscript:", "data:", "file:"] where lower.hasPrefix(scheme) {
            self.host = nil
            self.kinds = [.dangerousScheme]
            self.carriesData = scheme == "data:"
            return
        }
        if let r = url.firstRange(of: "://"),
            url[..<r.lowerBound].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) })
        {
            url = url[r.upperBound...]
        } else if url.hasPrefix("//") {
            url = url.dropFirst(2)
        }
        let authorityEnd = url.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? url.endIndex
        var authority = url[..<authorityEnd]
        let rest = url[authorityEnd...]
        if let at = authority.lastIndex(of: "@") {
            kinds.append(.credentialsInURL)
            authority = authority[authority.index(after: at)...]
        }
        var host = String(authority).lowercased()
        if host.hasPrefix("[") {
            kinds.append(.ipLiteralHost)
        } else {
            if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
            if host.hasSuffix(".") { host.removeLast() }
            if URLRisk.isIPLiteral(host) { kinds.append(.ipLiteralHost) }
            if host.split(separator: ".").contains(where: { $0.hasPrefix("xn--") })
                || host.unicodeScalars.contains(where: { $0.value >= 0x80 })
            {
                kinds.append(.internationalizedHost)
                if URLRisk.mixesScripts(host) { kinds.append(.lookAlikeHost) }
            }
            if URLRisk.shorteners.contains(host) || URLRisk.shorteners.contains(where: { host.hasSuffix("." + $0) }) {
                kinds.append(.urlShortener)
            }
        }
        self.host = host.isEmpty ? nil : host
        self.kinds = kinds
        self.carriesData = URLRisk.looksLikeData(rest)
    }

    static func isIPLiteral(_ host: String) -> Bool {
        guard !host.isEmpty else { return false }
        if host.hasPrefix("0x") { return true }
        return host.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && host.contains(where: \.isNumber)
    }

    private static func mixesScripts(_ host: String) -> Bool {
        var latin = false
        var other = false
        for s in host.unicodeScalars {
            if UnicodeFolding.isLatinLetter(s.value) { latin = true }
            if UnicodeFolding.isLookAlikeScript(s.value) { other = true }
        }
        return (latin && other) || host.contains("xn--")
    }

    /// Query values, path segments or fragments long or opaque enough to hold conversation data.
    private static func looksLikeData(_ rest: Substring) -> Bool {
        guard !rest.isEmpty else { return false }
        let lower = rest.lowercased()
        for marker in ["[data]", "[info]", "{data}", "%20", "+", "[", "{"] where lower.contains(marker) {
            if marker == "+" { if lower.split(separator: "+").count >= 4 { return true } } else { return true }
        }
        let queryStart = rest.firstIndex(of: "?")
        let path = rest[..<(queryStart ?? rest.firstIndex(of: "#") ?? rest.endIndex)]
        for segment in path.split(separator: "/") where segment.count >= 32 && opaque(segment) { return true }
        if let q = queryStart {
            let query = rest[rest.index(after: q)...].prefix { $0 != "#" }
            if query.count >= 64 { return true }
            for pair in query.split(separator: "&") {
                let value = pair.split(separator: "=", maxSplits: 1).dropFirst().first ?? pair
                if value.count >= 16 { return true }
            }
        }
        if let hash = rest.firstIndex(of: "#"), rest.distance(from: hash, to: rest.endIndex) > 32 { return true }
        return false
    }

    private static func opaque(_ s: Substring) -> Bool {
        s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+=_-".contains($0)) }
    }
}

extension String {
    /// Trims the given ASCII characters from both ends.
    fileprivate func trimmingCharactersInSet(_ set: String) -> Substring {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
