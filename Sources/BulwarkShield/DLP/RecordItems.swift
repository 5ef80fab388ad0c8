/// Items of a person's record written without labels, found beside the record's other personal values (separated
/// from them by a comma, a semicolon, a tab or a bar, spaced, quoted or not):
/// - a birth date beside an e-mail address, a phone or a social security number (`Danielle Wilson,
///   samuel30@carlson.net, (224)301-3006, 1939/12/05, 553-11-5194.`), when its four-digit year lies from 1900 to 2008
///   (an adult's; a record's other dates, a ticket's or an order's, are recent); also between spaced dashes after a
///   capitalised name and before the value (`Douglas Thompson - 1947/05/30 - 01632 960 365`; not a log's `2007-11-02 -
///   jdoe@kernel.org - initial import`);
/// - a known given name and a family name as the two items before an e-mail address, the first items of the record
///   written as names (`('CA-26-77120', 'Colton', 'Hughes', 'esanders@yahoo.com', '1997-05-16')`,
///   `Colton,Hughes,esanders@yahoo.com`);
/// - the name before an address in parentheses (`IT contact Chelsea (karen68@berry-montgomery.com)`);
/// - who hands over to a person found (`Handover Chelsea -> Benjamin`, `von Hildegart an Katerina`);
/// - a North American phone number written as ten bare digits beside an e-mail address (`ewilliams@yahoo.com |
///   5329990708`), or ending the line of a person's name past a gap (`Lisa Mckee ...... 6:30A ...... 7196084218`), or
///   alone on the line below a name that fills its own (a signature: `Samuel Dean\n6385790093`), or in parentheses
///   after a name (`From Susan (6873064952):`);
/// - a birth date in parentheses after a name (`Frau Geisler (1972-12-05): Erstversorgung`), its year 1990 or before.
enum RecordItems {
    /// Years a birth date beside a record's other items may have.
    static let birthYears = 1900...2008

    /// Appends candidates for such items next to the candidates `out` holds.
    static func scan(_ t: ScanText, into out: inout [Candidate]) {
        let found = out.count
        // (One cache for the scan: a long line of records is read once, not once per number in it.)
        var cells = CSVColumn.Cache()
        for k in 0..<found where out[k].type == .person {
            if let from = handoverFrom(t, before: out[k].start) { out.append(from) }
            // (The next cell of a tab-, bar- or semicolon-separated row too: `Farrell\t4936977645\tleft VM`; after a
            // comma a number is as often an order's: `Order for Stephanie, 9097030789 items`.)
            // (Or in parentheses after the name, or after it and a comma inside them: `From Susan (6873064952):`,
            // `a parent (Jennifer Scott, 6132967893) called`.)
            let (s, e) = (out[k].start, out[k].end)
            let opened = t.at(e) == 0x20 && t.at(e + 1) == 0x28
            if let p = phoneEndingLine(t, after: e, cells: &cells)
                ?? bareNumberItem(t, after: e, cellOnly: true, cells: &cells)
                ?? (opened ? bareNANP(t, e + 2, cells: &cells) : nil)
                ?? (t.at(s - 1) == 0x28 && t.at(e) == 0x2C && t.at(e + 1) == 0x20
                    ? bareNANP(t, e + 2, cells: &cells) : nil)
            {
                out.append(p)
            }
            // `Frau Geisler (1972-12-05):`: a birth date in parentheses after the name, of someone born by 1990 (a
            // letter's, a hire's or a signature's date stands there too: `Letter from Peter Brown (1998-04-02)`).
            if opened, let de = DateParser.date(t, at: e + 2), t.at(de) == 0x29 || t.at(de) == 0x2C,
                fourDigits(t, e + 2, de).map({ $0.value <= 1990 }) ?? false, let d = birthDate(t, e + 2, de)
            {
                out.append(d)
            }
            // (Or with a year of two digits from 30 to 99, which no recent date has: `Brittney Hartman (25/02/84)`.)
            if opened, let de = DateParser.date(t, at: e + 2), t.at(de) == 0x29, de - (e + 2) == 8,
                let yy = twoDigitYear(t, de), yy >= 30
            {
                out.append(Candidate(.dateOfBirth, e + 2, de, score: 0.65, priority: 50))
            }
            // (Or as the next item after a comma, before the next one: `1. Colin Benson, 02/02/1959, of 28 Jones
            // Islands`, `Jill Murphy, 04 June 1952, parent Tony Scott`.)
            if t.at(e) == 0x2C && t.at(e + 1) == 0x20, let de = DateParser.date(t, at: e + 2),
                t.at(de) == 0x2C || t.at(de) == 0x3B || PersonDetector.endsLine(t, de),
                fourDigits(t, e + 2, de).map({ $0.value <= 1990 }) ?? false, let d = birthDate(t, e + 2, de)
            {
                out.append(d)
            }
        }
        for k in 0..<found where anchors(out[k].type) {
            if let d = dateAfter(t, out[k].end) { out.append(d) }
            if let d = dateBefore(t, out[k].start) { out.append(d) }
            if out[k].type == .email {
                if let p = bareNumberItem(t, after: out[k].end, cells: &cells)
                    ?? bareNumberItem(t, before: out[k].start, cells: &cells)
                {
                    out.append(p)
                }
                names(t, before: out[k].start, into: &out)
                if let owner = ownerBeforeParenthesis(t, out[k].start) { out.append(owner) }
            }
        }
    }

