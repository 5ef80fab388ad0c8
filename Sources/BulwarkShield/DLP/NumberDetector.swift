/// Finds payment cards (Luhn and issuer ranges), US social security numbers (area/group/serial rules),
/// phone numbers (US, GB, DE and FR shapes, international prefixes) and IPv4 addresses in digit runs.
///
/// Dates, versions, ISBNs, order and tracking numbers are recognised and left alone.
struct NumberDetector {
    func scan(_ t: ScanText, _ triggers: Triggers, into out: inout [Candidate]) {
        let n = t.count
        var csv = CSVColumn.Cache()
        triggers.forEach(Triggers.digit | Triggers.plusOrParen) { i in
            let c = t[i]
            guard Byte.isDigit(c) || ((c == 0x2B || c == 0x28) && Byte.isDigit(t.at(i + 1))) else { return i + 1 }
            let prev = t.at(i - 1)
            // Glued to an identifier (v1.2, SKU-123, E3564, #A-02) or to a decimal: skip the whole token.
            // A redaction placeholder (`[PERSON]`, `<EMAIL_1>`) stands for such a word, so its bracket counts too.
            // A dotted run after the comma (`10.0.0.1,10.0.0.2`) is a list, not a decimal fraction.
            // Nor one that goes on with a dash and digits (`…9016,763-04-7070`: a CSV field after a phone number).
            let decimalComma =
                Byte.isDigit(c) && prev == 0x2C && Byte.isDigit(t.at(i - 2)) && !Byte.isDigit(t.at(i + 3))
                && t.at(i + 1) != 0x2E && t.at(i + 2) != 0x2E && t.at(i + 3) != 0x2E
                && !(t.at(i + 3) == 0x2D && Byte.isDigit(t.at(i + 4)))
            let before = t.at(i - 2)
            // Joined to a placeholder by separators (`[ADDRESS]--0-44`), the run is the rest of a masked one.
            // After `host:` or `host/` an address stands on its own (`"mq.internal:10.8.0.12"` in `extra_hosts`,
            // `lt-83.example.com/206.166.43.100` as remote-desktop tools show it); after `::` the
            // digits are a field of an ARN (`arn:aws:iam::482913374120:user/ci`) or part of an IPv6 address.
            let glued =
                (prev == 0x2E || prev == 0x2D || prev == 0x3A || prev == 0x2F)
                && (Byte.isAlnum(before) || before == 0x5D || before == 0x3E) && !Self.afterPhoneScheme(t, i)
                && !Self.addressAfter(t, sep: i - 1)
            if Byte.isAlpha(prev) || prev == 0x5F || prev == 0x23 || prev == 0x24 || prev >= 0x80 || decimalComma
                || Placeholder.precedes(i, in: t) || glued || (prev == 0x3A && before == 0x3A)
            {
                var j = i + 1
                while j < n
                    && (Byte.isAlnum(t[j]) || t[j] == 0x2E || t[j] == 0x2D || t[j] == 0x28 || t[j] == 0x29
                        || t[j] == 0x2F || t[j] == 0x3A)
                {
                    // `lt-83.example.com/206.166.43.100`: an address after the host's name is read on its own.
                    if Self.addressAfter(t, sep: j) { break }
                    j += 1
                }
                return j
            }
            guard let g = DigitGroups.parse(t, at: i) else { return i + 1 }
            let found = out.count
            classify(t, g, &csv, into: &out)
            if out.count > found { return max(out[out.count - 1].end, i + 1) }
            guard g.count == DigitGroups.maxGroups else { return max(g.end, i + 1) }
            // A run cut off at the group limit: where it was cut depends on where it started (and masking a match
            // moves that), so go on from the second word instead of past it.
            for k in 0..<g.seps.count where g.sep(k) == 0x20 { return g.starts[k + 1] }
            return max(g.end, i + 1)
        }
    }

