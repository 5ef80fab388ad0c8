/// Label values that read as names and are none: a thing's name quoted in a record, a word under a bare `Name:`.
extension PersonDetector {
    /// A quoted value of one word that is no given name, going on in lowercase words to its end, names a thing
    /// (`"name": "Chapel lawn"`; not `"Emma at front desk"`, `"Almut auch Schlauchin"`, `"Marco della Rovere"`). The
    /// value starts at `vs`, its name-like words are `first`.
    static func quotedThing(_ t: ScanText, _ vs: Int, _ first: Candidate) -> Bool {
        let quote = t.at(vs - 1)
        guard quote == 0x22 || quote == 0x27, t.at(first.end) == 0x20, Byte.isLower(t.at(first.end + 1)),
            !(first.start..<first.end).contains(where: { t[$0] == 0x20 }),
            !NameLexicon.isFirstName(t, first.start, first.end)
        else { return false }
        var k = first.end
        while t.at(k) == 0x20 && Byte.isLower(t.at(k + 1)) {
            k += 1
            while Byte.isLower(t.at(k)) { k += 1 }
        }
        return t.at(k) == quote
    }

    /// Whether the label `ks..<ke` is a bare `Name` (read as a family name's beside a given name's label, see
    /// `PersonLabels.isNamePartLabel`) and its one word `tok`, which no lexicon knows, is a label's word, a German
    /// noun, a common word or in capitals: `Name: Nachname` in a form's template, `Name: Technik`, `Name: VARCHAR`.
    static func bareNameLabelHoldsNoName(_ t: ScanText, _ ks: Int, _ ke: Int, _ tok: NameTokens) -> Bool {
        ke - ks == 4 && t.matches("name", at: ks)
            && (PersonLabels.isNameLabel(t, tok.start, tok.end) || germanNounEnding(t, tok.start, tok.end)
                || NameLexicon.isCommonWord(t, tok.start, tok.end) || inCapitals(t, tok.start, tok.end))
    }

    /// Whether `tok`, one capitalised word the lexicons lack, is the name a person's label `ks..<ke` holds
    /// (`Übernommen von: Neureuther`, `Signature : Peron`, `Zugewiesen an: Zirme (IT-Support)`): written as a name,
    /// no double name (`Account name: Cook-Marshall` is a firm), ending the field, and the label no party's that
    /// names desks, firms and pets as often (`An: Sekretariat`, `Client: …`, `Patient: …`).
    static func loneUnknownName(_ t: ScanText, _ ks: Int, _ ke: Int, _ tok: NameTokens) -> Bool {
        guard tok.count == 1, writtenAsUnknownName(t, tok.start, tok.end), endsLoneNameValue(t, tok.end),
            !(tok.start..<tok.end).contains(where: { t[$0] == 0x2D }),
            !placeholderNames.contains(t.hashLowercased(tok.start, tok.end)),
            // (Nor a role standing for whoever fills it: `Teilnehmer: Bauherr (Hochbauamt), Architekt (…)`.)
            !relationWords.anySuffix(in: t, endingAt: tok.end, notBefore: tok.start, { $0 == tok.start })
        else { return false }
        return !PersonLabels.isPartyLabel(t, ks, ke)
    }

    /// Whether a one-word value ending at `e` ends its field as a name does: the line ends (a full stop may end it),
    /// a parenthesis closes or opens a note (`Zugewiesen an: Zirme (IT-Support)`), or a comma comes before a known given
    /// name (`Polier: Warmer, Mia`).
    static func endsLoneNameValue(_ t: ScanText, _ e: Int) -> Bool {
        let b = t.at(e)
        if endsLine(t, e) || (b == 0x2E && endsLine(t, e + 1)) || b == 0x29 { return true }
        if b == 0x20 && t.at(e + 1) == 0x28 { return true }
        return b == 0x2C && t.at(e + 1) == 0x20 && givenNameAlone(t, e + 2) != nil
    }
}
