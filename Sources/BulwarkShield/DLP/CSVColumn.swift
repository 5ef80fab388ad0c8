/// Finds the header cell for a position inside a table of delimited rows — comma-, semicolon- or tab-separated, a
/// Markdown/ASCII table with `|` between cells, or cells set apart by runs of two spaces or more (a table pasted from a
/// terminal or a report: `9:00   Vickie Brewer   28/06/59`) — so a column named `ssn` or `date_of_birth` can serve as
/// context for the values below it.
enum CSVColumn {
    /// What was learnt about the last line asked about (its extent, its delimiter, the header line above it, and the
    /// cells counted so far), so that the many values of one row, or of one very long line, do not each read the
    /// whole line and walk up the whole table: asking about every value of a line costs one pass over it.
    struct Cache {
        var line = -1
        var lineEnd = -1
        var delimiter: UInt8?
        var headerStart = -1
        /// Cells (delimiters outside quotes) counted from the line start up to `countedTo`, and the quote state there.
        var countedTo = -1
        var cells = 0
        var quoted = false
        /// Whether the header's commas have spaces after them (then a row's `, ` always separates cells).
        var spacedCommaSeparates = true
        /// Whether this row's commas followed by a space are the cells' own text: the header's commas have no space
        /// after them, and counting them all would give the row more cells than the header, skipping them as many (an
        /// unquoted `February 15, 2006` or `Smith, Ann`; not rows typed `1, Kowalczyk, Paris`; see
        /// `spacedCommasInCells`).
        var spacedCommaInCell = false
    }

    /// Byte range of the header cell above `pos`, or nil when `pos` is not inside a CSV-looking block (or an SQL
    /// `INSERT`'s tuples), remembering what it learns about the line of `pos` in `cache` (one cache per text and
    /// detector, asked about positions in ascending order).
    static func header(_ t: ScanText, at pos: Int, cache: inout Cache) -> (Int, Int)? {
        if !(pos >= cache.line && pos <= cache.lineEnd && cache.line >= 0) {
            let ls = t.lineStart(pos)
            let le = t.lineEnd(pos)
            let previous = cache
            cache = Cache(line: ls, lineEnd: le, delimiter: delimiter(t, ls, le))
            // The next row of the table asked about last has the same header: it is not looked for again (asking
            // about every row would otherwise walk up the whole table each time).
            if previous.line >= 0 && previous.lineEnd + 1 == ls && previous.delimiter == cache.delimiter
                && previous.headerStart >= 0 && previous.headerStart < previous.line
            {
                cache.headerStart = previous.headerStart
                cache.spacedCommaSeparates = previous.spacedCommaSeparates
            }
        }
        guard let delimiter = cache.delimiter else { return nil }
        let ls = cache.line
        if delimiter == 0x2C, let column = SQLInsert.column(t, at: pos) { return column }
        // Walk up while the lines keep looking like rows; the first such line is the header.
        if cache.headerStart < 0 {
            var headerStart = ls
            var probe = ls
            var steps = 0
            while probe > 0 && steps < 200 {
                let prevStart = t.lineStart(probe - 1)
                // A rule line between header and rows (`+----+----+`) is passed over.
                if isRule(t, prevStart, probe - 1) {
                    probe = prevStart
                    steps += 1
                    continue
                }
                if cells(t, prevStart, probe - 1, delimiter) < 2 { break }
                headerStart = prevStart
                probe = prevStart
                steps += 1
            }
            cache.headerStart = headerStart
            if delimiter == 0x2C && headerStart < ls {
                let he = t.lineEnd(headerStart, notAfter: headerStart + 4096)
                cache.spacedCommaSeparates = (headerStart..<he).contains { t[$0] == 0x2C && t.at($0 + 1) == 0x20 }
            }
        }
        let headerStart = cache.headerStart
        guard headerStart < ls else { return nil }
        // The header must hold no digits-only cells; otherwise it is just another row. A line of more than a few
        // kilobytes is no header (and reading it for every value would cost the square of its length).
        let he = t.lineEnd(headerStart, notAfter: headerStart + 4096)
        guard he < t.count && t[he] == 0x0A else { return nil }
        // The cell's column: delimiters outside quotes before `pos`, counted on from where the last ask stopped.
        if cache.countedTo < ls || cache.countedTo > pos {
            cache.countedTo = ls
            cache.cells = 0
            cache.quoted = false
            cache.spacedCommaInCell =
                delimiter == 0x2C && !cache.spacedCommaSeparates
                && spacedCommasInCells(t, ls, cache.lineEnd, header: cells(t, headerStart, he, delimiter))
        }
        for k in cache.countedTo..<pos {
            if t[k] == 0x22 {
                cache.quoted.toggle()
            } else if !cache.quoted && separates(t, k, delimiter)
                && (!cache.spacedCommaInCell || t.at(k + 1) != 0x20)
            {
                cache.cells += 1
            }
        }
        cache.countedTo = pos
        let column = cache.cells
        // (A line of labelled fields or of sentences set apart by gaps heads no column: `Student: Jones    DOB: 02 June
        // 1962`, `Hi all.  Please contact the desk.  Thanks.`)
        if delimiter == 0x20
            && (headerStart..<he).contains(where: { (t[$0] == 0x3A || t[$0] == 0x2E) && t.at($0 + 1) == 0x20 })
        {
            return nil
        }
        var col = 0
        var cellStart = headerStart
        var k = headerStart
        while k <= he {
            if k == he || separates(t, k, delimiter) {
                if col == column { return (cellStart, k) }
                col += 1
                cellStart = k + 1
                while delimiter == 0x20 && t.at(cellStart) == 0x20 { cellStart += 1 }
            }
            k += 1
        }
        return nil
    }

