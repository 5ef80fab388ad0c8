/// Finds credentials that announce themselves by a vendor prefix: AWS key ids, GitHub, Slack, OpenAI,
/// Stripe and Google keys, JWTs, PEM private keys and a few generic vendor tokens.
///
/// One pass looks only at bytes that can start a prefix; everything else is a single compare.
struct TokenDetector {
    private static let privateKeyLabel = KeywordSet(["private key"])

    func scan(_ t: ScanText, _ triggers: Triggers, into out: inout [Candidate]) {
        let n = t.count
        triggers.forEach(Triggers.tokenLetter | Triggers.dash) { i in
            let c = t[i]
            // Tokens start at a boundary: not glued to a preceding letter or digit.
            if i > 0 && Byte.isAlnum(t[i - 1]) && c != 0x2D { return i + 1 }
            var next = i + 1
            switch c {
            case 0x41:  // A
                if let e = awsKeyID(t, i) {
                    out.append(Candidate(.awsAccessKey, i, e, score: 0.99, priority: 90))
                    next = e
                } else if t.matchesExactly("AIza", at: i), let e = run(t, i + 4, min: 30, max: 40, Byte.isTokenChar) {
                    out.append(Candidate(.googleAPIKey, i, e, score: 0.97, priority: 90))
                    next = e
                }
            case 0x67:  // g
                if let e = github(t, i) {
                    out.append(Candidate(.githubToken, i, e, score: 0.98, priority: 90))
                    next = e
                } else if t.matchesExactly("glpat-", at: i), let e = run(t, i + 6, min: 20, max: 64, Byte.isTokenChar) {
                    out.append(Candidate(.genericSecret, i, e, score: 0.95, priority: 88))
                    next = e
                }
            case 0x77:  // w
                // A webhook signing secret (Stripe's and others' `whsec_`): a webhook secret, not an API key.
                if t.matchesExactly("whsec_", at: i), let e = run(t, i + 6, min: 24, max: 64, Byte.isAlnum) {
                    out.append(Candidate(.genericSecret, i, e, score: 0.95, priority: 88))
                    next = e
                }
            case 0x78:  // x
                // Bot, user, app-level (`xapp-`) and the other Slack token prefixes.
                if t.matchesExactly("xox", at: i) || t.matchesExactly("xap", at: i),
                    (t.at(i + 1) == 0x6F ? "abposre" : "p").utf8.contains(t.at(i + 3)), t.at(i + 4) == 0x2D,
                    let e = run(t, i + 5, min: 10, max: 200, Byte.isTokenChar), hasDigit(t, i + 5, e)
                {
                    out.append(Candidate(.slackToken, i, e, score: 0.97, priority: 90))
                    next = e
                }
            case 0x68:  // h
                if t.matchesExactly("https://hooks.slack.com/", at: i) {
                    var e = i + 24
                    while e < n && (Byte.isTokenChar(t[e]) || t[e] == 0x2F) { e += 1 }
                    if e - i > 40 {
                        out.append(Candidate(.slackToken, i, e, score: 0.97, priority: 90))
                        next = e
                    }
                } else if t.matchesExactly("hf_", at: i), let e = run(t, i + 3, min: 30, max: 64, Byte.isAlnum) {
                    out.append(Candidate(.genericSecret, i, e, score: 0.9, priority: 88))
                    next = e
                }
            case 0x73, 0x72:  // s, r
                if let (type, e) = openAIOrStripe(t, i) {
                    out.append(Candidate(type, i, e, score: 0.97, priority: 90))
                    next = e
                }
            case 0x53:  // S
                if t.matchesExactly("SG.", at: i), let a = run(t, i + 3, min: 16, max: 32, Byte.isTokenChar),
                    t.at(a) == 0x2E, let e = run(t, a + 1, min: 30, max: 60, Byte.isTokenChar)
                {
                    out.append(Candidate(.genericSecret, i, e, score: 0.95, priority: 88))
                    next = e
                }
            case 0x6E:  // n
                if t.matchesExactly("npm_", at: i), let e = run(t, i + 4, min: 30, max: 40, Byte.isAlnum) {
                    out.append(Candidate(.genericSecret, i, e, score: 0.95, priority: 88))
                    next = e
                }
            case 0x65:  // e
                if let e = jwt(t, i) {
                    out.append(Candidate(.jwt, i, e, score: 0.97, priority: 92))
                    next = e
                }
            case 0x2D:  // -
                if t.matchesExactly("-----BEGIN ", at: i), let e = pemPrivateKey(t, i) {
                    out.append(Candidate(.privateKey, i, e, score: 0.99, priority: 100))
                    next = e
                } else {
                    while next < n && t[next] == 0x2D { next += 1 }
                }
            default:
                break
            }
            return max(next, i + 1)
        }
    }

    /// Advances over `minLen...maxLen` bytes of `cls` from `i`; the byte after must not be in the class.
    @inline(__always)
    private func run(_ t: ScanText, _ i: Int, min minLen: Int, max maxLen: Int, _ cls: (UInt8) -> Bool) -> Int? {
        var e = i
        while e < t.count && cls(t[e]) { e += 1 }
        let len = e - i
        return len >= minLen && len <= maxLen ? e : nil
    }

    private func hasDigit(_ t: ScanText, _ lo: Int, _ hi: Int) -> Bool {
        for k in lo..<hi where Byte.isDigit(t[k]) { return true }
        return false
    }

