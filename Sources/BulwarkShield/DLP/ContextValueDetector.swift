/// Finds values that only a label makes sensitive: dates of birth (`Date of birth:`, `born`, `geboren am`,
/// `née le`, vCard `BDAY:`, `geboortedatum`, `fecha de nacimiento`, a `dob` CSV column), passport numbers
/// (`Passport No.:`, `Reisepass`, `passeport`) and the cells of a table's password column.
struct ContextValueDetector {
    private static let dobWords = KeywordSet([
        "birth", "dob", "d.o.b", "born", "geboren", "geburt", "geb.", "naissance", "né le", "née le", "né(e) le",
        "birthday", "bday:", "bday;", "geboorte", "nacimiento", "nascita", "dateofbirth", "datenaissance",
        "datanascita",
    ])
    /// Header words of a column of passwords.
    private static let passwordHeaders = KeywordSet(["password", "passwort", "passwd", "pwd", "passphrase"])
    static let passportWords = KeywordSet([
        "passport", "passeport", "reisepass", "pass-nr", "passnummer", "pasaporte", "passaporto", "paspoort",
        "reisedokument", "document de voyage", "personalausweis",
    ])

    /// Whether a header cell ends at `e`, spaces aside: a delimiter, a quote or the line's end follows.
    private static func endsHeaderCell(_ t: ScanText, _ e: Int) -> Bool {
        var k = e
        while t.at(k) == 0x20 { k += 1 }
        let c = t.at(k)
        return c == 0x2C || c == 0x3B || c == 0x7C || c == 0x09 || c == 0x22 || c == 0x0A || c == 0x0D || k >= t.count
    }

    func scan(_ t: ScanText, _ triggers: Triggers, into out: inout [Candidate]) {
        var table = Table()
        // (The keyword sets read once per scan: a `static let` costs a lazy-initialisation check at every use.)
        let dobWords = Self.dobWords
        let passportWords = Self.passportWords
        let passwordHeaders = Self.passwordHeaders
        let documentNumberWords = Self.documentNumberWords
        triggers.forEach(Triggers.contextLetter) { i in
            if t[i] == 0x3A || t[i] == 0x3D {
                camelCaseKey(t, i, into: &out)
                return i + 1
            }
            let c = Byte.lower(t[i])
            if c == 0x62, let e = Self.bornAbbreviation(t, i) {
                out.append(Candidate(.dateOfBirth, i + 3, e, score: 0.85, priority: 50))
                return e
            }
            // Only a few letters can start a keyword; test those.
            guard c == 0x62 || c == 0x64 || c == 0x67 || c == 0x6E || c == 0x70 || c == 0x72,
                dobWords.mayMatch(in: t, at: i) || passportWords.mayMatch(in: t, at: i)
                    || passwordHeaders.mayMatch(in: t, at: i) || (c == 0x70 && t.at(i + 1) | 0x20 == 0x70)
                    || (c == 0x64 && documentNumberWords.mayMatch(in: t, at: i)) || (c == 0x6E && Self.numberKey(t, i)),
                !Byte.isAlpha(t.at(i - 1))
            else { return i + 1 }
            // A placeholder such as [DATE_OF_BIRTH] or [PASSPORT] is no label.
            if Byte.isUpper(t[i]) && Placeholder.covers(t, i) { return i + 1 }
            // (`dob` and `born` as words of their own, or `DOBs`: not the `Dob` of `Dobson-Evans`, the `born` of
            // `bornes`.)
            if let n = Self.dobWords.matchLength(in: t, at: i),
                !(n == 3 || t.matches("born", at: i)) || KeywordSet.endsWord(t, i + n)
            {
                let ke = i + n
                // `ich bin am 02.11.1987 geboren`: German puts the participle after the date.
                if t.matches("geboren", at: i), let before = Self.dateBefore(t, i) ?? Self.dateBeforeBirthplace(t, i) {
                    out.append(Candidate(.dateOfBirth, before.0, before.1, score: 0.85, priority: 50))
                }
                valuesAfter(t, ke, .dateOfBirth, into: &out)
                birthdayList(t, i, into: &out)
                csvColumn(t, i, .dateOfBirth, table: &table, into: &out)
                return ke
            }
            // (`Travel document: 472677239`: the keyword's first word is no trigger, its second is.)
            let travel = c == 0x64 && t.matches("document", at: i) && t.matches("travel ", at: i - 7) ? 8 : nil
            if let n = Self.passportWords.matchLength(in: t, at: i) ?? travel {
                let ke = i + n
                valuesAfter(t, ke, .passport, into: &out)
                csvColumn(t, i, .passport, table: &table, into: &out)
                return ke
            }
            // `Document number: 291465548` below `List A document: U.S. Passport`, `doc_number=700913270` after
            // `doc_type=P`: a document's number where the lines just before name a passport.
            // (Or a document object's bare `number` key: `"type": "passport",` … `"number": "J90652863"`.)
            if let n = c == 0x64 ? Self.documentNumberWords.matchLength(in: t, at: i) : Self.numberKey(t, i) ? 6 : nil,
                !Byte.isAlpha(t.at(i + n)), c == 0x64 ? Self.passportNamedBefore(t, i) : Self.passportTypeAbove(t, i)
            {
                valuesAfter(t, i + n, .passport, into: &out)
                return i + n
            }
            // `Pass C5YG2PCC0`: German's short word for a passport, before a token of capitals and digits mixed.
            if c == 0x70, let e = shortPassportWord(t, i, into: &out) ?? passportAbbreviation(t, i, into: &out) {
                return e
            }
            // A table's password column (`User name,Password,Access key ID`): a header word of its own, not
            // `password_hash` or `Password policy`, nor a possessive's thing in a quoted text (`"Can't reset my
            // password", "body": …`).
            if let n = Self.passwordHeaders.matchLength(in: t, at: i), Self.endsHeaderCell(t, i + n),
                !PersonDetector.determinerBefore(t, i)
            {
                csvColumn(t, i, .password, table: &table, into: &out)
                return i + n
            }
            return i + 1
        }
    }