    /// `IT contact Chelsea (karen68@…)`, `Bill Moss (bill@…)`: the name before an address in parentheses — up to three
    /// capitalised words opening with a known given name (a word's or a place's too: the address says it is someone),
    /// none of them a firm's, a team's or a department's word (`Victoria Office (…)`, `Austin Support (…)`), and no
    /// article before it (`a Grant (grants@…)`).
    private static func ownerBeforeParenthesis(_ t: ScanText, _ s: Int) -> Candidate? {
        guard t.at(s - 1) == 0x28, let last = t.wordBefore(s - 1, maxLength: 24) else { return nil }
        var start = last.start
        var firstName: Int?
        for _ in 0..<3 {
            guard Byte.isLower(t.at(start + 1)) || t.at(start + 1) >= 0x80, let e = NameTokens.word(t, start) else {
                break
            }
            let h = t.hashLowercased(start, e)
            if PersonDetector.orgWords.contains(h) || PersonDetector.teamWords.contains(h)
                || NameLexicon.stopwords.contains(h)
                || PersonDetector.departments.forEachMatch(in: t, at: start, { _, n in start + n == e })
            {
                // (After the name, such a word makes a firm or a team of it; before it, a role: `Ansprechpartner
                // Vertrieb Chelsea (…)`.)
                if firstName == nil { return nil }
                break
            }
            if NameLexicon.firstNames.contains(h) { firstName = start }
            guard let w = t.wordBefore(start, maxLength: 24) else { break }
            start = w.start
        }
        guard let firstName, !PersonDetector.determinerBefore(t, firstName) else { return nil }
        return Candidate(.person, firstName, last.end, score: 0.75, priority: 30)
    }

    /// `'Colton', 'Hughes', 'esanders@…'`: a known given name and a word written as a name (no common word unless a
    /// known family name), the two items before the e-mail address at `s`.
    private static func names(_ t: ScanText, before s: Int, into out: inout [Candidate]) {
        guard let family = itemBefore(t, s), let given = itemBefore(t, family.start),
            NameLexicon.isFirstName(t, given.start, given.end), !NameLexicon.isStopword(t, given.start, given.end),
            // (The record's first item or one after its number: in `Foster,Geraldine,Walker-Stokes,…` the third is
            // a firm.)
            opensRecord(t, given.start),
            NameLexicon.isSurname(t, family.start, family.end)
                || !NameLexicon.isCommonWord(t, family.start, family.end),
            // (Not a place and its country or state: `Paris, France, info@…`, `Austin, Texas, …`.)
            !PersonDetector.placeNames.contains(t.hashLowercased(given.start, given.end)),
            !PersonDetector.placeNames.contains(t.hashLowercased(family.start, family.end))
        else { return }
        out.append(Candidate(.person, given.start, given.end, score: 0.7, priority: 30))
        out.append(Candidate(.person, family.start, family.end, score: 0.7, priority: 30))
    }

