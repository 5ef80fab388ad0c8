/// Parties of a court case's caption: `Ferguson v. Young`, `R v Hart`, `In re Marriage of Jackson`, `Jopich ./.
/// Zimmer AG` (German), `Navarro c/ Marin` (French), `Freeman-Brown adv. Patterson`.
extension PersonDetector {
    /// The word `i..<e` as a party named by a known family name, before or after the caption's `v.`/`v`, or after
    /// `Marriage of`/`Estate of`/`Matter of` (there also a family name named like a town: `Jackson`), and ending the
    /// party's name (a capitalised word after it makes a firm or a team: `Young Group`). A family name that is a common
    /// word is taken too: the caption says a party stands there (`Ferguson v. Young`). Around the separators no prose
    /// writes (`./.`, `c/`, `adv.`) any word written as a name that is no word will do (`Jopich ./. Pohl`) where the
    /// line names a case (`In Sachen`, `Aff.`, `Dossier`, `RG`): German invoices subtract with `./.` (`Brutto ./.
    /// Skonto`) and French bookkeeping writes accounts with `c/` (`Banque c/ Caisse`).
    static func caseParty(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        let versusAfter = t.at(e + 1) == 0x76 && (t.matchesExactly(" v. ", at: e) || t.matchesExactly(" v ", at: e))
        let b = t.at(i - 2)
        let versusBefore =
            t.at(i - 1) == 0x20
            && ((b == 0x76 && t.at(i - 3) == 0x20) || (b == 0x2E && t.at(i - 3) == 0x76 && t.at(i - 4) == 0x20))
        let estate =
            b == 0x66 && t.at(i - 3) == 0x6F
            && (t.matchesExactly("Marriage of ", at: i - 12) || t.matchesExactly("Estate of ", at: i - 10)
                || t.matchesExactly("Matter of ", at: i - 10))
        let marked =
            !(versusAfter || versusBefore || estate)
            && (captionMarkLength(t, at: e) != nil || captionMarkEnds(t, at: i - 1))
        // A file named by its party's family name, heading an item of a list (`- Dossier Morin : excellent`,
        // `- Grenzfall Kuhl: fehlendes …`), which must be no common word (`Dossier Client`, `Akte Technik`); in
        // running text a firm's file is named so as often (`le dossier Renault`, `im Verfahren Siemens`).
        let filed =
            !(versusAfter || versusBefore || estate || marked) && t.at(i - 1) == 0x20
            && Self.fileNounEnds.contains(t.at(i - 2))
            && (t.at(e) == 0x3A || (t.at(e) == 0x20 && t.at(e + 1) == 0x3A) || t.at(e) == 0x2C)
            && t.wordBefore(i, maxLength: 10).map {
                fileNouns.contains(t.hashLowercased($0.start, $0.end)) && Byte.isUpper(t[$0.start])
                    && Self.headsListItem(t, $0.start)
            } ?? false
            && !NameLexicon.isCommonWord(t, i, e)
        guard versusAfter || versusBefore || estate || marked || filed,
            Byte.isLower(t.at(i + 1)) || t.at(i + 1) >= 0x80,
            !NameLexicon.isStopword(t, i, e),
            NameLexicon.surnames.contains(t.hashLowercased(i, e))
                || (marked && writtenAsUnknownName(t, i, e) && !(i..<e).contains { t[$0] == 0x2D }
                    && Self.caseWordBefore(t, i)),
            estate || !placeNames.contains(t.hashLowercased(i, e)),
            // (Not the last word of a firm's name: `Roussel Texier et Fils c/ Hervé`.)
            !NameTokens.legalForms.contains(t.hashLowercased(i, e)), !placeOrFirmWords.contains(t.hashLowercased(i, e))
        else { return nil }
        // (Not the first word of a firm, a team or a place: `Gardner Group`, `Costa PLC`, `Squad v Lake Kenneth Town`.)
        if t.at(e) == 0x20 && (Byte.isUpper(t.at(e + 1)) || t.matchesExactly("and Sons", at: e + 1)) { return nil }
        return Candidate(.person, i, e, score: 0.75, priority: 30)
    }

    /// The length of a caption's separator that no prose writes, from the space at `k`: ` ./. `, ` c/ `, ` adv. `
    /// (not `vs.`: `Chrome vs. Firefox`).
    static func captionMarkLength(_ t: ScanText, at k: Int) -> Int? {
        // (The byte after the space first: most words go on with none of `.`, `c`, `a`.)
        guard t.at(k) == 0x20, t.at(k + 1) == 0x2E || t.at(k + 1) == 0x63 || t.at(k + 1) == 0x61 else { return nil }
        for mark: StaticString in [" ./. ", " c/ ", " adv. "] where t.matchesExactly(mark, at: k) {
            return mark.utf8CodeUnitCount
        }
        return nil
    }

    /// Whether a caption's separator ends at `k` (the space before a party's name).
    static func captionMarkEnds(_ t: ScanText, at k: Int) -> Bool {
        guard t.at(k) == 0x20, t.at(k - 1) == 0x2E || t.at(k - 1) == 0x2F else { return false }
        for n in [5, 4, 6] where captionMarkLength(t, at: k - n + 1) == n { return true }
        return false
    }

    /// Whether the word at `i` opens its line, past spaces and a list's bullet or number (`- `, `* `, `• `, `3. `, `b) `).
    static func headsListItem(_ t: ScanText, _ i: Int) -> Bool {
        var k = i
        while t.at(k - 1) == 0x20 { k -= 1 }
        if t.at(k - 1) == 0x2D || t.at(k - 1) == 0x2A || t.at(k - 1) == 0x2E || t.at(k - 1) == 0x29 {
            k -= 1
            while Byte.isDigit(t.at(k - 1)) || (k == i - 3 && Byte.isLower(t.at(k - 1))) { k -= 1 }
        } else if t.matches("\u{2022} ", at: k - 3) {
            k -= 3
        }
        while t.at(k - 1) == 0x20 { k -= 1 }
        return k == 0 || t.at(k - 1) == 0x0A
    }

    /// Nouns of a case's or an applicant's file before the family name it is filed under.
    static let fileNouns = NameLexicon.hashes("dossier affaire aff verfahren akte rechtssache grenzfall härtefall")

    /// The last letters of `fileNouns` (most words before a capitalised word end otherwise).
    private static let fileNounEnds = ASCIISet("refnl")

    /// Words that name a case on a caption's line.
    static let caseWords = KeywordSet([
        "sachen", "verfahren", "mandat", "az", "aff", "affaire", "dossier", "rg", "klage", "rechtsstreit", "litige",
        "instance", "prozess", "case", "matter", "audience", "saal", "tribunal", "gericht", "kammer",
        "kindschaftssache", "familiensache", "unterhaltssache", "sorgerechtssache", "umgangssache", "scheidungssache",
        "strafsache", "zivilsache", "rechtssache", "sorgerechtsverfahren", "umgangsverfahren", "scheidungsverfahren",
    ])

    /// Whether a word naming a case stands on the line before `i`.
    static func caseWordBefore(_ t: ScanText, _ i: Int) -> Bool {
        caseWords.occursAsLabel(in: t, t.lineStart(i, notBefore: i - 120), i, wordEdges: true)
    }
}
