/// Given names alone in the cells of a table whose header says nothing about people (a rota's `| Mon | Sarah | Tom |`,
/// a ticket list's last column `| … | {email} | Olivia |`): the table itself says the cell names someone when another
/// cell of its row, or the cell above or below it, names someone too.
extension PersonDetector {
    /// Whether the known given name `s..<e` (no place; no word unless `rowAndColumn`: see `givenNameAlone`) fills a
    /// cell of a delimited row (`|`, `;`, a tab or a comma) in which another cell holds a given name alone, a full name
    /// or an e-mail address, or the cell at the same place of the row above or below holds another given name alone or
    /// a full name. With `rowAndColumn`, both must name someone: for a given name that is a word or a month too (`| Thu
    /// | Rebekah | Grant |` over `| Fri | Paul | Sarah |`), which one neighbour alone does not make a name.
    ///
    /// - Important: A product, a place or a team that happens to be a given name rarely sits beside a person's name
    ///   in its row or column; a cell alone is not enough (`| Aurora | 2.4.1 |`).
    static func fillsPeopleTableCell(
        _ t: ScanText,
        _ s: Int,
        _ e: Int,
        csv: inout CSVColumn.Cache,
        rowAndColumn: Bool = false
    ) -> Bool {
        let before = cellByte(t, before: s, comma: true)
        let after = cellByte(t, after: e, comma: true)
        let delimiter: UInt8
        if CSVColumn.isDelimiter(before) {
            guard CSVColumn.isDelimiter(after) || after == 0x0A || after == 0x0D || after == 0 else { return false }
            delimiter = before
        } else {
            guard before == 0x0A || s == 0, CSVColumn.isDelimiter(after) else { return false }
            delimiter = after
        }
        let ls = t.lineStart(s, notBefore: s - 400)
        let le = t.lineEnd(e, notAfter: e + 400)
        // A header row (a rule line under it) names the columns: `| New hire | Start | Buddy |`.
        if le < t.count && CSVColumn.isRule(t, le + 1, t.lineEnd(le + 1, notAfter: le + 401)) { return false }
        // (Not under a header of firms, places or things: `Nom | Prénom | Société` … `Durand | Sophie | Girard`.)
        if let h = CSVColumn.header(t, at: s, cache: &csv), h.1 < ls,
            otherColumnWords.occurs(in: t, h.0, h.1) || Self.namesThings(t, h.0, h.1)
                || placeOrFirmColumnWords.occurs(in: t, h.0, h.1)
        {
            return false
        }
        let column = CSVColumn.cells(t, ls, s, delimiter)
        let own = t.hashLowercased(s, e)
        var found = false
        forEachCell(t, ls, le, delimiter) { k, cs, ce in
            found =
                k != column && namesSomeone(t, cs, ce, emailToo: true)
                && !(colourNames.contains(own) && colourNames.contains(t.hashLowercased(cs, ce)))
            return found
        }
        if found && !rowAndColumn { return true }
        if !found && rowAndColumn { return false }
        found = false
        // (The first row of a table without a rule line is its header: `Day,Lead,Buddy` over `Mon,Sarah,Kevin`.)
        guard let above = aboveRow(t, ls), CSVColumn.cells(t, above.0, above.1, delimiter) > 0 else {
            return false
        }
        // The cell at the same place of the row above or below (past a rule line: `|---|---|`), naming someone else: a
        // column repeating one word is a category's (`| China |` as every row's country of origin), one of colours a
        // palette's (`Coral` above `Olive`).
        for neighbour in [above, belowRow(t, le)] {
            guard let (rs, re) = neighbour else { continue }
            forEachCell(t, rs, re, delimiter) { k, cs, ce in
                let other = t.hashLowercased(cs, ce)
                found =
                    k == column && namesSomeone(t, cs, ce, emailToo: false) && other != own
                    && !(Self.colourNames.contains(own) && Self.colourNames.contains(other))
                return k >= column
            }
            if found { return true }
        }
        return false
    }

    /// Given names that are colours too: a column of them is a palette's or a product's variants.
    static let colourNames = NameLexicon.hashes(
        "coral olive jade violet ivy hazel amber ruby scarlet scarlett sienna indigo saffron magenta rose lavender lilac "
            + "pearl ebony ginger cerise azure celeste blanche rouge"
    )

