/// Dotted quads: whether one is an IPv4 address or a version (`Rollout Workday 7.5.15.13`, `after the 12.18.7.2
/// deploy`, `image: postgres:14.12.15.6`), told by the words around it.
extension NumberDetector {
    /// Returns true for a public/private IPv4, false for a look-alike to ignore, nil when not dotted-quad shaped.
    func ipv4(_ t: ScanText, _ g: DigitGroups) -> Bool? {
        guard g.count == 4, g.lead == 0, g.separators(0, 4, allEqual: 0x2E) else { return nil }
        // Four groups of four digits are card-shaped (`4539.1488.0343.6467`), not an address of any kind.
        if Self.groupsOfFour(g, 0, 4) && t[g.start] != 0x30 { return nil }
        var m = 0
        var largest = 0
        for k in 0..<4 {
            // Exactly one dot between the parts: `1..6..)1..6` is no address.
            guard k == 0 || g.starts[k] == g.ends[k - 1] + 1 else { return false }
            guard g.length(k) <= 3 else { return false }
            var v = 0
            for p in g.starts[k]..<g.ends[k] { v = v * 10 + Int(t[p] - 0x30) }
            guard v <= 255 else { return false }
            m = (m << 8) | v
            largest = max(largest, v)
        }
        let first = m >> 24
        if first == 127 || first == 0 || m == 0xFFFF_FFFF { return false }
        // Netmasks: contiguous one bits.
        let inv = ~m & 0xFFFF_FFFF
        if first == 255 && (inv & (inv + 1)) == 0 { return false }
        // Four small parts are what versions look like (`Rollback vers 6.11.14.12`, `## 5.4.20.5`); a public address
        // has them about once in 4,000. Such a number is an address only where a word says so (`ip=`, `ssh`,
        // `REMOTE_ADDR:`), or in 10/8, or made of one repeated part (`8.8.8.8`, `1.1.1.1`).
        // A label naming a version wins over a host's word in it (`Docker-Version auf dem Server: 13.18.13.5`).
        if Self.versionLabelBefore(t, g.start) { return false }
        let cued = Self.addressCueBefore(t, g.start)
        let smallParts = largest < 32 && m != first &* 0x0101_0101
        if smallParts && first != 10 && !cued { return false }
        // In 10/8 as well (`Terraform 10.7.19.7`, `fix due in 10.7.10.9`, `bump Kafka client to 10.20.10.1`), unless it
        // is in 10.0.0.0/16, where networks are numbered first, or a log's source, a connection's host or a machine on
        // its line says so (`from 10.20.1.14`, `@10.20.0.15`, `10.8.0.12:5432`, `Printer: 10.2.3.4`).
        if smallParts && !cued && (m >> 8) & 0xFFFF != 0 && !Self.hostPlaceAround(t, g.start, g.end)
            && !Self.machineOnLine(t, g.start, g.end)
        {
            return false
        }
        // A word or key that names an address wins over a version's word after it (`ip=216.183.68.205 build=19.1`).
        return cued || (!Self.namesVersion(t, before: g.start) && !Self.versionWordFollows(t, g.end))
    }

    /// `after the 12.18.7.2 deploy`, `was that the 14.7.3.8 build?`, `Grafana 4.8.20.1 shipped`: a version word right
    /// after the number (past a closing `)` or quote, or a spaced dash).
    static func versionWordFollows(_ t: ScanText, _ e: Int) -> Bool {
        var k = e
        // `ssh 10.0.0.5 build server`: a host's word before the number keeps it an address.
        var s = e - 1
        while s > 0 && (Byte.isDigit(t[s - 1]) || t[s - 1] == 0x2E) { s -= 1 }
        if let w = t.wordBefore(s, maxLength: 12), hostWords.contains(t.hashLowercased(w.start, w.end)),
            !endsProductName(t, w.start)
        {
            return false
        }
        if t.at(k) == 0x29 || t.at(k) == 0x22 || t.at(k) == 0x27 { k += 1 }
        guard t.at(k) == 0x20 else { return false }
        k += 1
        // (Past a heading's dash: `Crew Connect 14.13.16.8 - release notes`.)
        if let dash = PersonDetector.spacedDashLength(t, k) { k += dash + 1 }
        return versionAfterWords.forEachMatch(in: t, at: k) { _, n in !Byte.isAlpha(t.at(k + n)) }
    }

