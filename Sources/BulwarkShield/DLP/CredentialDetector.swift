/// Finds passwords and secrets by where they sit rather than what they look like: the value of a
/// secret-named setting, header or JSON key; the password in URL user-info; "the password is …";
/// `login user / password`; and AWS secret keys next to their key id.
struct CredentialDetector {
    private static let loginWords = KeywordSet([
        "login", "credential", "creds", "user", "account", "anmeld", "identifiant", "log in", "sign in", "signin",
        "logon", "log on", "zugang", "accès",
    ])

    func scan(_ t: ScanText, _ triggers: Triggers, into out: inout [Candidate]) {
        let kinds =
            Triggers.colonOrEquals | Triggers.credentialLetter | Triggers.slash | Triggers.dash | Triggers.quoteComma
            | Triggers.symbol | Triggers.at | Triggers.percent | Triggers.digit
        // (Read once per scan: a `static let` costs a lazy-initialisation check at every use.)
        let passwordSymbols = Self.passwordSymbols
        triggers.forEach(kinds) { i in
            let c = t[i]
            var found: Candidate?
            if Byte.isDigit(c) {
                // Digits inside a word (most numbers stand alone): a random token, maybe a secret named nearby.
                guard Byte.isAlpha(t.at(i - 1)) else { return i + 1 }
                let (secret, end) = nearbySecret(t, i)
                guard let secret else { return end }
                found = secret
            } else if passwordSymbols.contains(c) {
                found = Byte.isAlnum(t.at(i - 1)) && Byte.isAlnum(t.at(i + 1)) ? barePassword(t, i) : nil
            } else if c == 0x2D {
                found = commandLineFlag(t, i)
            } else if c == 0x3D || c == 0x3A {
                if c == 0x3A && t.at(i + 1) == 0x2F && t.at(i + 2) == 0x2F {
                    userInfo(t, i, into: &out)
                    return i + 3
                }
                found = (c == 0x3D ? authPair(t, i) : nil) ?? assignment(t, i)
            } else if c == 0x53 || c == 0x54 {
                // `Secret ist …`, `Token is …` (German nouns, a sentence's start).
                if !Byte.isAlpha(t.at(i - 1)) { found = spokenSecret(t, i) }
            } else if c == 0x70 || c == 0x50 || c == 0x6D || c == 0x4D || c == 0x6B || c == 0x4B || c == 0x73
                || c == 0x74
            {
                // p P m M k K s t (`Mot de passe …`, `Kennwort ist …` open sentences)
                // Both phrases start a word, and a word inside a redaction placeholder (`[PASSWORD] est …`) is none.
                if (!Byte.isAlpha(t.at(i - 1)) || Self.germanCompound(t, i))
                    && !(Byte.isUpper(c) && Placeholder.covers(t, i))
                {
                    found = spokenPassword(t, i) ?? spokenSecret(t, i)
                    // `mon ancien mot de passe X puis le nouveau Y`: a second one later in the same clause.
                    if let first = found, first.type == .password,
                        let second = Self.strongValueInClause(
                            t,
                            from: first.end,
                            to: t.lineEnd(first.end, notAfter: first.end + 48)
                        )
                    {
                        out.append(first)
                        found = second
                    }
                }
            } else if c == 0x22 || c == 0x27 {
                found = argumentPair(t, i)
            } else if c == 0x2F && t.at(i - 1) == 0x20 && t.at(i + 1) == 0x20 {
                found = loginPair(t, i)
            } else if c == 0x2F && t.at(i - 1) == 0x3C {
                found = element(t, i)
            }
            guard let cand = found else { return i + 1 }
            out.append(cand)
            return max(cand.end, i + 1)
        }
        awsSecretsNearKeyIDs(t, into: &out)
    }

    /// `Triggers.symbol`'s bytes, `@` and `%`.
    private static let passwordSymbols = ASCIISet("!#$&*?~@%")

    // MARK: command lines