    /// Whether the item starting at `s` opens its line or parenthesis, or follows an item holding a digit (an id).
    private static func opensRecord(_ t: ScanText, _ s: Int) -> Bool {
        var k = s - 1
        if isQuote(t.at(k)) { k -= 1 }
        if k < 0 || t[k] == 0x0A || t[k] == 0x28 { return true }
        while t.at(k) == 0x20 { k -= 1 }
        guard CSVColumn.isDelimiter(t.at(k)) else { return false }
        k -= 1
        var digit = false
        while k >= 0 && s - k <= 40 && !CSVColumn.isDelimiter(t[k]) && t[k] != 0x0A && t[k] != 0x28 {
            digit = digit || Byte.isDigit(t[k])
            k -= 1
        }
        return digit
    }

    /// The item before the one starting at `s` when it is one word written as a name (`Hughes`, `'Hughes'`).
    private static func itemBefore(_ t: ScanText, _ s: Int) -> (start: Int, end: Int)? {
        var k = s - 1
        if isQuote(t.at(k)) { k -= 1 }
        while t.at(k) == 0x20 { k -= 1 }
        guard CSVColumn.isDelimiter(t.at(k)) else { return nil }
        k -= 1
        while t.at(k) == 0x20 { k -= 1 }
        let quote = t.at(k)
        if isQuote(quote) { k -= 1 }
        let end = k + 1
        while k >= 0 && end - k <= 30 && (Byte.isAlpha(t[k]) || t[k] >= 0x80 || t[k] == 0x2D) { k -= 1 }
        let start = k + 1
        guard end - start >= 2, Byte.isUpper(t[start]), Byte.isLower(t[start + 1]) || t[start + 1] >= 0x80 else {
            return nil
        }
        if isQuote(quote) {
            guard t.at(k) == quote else { return nil }
            k -= 1
        }
        while t.at(k) == 0x20 { k -= 1 }
        guard k < 0 || CSVColumn.isDelimiter(t[k]) || t[k] == 0x0A || t[k] == 0x28 else { return nil }
        return (start, end)
    }

    /// The line above the one at `k` when it is the comma-separated header of a table of two columns
    /// (`name,nhs_number`; see `CSVColumn.twoColumnDelimiter`), which `CSVColumn.header` does not look for.
    private static func headerAbove(_ t: ScanText, _ k: Int) -> (Int, Int)? {
        let ls = t.lineStart(k)
        guard ls > 0 else { return nil }
        let ps = t.lineStart(ls - 1)
        return CSVColumn.twoColumnDelimiter(t, ps, ls - 1) == 0x2C ? (ps, ls - 1) : nil
    }

    /// The phone that is the whole item after the one ending at `e` (an e-mail address): ten bare digits that read as
    /// a North American number (area code and exchange from 2), or nil.
    private static func bareNumberItem(
        _ t: ScanText,
        after e: Int,
        cellOnly: Bool = false,
        cells: inout CSVColumn.Cache
    ) -> Candidate? {
        var k = e
        while t.at(k) == 0x20 { k += 1 }
        // (`cellOnly`: only after a tab, a bar or a semicolon, or a comma with no space after it, as CSV rows write
        // them: `group_leader,Lisa Perry,5884995790` — where a header over the column names a phone, if any does: not
        // `name,nhs_number`.)
        if cellOnly && !(CSVColumn.isDelimiter(t.at(k)) && (t.at(k) != 0x2C || Byte.isDigit(t.at(k + 1)))) {
            return nil
        }
        if cellOnly && t.at(k) == 0x2C,
            let (hs, he) = CSVColumn.header(t, at: k + 1, cache: &cells) ?? headerAbove(t, k),
            !NumberDetector.phoneHeaderWords.occursAsLabel(in: t, hs, he, wordStarts: true)
        {
            return nil
        }
        guard let next = separatorEnd(t, k) else { return nil }
        k = next
        while t.at(k) == 0x20 { k += 1 }
        return bareNANP(t, k, cells: &cells)
    }