    /// The value of group `k` (a prefix length's one or two digits).
    private static func prefixLength(_ t: ScanText, _ g: DigitGroups, _ k: Int) -> Int {
        var prefix = 0
        for p in g.starts[k]..<g.ends[k] { prefix = prefix * 10 + Int(t[p] - 0x30) }
        return prefix
    }

    private func classify(_ t: ScanText, _ g: DigitGroups, _ csv: inout CSVColumn.Cache, into out: inout [Candidate]) {
        // A dotted quad among other words (`10.0.0.5 443`, `port 0 10.0.0.5`) is an address of its own; the
        // words before it form a run of their own, as they would once the address is masked.
        if g.count > 4 {
            var ws = 0
            while ws + 4 <= g.count {
                // Words followed by a space only: what glues to the end of the run is judged below. (A word may be a
                // quad with its prefix length: `mynetworks = 127.0.0.0/8 214.111.225.2/32`.)
                let prefixed =
                    ws + 4 < g.count && g.sep(ws + 3) == 0x2F && g.length(ws + 4) <= 2
                    && (ws + 5 == g.count || g.sep(ws + 4) == 0x20) && Self.prefixLength(t, g, ws + 4) <= 32
                let isQuad =
                    ws + 4 < g.count && g.separators(ws, ws + 4, allEqual: 0x2E)
                    && (g.sep(ws + 3) == 0x20 || prefixed)
                if isQuad, let quad = Self.groups(g, ws, ws + 4), ipv4(t, quad) == true {
                    if ws > 0, let head = Self.groups(g, 0, ws) { classify(t, head, &csv, into: &out) }
                    out.append(
                        Candidate(
                            .ipAddress,
                            quad.start,
                            prefixed ? g.ends[ws + 4] : quad.end,
                            score: 0.95,
                            priority: 60
                        )
                    )
                    return
                }
                // Next word start.
                var k = ws
                while k < g.count - 1 && g.sep(k) != 0x20 { k += 1 }
                ws = k + 1
            }
        }
        let after = t.at(g.end)
        // A run glued to letters on the right is an identifier (9.3.0.35-rc1, 12ab). Only its last word is: the
        // run before the last space is classified on its own (`call 030 1234567 42jane@corp.de`), as it would be
        // once that word is masked as part of an address.
        if (Byte.isAlpha(after) && !Self.isExtension(t, g)) || (after == 0x2D && Byte.isAlnum(t.at(g.end + 1))) {
            if let cut = Self.runBeforeLastWord(g) { classify(t, cut, &csv, into: &out) }
            return
        }
        if after == 0x2E && Byte.isDigit(t.at(g.end + 1)) { return }
        // Glued to a placeholder on the right, the run was part of what was masked there.
        if Placeholder.follows(g.end, in: t) { return }
        // A last word running into `:` and more digits (a time, an IPv6 address) belongs to that; the words
        // before it stand alone, as they will once that is masked.
        if after == 0x3A && Byte.isHex(t.at(g.end + 1)), let cut = Self.runBeforeLastWord(g) {
            classify(t, cut, &csv, into: &out)
            return
        }
        // The same for a quad that ends the run.
        if g.count > 4 {
            var ws = 0
            for k in 0..<g.seps.count where g.sep(k) == 0x20 { ws = k + 1 }
            if ws + 4 == g.count && g.separators(ws, ws + 4, allEqual: 0x2E), let quad = Self.groups(g, ws, ws + 4),
                ipv4(t, quad) == true
            {
                if let head = Self.groups(g, 0, ws) { classify(t, head, &csv, into: &out) }
                out.append(Candidate(.ipAddress, quad.start, quad.end, score: 0.95, priority: 60))
                return
            }
        }
        // `(10.40.2.77)`: a parenthesis before a dotted quad opens no phone number; the address is read without it.
        // Nor before a card's 13 to 19 digits closed by `)` (`from my card (5358 1039 3071 5585)`): at most five groups
        // with one kind of separator, so a run of `(555) (555) …` is not read again and again.
        if g.lead == 0x28
            && ((g.count >= 4 && g.separators(0, 4, allEqual: 0x2E))
                || (t.at(g.end) == 0x29 && g.count <= 5 && g.digitCount(0, g.count) >= 13
                    && (g.count == 1 || g.separators(0, g.count, allEqual: 0x20)
                        || g.separators(0, g.count, allEqual: 0x2D))))
        {
            var bare = g
            bare.lead = 0
            bare.start = g.starts[0]
            classify(t, bare, &csv, into: &out)
            return
        }
        if let ip = ipv4(t, g) {
            if ip { out.append(Candidate(.ipAddress, g.start, g.end, score: 0.95, priority: 60)) }
            return
        }
        // `172.16.254.1/32`, `10.0.0.0/8`: an address with its prefix length, as one span.
        if g.count == 5, g.sep(3) == 0x2F, g.length(4) <= 2, let quad = Self.groups(g, 0, 4), let ip = ipv4(t, quad) {
            if ip && Self.prefixLength(t, g, 4) <= 32 && !Byte.isAlnum(t.at(g.end)) && t.at(g.end) != 0x2F {
                out.append(Candidate(.ipAddress, g.start, g.end, score: 0.95, priority: 60))
            }
            return
        }
        // Cards, SSNs and phone numbers all have at least seven digits.
        if g.digitCount(0, g.count) < 7 { return }
        // Words are the space-separated parts; try the longest match from each word start.
        var wordStarts = InlineInts()
        wordStarts.append(0)
        for k in 0..<g.seps.count where g.sep(k) == 0x20 { wordStarts.append(k + 1) }
        if g.digitCount(0, g.count) > 19 && Self.groupsOfFour(g, 0, g.count - 1) { return }
        // Four or more four-digit groups (13 to 19 digits) not starting with 0 (as no card number does, and as
        // trunk and international phone prefixes do) are card-shaped: the whole run is a card or some other
        // number (a card failing Luhn, an account or reference number); no part of it is a phone number.
        if g.count >= 4 && t.at(g.starts[0]) != 0x30 && g.digitCount(0, g.count) >= 13
            && Self.groupsOfFour(g, 0, g.count - 1)
        {
            if let cand = match(t, g, 0, g.count, &csv, wholeRun: true) { out.append(cand) }
            return
        }
        var w = 0
        while w < wordStarts.count {
            var v = wordStarts.count
            while v > w {
                let a = wordStarts[w]
                let b = v < wordStarts.count ? wordStarts[v] : g.count
                if let cand = match(t, g, a, b, &csv, wholeRun: w == 0 && v == wordStarts.count) {
                    // The scan goes on after the match with a fresh run, just as a re-scan of the masked text
                    // would (where a `(` or `+` after the match leads the next number).
                    out.append(cand)
                    return
                }
                v -= 1
            }
            w += 1
        }
    }