    /// Passwords given on a command line: `--password VALUE`, `-u name:VALUE` / `--user name:VALUE` (curl),
    /// `-pVALUE` (mysql, mariadb), `-p VALUE` (sshpass). `--password=VALUE` is an assignment (below).
    private func commandLineFlag(_ t: ScanText, _ i: Int) -> Candidate? {
        guard i > 0, t[i - 1] == 0x20 else { return nil }
        if t.at(i + 1) == 0x2D {
            for flag: StaticString in ["--password ", "--passwd ", "--pass ", "--requirepass ", "--masterauth "]
            where t.matchesExactly(flag, at: i) {
                return flagValue(t, i + flag.utf8CodeUnitCount)
            }
            return t.matchesExactly("--user ", at: i) ? userPassword(t, i + 7) : nil
        }
        // The command named before the flag, on the flag's line (looked for only after `-p`).
        func line() -> Int { t.lineStart(i, notBefore: i - 512) }
        switch t.at(i + 1) {
        case 0x70:  // -p
            if t.at(i + 2) == 0x20 {
                // `sshpass -p X`, `docker login -u deploy -p X` (and podman, helm registry …).
                return t.contains(anyOf: ["sshpass", "login"], in: line(), i) ? flagValue(t, i + 3) : nil
            }
            guard !Byte.isSpace(t.at(i + 2)), t.contains(anyOf: ["mysql", "mariadb"], in: line(), i) else { return nil }
            return flagValue(t, i + 2)
        case 0x75:  // -u
            return t.at(i + 2) == 0x20 ? userPassword(t, i + 3) : nil
        default:
            return nil
        }
    }

    private func flagValue(_ t: ScanText, _ vs: Int) -> Candidate? {
        guard t.at(vs) != 0x2D, let (s, e) = CredentialValue.extent(t, vs), e - s >= 3,
            !CredentialValue.isPlaceholder(t, s, e)
        else { return nil }
        return Candidate(.password, s, e, score: 0.85, priority: 40)
    }

    /// `name:secret` after `-u` / `--user`: the secret.
    private func userPassword(_ t: ScanText, _ vs: Int) -> Candidate? {
        var k = vs
        if t.at(k) == 0x22 || t.at(k) == 0x27 { k += 1 }
        let ns = k
        while k < t.count && !Byte.isSpace(t[k]) && t[k] != 0x3A && k - ns < 64 { k += 1 }
        guard k > ns, t.at(k) == 0x3A, !Byte.isSpace(t.at(k + 1)) else { return nil }
        var e = k + 1
        while e < t.count && !Byte.isSpace(t[e]) && t[e] != 0x22 && t[e] != 0x27 && e - k < 256 { e += 1 }
        guard e - (k + 1) >= 3, !CredentialValue.isPlaceholder(t, k + 1, e) else { return nil }
        return Candidate(.password, k + 1, e, score: 0.85, priority: 40)
    }

    // MARK: key = value