    /// Headers of columns of firms, places and things named like people (storms, ships, releases, servers, pets), whose
    /// cells name no one though a given name fills them.
    static let placeOrFirmColumnWords = KeywordSet([
        "société", "societe", "firma", "firm", "entreprise", "employer", "arbeitgeber", "organisation", "organization",
        "city", "town", "ville", "stadt", "country", "pays", "region", "street", "rue", "straße", "strasse", "site",
        "branch", "agence", "filiale", "vendor", "supplier", "lieferant", "fournisseur", "origin", "herkunft",
        "address", "adresse", "anschrift", "storm", "hurricane", "vessel", "ship", "boat", "schiff", "navire",
        "release", "version", "codename", "code name", "server", "host", "machine", "cluster", "room", "raum", "salle",
        "shade", "pet", "horse", "dog", "cat", "breed", "tier", "animal",
    ])

    /// Calls `body(index, start, end)` for each of the first 48 cells of the row `ls..<le` (its spaces and quotes
    /// trimmed) until it returns true; cells are counted as `CSVColumn.cells` counts them (no delimiter inside quotes).
    /// (A row of many short cells, `|Sarah|Grant|…`, is read so once per name at a bounded cost.)
    private static func forEachCell(
        _ t: ScanText,
        _ ls: Int,
        _ le: Int,
        _ delimiter: UInt8,
        _ body: (Int, Int, Int) -> Bool
    ) {
        var index = 0
        var start = ls
        var quoted = false
        for k in ls...le {
            if k < le && t[k] == 0x22 { quoted.toggle() }
            guard k == le || (!quoted && CSVColumn.separates(t, k, delimiter)) else { continue }
            var cs = start
            var ce = k
            while cs < ce && (t[cs] == 0x20 || t[cs] == 0x09 || t[cs] == 0x22) { cs += 1 }
            while ce > cs && (t[ce - 1] == 0x20 || t[ce - 1] == 0x09 || t[ce - 1] == 0x0D || t[ce - 1] == 0x22) {
                ce -= 1
            }
            if ce > cs && body(index, cs, ce) { return }
            index += 1
            if index == 48 { return }
            start = k + 1
        }
    }

    /// The row above the line starting at `ls`, past one rule line (`|---|`, `+----+`), or nil.
    private static func aboveRow(_ t: ScanText, _ ls: Int) -> (Int, Int)? {
        guard ls > 0 else { return nil }
        var rs = t.lineStart(ls - 1, notBefore: ls - 400)
        var re = ls - 1
        if CSVColumn.isRule(t, rs, re) {
            guard rs > 0 else { return nil }
            re = rs - 1
            rs = t.lineStart(re, notBefore: re - 400)
        }
        return re > rs ? (rs, re) : nil
    }

    /// The row below the line ending at `le`, past one rule line, or nil.
    private static func belowRow(_ t: ScanText, _ le: Int) -> (Int, Int)? {
        guard le < t.count else { return nil }
        var rs = le + 1
        var re = t.lineEnd(rs, notAfter: rs + 400)
        if CSVColumn.isRule(t, rs, re) {
            guard re < t.count else { return nil }
            rs = re + 1
            re = t.lineEnd(rs, notAfter: rs + 400)
        }
        return re > rs ? (rs, re) : nil
    }

    /// Whether the cell `cs..<ce` names someone: a known given name alone, two or three words written as a name
    /// opening with one (`Sarah Okafor`) or a word written as a name and a known given name after a comma
    /// (`Okafor, Sarah`), or (with `emailToo`) an e-mail address.
    private static func namesSomeone(_ t: ScanText, _ cs: Int, _ ce: Int, emailToo: Bool) -> Bool {
        if emailToo, let at = (cs..<ce).first(where: { t[$0] == 0x40 }), at > cs, at + 1 < ce,
            Byte.isAlnum(t[at - 1]), Byte.isAlnum(t[at + 1])
        {
            return true
        }
        // (`Ditschlerin, Sylvana`: a family name first.)
        if let w = NameTokens.word(t, cs), t.at(w) == 0x2C, t.at(w + 1) == 0x20, writtenAsName(t, cs, w),
            givenNameAlone(t, w + 2) == ce
        {
            return true
        }
        guard let g = givenNameAlone(t, cs) else { return false }
        if g == ce { return true }
        guard t.at(g) == 0x20, let tok = NameTokens.read(t, cs, max: 3), tok.end == ce else { return false }
        return (1..<tok.count).allSatisfy { writtenAsName(t, tok.starts[$0], tok.ends[$0]) }
    }
}
