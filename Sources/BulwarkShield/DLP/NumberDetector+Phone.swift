extension NumberDetector {
    /// Returns the end of the phone number (after any extension) when the groups read as one.
    func phone(
        _ t: ScanText,
        _ g: DigitGroups,
        _ a: Int,
        _ b: Int,
        _ digits: Int,
        lead: UInt8,
        csv: inout CSVColumn.Cache
    ) -> Int? {
        guard digits >= 7 && digits <= 15 else { return nil }
        // (A book's number: `978-1-71627-348-3`.)
        if digits == 13 && g.isISBN13(t, a, b) { return nil }
        let start = a == 0 ? g.start : g.starts[a]
        let n = b - a
        // (A drug's or an article's code: three groups joined by dashes, the first of four or five digits and the last
        // of one or two, `0143-9924-90`, `00409-1273-32`; not after a phone's label, `Tel. 0711-98765-0`.)
        if n == 3 && lead != 0x2B && (g.length(a) == 4 || g.length(a) == 5) && g.length(b - 1) <= 2
            && g.separators(a, b, allEqual: 0x2D)
            && !Self.phoneWords.occursAsLabel(in: t, t.lineStart(start, notBefore: start - 30), start, wordEdges: true)
        {
            return nil
        }
        let first = t[g.starts[a]]
        let second = t.at(g.starts[a] + 1)
        var ok = false
        if lead == 0x2B {
            ok = digits >= 9 && first != 0x30
        } else if lead == 0x28 && g.length(a) >= 3 && g.length(a) <= 5
            && (t.at(g.ends[a]) == 0x29 || !(first == 0x30 && second == 0x30))
        {
            // `(0221) 123 456`, `(942)483-4494`: an area code in parentheses (a whole number in them that opens with
            // `00` is read as international below: `(001-495-255-6479x588)`).
            ok = digits >= 9 && digits <= 12
        } else if first == 0x30 && second == 0x30 {
            ok = digits >= 11 && !Self.idContext(t, start)  // 0049..., 001-...
        } else if first == 0x30 {
            // National trunk prefix (GB, DE, FR): 0 + 9..11 digits.
            ok = digits >= 10 && digits <= 12 && (n >= 2 || digits == 10 || digits == 11) && g.length(b - 1) >= 2
            if ok {
                ok = Self.frenchPairs(t, g, a, b) || (!Self.idContext(t, start) && !Self.inCodeColumn(t, start, &csv))
            }
        } else if g.lengths(a, b, are: (3, 3, 4, 0)) || g.lengths(a, b, are: (1, 3, 3, 4)) {
            // North American numbering plan: area and exchange start with 2-9.
            let area = n == 4 ? g.starts[a + 1] : g.starts[a]
            let exch = n == 4 ? g.starts[a + 2] : g.starts[a + 1]
            ok = t[area] >= 0x32 && t[exch] >= 0x32 && (n == 3 || first == 0x31)
            let uniform = g.separators(a, b, allEqual: g.sep(a))
            ok =
                ok && (uniform || (n == 3 && g.sep(a) == 0x20 && g.sep(a + 1) == 0x2D)) && !Self.idContext(t, start)
                && !Self.inCodeColumn(t, start, &csv)
        }
        if !ok {
            // Anything plausible right after a phone label.
            guard n <= 6, digits >= 8, !Self.idContext(t, start) else { return nil }
            // (Further back, with the phone word opening a word there, for ten digits a North American number could
            // be: `Emergency contact: Rodney Baldwin (spouse), 2105008550`; not `bring … for batch 4105008550`.)
            let d0 = g.starts[a]
            let nanp = n == 1 && digits == 10 && t[d0] >= 0x32 && t[d0 + 3] >= 0x32
            let lo = t.lineStart(start, notBefore: start - 30)
            guard
                Self.phoneWords.occursAsLabel(in: t, lo, start, wordEdges: true) || Self.afterLetterM(t, start)
                    || (nanp
                        && Self.phoneWords.occursAsLabel(
                            in: t,
                            t.lineStart(start, notBefore: start - 64),
                            start,
                            wordStarts: true
                        ))
                    || Self.reachedAt(t, g.ends[b - 1]) || Self.underNumber(t, start)
                    || (nanp && Self.besideContact(t, d0, g.ends[b - 1]))
                    || (nanp && Self.spokenBefore(t, start, notBefore: lo))
                    || (nanp && Self.afterGivenName(t, start))
                    || (nanp && Self.afterZipCode(t, start))
                    || (digits >= 10 && Self.endsSignature(t, start, g.ends[b - 1]))
                    || Self.notedAsPhone(t, g.ends[b - 1])
                    || (CSVColumn.header(t, at: start, cache: &csv).map {
                        Self.phoneHeaderWords.occursAsLabel(in: t, $0.0, $0.1, wordStarts: true)
                    }
                        ?? false)
            else { return nil }
        }
        return Self.extensionEnd(t, g.ends[b - 1])
    }

    /// Whether a note in parentheses after the number ending at `e` says what phone it is (`5073024800 (office)`,
    /// `0171 2345678 (privat)`).
    static func notedAsPhone(_ t: ScanText, _ e: Int) -> Bool {
        guard t.at(e) == 0x20 && t.at(e + 1) == 0x28 else { return false }
        return phoneNotes.forEachMatch(in: t, at: e + 2) { _, n in t.at(e + 2 + n) == 0x29 }
    }

    static let phoneNotes = KeywordSet([
        "office", "cell", "mobile", "home", "work", "direct", "fax", "tel", "phone", "landline", "handy", "mobil",
        "privat", "büro", "dienstlich", "festnetz", "portable", "bureau", "domicile", "fixe", "perso", "pro",
        "whatsapp", "cell phone", "work phone", "home phone",
    ])

    /// Whether the number `s..<e` stands alone (or first, before ` | `) on the last line of a signature: a closing
    /// (`Best,`, `Warm regards,`) within the four lines above it (`Best,\nKelly\n6503110945`, `… | kelly@…`).
    static func endsSignature(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard s == 0 || t[s - 1] == 0x0A, PersonDetector.endsLine(t, e) || (t.at(e) == 0x20 && t.at(e + 1) == 0x7C)
        else { return false }
        var le = s - 1
        for _ in 0..<4 {
            guard le > 0 else { return false }
            let ls = t.lineStart(le, notBefore: le - 80)
            if PersonLabels.isSignOff(t, ls, le) { return true }
            le = ls - 1
        }
        return false
    }

    /// Whether the ten digits `s..<e` stand beside whom they reach: in parentheses right after a known name (`Albert
    /// Jarvis (4242800318)`), or ending their field after a comma and a known family name, a known given name or an
    /// e-mail address (`Dr. Andrew Brown, 9855509083`, `Peter Smith, tina@example.com, 3835630838`, `ask for
    /// Stephanie, 9097030789`), or in a line opened by a full name (`Sarah Moses, Payroll, 9097030789`), or after a
    /// full name opening the line and a spaced dash (`Heather Hamilton – 3148271620`). Not after a lowercase word
    /// (`parcel (tracking 1795958056)`).
    static func besideContact(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let w = s - 2
        // (The number ends its field: the line, or a clause's `.`, `,` or `;`.)
        let endsField =
            PersonDetector.endsLine(t, e)
            || ((t.at(e) == 0x2E || t.at(e) == 0x2C || t.at(e) == 0x3B)
                && (Byte.isSpace(t.at(e + 1)) || e + 1 >= t.count))
        // (A comma, or a table's ` | ` or a ` / `: `Account manager: Brian Rodriguez | 6482046055`, `jo@x.com /
        // 5878413844`.)
        let bar = (t.at(w) == 0x7C || (t.at(w) == 0x2F && !startsWithDate(t, s))) && t.at(w - 1) == 0x20
        if t.at(s - 1) == 0x20 && (t.at(w) == 0x2C || bar) && endsField {
            // (After an e-mail address: an `@` further back on the word before the comma.)
            let we = bar ? w - 1 : w
            var k = we
            while k > 0 && !Byte.isSpace(t[k - 1]) && we - k < 80 { k -= 1 }
            if (k..<we).contains(where: { t[$0] == 0x40 }) { return true }
            // (After a known given name ending the field before, `ask for Stephanie, 9097030789`; or in a line whose
            // first field is a full name, `Sarah Moses, Payroll, 9097030789`.)
            // (A given name alone only where the number ends the line: `Ticket assigned to Kevin, 4829103746.`)
            if PersonDetector.endsLine(t, e), let g = t.labelBefore(colon: w, maxLength: 24),
                PersonDetector.givenNameAlone(t, g.start) == g.end
            {
                return true
            }
            if let fe = fullNameOpeningLine(t, t.lineStart(w, notBefore: w - 160), before: w), t.at(fe) == 0x2C {
                return true
            }
        } else if endsField, let d = PersonDetector.spacedDashBefore(t, s) {
            // (A line of a contact list: `Heather Hamilton – 3148271620`.)
            return fullNameOpeningLine(t, t.lineStart(d, notBefore: d - 80), before: d + 1) == d
        } else if !(t.at(s - 1) == 0x28 && t.at(w) == 0x20 && t.at(e) == 0x29) {
            return false
        }
        // (A full name: a known given name before the family name, `Andrew Brown`; not `Totals: Berlin, …`.)
        guard let family = t.labelBefore(colon: w, maxLength: 24), Byte.isUpper(t[family.start]),
            let given = t.wordBefore(family.start, maxLength: 24), Byte.isUpper(t[given.start])
        else { return false }
        return NameLexicon.isFirstName(t, given.start, given.end) && NameLexicon.isSurname(t, family.start, family.end)
    }

    /// The end of a known given name and a family name that open the line at `ls` (past a list's bullet) before
    /// `limit`, or nil. Not a town named like someone: `Virginia Beach, VA, 7575550100`.
    static func fullNameOpeningLine(_ t: ScanText, _ ls: Int, before limit: Int) -> Int? {
        var ls = ls
        while t.at(ls) == 0x20 || t.at(ls) == 0x2D || t.at(ls) == 0x2A { ls += 1 }
        guard ls < limit, let ge = NameTokens.word(t, ls), t.at(ge) == 0x20, let fe = NameTokens.word(t, ge + 1),
            fe < limit, PersonDetector.givenAndFamilyName(t, ls, fe),
            !PersonDetector.placeNames.contains(t.hashLowercased(ls, ge))
        else { return nil }
        return fe
    }

    /// Whether the number ending at `e` is where someone is reached, as German says after it (`ist unter 0062307986
    /// erreichbar`).
    static func reachedAt(_ t: ScanText, _ e: Int) -> Bool {
        t.at(e) == 0x20 && t.matches("erreichbar", at: e + 1)
    }

    /// Whether German `unter` stands right before the number at `s`, which opens with `0` or `+`: where someone is
    /// reached (`Sie erreichen mich tagsüber unter 00642 76313`, `Tochter informiert unter 0027744421`).
    static func underNumber(_ t: ScanText, _ s: Int) -> Bool {
        (t.at(s) == 0x30 || t.at(s) == 0x2B) && t.at(s - 1) == 0x20 && t.matches("unter", at: s - 6)
            && !Byte.isAlpha(t.at(s - 7))
    }

    /// Whether the groups `a..<b` read as a French number written in pairs (`02 61 17 71 37`): five groups of two
    /// digits, the first `0` and a digit from 1 to 9, spaces or dots between — a shape no order's or parcel's number
    /// takes, so no identifier's word before it counts.
    static func frenchPairs(_ t: ScanText, _ g: DigitGroups, _ a: Int, _ b: Int) -> Bool {
        guard b - a == 5, t[g.starts[a]] == 0x30, t.at(g.starts[a] + 1) != 0x30 else { return false }
        return (a..<b).allSatisfy { g.length($0) == 2 }
            && (g.separators(a, b, allEqual: 0x20)
                || g.separators(a, b, allEqual: 0x2E))
    }

    /// Extends over ` x123`, `x1234`, ` ext. 12`.
    static func extensionEnd(_ t: ScanText, _ e: Int) -> Int {
        var k = e
        if t.at(k) == 0x20 { k += 1 }
        if t.at(k) == 0x78 {
            k += 1
        } else if t.matches("ext", at: k) {
            k += 3
            if t.at(k) == 0x2E { k += 1 }
            if t.at(k) == 0x20 { k += 1 }
        } else {
            return e
        }
        let ds = k
        while k < t.count && Byte.isDigit(t[k]) && k - ds < 6 { k += 1 }
        return k > ds && !Byte.isAlnum(t.at(k)) ? k : e
    }

    static let phoneNumberWords = KeywordSet([
        "tel", "phone", "mobile", "cell", "fax", "handy", "telefon", "téléphone", "callback", "call-back", "call back",
        "rückruf", "portable", "best #", "caller", "anrufer", "appelant", "contact no", "contact #", "contact nr",
    ])

    /// `Veronica 4242800318`, `Backup: Keith Moore 8195969551`: a known given name (no word, no place), maybe with a
    /// known family name, right before the number, which ends its line or cell (not `Kunde Peter Wagner 5432109876 hat
    /// reklamiert`) and is no date with a counter (`Sabine 2023110402`), after no label of an identifier.
    static func afterGivenName(_ t: ScanText, _ start: Int) -> Bool {
        var d = start
        while Byte.isDigit(t.at(d)) { d += 1 }
        let after = t.at(d)
        guard Byte.isDigit(t.at(start)),
            after == 0x0A || after == 0x0D || after == 0 || after == 0x29 || after == 0x7C || after == 0x3B,
            !opensWithYearAndMonth(t, start)
        else { return false }
        // (Or a spaced dash, a colon or a gap between: `Michael Glover — 6482046055`, `Veronica: 4242800318`, `Keith
        // Moore   8195969551` in aligned columns.)
        var we = (PersonDetector.spacedDashBefore(t, start) ?? start - 1)
        guard t.at(we) == 0x20 else { return false }
        while t.at(we - 1) == 0x20 && start - we < 24 { we -= 1 }
        if t.at(we - 1) == 0x3A { we -= 1 }
        var ws = we
        while ws > 0 && (Byte.isAlpha(t[ws - 1]) || t[ws - 1] >= 0x80) && we - ws < 24 { ws -= 1 }
        guard ws < we, ws == 0 || !Byte.isWord(t[ws - 1]) else { return false }
        if PersonDetector.givenNameAlone(t, ws) == we { return !idContext(t, ws) }
        guard Byte.isUpper(t[ws]), NameLexicon.isSurname(t, ws, we), let g = t.wordBefore(ws, maxLength: 24),
            PersonDetector.givenNameAlone(t, g.start) == g.end
        else { return false }
        return !idContext(t, g.start)
    }

    /// Whether the digits at `s` open with a year of 1900–2099 and a month (`20231104…`, `19870120`): a date, maybe with
    /// a counter after it, not a phone number.
    static func opensWithYearAndMonth(_ t: ScanText, _ s: Int) -> Bool {
        (t.matches("19", at: s) || t.matches("20", at: s))
            && (t.at(s + 4) == 0x30 || (t.at(s + 4) == 0x31 && t.at(s + 5) <= 0x32))
    }

    /// `M: 0171 …`, `m:+44…` on a business card: the letter alone before a colon (not `CRM: 710586620`); or a
    /// signature's one-letter label with a full stop opening its line or a cell of it (`m. 5912733210`, `Acme | t.
    /// 0123 456789`; `m` `t` `p` `c` `f` `o` `h` `w` `d`: mobile, telephone, phone, cell, fax, office, home, work,
    /// direct).
    static func afterLetterM(_ t: ScanText, _ start: Int) -> Bool {
        let c = t.at(start - 1) == 0x20 ? start - 2 : start - 1
        guard !Byte.isAlnum(t.at(c - 2)) else { return false }
        let letter = t.at(c - 1) | 0x20
        if t.at(c) == 0x3A { return letter == 0x6D }
        guard t.at(c) == 0x2E, "mtpcfohwd".utf8.contains(letter) else { return false }
        let b = t.at(c - 2)
        guard c == 1 || b == 0x0A || b == 0x7C || b == 0x09 || (b == 0x20 && t.at(c - 3) == 0x7C) else { return false }
        // Not an item of a lettered list (`b. 7` above `c. 4471029384`), nor a date (`d. 20240115`).
        let ls = c - 1
        if ls > 0 && t[ls - 1] == 0x0A {
            let above = t.lineStart(ls - 1, notBefore: ls - 200)
            if t.at(above + 1) == 0x2E && t.at(above) | 0x20 == letter - 1 { return false }
        }
        var d = start
        while Byte.isDigit(t.at(d)) { d += 1 }
        return !(d - start == 8 && opensWithYearAndMonth(t, start))
    }

    /// Whether a keyword of `words` occurs in `lo..<hi` at a word start (a letter after no letter; `#`, `no.`
    /// anywhere) with `accept(position, length)` true for it.
    private static func startsWord(
        of words: KeywordSet,
        in t: ScanText,
        _ lo: Int,
        _ hi: Int,
        accept: (Int, Int) -> Bool = { _, _ in true }
    ) -> Bool {
        lastWordEnd(of: words, in: t, lo, hi, accept: accept) != nil
    }

    /// The end of the last keyword of `words` that `startsWord` would accept in `lo..<hi`, or nil.
    private static func lastWordEnd(
        of words: KeywordSet,
        in t: ScanText,
        _ lo: Int,
        _ hi: Int,
        accept: (Int, Int) -> Bool = { _, _ in true }
    ) -> Int? {
        var found: Int?
        var i = max(lo, 0)
        while i < hi {
            defer { i += 1 }
            guard words.mayMatch(in: t, at: i), !(i > 0 && Byte.isAlpha(t[i]) && Byte.isAlpha(t[i - 1])) else {
                continue
            }
            _ = words.forEachMatch(in: t, at: i, limit: hi) { _, n in
                guard accept(i, n) else { return false }
                found = i + n
                return true
            }
        }
        return found
    }

    /// Whether an order/invoice/tracking style label, and no phone word, sits just before `start`, or `start` is
    /// inside a tracking number.
    ///
    /// A label made of letters must start a word, and a short one end it too: `ID: 206-530-5905` and `Ref#`, but
    /// not the `id` of `oakridge.org,` or `David`, the `case` of `Casey`, the `part` of `Apartment`.
    static func idContext(_ t: ScanText, _ start: Int) -> Bool {
        if insideUPSTrackingNumber(t, start) { return true }
        var lo = t.lineStart(start, notBefore: start - 16)
        // (A quoted value's key reaches further back, to the key's start: `"invoice_number": "948619688"`,
        // `{"invoice_number":"…"}`, `invoice_number: "…"`.)
        if t.at(start - 1) == 0x22 {
            var k = start - 2
            while t.at(k) == 0x20 { k -= 1 }
            if t.at(k) == 0x3A {
                if t.at(k - 1) == 0x22 { k -= 1 }
                var s = k
                while s > 0 && k - s < 40 && (Byte.isAlnum(t[s - 1]) || t[s - 1] == 0x5F || t[s - 1] == 0x2D) { s -= 1 }
                lo = min(lo, s)
            }
        }
        // `Tel. No.:`, `Phone #`, `Handy-Nr.`: a number word after a phone word labels a phone number.
        // (Unless a reference's word follows it in a clause of its own: `paid over the phone, ref 829898533`; not
        // `Phone on order: 562-282-6422`.)
        if let pe = lastWordEnd(of: phoneNumberWords, in: t, lo, start),
            !((pe..<start).contains { t[$0] == 0x2C || t[$0] == 0x3B }
                && referenceWords.occursAsLabel(in: t, pe, start, wordStarts: true))
        {
            return false
        }
        // (`in case of delays: 837.891.2759`, `part of`: a word before `of` labels nothing.)
        let idEnd = lastWordEnd(of: idWords, in: t, lo, start) { i, n in
            // (Nor a post office box: `PO Box 2231 | 805-555-0199`.)
            (n > 5 || !Byte.isAlpha(t[i + n - 1]) || !Byte.isAlpha(t.at(i + n))) && !t.matchesExactly(" of ", at: i + n)
                && !t.matches(" box", at: i + n) && !(t.at(i + n) == 0x20 && namesRole(t, i + n + 1))
        }
        // A phone word after the label (`Questions about this invoice? Call 692…`) labels the number instead.
        guard let idEnd else { return false }
        return !phoneWords.occursAsLabel(in: t, idEnd, start, wordEdges: true)
    }

    /// Words of `idWords` that name a reference, not a number's position (`No.`, `#`): after a phone's word they still
    /// label an identifier (`by phone, ref 829898533`, `Telefon-Bestellung 123456789`).
    static let referenceWords = KeywordSet([
        "ref", "order", "invoice", "ticket", "tracking", "booking", "reservation", "confirmation", "claim", "policy",
        "case", "commande", "facture", "dossier", "bestell", "buchung", "vorgang", "auftrag", "transaction", "receipt",
    ])

    /// People named after what they handle (`Case Manager, 627-324-8626`, `claims handler 0161 496 0000`,
    /// `booking agent`): after an identifier's word, such a word makes it no label of the number.
    static let roleWords = KeywordSet([
        "manager", "management", "worker", "handler", "officer", "agent", "coordinator", "co-ordinator", "lead",
        "owner", "desk", "team", "department", "dept", "sachbearbeiter", "gestionnaire", "responsable",
    ])

    static func namesRole(_ t: ScanText, _ i: Int) -> Bool {
        roleWords.forEachMatch(in: t, at: i) { _, n in KeywordSet.endsWord(t, i + n) }
    }

    /// Whether the number at `start` stands in a column of a tab-separated table whose header names codes and no
    /// phone (`Syllabus codes`, `Part no.`): `0580 0500 0620` there is a list of codes. (Not in commas, which
    /// prose and code hold as often: `Contact : sa fille, Édouard Carre, 0182035752`.)
    static func inCodeColumn(_ t: ScanText, _ start: Int, _ csv: inout CSVColumn.Cache) -> Bool {
        // (The cell opens with the number's groups: `\t0580 0500 0620`, not `\t\t{"Henry Parker", "0306 9990758"`.)
        var cell = start
        while cell > 0 && start - cell < 40 && (Byte.isDigit(t[cell - 1]) || t[cell - 1] == 0x20) { cell -= 1 }
        guard t.at(cell - 1) == 0x09, let (hs, he) = CSVColumn.header(t, at: start, cache: &csv), csv.delimiter == 0x09
        else { return false }
        return codeWords.occursAsLabel(in: t, hs, he, wordStarts: true)
            && !phoneHeaderWords.occursAsLabel(in: t, hs, he, wordStarts: true)
    }

    static let codeWords = KeywordSet(["code", "codes", "syllabus", "codice", "kennziffer", "schlüssel"])

    /// Whether the digits at `i` continue a UPS tracking number written in groups (`1Z 999 AA1 01 2345 6784`): a word
    /// `1Z` opens the letters, digits and spaces just before them on the line.
    static func insideUPSTrackingNumber(_ t: ScanText, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && i - k <= 20 && (Byte.isAlnum(t[k]) || t[k] == 0x20) {
            if t[k] == 0x31 && t.at(k + 1) == 0x5A && (k == 0 || !Byte.isAlnum(t[k - 1])) { return true }
            k -= 1
        }
        return false
    }
}

