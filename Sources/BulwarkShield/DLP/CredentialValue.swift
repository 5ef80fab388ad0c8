/// Helpers that delimit a credential value and tell real values from placeholders.
enum CredentialValue {
    /// The value starting at `vs`: a quoted string, or a run up to whitespace or a delimiter.
    static func extent(_ t: ScanText, _ vs: Int, stopAtSentenceEnd: Bool = false) -> (Int, Int)? {
        guard vs < t.count else { return nil }
        let q = t[vs]
        if q == 0x22 || q == 0x27 || q == 0x60 {
            var e = vs + 1
            while e < t.count && t[e] != q && t[e] != 0x0A && e - vs < 512 { e += 1 }
            guard e < t.count, t[e] == q, e > vs + 1 else { return nil }
            return (vs + 1, e)
        }
        var e = vs
        while e < t.count && e - vs < 512 {
            let c = t[e]
            if Byte.isSpace(c) || c == 0x2C || c == 0x3B || c == 0x7D || c == 0x5D || c == 0x29 || c == 0x22
                || c == 0x27 || c == 0x60 || c == 0x3C || c == 0x3E || (c == 0x26 && isQueryParameter(t, e + 1))
            {
                break
            }
            e += 1
        }
        // A sentence full stop or colon after the value is not part of it.
        while e > vs && (t[e - 1] == 0x2E || t[e - 1] == 0x3A)
            && (e == t.count || Byte.isSpace(t[e]) || stopAtSentenceEnd)
        {
            if !Byte.isSpace(t.at(e)) && e != t.count && !stopAtSentenceEnd { break }
            e -= 1
        }
        return e > vs ? (vs, e) : nil
    }

    /// `&name=` after a value means the value ended inside a URL query string.
    private static func isQueryParameter(_ t: ScanText, _ k: Int) -> Bool {
        var e = k
        while Byte.isAlnum(t.at(e)) || t.at(e) == 0x5F { e += 1 }
        return e > k && t.at(e) == 0x3D
    }

    static let exampleWord = KeywordSet(["example"])

    private static let placeholderMarks = KeywordSet(
        [
            "..", "\u{2026}", "environ", "getenv", "process.env", "env(", "env[", "your_", "your-",
            "{{", "<", "xxxx", "****", "••",
        ])

    private static let placeholderWords = KeywordSet([
        "null", "none", "nil", "true", "false", "changeme", "change_me", "change-me", "redacted", "secret",
        "password", "example", "todo", "placeholder", "undefined", "required", "optional", "string", "xxx", "dummy",
        "your_password", "your_api_key", "yourpassword", "test", "empty", "hidden", "masked", "not set", "unset",
        "passwort", "motdepasse", "removed", "omitted", "mypassword",
    ])

    private static let referenceRoots = KeywordSet([
        "var.", "local.", "data.", "module.", "self.", "this.", "config.", "settings.", "secrets.", "vars.", "params.",
        "props.", "options.", "cfg.", "conf.", "ctx.", "context.", "args.", "values.", "env.",
    ])

    /// Whether `s..<e` names a file, not a secret (`private key: /Users/crystal/.ssh/id_ed25519`, `~/.ssh/deploy`,
    /// `C:\keys\app.pem`): an absolute or home path with a directory in it.
    static func isFilePath(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s > 3 else { return false }
        let rooted =
            (t[s] == 0x2F && Byte.isAlpha(t.at(s + 1))) || (t[s] == 0x7E && t.at(s + 1) == 0x2F)
            || (Byte.isAlpha(t[s]) && t.at(s + 1) == 0x3A && t.at(s + 2) == 0x5C)
        guard rooted else { return false }
        let sep = t[s] == 0x2F || t[s] == 0x7E ? UInt8(0x2F) : UInt8(0x5C)
        return (s + 3..<e).contains { t[$0] == sep }
    }