    /// Whether the word or the last part of a key right before `s` (past `:`, `=`, quotes and spaces) says an address
    /// follows: one of `hostWords` or `addressWords` (`ssh 5.4.3.2`, `client_ip=`, `X-Real-IP:`, `REMOTE_ADDR=`).
    static func addressCueBefore(_ t: ScanText, _ s: Int) -> Bool {
        // The next of a list of addresses (`allow 192.168.0.4,8.8.4.4`).
        var p = s - 1
        if t.at(p) == 0x20 { p -= 1 }
        if t.at(p) == 0x2C {
            var dots = 0
            var q = p - 1
            while q >= 0 && p - q <= 15 && (Byte.isDigit(t[q]) || t[q] == 0x2E) {
                if t[q] == 0x2E { dots += 1 }
                q -= 1
            }
            if dots == 3 { return true }
        }
        var e = s
        while e > 0 && s - e < 4
            && (t[e - 1] == 0x20 || t[e - 1] == 0x3A || t[e - 1] == 0x3D || t[e - 1] == 0x22
                || t[e - 1] == 0x27 || t[e - 1] == 0x28 || t[e - 1] == 0x5B)
        {
            e -= 1
        }
        var k = e
        while k > 0 && e - k < 32 && Byte.isAlpha(t[k - 1]) { k -= 1 }
        guard k < e else { return false }
        // The last part of a host's name before a space is no key (`Build: payments-gw 15.5.12.0`; `X-Real-IP:` is).
        if (t.at(k - 1) == 0x2D || t.at(k - 1) == 0x5F) && !(e..<s).contains(where: { t[$0] == 0x3A || t[$0] == 0x3D })
        {
            return false
        }
        // An image's path and its tag (`registry/platform/api-gateway:2.13.11.18`): the key is the image's name.
        if t.at(e) == 0x3A && e + 1 == s {
            var p = k
            while p > 0 && e - p < 96 && !Byte.isSpace(t[p - 1]) {
                if t[p - 1] == 0x2F { return false }
                p -= 1
            }
        }
        // (The letters end at `_` or `-`: `client_ip`, `X-Real-IP` and `REMOTE_ADDR` end in a host word.)
        let h = t.hashLowercased(k, e)
        return (hostWords.contains(h) && !directionWords.contains(h) && !endsProductName(t, k))
            || (addressWords.contains(h) && !clientOfProduct(t, k))
    }

    /// Whether `client` at `k` is a product's program, as a capitalised word or `with` before it says (`BrokerHub
    /// client 5.18.8.6`, `Push client 9.11.3.2`, `tested with client 11.17.17.4`), not a machine.
    static func clientOfProduct(_ t: ScanText, _ k: Int) -> Bool {
        guard t.matchesExactly("client", at: k), let w = t.wordBefore(k, maxLength: 16) else { return false }
        return Byte.isUpper(t[w.start]) || t.matchesExactly("with", at: w.start)
    }

    /// Whether the capitalised word at `w` follows another capitalised word: the last word of a product's name
    /// (`Crew Connect 14.13.16.8 - release notes`), not a command to reach a host.
    static func endsProductName(_ t: ScanText, _ w: Int) -> Bool {
        Byte.isUpper(t[w]) && t.at(w - 1) == 0x20
            && (t.wordBefore(w, maxLength: 24).map { Byte.isUpper(t[$0.start]) } ?? false)
    }

    /// Whether a dotted quad at `s..<e` stands where a host does: after `from`, `via`, `von`, `depuis`, `@`, `//` or a
    /// host's name and `:`, or before a port (`:5432`) or a prefix length (`/16`).
    static func hostPlaceAround(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        if t.at(s - 1) == 0x40 || (t.at(s - 1) == 0x2F && t.at(s - 2) == 0x2F) { return true }
        // (A host's name and a colon: `mq.internal:10.8.0.12`.)
        if t.at(s - 1) == 0x3A && hostBefore(t, s - 1) { return true }
        if t.at(e) == 0x3A && Byte.isDigit(t.at(e + 1)) { return true }
        // A network's prefix length (`10.20.0.0/16`).
        if t.at(e) == 0x2F && Byte.isDigit(t.at(e + 1))
            && !Byte.isAlnum(t.at(Byte.isDigit(t.at(e + 2)) ? e + 3 : e + 2))
        {
            return true
        }
        guard let w = t.wordBefore(s, maxLength: 6) else { return false }
        return sourceWords.contains(t.hashLowercased(w.start, w.end))
    }

    static let sourceWords = NameLexicon.hashes("from via von depuis")

    /// Whether a word for a machine or a way to reach one stands on the line within 60 bytes of `s..<e` (`ssh to
    /// web-01 at 10.1.2.3`, `my laptop got 10.20.5.12 from DHCP`, `Server Alpha 10.0.0.5 is down`).
    static func machineOnLine(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let lo = t.lineStart(s, notBefore: s - 60)
        let hi = t.lineEnd(e, notAfter: e + 60)
        var k = lo
        while k < hi {
            guard Byte.isAlpha(t[k]) else {
                k += 1
                continue
            }
            var w = k
            while w < hi && Byte.isAlpha(t[w]) { w += 1 }
            if k == 0 || !Byte.isAlnum(t[k - 1]) { if machineWords.contains(t.hashLowercased(k, w)) { return true } }
            k = w
        }
        return false
    }

