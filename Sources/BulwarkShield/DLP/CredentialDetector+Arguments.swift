/// Secrets passed as arguments in code: a user and password pair (`auth=("svc", "…")`) and a setting's name and value
/// as two string arguments (`setProperty("password", "…")`).
extension CredentialDetector {

    /// A secret passed with its setting's name as two string arguments (`props.setProperty("password", "…")`,
    /// `os.environ.setdefault("DB_PASSWORD", "…")`): read as the assignment `name, value`. `q` is the quote closing
    /// the name, before a comma. A value that is a plain lowercase word is another name in a list (`("password",
    /// "email")`).
    func argumentPair(_ t: ScanText, _ q: Int) -> Candidate? {
        var vs = q + 2
        while t.at(vs) == 0x20 { vs += 1 }
        guard t.at(vs) == 0x22 || t.at(vs) == 0x27 else { return nil }
        var ks = q
        while ks > 0 && q - ks < 48
            && (Byte.isAlnum(t[ks - 1]) || t[ks - 1] == 0x5F || t[ks - 1] == 0x2D || t[ks - 1] == 0x2E)
        {
            ks -= 1
        }
        guard ks < q, t.at(ks - 1) == t[q], t.at(ks - 2) == 0x28 || t.at(ks - 2) == 0x20 else { return nil }
        var e = vs + 1
        while Byte.isLower(t.at(e)) || t.at(e) == 0x5F { e += 1 }
        if t.at(e) == t[vs] { return nil }
        return assignment(t, q + 1)
    }

    /// The password of a user and password pair given to an `auth` argument (`requests.get(url, auth=("svc",
    /// "Winter!Falcon88"))`, `auth = ['svc', '…']`); `eq` is the `=`.
    func authPair(_ t: ScanText, _ eq: Int) -> Candidate? {
        var k = eq - 1
        while t.at(k) == 0x20 { k -= 1 }
        guard k >= 3, t.matches("auth", at: k - 3), !Byte.isWord(t.at(k - 4)) else { return nil }
        k = eq + 1
        while t.at(k) == 0x20 { k += 1 }
        guard t.at(k) == 0x28 || t.at(k) == 0x5B else { return nil }
        k += 1
        guard let user = quoted(t, k) else { return nil }
        k = user.end
        while t.at(k) == 0x20 { k += 1 }
        guard t.at(k) == 0x2C else { return nil }
        k += 1
        while t.at(k) == 0x20 { k += 1 }
        guard let pw = quoted(t, k), pw.end - pw.start >= 5, !CredentialValue.isPlaceholder(t, pw.start + 1, pw.end - 1)
        else { return nil }
        return Candidate(.password, pw.start + 1, pw.end - 1, score: 0.85, priority: 40)
    }

    /// A string literal in `"` or `'` on one line starting at `k`: its extent with the quotes.
    func quoted(_ t: ScanText, _ k: Int) -> (start: Int, end: Int)? {
        let q = t.at(k)
        guard q == 0x22 || q == 0x27 else { return nil }
        var e = k + 1
        while e < t.count && t[e] != q && t[e] != 0x0A && e - k < 200 { e += 1 }
        return t.at(e) == q ? (k, e + 1) : nil
    }
}