    /// Whether `s..<e` names a file by a relative path (`s3_key = "builds/refill-assistant-99125eb.zip"`): a directory,
    /// and a file's extension of two to four lowercase letters after the last dot (base64 and hex hold no dot; a
    /// token's dots separate longer parts).
    /// Or a file of keys or certificates by its name alone (`client_key=clinique-parc.key`, `tls.pem`).
    static func isRelativeFilePath(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s > 4 else { return false }
        var k = e
        while k > s && Byte.isLower(t[k - 1]) { k -= 1 }
        guard e - k >= 2, e - k <= 4, t.at(k - 1) == 0x2E,
            (s..<e).contains(where: { t[$0] == 0x2F }) || keyFileExtensions.contains(t.hashLowercased(k, e))
        else {
            return false
        }
        return (s..<e).allSatisfy {
            Byte.isAlnum(t[$0]) || t[$0] == 0x2F || t[$0] == 0x2E || t[$0] == 0x2D || t[$0] == 0x5F
        }
    }

    static let keyFileExtensions = NameLexicon.hashes("key pem crt cer der pfx jks csr pub")

    /// `${VAR}`, `<YOUR_KEY>`, `****`, `sk-...`, `os.environ[...]`, `changeme`, `…EXAMPLEKEY` and similar non-values.
    static func isPlaceholder(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e > s else { return true }
        let first = t[s]
        if first == 0x24 || first == 0x3C || first == 0x7B || first == 0x25 || first == 0x5B || first == 0x23
            || first == 0x28
        {
            return true
        }
        if placeholderMarks.occurs(in: t, s, e) { return true }
        // Documentation values mark themselves in capitals (the AWS pair `AKIAIOSFODNN7EXAMPLE` and
        // `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`).
        if e - s >= 7 {
            for k in s...(e - 7) where t[k] == 0x45 && t.matchesExactly("EXAMPLE", at: k) { return true }
        }
        // A call such as `getenv("KEY")` or `vault.read(...)`, or a look-up such as `SETTINGS["api_key"]`: an
        // identifier followed by `(` or `[`. Further into the value they are ordinary password characters.
        if Byte.isAlpha(first) {
            var k = s + 1
            while k < e && (Byte.isAlnum(t[k]) || t[k] == 0x5F || t[k] == 0x2E) { k += 1 }
            if k < e && (t[k] == 0x28 || t[k] == 0x5B) { return true }
        }
        // A variable of the configuration language (`access_key = var.aws_access_key`, `settings.SMTP_PASSWORD`): a
        // root object, a dot, and identifiers only.
        if referenceRoots.forEachMatch(
            in: t,
            at: s,
            limit: e,
            { _, n in
                n < e - s && (s + n..<e).allSatisfy({ Byte.isAlnum(t[$0]) || t[$0] == 0x5F || t[$0] == 0x2E })
            }
        ) {
            return true
        }
        // A string closed and joined to an expression: `key=" + config.mapsApiKey + "`.
        if t.matches(" + ", at: s) || t.matches(" +", at: e - 2) { return true }
        // A constant's or an environment variable's name (`aws_secret_access_key=SECRET_KEY`): capital letters in
        // words joined by `_`, no digits — a reference to the secret, not the secret.
        if e - s >= 5, Byte.isUpper(first), (s..<e).contains(where: { t[$0] == 0x5F }),
            (s..<e).allSatisfy({ Byte.isUpper(t[$0]) || t[$0] == 0x5F })
        {
            return true
        }
        // Repeated single character: ********, xxxxxxxx, 00000000.
        var same = true
        for k in s..<e where t[k] != t[s] {
            same = false
            break
        }
        if same && e - s > 1 { return true }
        // A value running into a redaction placeholder (`pw:x[PHONE]`, `pw:x<PHONE_1>`) was already redacted.
        for k in s..<e where t[k] == 0x5B && Placeholder.covers(t, k + 1) { return true }
        if t.at(e) == 0x3C && Placeholder.covers(t, e + 1) { return true }
        // The whole value is a placeholder word (ignoring ASCII case).
        return placeholderWords.forEachMatch(in: t, at: s, limit: e) { _, n in n == e - s }
    }

