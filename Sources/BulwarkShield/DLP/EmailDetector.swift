/// Finds e-mail addresses around each `@`, rejecting reserved example domains, `git@host:` SSH remotes,
/// URL user-info and file names such as `icon@2x.png`.
struct EmailDetector {
    private static let schemeMark = KeywordSet(["://"])
    private static let reservedTLDs = KeywordSet([
        "test", "invalid", "example", "localhost", "local", "internal", "png", "jpg", "jpeg", "gif", "svg", "webp",
        "js", "css", "py", "swift", "lock", "json", "yaml", "yml", "txt",
    ])

    func scan(_ t: ScanText, _ triggers: Triggers, into out: inout [Candidate]) {
        triggers.forEach(Triggers.at | Triggers.percent) { i in
            // `nbrooks%40corp.io` in a query string or a form body: `%40` is a URL-encoded `@`.
            var mark = 1
            if t[i] == 0x25 {
                guard t.at(i + 1) == 0x34, t.at(i + 2) == 0x30 else { return i + 1 }
                mark = 3
            }
            guard let (s, e) = address(t, at: i, mark: mark) else { return i + 1 }
            if !Self.isRoleMailbox(t, s, i) { out.append(Candidate(.email, s, e, score: 0.96, priority: 80)) }
            // `beth48@townsend.com:HpnsQ779#gTp`: a login and its password standing as one field, as Postfix's
            // `sasl_passwd` and credential dumps write them (not a port, a path, a mailbox's folder or more fields:
            // `jane@corp.com:INBOX/Projects`, `jane.doe@acme.com:Jane:Doe:Sales`).
            let field = s == 0 || t[s - 1] == 0x20 || t[s - 1] == 0x09 || t[s - 1] == 0x0A
            if field, t.at(e) == 0x3A, let (ps, pe) = CredentialValue.extent(t, e + 1, stopAtSentenceEnd: true),
                ps == e + 1, pe - ps >= 6, pe >= t.count || Byte.isSpace(t[pe]),
                !(ps..<pe).contains(where: { t[$0] == 0x3A || t[$0] == 0x2F }),
                !CredentialValue.isPlaceholder(t, ps, pe), CredentialValue.looksLikePassword(t, ps, pe)
            {
                out.append(Candidate(.password, ps, pe, score: 0.85, priority: 40))
                return pe
            }
            return max(e, i + 1)
        }
    }

    /// Whether the local part `s..<at` names a role, not a person: every part of it (between `.`, `-`, `_` and `+`)
    /// is a word of `roleWords` (`noreply@`, `bookings@`, `claims-ops@`, `service.client@`). No address of a person is
    /// made of such words alone, and RFC 2142 reserves several of them for an organisation's mailboxes.
    /// Of two parts or more, one that is no role word may name a branch or a region, where the first or the last part
    /// is a role word and the other no known given or family name (`filiale.muenster@`, `dispatch-kehl@`, `sales-na@`;
    /// not `anna.sales@`, `info.smith@`).
    static func isRoleMailbox(_ t: ScanText, _ s: Int, _ at: Int) -> Bool {
        var ps = s
        var parts = 0
        var others = 0
        var roleAtEdge = false
        for k in s...at where k == at || t[k] == 0x2E || t[k] == 0x2D || t[k] == 0x5F || t[k] == 0x2B {
            guard k > ps else { return false }
            let role = roleWords.contains(t.hashLowercased(ps, k))
            if !role {
                // (No known name: `anna.sales@`, `info.smith@` are someone's.)
                if NameLexicon.isFirstName(t, ps, k) || NameLexicon.isSurname(t, ps, k) { return false }
                others += 1
            }
            if role && (parts == 0 || k == at) { roleAtEdge = true }
            parts += 1
            ps = k + 1
        }
        return others == 0 || (parts >= 2 && others == 1 && roleAtEdge)
    }

    static let roleWords = NameLexicon.hashes(
        "noreply no reply donotreply do not info information support sales billing admin administration "
            + "postmaster hostmaster webmaster abuse security noc helpdesk help desk servicedesk contact contacts hello "
            + "office team orders order bookings booking reception enquiries enquiry inquiries accounts accounting "
            + "invoices invoice careers jobs press media marketing newsletter notifications notification alerts alert "
            + "status dispatch service services customerservice customer customers client clients kundenservice "
            + "kundendienst rh hr it legal privacy dpo datenschutz root ops operations finance claims procurement "
            + "purchasing payroll recruiting mail mailer daemon bounce bounces feedback reports reporting "
            + "facturation comptabilite compta contactez accueil secretariat sekretariat buchhaltung rechnung "
            + "rechnungen auftraege bestellung bestellungen verwaltung empfang events community members membership "
            + "frontdesk housekeeping maintenance facilities logistics shipping returns refunds donations partners "
            + "registrar treasurer shop wholesale trade commandes customercare escalations repairs reparaturen technique "
            + "catering leads admissions store labs lab filiale termine abonnements crewops reservations lettings "
            + "deposits vermietung gestion certs commercial gewerbe bursary quotes scheduling payables portal devis "
            + "proshop planning groups training transport casting besetzung production projects anfrage litiges "
            + "underwriting queue porting lohn control disputes notice release"
    )

