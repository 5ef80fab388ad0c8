/// Passwords and secrets said in words: "the password is X", "Passwort lautet X", "mot de passe est X", a strong value
/// later in the clause that names a password, and "expected secret 9f8e…", "the X-Api-Key header (…)".
extension CredentialDetector {
    // MARK: "the password is X", "Passwort lautet X", "mot de passe est X"
    func spokenPassword(_ t: ScanText, _ i: Int) -> Candidate? {
        var k: Int
        // `the wifi pass for guests is X`: `pass` is also a verb and a ticket (`boarding pass is B12`), so after it
        // only a value with a strong shape counts.
        var strongOnly = false
        if t.matches("password", at: i) || t.matches("passwort", at: i) || t.matches("kennwort", at: i) {
            k = i + 8
        } else if t.matches("passcode", at: i) {
            k = i + 8
        } else if t.matches("passwd", at: i) {
            k = i + 6
        } else if t.matches("pw", at: i) && !Byte.isAlnum(t.at(i + 2)) {
            k = i + 2
        } else if t.matches("mot de passe", at: i) {
            k = i + 12
        } else if t.matches("pass", at: i) && !Byte.isAlnum(t.at(i + 4)) {
            k = i + 4
            strongOnly = true
        } else if t.matches("psk", at: i) && !Byte.isAlnum(t.at(i + 3)) {
            // (A Wi-Fi network's pre-shared key: `new guest PSK is LNLVW225*TZO`.)
            k = i + 3
            strongOnly = true
        } else {
            return nil
        }
        if Byte.isAlpha(t.at(i - 1)) && !Self.germanCompound(t, i) { return nil }
        if let before = Self.valueBeforeAsPassword(t, i) { return before }
        // `with password Winter2024!Blue`: the value right after the word, held to a stricter shape than after a
        // verb (three character classes, eight or more characters, not a link or an address) so that
        // `password reset`, `password policy v2` or `password https://…` stay text.
        // A long machine-made value counts too (`.netrc`: `machine … login … password 29326ml64lg…`).
        // (Not the next `key=value` of a log line: `reason=bad_password req=5710b7ae-…`.)
        if !strongOnly, t.at(k) == 0x20, let (s, e) = CredentialValue.extent(t, k + 1, stopAtSentenceEnd: true),
            e - s >= 8, !Self.startsWithKey(t, s, e),
            !CredentialValue.isPlaceholder(t, s, e),
            CredentialValue.looksLikeStrongPassword(t, s, e)
                || (e - s >= 16 && (s..<e).allSatisfy { Byte.isAlnum(t[$0]) } && CredentialValue.looksRandom(t, s, e))
        {
            return Candidate(.password, s, e, score: 0.8, priority: 40)
        }
        var limit = t.lineEnd(k, notAfter: k + 48)
        // (A ticket's `pass` gives way to another identifier's noun before the verb: not `my monthly pass, the, uh, the
        // reference is RF-…`; but `the wifi pass, for guests, is X`.)
        if strongOnly,
            let cut = (k..<limit).first(where: { w in
                !Byte.isAlpha(t.at(w - 1))
                    && Self.identifierNouns.forEachMatch(in: t, at: w, { _, n in !Byte.isAlpha(t.at(w + n)) })
            })
        {
            limit = cut
        }
        // Find a verb that introduces the value.
        while k < limit {
            for verb: StaticString in [
                " is", " was", " lautet", " ist", " est", " c'est", " c\u{2019}est", " reste", " will be", " ->",
            ]
            where t.matches(verb, at: k) {
                // `is X`, `is: X`, `est : X`.
                var vs = k + verb.utf8CodeUnitCount
                if t.at(vs) == 0x20 && t.at(vs + 1) == 0x3A { vs += 1 }
                if t.at(vs) == 0x3A { vs += 1 }
                guard t.at(vs) == 0x20 else { continue }
                vs += 1
                vs = Self.afterFillerWord(t, vs)
                guard let (s, e) = CredentialValue.extent(t, vs, stopAtSentenceEnd: true) else { return nil }
                guard e - s >= 4, !CredentialValue.isPlaceholder(t, s, e), CredentialValue.looksLikePassword(t, s, e),
                    !strongOnly || (e - s >= 8 && CredentialValue.looksLikeStrongPassword(t, s, e))
                else { return nil }
                return Candidate(.password, s, e, score: 0.85, priority: 40)
            }
            // `set the password to X`, `password changed to X`, `the new one should be X`: words that also lead to
            // other things (`the password to the server is …`), so only a value with a strong shape counts.
            for phrase: StaticString in [" to", " should be", " now", " becomes"] where t.matches(phrase, at: k) {
                let vs = k + phrase.utf8CodeUnitCount
                guard t.at(vs) == 0x20, let (s, e) = CredentialValue.extent(t, vs + 1, stopAtSentenceEnd: true),
                    e - s >= 8, !CredentialValue.isPlaceholder(t, s, e),
                    CredentialValue.looksLikeStrongPassword(t, s, e)
                else { continue }
                return Candidate(.password, s, e, score: 0.8, priority: 40)
            }
            k += 1
        }
        return Self.strongValueInClause(t, from: i, to: limit)
    }