    /// `"patientDateOfBirth": "1984-03-02"`, `memberBirthDate=…`, `numeroPasseport:`: a keyword opening a hump of the
    /// camelCase key before the `:` or `=` at `sep` (word starts inside such a key are no triggers).
    private func camelCaseKey(_ t: ScanText, _ sep: Int, into out: inout [Candidate]) {
        var k = sep - 1
        if t.at(k) == 0x22 || t.at(k) == 0x27 { k -= 1 }
        while k > 0 && sep - k < 40 && Byte.isAlpha(t[k]) {
            if Byte.isUpper(t[k]) && Byte.isLower(t[k - 1]) {
                if Self.dobWords.matchLength(in: t, at: k) != nil {
                    valuesAfter(t, sep + 1, .dateOfBirth, into: &out)
                    return
                }
                if Self.passportWords.matchLength(in: t, at: k) != nil {
                    valuesAfter(t, sep + 1, .passport, into: &out)
                    return
                }
            }
            k -= 1
        }
    }

    /// `(b. 12/07/1962)`, `Jane Doe, b. 3 Apr 1985`, `Jessica Lawrence - b. 25/01/69`: the end of the date right after
    /// `b. `, which marks a birth date only in a parenthesis or after a field's separator (a list item `b. Due
    /// 12/07/2025` has no date right after it).
    private static func bornAbbreviation(_ t: ScanText, _ i: Int) -> Int? {
        guard t.matchesExactly("b. ", at: i),
            t.at(i - 1) == 0x28
                || (t.at(i - 1) == 0x20
                    && (t.at(i - 2) == 0x2C || t.at(i - 2) == 0x7C || PersonDetector.spacedDashBefore(t, i) != nil))
        else { return nil }
        return DateParser.date(t, at: i + 3)
    }