    /// The groups before the last space, or nil for a run of one word.
    private static func runBeforeLastWord(_ g: DigitGroups) -> DigitGroups? {
        var last = -1
        for s in 0..<g.seps.count where g.sep(s) == 0x20 { last = s }
        guard last >= 0 else { return nil }
        return groups(g, 0, last + 1)
    }

    /// Groups `a..<b` of `g` as a run of their own (keeping the `+`/`(` lead only when `a` is 0).
    private static func groups(_ g: DigitGroups, _ a: Int, _ b: Int) -> DigitGroups? {
        guard a >= 0, a < b, b <= g.count else { return nil }
        var cut = DigitGroups()
        cut.lead = a == 0 ? g.lead : 0
        cut.start = a == 0 ? g.start : g.starts[a]
        for s in a..<b {
            cut.starts.append(g.starts[s])
            cut.ends.append(g.ends[s])
            if s < b - 1 { cut.seps.append(g.seps[s]) }
        }
        cut.end = g.ends[b - 1]
        return cut
    }

    /// Whether every group in `a..<b` has four digits.
    static func groupsOfFour(_ g: DigitGroups, _ a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b {
            if g.length(k) != 4 { return false }
            k += 1
        }
        return true
    }

    private func match(
        _ t: ScanText,
        _ g: DigitGroups,
        _ a: Int,
        _ b: Int,
        _ csv: inout CSVColumn.Cache,
        wholeRun: Bool
    ) -> Candidate? {
        let digits = g.digitCount(a, b)
        let start = a == 0 ? g.start : g.starts[a]
        let end = g.ends[b - 1]
        let lead: UInt8 = a == 0 ? g.lead : 0
        if isDate(t, g, a, b) || endsWithDate(g, a, b) { return nil }
        if lead == 0, let card = card(t, g, a, b, digits, &csv) { return card }
        // (Also wholly in parentheses: `read out the full number (076-65-5204)`; no phone is grouped 3-2-4.)
        if (lead == 0 || (lead == 0x28 && t.at(end) == 0x29)) && g.lengths(a, b, are: (3, 2, 4, 0))
            && (g.separators(a, b, allEqual: 0x2D) || g.separators(a, b, allEqual: 0x20))
        {
            if ssnValid(t, g.starts[a]) { return Candidate(.usSSN, g.starts[a], end, score: 0.9, priority: 65) }
        }
        if lead == 0 && g.lengths(a, b, are: (9, 0, 0, 0)) && ssnValid(t, start)
            && context(t, start, Self.ssnWords, &csv, wholeUpTo: 3)
        {
            return Candidate(.usSSN, start, end, score: 0.8, priority: 65)
        }
        if let phoneEnd = phone(t, g, a, b, digits, lead: lead, csv: &csv) {
            // A number wholly in parentheses (`angerufen (04320906921)`): the `(` is no area code's, and stays text.
            let bracketed =
                lead == 0x28 && t.at(phoneEnd) == 0x29 && !(g.starts[a]..<phoneEnd).contains { t[$0] == 0x29 }
            return Candidate(.phone, bracketed ? g.starts[a] : start, phoneEnd, score: 0.85, priority: 45)
        }
        return nil
    }