    private func awsKeyID(_ t: ScanText, _ i: Int) -> Int? {
        guard t.matchesExactly("AKIA", at: i) || t.matchesExactly("ASIA", at: i) else { return nil }
        guard let e = run(t, i + 4, min: 16, max: 16, { Byte.isUpper($0) || Byte.isDigit($0) }) else { return nil }
        // AWS documentation keys (AKIAIOSFODNN7EXAMPLE and friends) end in EXAMPLE.
        if t.matchesExactly("EXAMPLE", at: e - 7) { return nil }
        return e
    }

    private func github(_ t: ScanText, _ i: Int) -> Int? {
        if t.matchesExactly("github_pat_", at: i) {
            return run(t, i + 11, min: 30, max: 100) { Byte.isAlnum($0) || $0 == 0x5F }
        }
        guard t.matchesExactly("gh", at: i), "posur".utf8.contains(t.at(i + 2)), t.at(i + 3) == 0x5F else { return nil }
        guard let e = run(t, i + 4, min: 30, max: 40, Byte.isAlnum) else { return nil }
        let classes = Checksums.classes(t, i + 4, e)
        // A real token mixes cases and digits; a placeholder like ghp_xxxxxxxx... does not.
        if Checksums.githubChecksumValid(t, bodyStart: i + 4, end: e) { return e }
        return classes.upper > 2 && classes.lower > 2 && Checksums.entropy(t, i + 4, e) > 4 ? e : nil
    }

    private func openAIOrStripe(_ t: ScanText, _ i: Int) -> (EntityType, Int)? {
        if t.matchesExactly("sk_live_", at: i) || t.matchesExactly("sk_test_", at: i)
            || t.matchesExactly("rk_live_", at: i) || t.matchesExactly("rk_test_", at: i)
        {
            if let e = run(t, i + 8, min: 16, max: 255, Byte.isAlnum) { return (.stripeKey, e) }
            return nil
        }
        guard t.matchesExactly("sk-", at: i) else { return nil }
        var body = i + 3
        if t.matchesExactly("sk-ant-", at: i) {
            guard let e = run(t, i + 7, min: 20, max: 200, Byte.isTokenChar) else { return nil }
            return (.genericSecret, e)
        }
        if t.matchesExactly("sk-proj-", at: i) {
            body = i + 8
        } else if t.matchesExactly("sk-svcacct-", at: i) {
            body = i + 11
        } else if t.matchesExactly("sk-admin-", at: i) {
            body = i + 9
        }
        guard let e = run(t, body, min: 20, max: 200, Byte.isTokenChar) else { return nil }
        let cls = Checksums.classes(t, body, e)
        guard cls.digit > 0 && cls.upper > 0 && cls.lower > 0 else { return nil }
        return (.openAIKey, e)
    }

    private func jwt(_ t: ScanText, _ i: Int) -> Int? {
        guard t.matchesExactly("eyJ", at: i) else { return nil }
        let isB64URL: (UInt8) -> Bool = { Byte.isAlnum($0) || $0 == 0x5F || $0 == 0x2D }
        guard let a = run(t, i, min: 10, max: 4096, isB64URL), t.at(a) == 0x2E else { return nil }
        guard let b = run(t, a + 1, min: 4, max: 16384, isB64URL), t.at(b) == 0x2E else { return nil }
        var e = b + 1
        while e < t.count && isB64URL(t[e]) { e += 1 }
        return e
    }

    /// The whole PEM block of a private key, BEGIN line to END line, also with its line breaks written as `\n`.
    /// Public keys and certificates are not secrets.
    private func pemPrivateKey(_ t: ScanText, _ i: Int) -> Int? {
        var j = i + 11
        let limit = min(t.count, i + 60)
        var labelEnd = -1
        while j < limit {
            if t[j] == 0x2D && t.matchesExactly("-----", at: j) {
                labelEnd = j
                break
            }
            if t[j] == 0x0A { return nil }
            j += 1
        }
        guard labelEnd > 0, Self.privateKeyLabel.occurs(in: t, i + 11, labelEnd) else { return nil }
        // Find the END line; without one, cover the base64 body that follows.
        var k = labelEnd + 5
        while k < t.count {
            if t[k] == 0x2D && t.matchesExactly("-----END", at: k) {
                var e = k + 8
                while e < t.count && t[e] != 0x0A && !(t[e] == 0x2D && t.matchesExactly("-----", at: e)) { e += 1 }
                if e < t.count && t[e] == 0x2D { e += 5 }
                // The written-out line break that ends the block belongs to it.
                if t.at(e) == 0x5C && t.at(e + 1) == 0x6E { e += 2 }
                return e
            }
            // `\n` written out, as in a JSON string (a cloud service account's key file).
            if t[k] == 0x5C && (t.at(k + 1) == 0x6E || t.at(k + 1) == 0x72) {
                k += 2
                continue
            }
            if !(Byte.isBase64(t[k]) || t[k] == 0x3D || Byte.isSpace(t[k]) || t[k] == 0x3A || t[k] == 0x2C) {
                break
            }
            k += 1
        }
        // (A BEGIN line with no key after it, as an error message quotes it, holds no secret: the body has a run of 16
        // base64 characters or more without spaces.)
        var run = 0
        var longest = 0
        for j in (labelEnd + 5)..<k {
            run = Byte.isBase64(t[j]) ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest >= 16 ? k : nil
    }
}