    /// The first date (or passport-shaped token) within 48 bytes after the keyword on the same line, and those joined
    /// to it by `and`, `or`, `,`, `/`, `bzw.`, `und`, `et`, … (`Geburtsdaten: 11.09.1987 bzw. 02.12.1979`).
    private func valuesAfter(_ t: ScanText, _ ke: Int, _ type: EntityType, into out: inout [Candidate]) {
        guard var value = valueAfter(t, ke, type) ?? answer(t, ke, type) ?? valueBelowOrAbove(t, ke, type) else {
            return
        }
        out.append(value)
        for _ in 0..<4 {
            guard let next = Self.joined(t, after: value.end) else { return }
            guard let e = valueEnd(t, next, type) else { return }
            value = Candidate(value.type, next, e, score: value.score, priority: value.priority)
            out.append(value)
        }
    }

    /// A date ending one space before `i` (`am 02.11.1987 geboren`, `am 24. April 1947 geboren`): its extent.
    private static func dateBefore(_ t: ScanText, _ i: Int) -> (Int, Int)? {
        guard t.at(i - 1) == 0x20 else { return nil }
        // One to three words back (`02.11.1987`, `24. April 1947`), within 24 bytes.
        var s = i - 2
        for _ in 0..<3 {
            while s > 0 && i - s <= 24 && t[s - 1] != 0x20 && t[s - 1] != 0x0A { s -= 1 }
            if let e = DateParser.date(t, at: s), e == i - 1 { return (s, e) }
            guard s > 1, t[s - 1] == 0x20, i - s <= 24 else { return nil }
            s -= 1
        }
        return nil
    }

    /// `bin am 07.06.1949 in Sangerhausen geboren`: the date before ` in ` and a place's name before `geboren` at `i`.
    private static func dateBeforeBirthplace(_ t: ScanText, _ i: Int) -> (Int, Int)? {
        var k = i - 2
        while k > 3 && i - k < 48 {
            let c = t[k]
            guard Byte.isAlpha(c) || c >= 0x80 || c == 0x20 || c == 0x2D || c == 0x2E else { return nil }
            if c == 0x20 && t.matches(" in ", at: k - 3) && (Byte.isUpper(t.at(k + 1)) || t.at(k + 1) >= 0xC3) {
                return dateBefore(t, k - 2)
            }
            k -= 1
        }
        return nil
    }

    private static let conjunctions = KeywordSet([
        "and ", "or ", "& ", "bzw. ", "und ", "oder ", "sowie ", "et ", "ou ", "resp. ", "respectively ",
    ])

    /// Where a value joined to the one ending at `e` starts: after `, `, ` / `, `; ` or a spaced conjunction.
    private static func joined(_ t: ScanText, after e: Int) -> Int? {
        var k = e
        if t.at(k) == 0x2C || t.at(k) == 0x3B { k += 1 }
        guard t.at(k) == 0x20 else { return nil }
        k += 1
        if t.at(k) == 0x2F && t.at(k + 1) == 0x20 {
            k += 2
        } else if let n = conjunctions.matchLength(in: t, at: k) {
            k += n
        } else if t.at(e) != 0x2C && t.at(e) != 0x3B {
            return nil
        }
        return k
    }

    /// `And your date of birth?\nCustomer: 07/04/1976`: when the keyword's line asks a question, the value in the
    /// reply on the next line; for a passport's number also after a line ending in a full stop (`I also need the
    /// passport number.`), in a reply that a speaker opens (`Customer: It's K38164513`) — not for dates, which follow a
    /// statement as often (`Date of birth noted.\nCustomer: 07/04/1976 was my wedding`).
    private func answer(_ t: ScanText, _ ke: Int, _ type: EntityType) -> Candidate? {
        let le = t.lineEnd(ke, notAfter: ke + 48)
        var q = le
        while q > ke && t[q - 1] == 0x20 { q -= 1 }
        guard q > ke, t[q - 1] == 0x3F || (type == .passport && t[q - 1] == 0x2E && Self.speakerOpens(t, le + 1)),
            le < t.count,
            t[le] == 0x0A
        else { return nil }
        return valueAfter(t, le + 1, type)
    }

    /// Whether the line at `ls` opens with a speaker: a capitalised word and a colon (`Customer:`, `Appelant :`).
    private static func speakerOpens(_ t: ScanText, _ ls: Int) -> Bool {
        guard Byte.isUpper(t.at(ls)) else { return false }
        var k = ls + 1
        while Byte.isAlpha(t.at(k)) || t.at(k) >= 0x80 { k += 1 }
        if t.at(k) == 0x20 { k += 1 }
        return t.at(k) == 0x3A && t.at(k + 1) == 0x20
    }