    static let machineWords = NameLexicon.hashes(
        "ssh ping host hostname ip ips addr address server servers connect curl telnet nslookup traceroute printer "
            + "laptop desktop workstation dhcp router switch firewall vm node machine nas gateway dns subnet vpn lan "
            + "wlan wifi"
    )

    /// Host words that a version's upgrade uses as well (`Upgrade Slack to 3.5.16.2`, `moves to 18.19.5.11`).
    static let directionWords = NameLexicon.hashes("to from via")

    static let addressWords = NameLexicon.hashes(
        "inet ipv4 gateway gw dns nameserver resolver client remote peer source destination bind listen proxy "
            + "upstream endpoint router subnet route adresse"
    )

    static let hostWords = NameLexicon.hashes(
        "ssh ping host ip addr address server connect curl telnet nslookup dig traceroute from src dst to via "
            + "blocked allowed banned whitelist allowlist denylist"
    )

    static let versionAfterWords = KeywordSet([
        "build", "builds", "deploy", "deployment", "release", "shipped", "ships", "rollout", "hotfix", "patch",
        "upgrade", "update", "changelog", "tag", "image", "pushed", "gepusht", "released",
    ])

    /// The end of a dotted quad of one- to three-digit parts at `i` that ends there (`10.8.0.12"`), or nil.
    static func dottedQuadEnd(_ t: ScanText, _ i: Int) -> Int? {
        var k = i
        for part in 0..<4 {
            let ds = k
            while Byte.isDigit(t.at(k)) && k - ds < 3 { k += 1 }
            guard k > ds else { return nil }
            if part < 3 {
                guard t.at(k) == 0x2E else { return nil }
                k += 1
            }
        }
        return Byte.isAlnum(t.at(k)) || (t.at(k) == 0x2E && Byte.isDigit(t.at(k + 1))) ? nil : k
    }

    /// Whether a dotted quad after the `:` or `/` at `sep` stands on its own: after `host:` always
    /// (`"mq.internal:10.8.0.12"`), after `/` only when a host's name comes before (`lt-83.example.com/206.166.43.100`).
    static func addressAfter(_ t: ScanText, sep: Int) -> Bool {
        let c = t.at(sep)
        guard c == 0x3A || c == 0x2F, Byte.isDigit(t.at(sep + 1)), dottedQuadEnd(t, sep + 1) != nil else {
            return false
        }
        return c == 0x3A || hostBefore(t, sep)
    }

    /// Whether the word ending at `slash` (a `/`) is a host's name with a dot in it (`lt-83.example.com/`), not a
    /// product's (`MyApp/9.1.0.2` in a user agent).
    static func hostBefore(_ t: ScanText, _ slash: Int) -> Bool {
        var k = slash - 1
        var dot = false
        while k >= 0 && slash - k < 64 && (Byte.isAlnum(t[k]) || t[k] == 0x2D || t[k] == 0x2E) {
            if t[k] == 0x2E { dot = true }
            k -= 1
        }
        return dot && (k < 0 || t[k] != 0x2F)
    }

