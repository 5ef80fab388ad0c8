/// Who answers or places a German call names themself before `hier` (`„Lehmann hier, guten Tag …`, `Hallo, Anna
/// Weber hier.`).
extension PersonDetector {
    /// Greetings and answers before a caller's name and a comma.
    static let callGreetings = NameLexicon.hashes("hallo ja tag morgen abend moin servus gott hi hello")

    /// The end of a known family or given name (or a known given name and a family name) at `i`, the word ending at
    /// `e0`, before ` hier` and a comma, a full stop, `!` or a dash, where a call or a sentence opens (the text's or a
    /// line's start, a quotation mark, or `, ` `. ` `: ` after a greeting); nil elsewhere.
    static func nameBeforeHier(_ t: ScanText, _ i: Int, _ e0: Int) -> Int? {
        // (Most words are followed by no ` hier`: that is tested first.)
        var e = e0
        if !t.matchesExactly(" hier", at: e) {
            guard t.at(e) == 0x20, Byte.isUpper(t.at(e + 1)), let e1 = NameTokens.word(t, e + 1),
                t.matchesExactly(" hier", at: e1), NameLexicon.isFirstName(t, i, e0), !NameLexicon.isStopword(t, i, e0),
                NameLexicon.isSurname(t, e + 1, e1) || writtenAsUnknownName(t, e + 1, e1)
            else { return nil }
            e = e1
        } else {
            guard
                (NameLexicon.isSurname(t, i, e0) || NameLexicon.isFirstName(t, i, e0)) && writtenAsName(t, i, e0)
                    && !NameLexicon.isCommonWord(t, i, e0)
            else { return nil }
        }
        let next = t.at(e + 5)
        guard next == 0x2C || next == 0x2E || next == 0x21 || (next == 0x20 && spacedDashLength(t, e + 6) != nil) else {
            return nil
        }
        // (Not a place or a firm: `Orange hier, SFR aujourd'hui`.)
        let h = t.hashLowercased(i, e0)
        guard !placeNames.contains(h), !firmsNamedLikeFamilies.contains(h) else { return nil }
        let b = t.at(i - 1)
        // (A chat's time stamp may come first: `[09:14] Lehmann hier, …`.)
        if i == 0 || b == 0x0A || b == 0x22 || afterQuotationMark(t, i) || (b == 0x20 && t.at(i - 2) == 0x5D) {
            return e
        }
        // After a comma only behind a greeting or a yes (`Hallo, Anna Weber hier`, `Ja, Bloch hier`; not `Nebel hier,
        // Sonne im Süden` after a colon or a sentence).
        guard b == 0x20, t.at(i - 2) == 0x2C else { return nil }
        var g = i - 2
        while g > 0 && Byte.isAlpha(t[g - 1]) && i - g < 10 { g -= 1 }
        return g < i - 2 && callGreetings.contains(t.hashLowercased(g, i - 2)) ? e : nil
    }
}