    func assignment(_ t: ScanText, _ sep: Int) -> Candidate? {
        // Key: identifier characters immediately before the separator (optionally quoted, spaced).
        var ke = sep
        while ke > 0 && t[ke - 1] == 0x20 { ke -= 1 }
        // `app.config["SECRET_KEY"] = "…"`: a quoted key in a subscript.
        if ke > 1 && t[ke - 1] == 0x5D && (t[ke - 2] == 0x22 || t[ke - 2] == 0x27) { ke -= 1 }
        let keyQuoted = ke > 0 && (t[ke - 1] == 0x22 || t[ke - 1] == 0x27)
        if keyQuoted { ke -= 1 }
        // `API token (read-only): …`: a short note in parentheses after the key's name.
        if let open = t.noteStart(before: ke) {
            ke = open
            while ke > 0 && t[ke - 1] == 0x20 { ke -= 1 }
        }
        var ks = ke
        while ks > 0
            && (Byte.isAlnum(t[ks - 1]) || t[ks - 1] == 0x5F || t[ks - 1] == 0x2D || t[ks - 1] == 0x2E
                || t[ks - 1] >= 0x80)  // `Contraseña`
            && ke - ks < 48
        {
            ks -= 1
        }
        // (A link's user before its password, `https://x-access-token:ghp_…@github.com`, is left to `userInfo`.)
        guard ke - ks >= 2, !(t.at(ks - 1) == 0x2F && t.at(ks - 2) == 0x2F) else { return nil }
        // An image's path and its tag (`registry.internal/partner-webhooks:v2.11.11`, `…/api:latest`): the last path
        // segment is no key.
        if t.at(ks - 1) == 0x2F && t[sep] == 0x3A
            && (Byte.isDigit(t.at(sep + 1)) || (t.at(sep + 1) == 0x76 && Byte.isDigit(t.at(sep + 2)))
                || t.matchesExactly("latest", at: sep + 1))
        {
            return nil
        }
        // `Cache key:`, `Secret key:`: a lone `key` is named by the word before it.
        if ke - ks == 3 && t.at(ks - 1) == 0x20 && t.matches("key", at: ks), let w = t.wordBefore(ks, maxLength: 16) {
            ks = w.start
        }
        let (ns, ne) = Self.attributeName(t, ks, ke) ?? Self.entryName(t, ks, ke) ?? (ks, ke)
        // `{"key": "X-Api-Key", "value": "…"}` (Postman), `{"name": "Authorization", "value": "…"}` (HAR): the name is
        // in the field before the value's.
        let paired = ne - ns == 5 && t.matches("value", at: ns) ? Self.pairedName(t, ns) : nil
        guard let kind = SecretKeyName.classify(t, paired?.0 ?? ns, paired?.1 ?? ne) else { return nil }
        // Value.
        var vs = sep + 1
        if t.at(vs) == 0x3D || (t[sep] == 0x3A && t.at(vs) == 0x3A) { return nil }
        // `${postgres_password:-changeme}`: a shell variable's default after `:-` (or `:=`), up to the brace.
        if t[sep] == 0x3A && t.at(ks - 1) == 0x7B && t.at(ks - 2) == 0x24 {
            guard t.at(vs) == 0x2D || t.at(vs) == 0x3D else { return nil }
            vs += 1
        }
        while vs < t.count && t[vs] == 0x20 { vs += 1 }
        if kind.isHeader {
            // Authorization: Bearer xyz
            for scheme: StaticString in ["bearer ", "token ", "basic "] where t.matches(scheme, at: vs) {
                vs += scheme.utf8CodeUnitCount
                break
            }
        }
        guard let (vs0, e) = CredentialValue.extent(t, vs) else { return nil }
        var s = vs0
        let cookie = t.matches("cookie", at: ke - 6)
        if cookie || Byte.isUpper(t[s]) {
            // Cookie: session=VALUE — the cookie's name is not part of the secret; nor is a pair's key in letters
            // (`credentials: AccessKeyId=AKIA…`).
            var k = s
            while k < e && (cookie ? Byte.isTokenChar(t[k]) || t[k] == 0x2E : Byte.isAlpha(t[k])) { k += 1 }
            if k > s && k + 1 < e && t[k] == 0x3D { s = k + 1 }
        }
        if s > vs && (kind.isHeader || t.matches("bearer ", at: s) || t.matches("basic ", at: s)) {
            // "Authorization": "Bearer xyz", `auth="Bearer xyz"` — the scheme inside the quotes is not part of the
            // value.
            for scheme: StaticString in ["bearer ", "token ", "basic "] where t.matches(scheme, at: s) {
                s += scheme.utf8CodeUnitCount
                break
            }
            guard s < e else { return nil }
        }
        // `MAILER_DSN=smtp://user:pw@host`: a link with a password is left to the user-info rule, which takes the
        // password alone.
        if Self.linkWithPassword(t, s, e) { return nil }
        // `headers={"X-Api-Key": lock_api_key}`: after a quoted key, an unquoted name in code is a variable; a member
        // of an object after any key (`res.json({ clientSecret: intent.client_secret })`).
        if s == vs && Self.variableName(t, s, e) && (keyQuoted || (s..<e).contains(where: { t[$0] == 0x2E })) {
            return nil
        }
        // `process.env.STRIPE_WEBHOOK_SECRET || 'mvei4k…'`: the literal after a fallback operator is the secret.
        if let (fs, fe) = Self.fallbackLiteral(t, after: e) { return valueCandidate(t, kind, fs, fe) }
        return valueCandidate(t, kind, s, e)
    }

