/// Names written family name first, before a comma: `Cox, Cheryl`, `Le Goff, Auguste`, `Nguyen, Thi Lan`.
extension PersonDetector {
    /// `Fechner, Nadeschda;` in a cell: a family and a given name no lexicon needs to know, both written as names
    /// (no stopword, no common word, no German noun: `Schulung, Hygiene`), the given name ending the cell; the end of
    /// the given name, or nil. For a cell its column already says holds names, in a table that counts no goods
    /// (`Name;Menge;Einheit` … `Dübel, Nylon`).
    static func unknownLastFirstInCell(_ t: ScanText, _ tok: NameTokens, csv: inout CSVColumn.Cache) -> Int? {
        guard tok.count == 1 && t.at(tok.end) == 0x2C && t.at(tok.end + 1) == 0x20,
            let g = NameTokens.word(t, tok.end + 2),
            [0x22, 0x3B, 0x09, 0x0A, 0x0D, 0].contains(t.at(g)) || (t.at(g) == 0x20 && t.at(g + 1) == 0x7C),
            writtenAsUnknownName(t, tok.start, tok.end), writtenAsUnknownName(t, tok.end + 2, g),
            !germanNounEnding(t, tok.start, tok.end), !germanNounEnding(t, tok.end + 2, g),
            !Self.compoundEndings.contains(where: { tok.end - tok.start > 6 && t.matchesExactly($0, at: tok.end - 4) }),
            !(g - tok.end > 8 && t.matchesExactly("lich", at: g - 4)),
            let h = CSVColumn.header(t, at: tok.start, cache: &csv)
        else { return nil }
        let hs = t.lineStart(h.0)
        return goodsColumnWords.occurs(in: t, hs, t.lineEnd(h.1, notAfter: h.1 + 400)) ? nil : g
    }

    /// Last parts of German compounds for things and places (`Rechnungslauf`, `Arbeitsplatz`, `Senkkopf`).
    private static let compoundEndings: [StaticString] = ["lauf", "latz", "kopf", "raum", "zeit", "plan"]

    /// Headers of a table of goods, whose `Name` column names things.
    static let goodsColumnWords = KeywordSet([
        "menge", "anzahl", "einheit", "stk", "stück", "qty", "quantity", "price", "preis", "prix", "quantité", "sku",
    ])

    /// `Cox, Cheryl`: extends a one-word name over a following given name.
    func lastFirst(_ t: ScanText, _ tok: NameTokens) -> Int? {
        guard let e = lastFirstName(t, tok) else { return nil }
        // A middle initial after the given name (`WASHINGTON, DENISE A`, `"Okonkwo, Chidera A."`).
        if t.at(e) == 0x20 && Byte.isUpper(t.at(e + 1)) {
            let k = t.at(e + 2) == 0x2E ? e + 3 : e + 2
            let next = t.at(k)
            if next == 0x22 || next == 0x2C || next == 0x0A || next == 0 || (next == 0x20 && t.at(k + 1) == 0x20) {
                return k
            }
        }
        return e
    }

