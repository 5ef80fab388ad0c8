/// A field whose label names no name but a role (`Analyst: Angela`, `Bearbeiter: Ignatz`, `Handover to nights:
/// Timothy`): a person when the whole value is one known given name. (A family name alone there is as often a firm,
/// a place or a word: `Gläubiger: Schulz`, `Place of birth: Birmingham`, `Priorität: Hoch`.)
extension PersonDetector {
    /// The value at `vs` of the field labelled `ks..<ke`: one known given name (no word, no place, no product, no
    /// pair of family names), ending the field (line end, `.`, `,`, `;`, `|`, or a note in parentheses). Not after
    /// labels of things (`Project:`, `Team:`, `Host:`) or firms.
    func fieldValueName(_ t: ScanText, _ ks: Int, _ ke: Int, _ vs: Int) -> Candidate? {
        guard let e = NameTokens.word(t, vs), e - vs >= 3 else { return nil }
        let a = t.at(e)
        // (A list goes on after a comma: `Present: Melanie, Kathryn, Jonathan Simpson` is read as a list elsewhere.)
        let listGoesOn = a == 0x2C && t.at(e + 1) == 0x20 && (Byte.isUpper(t.at(e + 2)) || t.at(e + 2) >= 0xC3)
        guard !listGoesOn,
            a == 0x0A || a == 0 || a == 0x0D || a == 0x2C || a == 0x3B || a == 0x22
                || (a == 0x2E && (Byte.isSpace(t.at(e + 1)) || t.at(e + 1) == 0))
                || (a == 0x20 && (t.at(e + 1) == 0x28 || t.at(e + 1) == 0x7C))
        else { return nil }
        let h = t.hashLowercased(vs, e)
        guard NameLexicon.firstNames.contains(h) || NameLexicon.isGivenNamePair(t, vs, e), Self.writtenAsName(t, vs, e),
            !Self.isWordName(t, vs, e), !Self.namedLikePeople.contains(h), !PersonLabels.isThingLabel(t, ks, ke)
        else { return nil }
        return person(vs, e, 0.7)
    }
}