    @inline(__always) private func isLocal(_ c: UInt8) -> Bool {
        Byte.isAlnum(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D || c >= 0x80
    }

    /// The address around the `@` (`mark` bytes long: 3 for `%40`) at `at`.
    private func address(_ t: ScanText, at: Int, mark: Int) -> (Int, Int)? {
        var s = at
        while s > 0 && at - s < 64 {
            // An apostrophe between letters belongs to the local part (`j.o'neil@…`); a quote around the
            // address does not.
            let c = t[s - 1]
            guard isLocal(c) || (c == 0x27 && s > 1 && Byte.isAlpha(t[s - 2]) && Byte.isAlpha(t.at(s))) else { break }
            s -= 1
        }
        // Glued to a placeholder, the local part is the rest of something already redacted.
        if Placeholder.precedes(s, in: t) { return nil }
        while s < at && (t[s] == 0x2E || t[s] == 0x2D) { s += 1 }
        guard s < at else { return nil }
        // user:password@host inside a URL is credentials, not an address (also when the password holds a symbol
        // before the part read as a local part: `postgres://app:Udxwx049&JLs@host`); `$GH_TOKEN@github.com` is a
        // variable's value before a host (`${TOKEN}` ends with `}` and is no local part anyway).
        let before = t.at(s - 1)
        if before == 0x24 { return nil }
        if before == 0x3A || before == 0x2F || before == 0x26 || before == 0x2A || before == 0x21 || before == 0x23 {
            var k = s - 1
            while k > 0 && !Byte.isSpace(t[k - 1]) && s - k < 200 { k -= 1 }
            if Self.schemeMark.occurs(in: t, k, s) { return nil }
        }
        // Domain: labels of letters, digits and hyphens separated by dots.
        var e = at + mark
        var lastDot = -1
        while e < t.count {
            let c = t[e]
            if Byte.isAlnum(c) || c == 0x2D || c >= 0x80 {
                e += 1
            } else if c == 0x2E && e + 1 < t.count && Byte.isAlnum(t[e + 1]) && t[e - 1] != 0x2E {
                lastDot = e
                e += 1
            } else {
                break
            }
        }
        guard lastDot > at + mark, e - lastDot - 1 >= 2, !Placeholder.follows(e, in: t) else { return nil }
        for k in (lastDot + 1)..<e where !Byte.isAlpha(t[k]) { return nil }
        // git@github.com:org/repo.git is an SSH remote, and `ssh -T git@github.com` greets the hosting service: `git`
        // is the SSH user of every git host, nobody's mailbox.
        if at - s == 3 && t.matchesExactly("git", at: s) { return nil }
        if isReservedDomain(t, at + mark, e, tldStart: lastDot + 1) { return nil }
        if Self.remoteLogin(t, s) || t.matches(": permission denied (", at: e) { return nil }
        // A shell prompt or an scp target: `ops@laptop-89.corp.com:~/infra$`, `deploy@web-1.corp.io:/srv`.
        if t.at(e) == 0x3A && (t.at(e + 1) == 0x7E || t.at(e + 1) == 0x2F) { return nil }
        // An SSH password prompt: `deploy@web-22.corp.biz's password:`.
        if t.matchesExactly("'s password", at: e) { return nil }
        return (s, e)
    }

    private static let remoteCommands = KeywordSet(["ssh ", "scp ", "sftp ", "rsync ", "mosh ", "ssh-copy-id "])

    /// Whether the `user@host` at `s` is the login of a remote command (`ssh -o … deploy@web-39.corp.com`, `$ sudo scp
    /// app.tar ops@build.corp.io:/tmp`, `ops@laptop-89:~$ ssh deploy@…`, `Run ssh deploy@… to connect`), or one whose
    /// key was refused (`Auth fail (publickey) für export@sftp.portal.de`; after it, `: Permission denied (…)`, see
    /// the caller): a machine's account, nobody's mailbox. Between the command and the login stand only its options
    /// and their values, paths and numbers (not prose: `If you cannot ssh in, contact jane@…`).
    static func remoteLogin(_ t: ScanText, _ s: Int) -> Bool {
        // `(publickey) für `, `(publickey) for `: the refused key, a preposition, the login.
        if let w = t.wordBefore(s, maxLength: 4), t.matches("(publickey) ", at: w.start - 12) { return true }
        let ls = t.lineStart(s, notBefore: s - 200)
        var k = ls
        while k < s {
            if (k == ls || !Byte.isWord(t[k - 1])) && Byte.isLower(t[k]),
                let n = remoteCommands.matchLength(in: t, at: k), k + n <= s, onlyArguments(t, k + n, s)
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether `s..<e` holds only a command's options and what they take (`-i ~/.ssh/key -p 2222 `): each word an
    /// option, an option's value, or a path, an assignment or a number.
    private static func onlyArguments(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var k = s
        var afterOption = false
        while k < e {
            if t[k] == 0x20 {
                k += 1
                continue
            }
            var w = k
            var marked = false
            while w < e && t[w] != 0x20 {
                let c = t[w]
                if c == 0x40 || c == 0x2C || c == 0x3B || c == 0x7C { return false }
                marked = marked || c == 0x2F || c == 0x7E || c == 0x3D || c == 0x3A || c == 0x2E || Byte.isDigit(c)
                w += 1
            }
            let option = t[k] == 0x2D
            guard option || afterOption || marked else { return false }
            afterOption = option
            k = w
        }
        return true
    }

    /// RFC 2606 / 6761 names and file extensions that only look like domains, and Google's calendar ids.
    private func isReservedDomain(_ t: ScanText, _ lo: Int, _ hi: Int, tldStart: Int) -> Bool {
        if Self.reservedTLDs.forEachMatch(in: t, at: tldStart, limit: hi, { _, n in n == hi - tldStart }) {
            return true
        }
        // example.com / example.org / example.net and their subdomains.
        var labelStart = tldStart - 1
        while labelStart > lo && t[labelStart - 1] != 0x2E { labelStart -= 1 }
        if tldStart - 1 - labelStart == 7 && t.matches("example", at: labelStart) { return true }
        // A shared calendar's or a room's id (`c_1889d3k2@resource.calendar.google.com`), no one's mailbox.
        return hi - lo > 20 && t.matches(".calendar.google.com", at: hi - 20)
    }
}