    /// Whether the number at `i` follows a phone word glued to it by a colon (`tel:+1…`, `phone:0221…`, as in
    /// `tel:` links and compact forms), which is a label, not part of an identifier like `a:1` or `v:2`.
    static func afterPhoneScheme(_ t: ScanText, _ i: Int) -> Bool {
        guard t.at(i - 1) == 0x3A else { return false }
        var ws = i - 1
        while ws > 0 && Byte.isAlpha(t[ws - 1]) { ws -= 1 }
        guard i - 1 - ws >= 3, ws == 0 || !Byte.isWord(t[ws - 1]) else { return false }
        if phoneWords.forEachMatch(in: t, at: ws, limit: i - 1, { _, length in ws + length == i - 1 }) { return true }
        // A vCard's phone property: `TEL;TYPE=WORK:(942)483-4494`.
        let ls = t.lineStart(ws, notBefore: ws - 48)
        return t.matches("tel;", at: ls) || t.matches("tel:", at: ls)
    }

    static let cardWords = KeywordSet([
        "card number", "card no", "card #", "card num", "cardnumber", "card_number", "credit card", "debit card",
        "cc number", "cc no", "cc#", "cc_number", "kreditkarte", "kartennummer", "carte bancaire", "numéro de carte",
        "n° de carte", "carte de crédit", "maestro", "mastercard", "visa", "amex", "jcb", "diners", "discover",
    ])
    static let phoneHeaderWords = KeywordSet([
        "phone", "tel", "mobil", "cell", "contact", "handy", "portable", "fax", "msisdn",
    ])
    /// (`SSN`, `TIN` as whole words: not the `Tin` of `"Johnson, Tina"` before a passport's number.)
    static let ssnWords = KeywordSet(["ssn", "social security", "social sec", "sozialversicherung", "tin"])
    static let phoneWords = KeywordSet([
        "phone", "tel", "tél", "mobile", "cell", "fax", "call", "contact", "handy", "telefon", "portable", "rappeler",
        "joindre", "erreichen", "whatsapp", "sms", "text me", "reach me", "mob", "ring", "numéro", "rufnummer",
        "handynummer", "mobilnummer", "telefonnummer", "faxnummer", "best number", "number to reach", "callback",
        "erreichbar", "anruf", "appel", "dial", "reach", "voice", "direct", "durchwahl", "hotline", "landline", "pager",
        "mobil", "angerufen", "anrufen", "zurückrufen", "rückruf", "text at", "text on", "texted", "office:",
        "mich unter", "uns unter", "zurück unter", "ihn unter", "sie unter", "meine nummer", "ihre nummer",
        "seine nummer", "from_number", "to_number", "sender_number", "caller_id", "callerid",
    ])
    /// Whether `spokenPhoneWords` end right before the number at `start`, past a space, or a space and `(` (`got his
    /// number (7997109801)`).
    static func spokenBefore(_ t: ScanText, _ start: Int, notBefore lo: Int) -> Bool {
        let spaced = t.at(start - 1) == 0x20
        guard spaced || (t.at(start - 1) == 0x28 && t.at(start - 2) == 0x20) else { return false }
        let e = spaced ? start - 1 : start - 2
        return spokenPhoneWords.anySuffix(in: t, endingAt: e, notBefore: lo) { $0 == 0 || !Byte.isWord(t.at($0 - 1)) }
            || calledByName(t, e, notBefore: lo)
    }