    /// Whether `s..<e` is a link none of whose parts looks generated (`LEDGER_WEBHOOK_URL=https://srv-06.acme.info/
    /// hooks/ledger`): a webhook's or a DSN's link carries its secret as such a part (`/services/T0…/B0…/XXXX…`,
    /// `https://3f2a…@o1.ingest.sentry.io/4`).
    static func isLinkWithoutSecret(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var k = s
        while k < e && k - s < 12 && Byte.isAlpha(t[k]) { k += 1 }
        guard k > s, t.matches("://", at: k) else { return false }
        var ps = k + 3
        for p in (k + 3)...e where p == e || !(Byte.isAlnum(t[p]) || t[p] == 0x5F || t[p] == 0x2D) {
            if p - ps >= 24 || looksRandom(t, ps, p) { return false }
            ps = p + 1
        }
        return true
    }

    /// Mixed character classes and enough entropy for a machine-generated key.
    static func looksRandom(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 16 else { return false }
        let c = Checksums.classes(t, s, e)
        let kinds = (c.upper > 0 ? 1 : 0) + (c.lower > 0 ? 1 : 0) + (c.digit > 0 ? 1 : 0)
        guard kinds >= 2 else { return false }
        return Checksums.entropy(t, s, e) >= 3.5
    }

    /// An AWS secret access key: 40 base64 characters that are not just hex and not the documentation example.
    static func looksLikeAWSSecret(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s == 40, looksRandom(t, s, e), !exampleWord.occurs(in: t, s, e) else { return false }
        for k in s..<e where !Byte.isHex(t[k]) || Byte.isUpper(t[k]) { return true }
        return false
    }

    /// A password written in running text with no verb before it: at least three of upper case, lower case,
    /// digits and symbols, and nothing that makes it a link, an address or a path.
    static func looksLikeStrongPassword(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let c = Checksums.classes(t, s, e)
        let kinds = (c.upper > 0 ? 1 : 0) + (c.lower > 0 ? 1 : 0) + (c.digit > 0 ? 1 : 0) + (c.other > 0 ? 1 : 0)
        guard kinds >= 3, c.upper + c.lower > 0, t[s] != 0x2F, t[s] != 0x2D else { return false }
        for k in s..<e where t[k] == 0x40 || (t[k] == 0x3A && t.at(k + 1) == 0x2F) { return false }
        // (Four words or more are a sentence quoted in a field, `"body": "The reset link expired, tried 3x."`.)
        var spaces = 0
        for k in s..<e where t[k] == 0x20 { spaces += 1 }
        return spaces < 3 && !isVersionedName(t, s, e)
    }

    /// A word with a version after it (`Policy-v2`, `onboarding_v3.1`): a document's name, not a password.
    static func isVersionedName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var k = e
        while k > s && (Byte.isDigit(t[k - 1]) || t[k - 1] == 0x2E) { k -= 1 }
        guard k < e, Byte.isDigit(t[k]), k - s >= 3, t[k - 1] | 0x20 == 0x76, t[k - 2] == 0x2D || t[k - 2] == 0x5F
        else { return false }
        for j in s..<(k - 2) where !(Byte.isAlpha(t[j]) || t[j] == 0x2D || t[j] == 0x5F) { return false }
        return true
    }

    /// Short human passwords: letters with digits or symbols, not a plain word.
    static func looksLikePassword(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let c = Checksums.classes(t, s, e)
        let letters = c.upper + c.lower
        return letters > 0 && (c.digit > 0 || c.other > 0) || (c.upper > 0 && c.lower > 0 && e - s >= 8 && c.upper > 1)
    }
}