    /// The phone that is the whole item before the one starting at `s` (see `bareNumberItem(after:)`), or nil.
    private static func bareNumberItem(_ t: ScanText, before s: Int, cells: inout CSVColumn.Cache) -> Candidate? {
        var k = s - 1
        while t.at(k) == 0x20 { k -= 1 }
        guard let sep = separatorStart(t, k) else { return nil }
        k = sep - 1
        while t.at(k) == 0x20 { k -= 1 }
        return bareNANP(t, k - 9, cells: &cells)
    }

    /// The word before ` -> `, ` → ` (or between `von ` and ` an `) and the person found at `s`: who hands over to them,
    /// when a known given or family name written as a name (no stopword, no common word; after `von` also one the
    /// lexicons lack) and not opening its line.
    private static func handoverFrom(_ t: ScanText, before s: Int) -> Candidate? {
        let b = t.at(s - 2)
        guard t.at(s - 1) == 0x20, b == 0x3E || b == 0x92 || b == 0x6E else { return nil }
        let k: Int
        var german = false
        if t.matchesExactly(" -> ", at: s - 4) {
            k = s - 4
        } else if t.matchesExactly(" \u{2192} ", at: s - 5) {
            k = s - 5
        } else if t.matchesExactly(" an ", at: s - 4) {
            k = s - 4
            german = true
        } else {
            return nil
        }
        guard let w = t.wordBefore(k + 1, maxLength: 24), w.end == k, Byte.isUpper(t[w.start]) || t[w.start] >= 0xC3,
            Byte.isLower(t.at(w.start + 1)) || t.at(w.start + 1) >= 0x80, !NameLexicon.isStopword(t, w.start, w.end),
            !NameLexicon.isCommonWord(t, w.start, w.end), !german || t.matchesExactly("von ", at: w.start - 4),
            // (A known given or family name: not a tool or a firm, `Reassigned Zendesk -> Sarah Lee`, `von Bosch an`;
            // between `von` and `an` also one the lexicons lack.)
            NameLexicon.isFirstName(t, w.start, w.end) || PersonDetector.familyNameAlone(t, w.start, w.end)
                || (german && PersonDetector.writtenAsUnknownName(t, w.start, w.end)),
            !PersonDetector.firmsNamedLikeFamilies.contains(t.hashLowercased(w.start, w.end)),
            // (A word opening its line before an arrow is a label's: `Notfallkontakt → Anika Etzler`.)
            w.start > 0, t[w.start - 1] != 0x0A
        else { return nil }
        return Candidate(.person, w.start, w.end, score: 0.65, priority: 30)
    }

    /// The bare North American number ending the line of the name that ends at `e`, set apart by a gap (a bar, a
    /// semicolon, a tab, two spaces or more, or dot leaders), or alone on the next line when the name ends its own.
    private static func phoneEndingLine(_ t: ScanText, after e: Int, cells: inout CSVColumn.Cache) -> Candidate? {
        // (Most names go on in prose: the gap, or the line's end, comes right after the name.)
        let a = t.at(e)
        guard
            a == 0x0A || a == 0x0D || a == 0 || a == 0x09 || a == 0x7C || a == 0x3B
                || (a == 0x20
                    && (t.at(e + 1) == 0x20 || t.at(e + 1) == 0x2E || t.at(e + 1) == 0x7C || t.at(e + 1) == 0x0A))
        else { return nil }
        let le = t.lineEnd(e, notAfter: e + 200)
        var end = le
        if t.at(end - 1) == 0x0D { end -= 1 }
        while end > e && t[end - 1] == 0x20 { end -= 1 }
        if end == e {
            // The name ends its line: a number alone on the next one.
            guard t.at(le) == 0x0A, PersonDetector.endsLine(t, e) || e == le else { return nil }
            let ns = le + 1
            let ne = t.lineEnd(ns, notAfter: ns + 12)
            guard ne - ns == 10 || (ne - ns == 11 && t[ne - 1] == 0x0D) else { return nil }
            return bareNANP(t, ns, cells: &cells)
        }
        let s = end - 10
        guard s > e else { return nil }
        var k = s - 1
        var gap = 0
        // (A comma sets apart a place's parts as often: `Virginia Beach, VA, 7575550100`.)
        while k > e && (t[k] == 0x20 || t[k] == 0x2E || t[k] == 0x09 || t[k] == 0x7C || t[k] == 0x3B) {
            gap += t[k] == 0x20 ? 1 : 2
            k -= 1
        }
        guard gap >= 2 else { return nil }
        return bareNANP(t, s, cells: &cells)
    }