    /// Whether `ls..<le` is a rule line of a drawn table (`+------+-----+`, `|---|:--|`, `====`): only `+ - = : |` and
    /// spaces, with a dash or `=` among them.
    static func isRule(_ t: ScanText, _ ls: Int, _ le: Int) -> Bool {
        guard le > ls else { return false }
        var dash = false
        for k in ls..<le {
            let c = t[k]
            guard c == 0x2B || c == 0x2D || c == 0x3D || c == 0x3A || c == 0x7C || c == 0x20 || c == 0x0D else {
                return false
            }
            if c == 0x2D || c == 0x3D { dash = true }
        }
        return dash
    }

    /// Delimiters outside double quotes in `lo..<hi`.
    static func cells(_ t: ScanText, _ lo: Int, _ hi: Int, _ delimiter: UInt8) -> Int {
        var c = 0
        var quoted = false
        for k in lo..<max(lo, hi) {
            if t[k] == 0x22 { quoted.toggle() } else if !quoted && separates(t, k, delimiter) { c += 1 }
        }
        return c
    }

    /// Whether the byte at `k` separates two cells: the delimiter, or for `0x20` (cells set apart by gaps) the first
    /// space of a run of two or more between a cell's text and the next cell's (not trailing spaces).
    @inline(__always) static func separates(_ t: ScanText, _ k: Int, _ delimiter: UInt8) -> Bool {
        guard t[k] == delimiter else { return false }
        guard delimiter == 0x20 else { return true }
        guard t.at(k + 1) == 0x20, k > 0, t[k - 1] != 0x20, t[k - 1] != 0x0A else { return false }
        var j = k + 2
        while t.at(j) == 0x20 { j += 1 }
        return j < t.count && t[j] != 0x0A && t[j] != 0x0D
    }