    /// `Text Stacy on 4237958897`, `call Mr Obi at …`: a verb of calling, a capitalised name of one or two words (a title
    /// first maybe), and `on` or `at` ending at `e`.
    static func calledByName(_ t: ScanText, _ e: Int, notBefore lo: Int) -> Bool {
        guard t.at(e - 3) == 0x20, t.matches("on", at: e - 2) || t.matches("at", at: e - 2) else { return false }
        var k = e - 3
        for words in 0..<4 {
            var s = k
            while s > lo && k - s < 20 && (Byte.isAlpha(t[s - 1]) || t[s - 1] >= 0x80 || t[s - 1] == 0x2E) { s -= 1 }
            guard s < k, s == lo || t.at(s - 1) == 0x20 || t.at(s - 1) == 0x0A else { return false }
            if words > 0 && callingVerbs.forEachMatch(in: t, at: s, { _, n in s + n == k }) { return true }
            guard Byte.isUpper(t[s]) || t[s] >= 0xC3, s > lo else { return false }
            k = s - 1
        }
        return false
    }

    static let callingVerbs = KeywordSet(["text", "call", "ring", "phone", "reach", "contact", "message", "sms"])

    /// Words that say a North American number of ten bare digits right after them (and a space) is someone's phone
    /// (`my number is 3704719617`, `call me at …`, `text 2986123364`, `left VM at …`), matched backwards from the
    /// number.
    static let spokenPhoneWords = KeywordSet(suffixes: [
        "my number is", "my number's", "new number is", "his number is", "her number is", "me at", "me on", "text",
        "his number", "her number", "their number", "vm at", "voicemail at", "voicemail on", "him at", "her at",
        "them at", "her number's", "his number's", "own number is", "home number is", "cell number is",
        "mobile number is", "work number is", "\u{2013} number is", "- number is", "i'm on", "i am on", "he's at",
        "she's at", "confirm on", "reached on", "i'm at", "i am at", "we're at", "we are at", "line is", "cell is",
        "mobile is", "phone is",
    ])
    static let idWords = KeywordSet([
        "order", "invoice", "ticket", "ref", "tracking", "suivi", "commande", "bestell", "sendung", "part",
        "sku", "isbn", "case", "account no", "id", "no.", "nr", "#", "personalnummer", "kundennummer", "facture",
        "asset tag", "serial", "inventory", "inventar", "reservation", "réservation", "booking", "buchung",
        "confirmation", "claim", "policy", "numéro client", "numéro de client", "n° client", "matricule",
        "kundennr", "dossier", "devis", "aktenzeichen", "vorgang", "shipment", "consignment", "waybill", "container",
        "entry number", "entry no", "sendungsnummer", "expédition", "po", "purchase order", "tag=", "tag:", "tag no",
        "tag #", "incident", "batch", "parcel", "colis", "vertrag", "contrat", "störung",
    ])