    /// Ten digits at `k` standing alone (no digit, letter or number's mark around them) that read as a North American
    /// number, as a phone candidate.
    private static func bareNANP(_ t: ScanText, _ k: Int, cells: inout CSVColumn.Cache) -> Candidate? {
        guard k >= 0, k + 10 <= t.count, (k..<k + 10).allSatisfy({ Byte.isDigit(t[$0]) }), t[k] >= 0x32,
            t[k + 3] >= 0x32
        else { return nil }
        let before = t.at(k - 1)
        let after = t.at(k + 10)
        guard !Byte.isAlnum(before), !Byte.isAlnum(after), before != 0x2D, before != 0x2E, before != 0x2F,
            after != 0x2D, after != 0x2F, !(after == 0x2E && Byte.isDigit(t.at(k + 11)))
        else { return nil }
        // The number ends its item (`Sarah Lee; 5829384756 units` counts something).
        var a = k + 10
        while t.at(a) == 0x20 { a += 1 }
        guard
            a >= t.count || CSVColumn.isDelimiter(t[a]) || t[a] == 0x0A || t[a] == 0x0D || t[a] == 0x29
                || (t[a] == 0x2E && !Byte.isAlnum(t.at(a + 1)))
        else { return nil }
        // (Not under an id's label or column header: `id,email` … `4829384756,jane@…`.)
        if NumberDetector.idContext(t, k)
            || CSVColumn.header(t, at: k, cache: &cells).map({
                NumberDetector.idWords.occursAsLabel(in: t, $0.0, $0.1, wordStarts: true)
            }) ?? false
        {
            return nil
        }
        return Candidate(.phone, k, k + 10, score: 0.7, priority: 45)
    }

    private static func anchors(_ type: EntityType) -> Bool {
        type == .email || type == .phone || type == .usSSN
    }

    private static func isQuote(_ b: UInt8) -> Bool { b == 0x22 || b == 0x27 }

    /// Past the separator at `k`: a delimiter, or a dash spaced on both sides (`Douglas Thompson - 1947/05/30 - 01632
    /// 960 365`), or nil.
    private static func separatorEnd(_ t: ScanText, _ k: Int) -> Int? {
        if CSVColumn.isDelimiter(t.at(k)) { return k + 1 }
        guard let n = PersonDetector.spacedDashLength(t, k) else { return nil }
        return k + n
    }

    /// Where the separator ending at `k` starts (see `separatorEnd`), or nil.
    private static func separatorStart(_ t: ScanText, _ k: Int) -> Int? {
        if CSVColumn.isDelimiter(t.at(k)) { return k }
        return PersonDetector.spacedDashBefore(t, k + 2).map { $0 + 1 }
    }

    /// The date opening the item after the one ending at `e`.
    private static func dateAfter(_ t: ScanText, _ e: Int) -> Candidate? {
        var k = e
        if isQuote(t.at(k)) { k += 1 }
        while t.at(k) == 0x20 { k += 1 }
        guard CSVColumn.isDelimiter(t.at(k)) else { return nil }
        k += 1
        while t.at(k) == 0x20 { k += 1 }
        let quote = t.at(k)
        if isQuote(quote) { k += 1 }
        guard birthYearWithin(t, k, min(t.count, k + 32)), let de = DateParser.date(t, at: k),
            endsItem(t, de, quote: isQuote(quote) ? quote : nil)
        else {
            return nil
        }
        return birthDate(t, k, de)
    }