    /// The delimiter of a row line: a tab or `|` when the line has two or more (in that order), else a comma or a
    /// semicolon when it has two or more outside quotes — the semicolon when it outnumbers the commas (German and
    /// French exports write decimal commas: `Kambs GmbH;Klingelhöfer, Veronica;€8563,93`); a space when three gaps of
    /// two spaces or more, more than the commas, set the line's cells apart (`9:00   Vickie Brewer   28/06/59
    /// (253)…`; a line's indent and its trailing spaces are no gaps); nil for a line that is no row. One pass over the
    /// line.
    static func delimiter(_ t: ScanText, _ ls: Int, _ le: Int) -> UInt8? {
        var (tabs, pipes, commas, semicolons, gaps) = (0, 0, 0, 0, 0)
        var quoted = false
        for k in ls..<max(ls, le) {
            switch t[k] {
            case 0x22: quoted.toggle()
            case 0x09 where !quoted: tabs += 1
            case 0x7C where !quoted: pipes += 1
            case 0x2C where !quoted: commas += 1
            case 0x3B where !quoted: semicolons += 1
            case 0x20 where !quoted && k > ls && separates(t, k, 0x20): gaps += 1
            default: break
            }
        }
        if tabs >= 2 { return 0x09 }
        if pipes >= 2 { return 0x7C }
        if semicolons >= 2 && semicolons > commas { return 0x3B }
        // (Gaps that outnumber the commas set the cells apart; the commas are inside them: `Monday, December 20, 1999`.)
        if gaps >= 3 && gaps > commas { return 0x20 }
        return commas >= 2 ? 0x2C : semicolons >= 2 ? 0x3B : nil
    }

    /// The delimiter of a header of two columns (`name,dob`, `Passport;Name`): one tab, comma, semicolon or `|`
    /// between short header words (letters, spaces, `_ - . #`), with the same delimiter on the next line. A line
    /// of prose with one comma is no header: its words are too many or hold other characters.
    static func twoColumnDelimiter(_ t: ScanText, _ hs: Int, _ he: Int) -> UInt8? {
        guard he - hs <= 40, he < t.count else { return nil }
        var delimiter: UInt8?
        for k in hs..<he {
            let c = t[k]
            if isDelimiter(c) {
                guard delimiter == nil else { return nil }
                delimiter = c
            } else if !(Byte.isAlpha(c) || c == 0x20 || c == 0x5F || c == 0x2D || c == 0x2E || c == 0x23 || c >= 0x80) {
                return nil
            }
        }
        guard let d = delimiter else { return nil }
        let next = he + 1
        let nextEnd = t.lineEnd(next)
        return (next..<nextEnd).contains { t[$0] == d } ? d : nil
    }

    /// Whether the line `hs..<he` ends as a sentence cut by commas does, not a header: its last part is words and a
    /// full stop (`Set temp password, the temp password is …, user must change at first login.`). A header's last
    /// cell may end with an abbreviation (`Pass-Nr.`, `Staatsangeh.`).
    static func endsSentence(_ t: ScanText, _ hs: Int, _ he: Int) -> Bool {
        var last = he - 1
        while last > hs && (t[last] == 0x20 || t[last] == 0x0D) { last -= 1 }
        guard t.at(last) == 0x2E && Byte.isLower(t.at(last - 1)) else { return false }
        var spaces = 0
        var k = last - 1
        while k > hs && !isDelimiter(t[k]) {
            if t[k] == 0x20 && t[k - 1] != 0x20 && !isDelimiter(t[k - 1]) { spaces += 1 }
            k -= 1
        }
        return spaces >= 2
    }

    /// Whether `b` separates cells in some row format (comma, tab, `|`, or `;` as spreadsheets in German and French
    /// locales export).
    static func isDelimiter(_ b: UInt8) -> Bool { b == 0x2C || b == 0x09 || b == 0x7C || b == 0x3B }

    /// Whether the commas followed by a space in the row `ls..<le` belong to its cells' text: the row has more cells
    /// than the header (`headerCommas`, which has no spaced comma), and without them exactly as many (an unquoted
    /// `Tuesday, October 31, 1989`; not rows typed `1, Jane Roe, 1989-10-31`).
    static func spacedCommasInCells(_ t: ScanText, _ ls: Int, _ le: Int, header headerCommas: Int) -> Bool {
        var all = 0
        var bare = 0
        var quoted = false
        for k in ls..<max(ls, le) {
            if t[k] == 0x22 {
                quoted.toggle()
            } else if !quoted && t[k] == 0x2C {
                all += 1
                if t.at(k + 1) != 0x20 { bare += 1 }
            }
        }
        return all > headerCommas && bare == headerCommas
    }
}