    /// Whether `s..<e` is a variable's name in snake case or dotted (`lock_api_key`, `cfg.token`), not generated.
    static func variableName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard Byte.isLower(t[s]), (s..<e).contains(where: { t[$0] == 0x5F || t[$0] == 0x2E }) else { return false }
        return (s..<e).allSatisfy { Byte.isLower(t[$0]) || Byte.isDigit(t[$0]) || t[$0] == 0x5F || t[$0] == 0x2E }
            && !CredentialValue.looksRandom(t, s, e)
    }

    /// The quoted literal after ` || `, ` ?? ` or ` or ` at `e` (a default for a setting read from the environment).
    static func fallbackLiteral(_ t: ScanText, after e: Int) -> (Int, Int)? {
        var k = e
        guard t.matches(" || ", at: k) || t.matches(" ?? ", at: k) || t.matches(" or ", at: k) else { return nil }
        k += 4
        let q = t.at(k)
        guard q == 0x22 || q == 0x27 || q == 0x60 else { return nil }
        var c = k + 1
        while c < t.count && t[c] != q && t[c] != 0x0A && c - k < 256 { c += 1 }
        return t.at(c) == q && c > k + 1 ? (k + 1, c) : nil
    }

    /// Whether `s..<e` is a link with user info holding a password (`scheme://user:password@host`).
    static func linkWithPassword(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var k = s
        while k < e && Byte.isAlpha(t[k]) && k - s < 12 { k += 1 }
        guard k > s, t.at(k) == 0x3A, t.at(k + 1) == 0x2F, t.at(k + 2) == 0x2F else { return false }
        var colon = false
        for p in (k + 3)..<e {
            if t[p] == 0x2F { return false }
            if t[p] == 0x3A { colon = true }
            if t[p] == 0x40 { return colon }
        }
        return false
    }

    /// The name in a `"key": "…"` or `"name": "…"` field shortly before the `value` key starting at `vk` (same object:
    /// no `{` or `}` between), or nil.
    static func pairedName(_ t: ScanText, _ vk: Int) -> (Int, Int)? {
        var k = vk - 1
        while k > 0 && vk - k < 160 && t[k] != 0x7B && t[k] != 0x7D {
            if t[k] == 0x22 && (t.matches("\"key\"", at: k) || t.matches("\"name\"", at: k)) {
                var v = k + (t.matches("\"key\"", at: k) ? 5 : 6)
                while t.at(v) == 0x20 { v += 1 }
                guard t.at(v) == 0x3A else { return nil }
                v += 1
                while t.at(v) == 0x20 { v += 1 }
                guard t.at(v) == 0x22 else { return nil }
                var e = v + 1
                while e < vk && t[e] != 0x22 { e += 1 }
                return e > v + 1 && e < vk ? (v + 1, e) : nil
            }
            k -= 1
        }
        return nil
    }

    /// The finding for the value `s..<e` of a setting of `kind`: the length and shape each type asks for.
    private func valueCandidate(_ t: ScanText, _ kind: SecretKeyName, _ s: Int, _ e: Int) -> Candidate? {
        guard !CredentialValue.isPlaceholder(t, s, e) else { return nil }
        // A Stripe publishable key is public by design (`STRIPE_PUBLISHABLE_KEY=pk_test_…`).
        if t.matchesExactly("pk_live_", at: s) || t.matchesExactly("pk_test_", at: s) { return nil }
        let len = e - s
        switch kind.type {
        case .password:
            guard len >= 3, !Self.statusOfPassword(t, s, e) else { return nil }
            return Candidate(.password, s, e, score: 0.9, priority: 40)
        case .awsSecretKey:
            if CredentialValue.looksLikeAWSSecret(t, s, e) {
                return Candidate(.awsSecretKey, s, e, score: 0.95, priority: 85)
            }
            if CredentialValue.exampleWord.occurs(in: t, s, e) { return nil }
            return len >= 8 ? Candidate(.genericSecret, s, e, score: 0.8, priority: 40) : nil
        default:
            // (Nor an English word: `validating provider credentials: retrieving caller identity`.)
            guard len >= 8, !NameLexicon.isCommonWord(t, s, e) else { return nil }
            if kind.needsEntropy && !CredentialValue.looksRandom(t, s, e) { return nil }
            if CredentialValue.isLinkWithoutSecret(t, s, e) || CredentialValue.isFilePath(t, s, e)
                || CredentialValue.isRelativeFilePath(t, s, e)
            {
                return nil
            }
            if !kind.namesOtherPurpose && CredentialValue.looksLikeAWSSecret(t, s, e) && nearAWSKeyID(t, s) {
                return Candidate(.awsSecretKey, s, e, score: 0.9, priority: 85)
            }
            return Candidate(.genericSecret, s, e, score: 0.85, priority: 40)
        }
    }

    /// Whether the unquoted value `s..<e` after a password's label says what became of the password, not what it is
    /// (`Doorstep password: chosen by customer`, `Password: reset`, `Kennwort: sent`): a past participle of the list,
    /// or a common English word in `-ed` before more words (`changed by IT`; not `Password: seed`, `heaven`); and
    /// MySQL's note whether a password was sent at all (`Access denied for user 'app'@'10.0.0.5' (using password: YES)`).
    static func statusOfPassword(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        if t.matchesExactly("(using password: ", at: s - 17) && t.at(e) == 0x29
            && (t.matchesExactly("YES", at: s) && e - s == 3 || t.matchesExactly("NO", at: s) && e - s == 2)
        {
            return true
        }
        guard t.at(s - 1) != 0x22 && t.at(s - 1) != 0x27, (s..<e).allSatisfy({ Byte.isLower(t[$0]) }) else {
            return false
        }
        if participles.contains(t.hashLowercased(s, e)) { return true }
        return t.at(e - 2) == 0x65 && t.at(e - 1) == 0x64 && t.at(e) == 0x20 && Byte.isLower(t.at(e + 1))
            && NameLexicon.isCommonWord(t, s, e)
    }

    private static let participles = NameLexicon.hashes(
        "sent set kept known shown told held done made reset lost chosen given written forgotten taken changed "
            + "rotated expired provided"
    )

    // MARK: scheme://user:password@host

    private func userInfo(_ t: ScanText, _ colon: Int, into out: inout [Candidate]) {
        var k = colon + 3
        var at = -1
        var firstColon = -1
        while k < t.count && k - colon < 300 {
            let c = t[k]
            // User-info holding a redaction placeholder was redacted already; which `@` ends it, and so what a
            // password check sees, would depend on what was masked.
            if (c == 0x5B || c == 0x3C) && Placeholder.starts(at: k, in: t) { return }
            if Byte.isSpace(c) || c == 0x2F || c == 0x22 || c == 0x27 || c == 0x3E || c == 0x60 || c == 0x3C { break }
            // No `[` before the `@` (IPv6 hosts come after it).
            if c == 0x5B && at < 0 { break }
            // The user-info ends at the last `@` that a host follows (not another `@`, not a placeholder).
            if c == 0x40 {
                let h = t.at(k + 1)
                // (An IPv6 host written without brackets, `pw@::1:5433`, as people do.)
                if Byte.isAlnum(h) || h >= 0x80 || (h == 0x5B && !Placeholder.starts(at: k + 1, in: t))
                    || (h == 0x3A && t.at(k + 2) == 0x3A)
                {
                    at = k
                }
            }
            // The user name ends at the first colon, even when it is an e-mail address (`user@corp.com:pw@host`).
            if c == 0x3A && firstColon < 0 { firstColon = k }
            k += 1
        }
        guard at > 0, firstColon >= colon + 3, firstColon < at - 1 else { return }
        let s = firstColon + 1
        guard !CredentialValue.isPlaceholder(t, s, at) else { return }
        out.append(Candidate(.password, s, at, score: 0.93, priority: 85))
    }

    /// `<add key="ApiKey" value="…"/>`: when the key `ks..<ke` is `value` and the attribute before it is `key="…"` or
    /// `name="…"`, that attribute's value names the setting.
    private static func attributeName(_ t: ScanText, _ ks: Int, _ ke: Int) -> (Int, Int)? {
        guard ke - ks == 5, t.matches("value", at: ks) else { return nil }
        var k = ks
        while k > 0 && t[k - 1] == 0x20 { k -= 1 }
        guard k > 0, t[k - 1] == 0x22 else { return nil }
        let ne = k - 1
        var ns = ne
        while ns > 0 && t[ns - 1] != 0x22 && ne - ns < 64 { ns -= 1 }
        guard ns > 1, t[ns - 1] == 0x22, t[ns - 2] == 0x3D, ne > ns else { return nil }
        return t.matches("key", at: ns - 5) || t.matches("name", at: ns - 6) ? (ns, ne) : nil
    }

    /// `<password>Vx8#mQ2pL9</password>`, `<apiKey>…</apiKey>`: at the `/` of a closing tag, the element's text
    /// when the tag names a secret setting (the names and value rules of `name: value`).
    private func element(_ t: ScanText, _ slash: Int) -> Candidate? {
        let ks = slash + 1
        var ke = ks
        while Byte.isWord(t.at(ke)) || t.at(ke) == 0x5F || t.at(ke) == 0x2D { ke += 1 }
        guard ke > ks, t.at(ke) == 0x3E else { return nil }
        var e = slash - 1
        var s = e
        while s > 0 && t[s - 1] != 0x3E && t[s - 1] != 0x3C && t[s - 1] != 0x0A && e - s <= 128 { s -= 1 }
        // The opening tag, the same name, right before the text.
        let n = ke - ks
        guard s > n + 1, t[s - 1] == 0x3E, t[s - n - 2] == 0x3C,
            (0..<n).allSatisfy({ t[s - n - 1 + $0] == t[ks + $0] }),
            let kind = SecretKeyName.classify(t, ks, ke), !kind.isHeader
        else { return nil }
        while s < e && t[s] == 0x20 { s += 1 }
        while e > s && t[e - 1] == 0x20 { e -= 1 }
        return valueCandidate(t, kind, s, e)
    }

    /// The setting a `value:` or `default =` key belongs to when its name stands on a line above: a Kubernetes or
    /// compose environment entry (`- name: SMTP_PASS` then `value: "…"`) or a Terraform variable (`variable
    /// "db_password" {` then `default = "…"`, within two lines).
    private static func entryName(_ t: ScanText, _ ks: Int, _ ke: Int) -> (Int, Int)? {
        let isValue = ke - ks == 5 && t.matches("value", at: ks)
        guard isValue || (ke - ks == 7 && t.matches("default", at: ks)) else { return nil }
        var ls = t.lineStart(ks)
        for k in ls..<ks where t[k] != 0x20 && t[k] != 0x2D && t[k] != 0x09 { return nil }
        for _ in 0..<(isValue ? 1 : 2) {
            guard ls >= 1 else { return nil }
            ls = t.lineStart(ls - 1)
            var k = ls
            while t.at(k) == 0x20 || t.at(k) == 0x2D || t.at(k) == 0x09 { k += 1 }
            if isValue {
                guard t.matches("name:", at: k) else { return nil }
                k += 5
            } else {
                guard t.matches("variable ", at: k) else { continue }
                k += 9
            }
            while t.at(k) == 0x20 { k += 1 }
            if t.at(k) == 0x22 || t.at(k) == 0x27 { k += 1 }
            let ns = k
            while Byte.isAlnum(t.at(k)) || t.at(k) == 0x5F || t.at(k) == 0x2D || t.at(k) == 0x2E { k += 1 }
            return k > ns ? (ns, k) : nil
        }
        return nil
    }

    /// `Use Winter2024!Blue as your password`: a value with a strong shape just before `as [your|the|a|my] [new]`
    /// and the password word at `i`.
    static func valueBeforeAsPassword(_ t: ScanText, _ i: Int) -> Candidate? {
        var k = i
        if t.matches("new ", at: k - 4) { k -= 4 }
        for article: StaticString in ["your ", "the ", "a ", "my "]
        where t.matches(article, at: k - article.utf8CodeUnitCount) {
            k -= article.utf8CodeUnitCount
            break
        }
        guard t.matches(" as ", at: k - 4) else { return nil }
        var e = k - 4
        var s = e
        while s > 0 && !Byte.isSpace(t[s - 1]) { s -= 1 }
        // `'Winter2024!Blue' as …`: quotes around the value are not part of it.
        if e - s >= 2, t[s] == t[e - 1], t[s] == 0x22 || t[s] == 0x27 || t[s] == 0x60 {
            s += 1
            e -= 1
        }
        guard e - s >= 8, !CredentialValue.isPlaceholder(t, s, e), CredentialValue.looksLikeStrongPassword(t, s, e)
        else { return nil }
        return Candidate(.password, s, e, score: 0.8, priority: 40)
    }

    // MARK: login admin / S3cret!

    private func loginPair(_ t: ScanText, _ slash: Int) -> Candidate? {
        // (The sentence may name the access well before the pair: `Der Notfallzugang für den alten Jenkins ist noch
        // aktiv: admin / …`.)
        let lo = t.lineStart(slash, notBefore: slash - 72)
        guard Self.loginWords.occurs(in: t, lo, slash) else { return nil }
        // An AWS key id before the slash pairs with its secret key, which that detector types.
        let id = t.at(slash - 1) == 0x20 ? slash - 21 : slash - 20
        if t.matchesExactly("AKIA", at: id) || t.matchesExactly("ASIA", at: id) { return nil }
        guard let (s, e) = CredentialValue.extent(t, slash + 2, stopAtSentenceEnd: true) else { return nil }
        guard e - s >= 6, !CredentialValue.isPlaceholder(t, s, e), CredentialValue.looksLikePassword(t, s, e) else {
            return nil
        }
        return Candidate(.password, s, e, score: 0.8, priority: 40)
    }
}
