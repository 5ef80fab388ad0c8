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
}