extension NumberDetector {
    /// Whether the number at `start` follows an address's state and ZIP code and a comma (`Lake Jacob, AR 27025,
    /// 2116344863`): a contact line's phone after the address.
    static func afterZipCode(_ t: ScanText, _ start: Int) -> Bool {
        guard t.at(start - 1) == 0x20, t.at(start - 2) == 0x2C else { return false }
        var k = start - 3
        // (`TX 78701-1234, 5125550100`: the ZIP+4 code's four digits first.)
        if Byte.isDigit(t.at(k)) && Byte.isDigit(t.at(k - 3)) && t.at(k - 4) == 0x2D { k -= 5 }
        let z = k
        while Byte.isDigit(t.at(k)) && z - k < 6 { k -= 1 }
        guard z - k == 5, t.at(k) == 0x20, t.at(k - 3) == 0x20 else { return false }
        return NameTokens.isRegionCode(t, k - 2, k)
    }

    /// Whether the digits at `s` open with a date written `YYYYMMDD` (`2024031501`, a serial stamped with its day).
    static func startsWithDate(_ t: ScanText, _ s: Int) -> Bool {
        guard (0..<8).allSatisfy({ Byte.isDigit(t.at(s + $0)) }) else { return false }
        func n(_ k: Int) -> Int { Int(t[s + k] - 0x30) * 10 + Int(t[s + k + 1] - 0x30) }
        return (n(0) == 19 || n(0) == 20) && (1...12).contains(n(4)) && (1...31).contains(n(6))
    }
}