    /// Nouns of identifiers that are no password (`reference`, `booking`, `order`), which a ticket's `pass` may precede.
    static let identifierNouns = KeywordSet([
        "reference", "ref", "number", "booking", "order", "ticket", "id", "code", "confirmation",
    ])

    /// Whether the word before the colon at `c` says who set a password or that it was set (`set by Amanda:`, `is:`,
    /// `lautet:`).
    static func setterBefore(_ t: ScanText, colon c: Int) -> Bool {
        guard let w = t.labelBefore(colon: c, maxLength: 16) else { return false }
        return settingWords.contains(t.hashLowercased(w.start, w.end))
            || (PersonDetector.givenNameAlone(t, w.start) == w.end
                && t.wordBefore(w.start, maxLength: 3).map { $0.end - $0.start == 2 && t.matches("by", at: $0.start) }
                    ?? false)
    }

    /// Verbs and words after which a colon introduces a password's value.
    static let settingWords = NameLexicon.hashes("set is was now new temporary temp initial lautet ist neu est nouveau")

    /// Whether `passwort` or `kennwort` at `i` ends a capitalised German compound (`Initialpasswort`).
    static func germanCompound(_ t: ScanText, _ i: Int) -> Bool {
        guard t.matches("passwort", at: i) || t.matches("kennwort", at: i), !Byte.isAlpha(t.at(i + 8)) else {
            return false
        }
        var s = i
        while s > 0 && Byte.isLower(t[s - 1]) && i - s < 16 { s -= 1 }
        return s > 0 && s < i && Byte.isUpper(t[s - 1]) && !Byte.isAlpha(t.at(s - 2))
    }

    /// Whether `s..<e` opens with a key and `=` (`req=5710b7ae-…`): the next field of a log line.
    static func startsWithKey(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var k = s
        while k < e && (Byte.isLower(t[k]) || t[k] == 0x5F) { k += 1 }
        return k > s && k < e && t[k] == 0x3D
    }

    /// Words that stand between a verb and the value (`Admin-Passwort ist übrigens vEOJu905&XVI`, `is now X`).
    static let fillerWords = NameLexicon.hashes(
        "übrigens jetzt noch immer aber auch nun schon wieder also aktuell momentan derzeit weiterhin "
            + "now still actually currently also again toujours encore maintenant désormais actuellement aussi"
    )

    /// Past one of `fillerWords` and its space at `vs`, or `vs`.
    static func afterFillerWord(_ t: ScanText, _ vs: Int) -> Int {
        var e = vs
        while Byte.isLower(t.at(e)) || (t.at(e) >= 0x80 && t.at(e) != 0xE2) { e += 1 }
        guard e > vs, t.at(e) == 0x20, fillerWords.contains(t.hashLowercased(vs, e)) else { return vs }
        return e + 1
    }

    /// `the DB password (currently dwHjh572&DMq)`, `mot de passe X puis avec le nouveau PnShW690!NgV`: a value made
    /// of all four kinds of character (capitals, small letters, digits and symbols, eight or more) later in the clause
    /// that names a password is that password, or a new one. Words with a version (`Policy-v2.1`), links and
    /// addresses are not.
    static func strongValueInClause(_ t: ScanText, from i: Int, to limit: Int) -> Candidate? {
        var k = i
        while k < limit {
            let c = t[k]
            // The clause ends at a sentence's end, and the search at a redaction placeholder: masking changes the
            // distance to what follows it, and must not bring a value within reach that was not before.
            if (c == 0x2E || c == 0x21 || c == 0x3F) && Byte.isSpace(t.at(k + 1)) { return nil }
            if (c == 0x5B || c == 0x3C) && Placeholder.starts(at: k, in: t) { return nil }
            k += 1
            guard c == 0x20 || c == 0x28, !Byte.isSpace(t.at(k)),
                let (s, e) = CredentialValue.extent(t, k, stopAtSentenceEnd: true), e - s >= 8
            else { continue }
            let kinds = Checksums.classes(t, s, e)
            // (After a colon that ends who set it or a verb, the clause labels it and a strong shape will do:
            // `password already set by Amanda: RKNUP093*ZEO`; not a ticket's or a host's label, `ticket: INC-2024-0012`.)
            let labelled = c == 0x20 && t.at(k - 2) == 0x3A && Self.setterBefore(t, colon: k - 2)
            if labelled || (kinds.upper > 0 && kinds.lower > 0 && kinds.digit > 0 && kinds.other > 0),
                !CredentialValue.isPlaceholder(t, s, e), CredentialValue.looksLikeStrongPassword(t, s, e)
            {
                return Candidate(.password, s, e, score: 0.75, priority: 40)
            }
            k = e
        }
        return nil
    }

    // MARK: "expected secret 9f8e…", "token abc…" — a random-looking value right after the word