    /// The date closing the item before the one starting at `s`.
    private static func dateBefore(_ t: ScanText, _ s: Int) -> Candidate? {
        var k = s - 1
        if isQuote(t.at(k)) { k -= 1 }
        while t.at(k) == 0x20 { k -= 1 }
        guard let before = separatorStart(t, k) else { return nil }
        let dashed = !CSVColumn.isDelimiter(t[before])
        k = before - 1
        while t.at(k) == 0x20 { k -= 1 }
        let quote = t.at(k)
        if isQuote(quote) { k -= 1 }
        let end = k + 1
        guard Byte.isDigit(t.at(k)), end >= 6, birthYearWithin(t, max(0, end - 32), end) else { return nil }
        // The longest date ending exactly here (within 32 bytes, starting a word or a number) that is its item's whole
        // text.
        for start in max(0, end - 32)..<end - 5
        where !Byte.isAlnum(t.at(start - 1)) && DateParser.date(t, at: start) == end {
            var p = start - 1
            if isQuote(quote) && t.at(p) == quote { p -= 1 }
            while t.at(p) == 0x20 { p -= 1 }
            if dashed {
                // (Between dashes, after a capitalised name.)
                guard let d = separatorStart(t, p), !CSVColumn.isDelimiter(t[d]),
                    let w = t.wordBefore(d, maxLength: 24),
                    Byte.isUpper(t[w.start])
                else { return nil }
                return birthDate(t, start, end)
            }
            if p < 0 || CSVColumn.isDelimiter(t[p]) || t[p] == 0x0A || t[p] == 0x28 { return birthDate(t, start, end) }
        }
        return nil
    }

    /// Whether the date ending at `de` is the whole item: a quote (the one that opened it), a separator, a
    /// parenthesis, a sentence's full stop or the line's end follows.
    private static func endsItem(_ t: ScanText, _ de: Int, quote: UInt8?) -> Bool {
        var k = de
        if let quote {
            guard t.at(k) == quote else { return false }
            k += 1
        }
        while t.at(k) == 0x20 { k += 1 }
        let b = t.at(k)
        return k >= t.count || separatorEnd(t, k) != nil || b == 0x0A || b == 0x0D || b == 0x29
            || (b == 0x2E && !Byte.isAlnum(t.at(k + 1)))
    }

    /// The first number of exactly four digits in `s..<e` and where it starts, or nil.
    private static func fourDigits(_ t: ScanText, _ s: Int, _ e: Int) -> (value: Int, at: Int)? {
        var k = s
        while k + 4 <= e {
            if Byte.isDigit(t[k]) && !Byte.isDigit(t.at(k - 1)) && Byte.isDigit(t[k + 1]) && Byte.isDigit(t[k + 2])
                && Byte.isDigit(t[k + 3]) && !Byte.isDigit(t.at(k + 4))
            {
                return ((k..<k + 4).reduce(0) { $0 * 10 + Int(t[$1] - 0x30) }, k)
            }
            k += 1
        }
        return nil
    }

    /// The year of a date written `dd/mm/yy` (or with `.` or `-`) ending at `e`.
    private static func twoDigitYear(_ t: ScanText, _ e: Int) -> Int? {
        let sep = t.at(e - 3)
        guard sep == 0x2F || sep == 0x2E || sep == 0x2D, t.at(e - 6) == sep, Byte.isDigit(t.at(e - 2)),
            Byte.isDigit(t.at(e - 1))
        else { return nil }
        return Int(t[e - 2] - 0x30) * 10 + Int(t[e - 1] - 0x30)
    }

    /// Whether some four-digit number in `s..<e` reads as a birth year.
    private static func birthYearWithin(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var k = s
        while let year = fourDigits(t, k, e) {
            if birthYears.contains(year.value) { return true }
            k = year.at + 4
        }
        return false
    }

    /// A date-of-birth candidate for the date `s..<e` when its four-digit year is a birth year.
    private static func birthDate(_ t: ScanText, _ s: Int, _ e: Int) -> Candidate? {
        guard let year = fourDigits(t, s, e), birthYears.contains(year.value) else { return nil }
        return Candidate(.dateOfBirth, s, e, score: 0.7, priority: 50)
    }
}