    /// Headings of lists of people's birthdays (`Geburtstage Team Vertrieb`, `Team birthdays:`).
    private static let birthdayHeadings = NameLexicon.hashes(
        "birthdays geburtstage geburtstagsliste"
    )

    /// A list under a heading of birthdays (the word at `kw`): the first date on each of its lines (up to a blank
    /// line, 30 lines at most) is a birth date (`• Wohlgemut, Rudolph – Mar 05, 1970`).
    private func birthdayList(_ t: ScanText, _ kw: Int, into out: inout [Candidate]) {
        var we = kw
        while Byte.isAlpha(t.at(we)) { we += 1 }
        guard Self.birthdayHeadings.contains(t.hashLowercased(kw, we)) else { return }
        var ls = t.lineEnd(kw, notAfter: kw + 128) + 1
        var lines = 0
        while ls < t.count && lines < 30 {
            let le = t.lineEnd(ls, notAfter: ls + 160)
            guard le > ls, (ls..<le).contains(where: { !Byte.isSpace(t[$0]) }) else { return }
            var k = ls
            while k < le {
                if !Byte.isAlnum(t.at(k - 1)), let e = DateParser.date(t, at: k), e <= le {
                    out.append(Candidate(.dateOfBirth, k, e, score: 0.75, priority: 50))
                    break
                }
                k += 1
            }
            lines += 1
            ls = le + 1
        }
    }

    /// Forms that put a label on a line of its own: the value alone on the next line (`Date of birth\n12.03.1980`,
    /// `DATE DE NAISSANCE\n\n6 octobre 1974`, after one blank line at most), or — when the label is a note in
    /// parentheses under its field — on the line above (`April 30, 2001\n(Date of birth)`).
    private func valueBelowOrAbove(_ t: ScanText, _ ke: Int, _ type: EntityType) -> Candidate? {
        var k = ke
        // The rest of the label: a note in parentheses (`(DD/MM/YYYY)`), a colon.
        while Byte.isAlpha(t.at(k)) || t.at(k) == 0x20 || t.at(k) == 0x3A || t.at(k) == 0x0D || t.at(k) == 0x2E {
            if k - ke > 40 { return nil }
            k += 1
        }
        if t.at(k) == 0x28 {
            while k < t.count && t[k] != 0x29 && t[k] != 0x0A && k - ke < 40 { k += 1 }
            k += 1
        }
        while t.at(k) == 0x20 || t.at(k) == 0x3A || t.at(k) == 0x29 || t.at(k) == 0x0D { k += 1 }
        guard t.at(k) == 0x0A || k >= t.count else { return nil }
        let ls = t.lineStart(ke, notBefore: ke - 48)
        guard ls == 0 || t[ls - 1] == 0x0A, !(ls..<ke).contains(where: { Byte.isDigit(t[$0]) }) else { return nil }
        var vs: Int
        if t.at(ls) == 0x28 {
            // The field's value is the line above its note.
            guard ls >= 2 else { return nil }
            vs = t.lineStart(ls - 2, notBefore: ls - 64)
        } else {
            vs = k + 1
            if t.at(vs) == 0x0A {
                vs += 1
            } else if t.at(vs) == 0x0D && t.at(vs + 1) == 0x0A {
                vs += 2
            }
        }
        while t.at(vs) == 0x20 { vs += 1 }
        guard let e = valueEnd(t, vs, type), PersonDetector.endsLine(t, e) else { return nil }
        return Candidate(type, vs, e, score: 0.8, priority: 50)
    }

