/// Names in a table's column of names: once two rows' cells of one column (cells split by `|`, a tab or `;`) are
/// names found whole, the other rows' cells of that column that are written as names are names too (`| Morris |
/// Tiffany |` under `| Velez | Melinda |`), whether or not a lexicon knows them.
extension PersonDetector {
    /// One cell of a table row: the byte that splits the row, how many cells it has, the cell's index and its line.
    struct TableCell {
        var delimiter: UInt8
        var cells: Int
        var column: Int
        var line: Int
    }

    /// Appends a candidate for each cell, written as a name and not found yet, of a column where two other rows'
    /// cells are person candidates (of `out[first...]`) that fill their cell.
    func namesInFoundColumns(_ t: ScanText, from first: Int, into out: inout [Candidate]) {
        // (The first 1,024 names looked at, 256 in cells and 16 columns keep the work linear in the text: a longer
        // table names each person in full anyway.)
        var found: [TableCell] = []
        var looked = 0
        for k in first..<out.count where out[k].type == .person && found.count < 256 && looked < 1024 {
            looked += 1
            if let cell = Self.tableCell(t, out[k].start, out[k].end) { found.append(cell) }
        }
        guard found.count >= 2 else { return }
        var columns: [TableCell] = []
        for (k, cell) in found.enumerated()
        where columns.count < 16 && !columns.contains(where: { Self.sameColumn($0, cell) }) {
            if found[(k + 1)...].contains(where: { Self.sameColumn($0, cell) && $0.line != cell.line }) {
                columns.append(cell)
            }
        }
        guard !columns.isEmpty else { return }
        // One pass over the lines: each column's rows (a table's first row is its header, `Nachname;Vorname;…`, `|
        // Deponent | Role |`, which names no one) and its cells written as names that nothing found covers.
        let end = out.count
        var rowAbove = [Bool](repeating: false, count: columns.count)
        var rows = [Int](repeating: 0, count: columns.count)
        var named: [(column: Int, start: Int, end: Int)] = []
        var ls = 0
        while ls < t.count {
            let le = t.lineEnd(ls)
            for (k, column) in columns.enumerated() {
                let cell = Self.cell(t, ls, le, column)
                defer { rowAbove[k] = cell != nil }
                guard rowAbove[k], let (cs, ce) = cell else { continue }
                rows[k] += 1
                if Self.writtenAsNameCell(t, cs, ce),
                    !out[first..<end].contains(where: { $0.start < ce && cs < $0.end })
                {
                    named.append((k, cs, ce))
                }
            }
            ls = le + 1
        }
        // (At least half the column's rows hold found names: a column of firms holds a firm named like a family too.)
        let names = columns.map { column in found.filter { Self.sameColumn($0, column) }.count }
        for cell in named where names[cell.column] * 2 >= rows[cell.column] {
            out.append(person(cell.start, cell.end, 0.7))
        }
    }

    /// Whether two cells stand in the same column of rows shaped alike.
    private static func sameColumn(_ a: TableCell, _ b: TableCell) -> Bool {
        a.delimiter == b.delimiter && a.cells == b.cells && a.column == b.column
    }

    /// The cell that `s..<e` fills (spaces and quotes around it aside) in a row split by `|`, a tab or `;`
    /// (`CSVColumn.delimiter`; commas and gaps split names too: `Smith, John`), or nil.
    static func tableCell(_ t: ScanText, _ s: Int, _ e: Int) -> TableCell? {
        // (A cell of a row of three or more borders a `|`, a tab or a `;` on one side at least: most names border none,
        // and the line is not read.)
        var b = s - 1
        while t.at(b) == 0x20 || t.at(b) == 0x22 { b -= 1 }
        var a = e
        while t.at(a) == 0x20 || t.at(a) == 0x22 || t.at(a) == 0x0D { a += 1 }
        let splits = { (c: UInt8) in c == 0x7C || c == 0x09 || c == 0x3B }
        guard splits(t.at(b)) || splits(t.at(a)) else { return nil }
        let ls = t.lineStart(s, notBefore: max(0, s - 2000))
        let le = t.lineEnd(s, notAfter: s + 2000)
        guard e <= le, let d = CSVColumn.delimiter(t, ls, le), d == 0x7C || d == 0x09 || d == 0x3B else { return nil }
        var cs = s
        while cs > ls && (t[cs - 1] == 0x20 || t[cs - 1] == 0x22) { cs -= 1 }
        var ce = e
        while ce < le && (t[ce] == 0x20 || t[ce] == 0x22 || t[ce] == 0x0D) { ce += 1 }
        guard cs == ls || t[cs - 1] == d, ce == le || t[ce] == d else { return nil }
        return TableCell(
            delimiter: d,
            cells: CSVColumn.cells(t, ls, le, d) + 1,
            column: CSVColumn.cells(t, ls, s, d),
            line: ls
        )
    }

    /// The bounds of the cell of `column`'s index in the line `ls..<le` when the line is a row shaped like it (the
    /// same byte splits it into as many cells), spaces and quotes trimmed, or nil.
    private static func cell(_ t: ScanText, _ ls: Int, _ le: Int, _ column: TableCell) -> (Int, Int)? {
        var cells = 1
        var cs = -1
        var ce = le
        var quoted = false
        for k in ls..<le {
            if t[k] == 0x22 { quoted.toggle() }
            guard !quoted && t[k] == column.delimiter else { continue }
            if cells == column.column { cs = k + 1 }
            if cells == column.column + 1 { ce = k }
            cells += 1
        }
        if column.column == 0 { cs = ls }
        guard cells == column.cells, cs >= 0, cs <= ce else { return nil }
        while cs < ce && (t[cs] == 0x20 || t[cs] == 0x22) { cs += 1 }
        while ce > cs && (t[ce - 1] == 0x20 || t[ce - 1] == 0x22 || t[ce - 1] == 0x0D) { ce -= 1 }
        return (cs, ce)
    }

    /// Whether `s..<e` is one to three words each written as a name (a capital, then lowercase letters; `Mc`, `O'`
    /// and hyphens allowed), perhaps `Family, Given`, not all common words, not opened by a place's word, one of them
    /// a known given or family name (German nouns are capitalised: `Urlaub`, `Haustechnik`).
    static func writtenAsNameCell(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 2, e - s <= 40 else { return false }
        var k = s
        var words = 0
        var common = 0
        var known = false
        while k < e {
            guard Byte.isUpper(t[k]) || t[k] >= 0xC3, let we = NameTokens.word(t, k), we <= e, we - k >= 2,
                writtenAsName(t, k, we), !inCapitals(t, k, we)
            else { return false }
            if words == 0 && placeOpeners.contains(t.hashLowercased(k, we)) { return false }
            if NameLexicon.isCommonWord(t, k, we) || NameLexicon.isStopword(t, k, we) { common += 1 }
            known = known || NameLexicon.isFirstName(t, k, we) || NameLexicon.isSurname(t, k, we)
            words += 1
            k = we
            if k == e { break }
            if t[k] == 0x2C && words == 1 { k += 1 }
            guard k < e, t[k] == 0x20 else { return false }
            k += 1
        }
        return words <= 3 && common < words && known
    }
}