    private func lastFirstName(_ t: ScanText, _ tok: NameTokens) -> Int? {
        // One surname, or a particle and a surname (`Le Goff, Auguste`, `Van Dyke, Anna`).
        let surname =
            tok.count == 1
            || (tok.count == 2 && NameLexicon.particles.contains(t.hashLowercased(tok.starts[0], tok.ends[0])))
        guard surname, t.at(tok.end) == 0x2C, t.at(tok.end + 1) == 0x20,
            let e = NameTokens.word(t, tok.end + 2), !NameLexicon.isStopword(t, tok.end + 2, e)
        else { return nil }
        // The family name opens its item: not the second word of a name (`Calvin Klein, Jack Daniel's`, `Goldman
        // Sachs, Charles Schwab`), nor after `&` (`Procter & Gamble, John Lewis`).
        if t.at(tok.start - 1) == 0x20 {
            if t.at(tok.start - 2) == 0x26 || Self.afterNickname(t, tok.start - 2) { return nil }
            var ws = tok.start - 1
            while ws > 0 && (Byte.isAlpha(t[ws - 1]) || t[ws - 1] >= 0x80) && tok.start - ws < 24 { ws -= 1 }
            let we = tok.start - 1
            if ws < we && (Byte.isUpper(t[ws]) || t[ws] >= 0xC3)
                && (NameLexicon.isFirstName(t, ws, we) || NameLexicon.isSurname(t, ws, we))
            {
                return nil
            }
            // (Nor in a list of given and family names, after a word written as a name that no lexicon knows:
            // `Philippe Berger, Arnaude Bertin, Pénélope Grondin` lists three people, not `Bertin, Pénélope`.)
            if ws < we && t.at(ws - 1) == 0x20 && t.at(ws - 2) == 0x2C && Byte.isUpper(t[ws])
                && Self.writtenAsUnknownName(t, ws, we)
            {
                return nil
            }
        }
        // `Springfield, IL`: a two-capital word after the comma is a state or country code, not a given name.
        if e - (tok.end + 2) == 2 && Byte.isUpper(t[tok.end + 2]) && Byte.isUpper(t[tok.end + 3]) { return nil }
        let after = t.at(e)
        // (A tab or `;`: the next cell of a tab- or semicolon-separated row; `|` a table's; `*` a footnote's mark; `)`
        // closes a note: `for chart 10442 (Gonzalez, Crystal)`.)
        guard
            after == 0x0A || after == 0x20 || after == 0x2C || after == 0 || after == 0x22 || after == 0x3C
                || after == 0x09 || after == 0x3B || after == 0x7C || after == 0x2A || after == 0x29
        else {
            return nil
        }
        // (A common word before a number opens the next item: `Floor 1 Smith, Floor 2 Thomas`.)
        if after == 0x20 && Byte.isDigit(t.at(e + 1))
            && (NameLexicon.isCommonWord(t, tok.end + 2, e) || Self.isWordName(t, tok.end + 2, e))
        {
            return nil
        }
        // `Milo, Luna or Oliver`: a list of names goes on after the second, `Last, First` ends there.
        if after == 0x20, let next = Self.afterListConjunction(t, e + 1), Byte.isUpper(t.at(next)) { return nil }
        let last = tok.count - 1
        // (With only the family name known, the word after the comma must not be a German noun: `Kunde: Jacob,
        // Kundennummer K-3381`.)
        guard
            NameLexicon.isFirstName(t, tok.end + 2, e)
                || (NameLexicon.isSurname(t, tok.starts[last], tok.ends[last])
                    && !Self.germanNounEnding(t, tok.end + 2, e, alone: true))
        else {
            return nil
        }
        // `Nguyen, Thi Lan`: a second given name is part of it when it ends the line, or when it is a known given
        // name ending a clause (`García, José Luis, the new hire`).
        if after == 0x20, let e2 = NameTokens.word(t, e + 1), !NameLexicon.isStopword(t, e + 1, e2) {
            let end = t.at(e2)
            // `Our Cemetery Sexton, Jacob Brown, would`: a given and a family name in apposition after a post, not
            // the post's word as the family name.
            if end == 0x2C && NameLexicon.isSurname(t, e + 1, e2) && !NameLexicon.isFirstName(t, e + 1, e2)
                && Byte.isLower(t.at(e + 2))
            {
                return nil
            }
            if [0x0A, 0x0D, 0x22, 0].contains(end)
                || ([0x2C, 0x3B, 0x2E, 0x29].contains(end) && NameLexicon.isFirstName(t, e + 1, e2))
            {
                return e2
            }
            // `Eric, Aleksandr Blümel (QA)`: a given name alone, then a given and a family name — a list, not `Eric,
            // Aleksandr`.
            if NameLexicon.isFirstName(t, tok.start, tok.end) && !NameLexicon.isSurname(t, tok.start, tok.end)
                && Byte.isUpper(t.at(e + 1)) && !NameLexicon.isFirstName(t, e + 1, e2)
            {
                return nil
            }
            // `Benjamin, Angela Mann, Veronica`: given names listed, one with her family name — not `Benjamin, Angela`.
            if end == 0x2C && t.at(e2 + 1) == 0x20 && Byte.isUpper(t.at(e2 + 2))
                && !NameLexicon.isFirstName(t, e + 1, e2)
                && NameLexicon.isFirstName(t, tok.start, tok.end)
            {
                return nil
            }
        }
        return e
    }
}

extension PersonDetector {
    /// Whether the `)` at `p` closes a nickname or a spouse's given name between a given and a family name: a known
    /// given name in parentheses after a known given name (`Ian (Michelle) Gonzalez, Linda Hill`).
    static func afterNickname(_ t: ScanText, _ p: Int) -> Bool {
        guard t.at(p) == 0x29 else { return false }
        var k = p - 1
        while k > 0 && (Byte.isAlpha(t[k]) || t[k] >= 0x80) && p - k < 24 { k -= 1 }
        guard t.at(k) == 0x28, k + 1 < p, NameLexicon.isFirstName(t, k + 1, p), writtenAsName(t, k + 1, p),
            let ws = t.wordBefore(k, maxLength: 24)
        else { return false }
        return NameLexicon.isFirstName(t, ws.start, ws.end) && writtenAsName(t, ws.start, ws.end)
    }

    /// The family name after a nickname (`afterNickname`) at `i`: a known family name (`Ian (Michelle) Gonzalez`; not
    /// `Invite Anna (Max) Excel sheet`), or nil.
    static func familyAfterNickname(_ t: ScanText, _ i: Int) -> Int? {
        guard t.at(i - 1) == 0x20, afterNickname(t, i - 2), let e = NameTokens.word(t, i),
            familyNameAlone(t, i, e)
        else { return nil }
        return e
    }

    /// `Occupants : Lefèvre Sophie (locataire), Martin Paul (garant)`: a family name and a known given name (written
    /// as one, no word) opening an item after a label's colon or a list's comma, before a role in parentheses (`LEFÈVRE
    /// Sophie (Locataire)` too); the family name is no word, no given name, no title and does not open a place's name
    /// (`Location: Lake Darren (hybrid)`), nor an abbreviation (`AR Gabriel (need a second one)`). The name ends at
    /// the given name.
    static func familyNameFirstBeforeRole(_ t: ScanText, _ i: Int, _ e: Int) -> Int? {
        guard t.at(i - 1) == 0x20, t.at(i - 2) == 0x3A || t.at(i - 2) == 0x2C, t.at(e) == 0x20,
            let ge = NameTokens.word(t, e + 1), t.at(ge) == 0x20, t.at(ge + 1) == 0x28, Byte.isAlpha(t.at(ge + 2))
        else { return nil }
        let given = t.hashLowercased(e + 1, ge)
        guard NameLexicon.firstNames.contains(given), !NameLexicon.givenNamesThatAreWords.contains(given),
            writtenAsName(t, e + 1, ge)
        else { return nil }
        let family = t.hashLowercased(i, e)
        guard !NameLexicon.commonWords.contains(family), !NameLexicon.firstNames.contains(family),
            !NameLexicon.stopwords.contains(family), !placeOpeners.contains(family),
            e - i >= (inCapitals(t, i, e) ? 4 : 3),
            PersonLabels.titleLength(t, i) == nil
        else { return nil }
        return ge
    }
}