    /// The first date (or passport-shaped token) within 48 bytes after the keyword on the same line, or after a note
    /// in parentheses that ends the label (`Reisepassnummer (nur für den Tagesausflug nach Salzburg): …`).
    private func valueAfter(_ t: ScanText, _ ke: Int, _ type: EntityType) -> Candidate? {
        var k = ke
        var w = ke
        while Byte.isAlpha(t.at(w)) || t.at(w) >= 0x80 { w += 1 }
        if t.at(w) == 0x20 && t.at(w + 1) == 0x28 {
            var close = w + 2
            while close < t.count && t[close] != 0x29 && t[close] != 0x0A && close - w < 72 { close += 1 }
            // (A shorter note leaves the value within the 48 bytes read after the keyword anyway.)
            let colon = t.at(close + 1) == 0x3A || (t.at(close + 1) == 0x20 && t.at(close + 2) == 0x3A)
            if t.at(close) == 0x29 && close - w > 40 && colon { k = close + 1 }
        }
        let limit = t.lineEnd(k, notAfter: k + 48)
        while k < limit {
            // A label does not reach across a placeholder: masking changes the distance to what follows it.
            if (t[k] == 0x5B || t[k] == 0x3C) && Placeholder.starts(at: k, in: t) { return nil }
            if !Byte.isAlnum(t.at(k - 1)), let e = valueEnd(t, k, type) {
                return Candidate(type, k, e, score: 0.85, priority: 50)
            }
            k += 1
        }
        return nil
    }

    /// The end of a value of `type` starting at `c`: a date, a passport-shaped token, or a password in a table's cell
    /// (the whole cell: six characters or more without spaces, no placeholder).
    private func valueEnd(_ t: ScanText, _ c: Int, _ type: EntityType) -> Int? {
        switch type {
        case .passport: return passportToken(t, c)
        case .password:
            var e = c
            while e < t.count && !Byte.isSpace(t[e]) && t[e] != 0x2C && t[e] != 0x3B && t[e] != 0x7C && t[e] != 0x22
                && t[e] != 0x09
            {
                e += 1
            }
            return e - c >= 6 && !CredentialValue.isPlaceholder(t, c, e) ? e : nil
        default: return DateParser.date(t, at: c)
        }
    }

    /// The last table whose rows were read: its header line's start and the end of its last row. A keyword inside
    /// those rows is a value, not a header (and reading the rows again for each would cost the square of their
    /// number).
    private struct Table {
        var header = -1
        var end = -1
    }

    /// Where the cell `index` (counted from 0) of the gap-separated line `ls..<le` starts.
    static func gapCellStart(_ t: ScanText, _ ls: Int, _ le: Int, _ index: Int) -> Int? {
        var k = ls
        var n = 0
        while k < le && n < index {
            if k > ls && CSVColumn.separates(t, k, 0x20) { n += 1 }
            k += 1
        }
        while k < le && t[k] == 0x20 { k += 1 }
        return n == index && k < le ? k : nil
    }

    /// A report whose columns are aligned with spaces (`NAME      SSN          DOB`): the value starting under the
    /// keyword, give or take two columns, on each row up to a blank line — or, in a row not aligned with the header
    /// but with as many cells set apart by gaps (`9:00   Vickie Brewer   28/06/59`), the cell of the keyword's column.
    private func fixedWidthColumn(
        _ t: ScanText,
        _ kw: Int,
        _ hs: Int,
        _ he: Int,
        _ type: EntityType,
        table: inout Table,
        into out: inout [Candidate]
    ) {
        // Columns are separated by runs of two or more spaces, at least twice on the header line.
        var gaps = 0
        var k = hs
        while k + 1 < he {
            if t[k] == 0x20 && t[k + 1] == 0x20 && t.at(k - 1) != 0x20 { gaps += 1 }
            k += 1
        }
        // (A line of labelled fields, `Student: Jones    DOB: 02 June 1962    SSN: …`, heads no column.)
        guard gaps >= 2, kw > hs, t[kw - 1] == 0x20,
            !(hs..<he).contains(where: { t[$0] == 0x3A && t.at($0 + 1) == 0x20 })
        else { return }
        let column = kw - hs
        let cell = CSVColumn.cells(t, hs, kw, 0x20)
        let cells = CSVColumn.cells(t, hs, he, 0x20)
        var ls = he + 1
        var rows = 0
        while ls < t.count && rows < 500 {
            let le = t.lineEnd(ls, notAfter: ls + 1024)
            guard le > ls else { break }
            var found = false
            // (A row too short to reach the column may still hold it by its gaps.)
            let lo = max(ls, ls + column - 2)
            let hi = le - ls > column ? min(le - 1, ls + column + 2) + 1 : lo
            for c in lo..<max(lo, hi) where t.at(c - 1) == 0x20 {
                if let e = valueEnd(t, c, type) {
                    out.append(Candidate(type, c, e, score: 0.8, priority: 50))
                    found = true
                    break
                }
            }
            if !found && CSVColumn.cells(t, ls, le, 0x20) == cells, let c = Self.gapCellStart(t, ls, le, cell),
                let e = valueEnd(t, c, type)
            {
                out.append(Candidate(type, c, e, score: 0.8, priority: 50))
            }
            rows += 1
            ls = le + 1
        }
        table = Table(header: hs, end: ls)
    }

