/// People in shell output: the account of a remote command (`ssh -i ~/.ssh/key Mia@10.2.3.4`) and a file's owner in a
/// long listing (`-rw------- 1 Mia staff 464 Mar 3 10:22 id_ed25519`).
extension PersonDetector {
    /// The account before the `@` at `at` of a remote command's login (see `EmailDetector.remoteLogin`): a known given
    /// name (any case; no word, no place) or a given and a family name joined by `.`, `_` or `-` (`jane.doe`); service
    /// accounts (`deploy`, `ubuntu`, `git`) are none.
    static func remoteUser(_ t: ScanText, _ at: Int) -> Candidate? {
        var s = at
        while s > 0 && at - s < 40
            && (Byte.isAlpha(t[s - 1]) || t[s - 1] == 0x2E || t[s - 1] == 0x5F || t[s - 1] == 0x2D)
        {
            s -= 1
        }
        guard s < at, Byte.isAlpha(t[s]), t.at(s - 1) == 0x20, EmailDetector.remoteLogin(t, s) else { return nil }
        var k = s
        while k < at && Byte.isAlpha(t[k]) { k += 1 }
        let named: Bool
        if k == at {
            named = personalGivenName(t, s, k)
        } else {
            let ls = k + 1
            named =
                ls < at && (ls..<at).allSatisfy({ Byte.isAlpha(t[$0]) }) && personalGivenName(t, s, k)
                && NameLexicon.isSurname(t, ls, at)
        }
        return named ? Candidate(.person, s, at, score: 0.75, priority: 30) : nil
    }

    /// `-rw-r--r--  1 Mia  staff  4096 …` opening the line at `ls`: the owner after the mode and the link count, when
    /// it is a known given name (any case; no word, no place).
    static func listingOwner(_ t: ScanText, _ ls: Int) -> Candidate? {
        let kind = t.at(ls)
        guard kind == 0x2D || kind == 0x64 || kind == 0x6C else { return nil }
        for k in 1...9 {
            let c = t.at(ls + k)
            guard c == 0x2D || c == 0x72 || c == 0x77 || c == 0x78 || c == 0x73 || c == 0x53 || c == 0x74 || c == 0x54
            else { return nil }
        }
        var p = ls + 10
        if t.at(p) == 0x2E || t.at(p) == 0x40 || t.at(p) == 0x2B { p += 1 }
        guard t.at(p) == 0x20 else { return nil }
        while t.at(p) == 0x20 { p += 1 }
        guard Byte.isDigit(t.at(p)) else { return nil }
        while Byte.isDigit(t.at(p)) { p += 1 }
        guard t.at(p) == 0x20 else { return nil }
        while t.at(p) == 0x20 { p += 1 }
        var e = p
        while Byte.isAlpha(t.at(e)) { e += 1 }
        guard e > p, t.at(e) == 0x20, personalGivenName(t, p, e) else { return nil }
        return Candidate(.person, p, e, score: 0.75, priority: 30)
    }

    /// `    User Rachel` in an SSH client's configuration (a `Host` or `HostName` line among the six above): the remote
    /// account, when it is a known given name (any case; no word, no place).
    static func sshConfigUser(_ t: ScanText, _ ls: Int) -> Candidate? {
        var s = ls
        while t.at(s) == 0x20 || t.at(s) == 0x09 { s += 1 }
        guard t.at(s) | 0x20 == 0x75, t.matches("user", at: s), t.at(s + 4) == 0x20 || t.at(s + 4) == 0x09 else {
            return nil
        }
        var v = s + 4
        while t.at(v) == 0x20 || t.at(v) == 0x09 { v += 1 }
        var e = v
        while Byte.isAlpha(t.at(e)) { e += 1 }
        var end = e
        while t.at(end) == 0x20 || t.at(end) == 0x09 { end += 1 }
        let c = t.at(end)
        guard c == 0x0A || c == 0x0D || c == 0 || c == 0x23, personalGivenName(t, v, e) else { return nil }
        var p = ls
        for _ in 0..<6 where p > 0 {
            p = t.lineStart(p - 1)
            var k = p
            while t.at(k) == 0x20 || t.at(k) == 0x09 { k += 1 }
            if t.matches("host ", at: k) || t.matches("hostname ", at: k) {
                return Candidate(.person, v, e, score: 0.75, priority: 30)
            }
        }
        return nil
    }

    /// Whether `s..<e` is a known given name in any case that is no word, no stopword and no place (`mia`, `Mia`).
    private static func personalGivenName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let h = t.hashLowercased(s, e)
        return e - s >= 3 && NameLexicon.firstNames.contains(h) && !NameLexicon.givenNamesThatAreWords.contains(h)
            && !NameLexicon.stopwords.contains(h) && !NameLexicon.commonWords.contains(h) && !placeNames.contains(h)
    }

    /// The length of `:\Users\` (any case, or with each backslash escaped) at the colon `i`, or nil.
    static func windowsUsersLength(_ t: ScanText, _ i: Int) -> Int? {
        guard t.at(i + 1) == 0x5C else { return nil }
        let escaped = t.at(i + 2) == 0x5C
        let u = escaped ? i + 3 : i + 2
        guard t.matches("users", at: u), t.at(u + 5) == 0x5C else { return nil }
        if escaped { return t.at(u + 6) == 0x5C ? u + 7 - i : nil }
        return u + 6 - i
    }
}