    /// Whether any of `words` occurs on the same line within 40 bytes before `start`.
    /// Whether one of `words` labels the number at `start`: before it on its line (within `window` bytes), or in the
    /// header of its CSV column; each word starting a word of the text (`TIN`, not `rou-tin-g`).
    private func context(
        _ t: ScanText,
        _ start: Int,
        _ words: KeywordSet,
        _ csv: inout CSVColumn.Cache,
        window: Int = 40,
        wholeUpTo: Int = 0
    ) -> Bool {
        let lo = t.lineStart(start, notBefore: start - window)
        if words.occursAsLabel(in: t, lo, start, wordStarts: true, wholeUpTo: wholeUpTo) { return true }
        return CSVColumn.header(t, at: start, cache: &csv).map { h in
            words.occursAsLabel(in: t, h.0, h.1, wordStarts: true, wholeUpTo: wholeUpTo)
        } ?? false
    }

    /// Whether groups `a..<b` open with a date (`2024-03-01`, `05.03.2026`), alone or before other numbers on another
    /// separator (`05.03.2026 42`: a date and a line number in `git blame`; not `01.23.45.67.89`, a French phone).
    private func isDate(_ t: ScanText, _ g: DigitGroups, _ a: Int, _ b: Int) -> Bool {
        guard b - a >= 3, g.sep(a) == g.sep(a + 1), g.sep(a) != 0x20, b - a == 3 || g.sep(a + 2) != g.sep(a) else {
            return false
        }
        let l = (g.length(a), g.length(a + 1), g.length(a + 2))
        return (l.0 == 4 && l.1 <= 2 && l.2 <= 2) || (l.0 <= 2 && l.1 <= 2 && (l.2 == 4 || l.2 == 2))
    }

    /// Whether groups `a..<b` end with a date written with a four-digit year on another separator than the numbers
    /// before it (`1679 23.11.2025`, `1679 2023-11-21`: a file's size and date in `ls -l`).
    private func endsWithDate(_ g: DigitGroups, _ a: Int, _ b: Int) -> Bool {
        let c = b - 3
        guard c > a, g.sep(c) == g.sep(c + 1), g.sep(c) != 0x20, g.sep(c - 1) != g.sep(c) else { return false }
        let l = (g.length(c), g.length(c + 1), g.length(c + 2))
        return (l.0 == 4 && l.1 <= 2 && l.2 <= 2) || (l.0 <= 2 && l.1 <= 2 && l.2 == 4)
    }