    /// Whether the words right before `s` say that the number there is a version: a version word (`version`,
    /// `release`, `build`, `v`) with at most two connecting words after it (`upgrade to 10.4.2.1`), or a three-part
    /// version joined to it by one (`from 7.0.8 to 7.1.3.2`). Other words between make it no version (`the build box
    /// (10.44.1.9)`).
    static func namesVersion(_ t: ScanText, before s: Int) -> Bool {
        // `deploy@10.0.0.5` and `postgres://app:pw@10.0.0.5`: a user at a host; `actions/checkout@4.1.0.2`: a
        // package at a version (a path without a scheme or a password before the `@`).
        if t.at(s - 1) == 0x40 {
            var k = s - 2
            var slash = false
            while k >= 0 && s - k < 128 && !Byte.isSpace(t[k]) && t[k] != 0x22 && t[k] != 0x27 {
                if t[k] == 0x3A { return false }
                if t[k] == 0x2F { slash = true }
                k -= 1
            }
            return slash
        }
        let lo = t.lineStart(s, notBefore: s - 48)
        var k = s
        var connected = false
        // The token right before (`orders-worker:9.2.0.13`, `Workday 7.5.15.13`, `reporting-api 9.10.10.20`).
        var ts = s
        if t.at(s - 1) == 0x20 || t.at(s - 1) == 0x3A { ts -= 1 }
        let te = ts
        while ts > lo && t[ts - 1] != 0x20 && t[ts - 1] != 0x0A && t[ts - 1] != 0x22 && t[ts - 1] != 0x28 { ts -= 1 }
        let token = ts..<te
        // `WMS-Release 10.19.7.1`: a version word ending the token.
        if let hyphen = token.last(where: { t[$0] == 0x2D }),
            versionWords.forEachMatch(in: t, at: hyphen + 1, { _, n in hyphen + 1 + n == te })
        {
            return true
        }
        // An image reference's tag: `registry.example/team/app:1.2.3.4`, or `image: postgres:14.12.15.6`.
        if t.at(s - 1) == 0x3A
            && (token.contains(where: { t[$0] == 0x2F }) || t.matches("image: ", at: ts - 7)
                || t.matches("image:", at: ts - 6))
        {
            return true
        }
        // A product or service named between a version word and the number: the version word must come right before
        // it (`Rollout Workday 7.5.15.13`; `deploy to Prod 10.0.0.5` names a host).
        var named = false
        // (A key before its value is no name: `SENTRY_RELEASE: 19.1.15.10`.)
        // (Nor a command's flag: `build.sh --version 10.9.15.15`.)
        if t.at(s - 1) == 0x20, te - ts >= 2, t[te - 1] != 0x3A, t[ts] != 0x2D,
            Byte.isUpper(t[ts]) || token.contains(where: { t[$0] == 0x2D || t[$0] == 0x5F }),
            !versionWords.forEachMatch(in: t, at: ts, { _, n in ts + n == te }),
            !connectingWords.forEachMatch(in: t, at: ts, { _, n in ts + n == te })
        {
            k = ts
            named = true
        }
        for _ in 0..<3 {
            // The word before `k`, past the spaces and punctuation in between.
            while k > lo && !Byte.isAlnum(t[k - 1]) { k -= 1 }
            let we = k
            // (A hyphenated product is one word: `Update KIS-Konnektor auf 10.16.8.3`.)
            while k > lo && (Byte.isAlnum(t[k - 1]) || t[k - 1] == 0x2E || (t[k - 1] == 0x2D && k < we)) { k -= 1 }
            guard k < we else { return false }
            if Byte.isDigit(t[k]) {
                // A version of three parts (`7.0.8`; four would be an address of a range) joined by a connecting word.
                return connected && (k..<we).reduce(0) { $0 + (t[$1] == 0x2E ? 1 : 0) } == 2
            }
            // A version word, whole or inflected (`upgraded`, `releases`; `v` only alone, not `value` or `visited`).
            if versionWords.forEachMatch(in: t, at: k, { _, n in k + n == we || (n >= 4 && Byte.isAlpha(t.at(k + n))) })
            {
                return true
            }
            // After a product's name only a genitive may stand between (`Sortie de Jenkins 4.18.6.19`, `release of
            // Kafka 3.7.0.1`); `deploy to Prod 10.0.0.5` names a host.
            let genitive =
                (we - k == 2 && (t.matches("of", at: k) || t.matches("de", at: k)))
                || (we - k == 3 && t.matches("von", at: k))
            guard !named || genitive, connectingWords.forEachMatch(in: t, at: k, { _, n in k + n == we }) else {
                // `Pin wkhtmltopdf to 10.12.0.10`: a product between the version word and the connecting word.
                if connected && !named {
                    named = true
                    continue
                }
                return false
            }
            connected = true
        }
        return false
    }

    static let versionLabelWords = KeywordSet(["version", "firmware", "supersedes", "superseded"])
    static let addressLabelWords = KeywordSet(["address", "adresse", "addr"])

    /// Whether a label holding `version` or `firmware` ends in a colon right before `s` (`Firmware (Gateway): …`).
    static func versionLabelBefore(_ t: ScanText, _ s: Int) -> Bool {
        let colon = t.at(s - 1) == 0x20 ? s - 2 : s - 1
        guard t.at(colon) == 0x3A else { return false }
        let ls = t.lineStart(colon, notBefore: colon - 40)
        return versionLabelWords.occurs(in: t, ls, colon) && !addressLabelWords.occurs(in: t, ls, colon)
    }

    static let connectingWords = KeywordSet([
        "to", "from", "is", "now", "at", "on", "of", "v", "->", "for", "von", "auf", "zu", "de", "vers", "back", "à",
    ])

    static let versionWords = KeywordSet([
        "version", "firmware", "release", "upgrade", "upgrading", "update", "bump", "v", "build", "ver", "deployed",
        "deployment", "deploying", "rollout", "rollback", "pinned", "sortie",
        "rc", "tag", "chart", "image", "patch", "hotfix", "lancement", "go-live", "rev", "revision", "rolled",
        "rolling", "repro", "reproduced", "roll", "revert", "downgrade", "passage", "pin",
    ])
}