    /// When the keyword names a CSV header cell, every row's cell in that column.
    private func csvColumn(
        _ t: ScanText,
        _ kw: Int,
        _ type: EntityType,
        table: inout Table,
        into out: inout [Candidate]
    ) {
        // A header line is short; a keyword inside a longer line heads no column (and reading the whole line for
        // each keyword would cost the square of its length).
        let hs = t.lineStart(kw, notBefore: kw - 1024)
        let he = t.lineEnd(kw, notAfter: kw + 1024)
        guard hs == 0 || t[hs - 1] == 0x0A, he == t.count || t[he] == 0x0A else { return }
        guard hs == table.header || kw >= table.end else { return }
        // (A line of JSON objects, `{"name": "…", "subject": "…"}`, is a record with its keys, not a table's header.)
        if t.contains(anyOf: ["\": "], in: hs, he) { return }
        // `INSERT INTO patients (mrn, name, dob) VALUES (…), (…)`: the values in the keyword's column.
        let inserted = SQLInsert.forEachValue(t, inColumnAt: kw) { cell in
            if let e = valueEnd(t, cell, type) { out.append(Candidate(type, cell, e, score: 0.8, priority: 50)) }
        }
        if inserted { return }
        if CSVColumn.endsSentence(t, hs, he) { return }
        guard let delimiter = CSVColumn.delimiter(t, hs, he) ?? CSVColumn.twoColumnDelimiter(t, hs, he),
            delimiter != 0x20
        else {
            fixedWidthColumn(t, kw, hs, he, type, table: &table, into: &out)
            return
        }
        var col = 0
        for k in hs..<kw where t[k] == delimiter { col += 1 }
        // (Commas with a space after them inside a row's cells, where the header has none and the row more cells than
        // it: an unquoted `Tuesday, October 31, 1989` before the column.)
        let headerCells =
            delimiter == 0x2C && !(hs..<he).contains { t[$0] == 0x2C && t.at($0 + 1) == 0x20 }
            ? CSVColumn.cells(t, hs, he, 0x2C) : nil
        var ls = he + 1
        while ls < t.count {
            let le = t.lineEnd(ls)
            // Rule lines of a drawn table (`+------+-----+`) stand between header and rows.
            if CSVColumn.isRule(t, ls, le) {
                ls = le + 1
                continue
            }
            var c = 0
            var cell = ls
            var quoted = false
            var k = ls
            let spacedInCell = headerCells.map { CSVColumn.spacedCommasInCells(t, ls, le, header: $0) } ?? false
            while k < le && c < col {
                if t[k] == 0x22 {
                    quoted.toggle()
                } else if t[k] == delimiter && !quoted && !(spacedInCell && t.at(k + 1) == 0x20) {
                    c += 1
                    cell = k + 1
                }
                k += 1
            }
            guard c == col, le > ls else { break }
            while t.at(cell) == 0x20 { cell += 1 }  // `| 1980-01-02 |`
            if t.at(cell) == 0x22 { cell += 1 }
            if let e = valueEnd(t, cell, type) { out.append(Candidate(type, cell, e, score: 0.8, priority: 50)) }
            ls = le + 1
        }
        table = Table(header: hs, end: ls)
    }
}