    func spokenSecret(_ t: ScanText, _ i: Int) -> Candidate? {
        guard !Byte.isAlpha(t.at(i - 1)) else { return nil }
        var k: Int
        var named = true
        if t.matches("secret ", at: i) {
            k = i + 7
        } else if t.matches("token ", at: i) {
            k = i + 6
        } else if t.matches("key ", at: i) {
            k = i + 4
            named = Self.namesASecretKey(t, before: i) || Self.opensConfigDirective(t, i)
        } else {
            return nil
        }
        if let v = Self.valueAfterVerb(t, k, colon: named) {
            // `The secret on the server is X`, `das Secret ist X`, `the key in config is X`, `the API key in the
            // channel: X`.
            k = v
        } else {
            guard named else { return nil }
            // `the X-Api-Key header (5ag6…)`, `token (ghx…)`: a value in parentheses, after one word or none.
            var q = k
            while Byte.isAlpha(t.at(q)) && q - k < 10 { q += 1 }
            if q > k && t.at(q) == 0x20 && t.at(q + 1) == 0x28 {
                k = q + 2
            } else if t.at(k) == 0x28 {
                k += 1
            }
        }
        guard let (s, e) = CredentialValue.extent(t, k, stopAtSentenceEnd: true) else { return nil }
        // (A setting in the parentheses, `token (GH_TOKEN=ghp_…)`, is read as one; base64 ends in `=` too.)
        guard e - s >= 16, !CredentialValue.isPlaceholder(t, s, e), CredentialValue.looksRandom(t, s, e),
            !(s..<e).contains(where: { t[$0] == 0x3D && Byte.isAlnum(t.at($0 + 1)) && $0 + 1 < e })
        else {
            return nil
        }
        // `access key AKIA…\nsecret key wJalr…`: the secret of the AWS key id nearby.
        if CredentialValue.looksLikeAWSSecret(t, s, e) && nearAWSKeyID(t, s) {
            return Candidate(.awsSecretKey, s, e, score: 0.9, priority: 85)
        }
        return Candidate(.genericSecret, s, e, score: 0.75, priority: 40)
    }

    /// Where the value starts after `is`/`ist`/`est`/`lautet` within four short words from `k` on the same clause
    /// (`on the server is X`) — or, with `colon`, after a colon ending one of those words (`in den Kanal gepostet:
    /// X`) — or nil.
    static func valueAfterVerb(_ t: ScanText, _ k: Int, colon: Bool = false) -> Int? {
        var p = k
        for _ in 0..<5 {
            for verb: StaticString in ["is ", "ist ", "est ", "lautet ", "c'est ", "c\u{2019}est "]
            where t.matches(verb, at: p) {
                return p + verb.utf8CodeUnitCount
            }
            var q = p
            while Byte.isAlpha(t.at(q)) && q - p < 10 { q += 1 }
            guard q > p else { return nil }
            if colon && t.at(q) == 0x3A && t.at(q + 1) == 0x20 { return q + 2 }
            guard t.at(q) == 0x20 else { return nil }
            p = q + 1
        }
        return nil
    }

    /// Whether the word at `i` is a setting's name in a line of network configuration: `key` opening an indented
    /// line (`   key e2fh…` under a RADIUS server), or after at most sixteen words (letters, digits, `-`, `_`, `.`;
    /// 160 bytes) of which the first, in lowercase, is a device's directive (`crypto isakmp key 63y6… address …`,
    /// `tacacs-server key …`, `radius-server host RADIUS01 auth-port 1812 … key …`). A log
    /// line of words before a key (`cache miss for key 8f14…`, `duplicate key …`) is none.
    static func opensConfigDirective(_ t: ScanText, _ i: Int) -> Bool {
        var p = i - 1
        var words = 0
        var first: (Int, Int)?
        while p >= 0 && t[p] != 0x0A {
            let b = t[p]
            if b == 0x20 || b == 0x09 {
                p -= 1
                continue
            }
            var s = p
            while s > 0
                && (Byte.isAlnum(t[s - 1]) || t[s - 1] == 0x2D || t[s - 1] == 0x5F || t[s - 1] == 0x2E)
            {
                s -= 1
            }
            guard Byte.isAlnum(b) || b == 0x2D || b == 0x5F, s == 0 || !Byte.isWord(t[s - 1]) else {
                return false
            }
            words += 1
            guard words <= 16, i - s <= 160 else { return false }
            first = (s, p + 1)
            p = s - 1
        }
        guard let (fs, fe) = first else { return t.at(i - 1) == 0x20 || t.at(i - 1) == 0x09 }
        return configDirectives.contains(t.hashLowercased(fs, fe))
    }

    /// First words of lines of network devices' configuration that set a shared key.
    private static let configDirectives = NameLexicon.hashes(
        "crypto radius-server tacacs-server radius tacacs ntp snmp-server aaa isakmp key-string wpa-psk"
    )

    /// Whether the word before `key` at `i` makes it a secret (`API key`, `access key`), unlike a `public key`
    /// or a `primary key`.
    static func namesASecretKey(_ t: ScanText, before i: Int) -> Bool {
        for word: StaticString in ["api ", "access ", "auth ", "secret ", "license ", "api-", "api_"] {
            let s = i - word.utf8CodeUnitCount
            if t.matches(word, at: s) && !Byte.isAlpha(t.at(s - 1)) { return true }
        }
        return false
    }
}