    /// A payment card: 13 to 19 digits passing Luhn in a known issuer's range; or, after a card label (`Card number:`,
    /// `Kreditkarte`, a `cc_number` column), 12 to 19 digits passing Luhn in any range (issuers outside the public
    /// lists, 12-digit Maestro).
    private func card(
        _ t: ScanText,
        _ g: DigitGroups,
        _ a: Int,
        _ b: Int,
        _ digits: Int,
        _ csv: inout CSVColumn.Cache
    ) -> Candidate? {
        guard digits >= 12 && digits <= 19 else { return nil }
        if b - a > 1 {
            // One kind of separator throughout: spaces or dashes, or dots between groups of four
            // (`4539.1488.0343.6467`, never a version or an address with groups that long).
            let s0 = g.sep(a)
            guard s0 == 0x20 || s0 == 0x2D || (s0 == 0x2E && Self.groupsOfFour(g, a, b - 1)),
                g.separators(a, b, allEqual: s0)
            else { return nil }
        }
        let last = g.length(b - 1)
        let shapeOK =
            b - a == 1 || g.lengths(a, b, are: (4, 6, 5, 0)) || g.lengths(a, b, are: (4, 6, 4, 0))
            || (Self.groupsOfFour(g, a, b - 1) && last >= 1 && last <= 4)
        guard shapeOK else { return nil }
        // Luhn from the right, and the first four digits for the issuer ranges.
        var sum = 0
        var double = false
        var k = b - 1
        while k >= a {
            var p = g.ends[k] - 1
            while p >= g.starts[k] {
                var v = Int(t[p] - 0x30)
                if double {
                    v *= 2
                    if v > 9 { v -= 9 }
                }
                sum += v
                double.toggle()
                p -= 1
            }
            k -= 1
        }
        guard sum % 10 == 0 else { return nil }
        var p4 = 0
        var seen = 0
        k = a
        while seen < 4 {
            var p = g.starts[k]
            while p < g.ends[k] && seen < 4 {
                p4 = p4 * 10 + Int(t[p] - 0x30)
                seen += 1
                p += 1
            }
            k += 1
        }
        if digits >= 13 && Self.issuerKnown(prefix: p4, length: digits) {
            return Candidate(.creditCard, g.starts[a], g.ends[b - 1], score: 0.95, priority: 70)
        }
        guard context(t, g.starts[a], Self.cardWords, &csv) else { return nil }
        return Candidate(.creditCard, g.starts[a], g.ends[b - 1], score: 0.85, priority: 70)
    }

    /// Visa, Mastercard (51-55, 2221-2720), Amex, Discover, JCB, Diners, Maestro, UnionPay and Mir prefixes with
    /// their lengths (the public issuer-number ranges); `p4` is the number formed by the first four digits, `n`
    /// the number of digits.
    static func issuerKnown(prefix p4: Int, length n: Int) -> Bool {
        let p2 = p4 / 100
        if Self.maestroPrefixes.contains(p4) { return n >= 13 && n <= 19 }
        if p2 == 62 || (2200...2204).contains(p4) { return n >= 16 && n <= 19 }
        if p4 / 1000 == 4 { return n == 13 || n == 16 || n == 19 }
        if (51...55).contains(p2) || (2221...2720).contains(p4) { return n == 16 }
        if p2 == 34 || p2 == 37 { return n == 15 }
        if p4 == 6011 || p2 == 65 || (644...649).contains(p4 / 10) { return n >= 16 && n <= 19 }
        if (3528...3589).contains(p4) { return n >= 16 && n <= 19 }
        if p2 == 36 || p2 == 38 || (300...305).contains(p4 / 10) { return n == 14 }
        return false
    }

    private static let maestroPrefixes: Set<Int> = [5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763]

    /// SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000.
    private func ssnValid(_ t: ScanText, _ s: Int) -> Bool {
        var v = 0
        var n = 0
        var k = s
        while n < 9 && k < t.count {
            if Byte.isDigit(t[k]) {
                v = v * 10 + Int(t[k] - 0x30)
                n += 1
            }
            k += 1
        }
        guard n == 9 else { return false }
        let area = v / 1_000_000
        let group = v / 10_000 % 100
        let serial = v % 10_000
        if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 { return false }
        // 123-45-6789 and 078-05-1120 are famous sample numbers.
        if v == 123_456_789 || v == 78_051_120 { return false }
        return true
    }
}

extension NumberDetector {
    /// `555-234-5678x123`: an `x` and one to six digits glued to a run of three or more separated groups is a
    /// phone extension, not an identifier (`0x1f`, `1920x1080` are single groups).
    static func isExtension(_ t: ScanText, _ g: DigitGroups) -> Bool {
        g.count >= 3 && t.at(g.end) == 0x78 && extensionEnd(t, g.end) > g.end
    }
}
