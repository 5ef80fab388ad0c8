/// Weddings, funerals and christenings named by the family or the couple (`the Freeman wedding`, `Cline / Wood
/// wedding`, `Hochzeit Wagner/Seifert`, `mariage Rousset / Bouvet`, `Beerdigung Wilms`): planners and undertakers name
/// their cases so.
extension PersonDetector {
    /// The family name at `i` (one word, or two joined by a slash: a couple) named by a family event: after the
    /// event's German or French word, or before the English one (then after `the`, or a couple opening its line or item: not `1. Harbor wedding
    /// recap`).
    /// Appends the first of a couple and returns the second.
    func familyEvent(_ t: ScanText, _ i: Int, into out: inout [Candidate]) -> Candidate? {
        guard let e = NameTokens.word(t, i) else { return nil }
        // (A couple: `Wagner/Seifert`, `Cline / Wood`.)
        var second: (Int, Int)?
        let slash = t.at(e) == 0x2F ? e : t.at(e) == 0x20 && t.at(e + 1) == 0x2F && t.at(e + 2) == 0x20 ? e + 1 : -1
        if slash >= 0 {
            let s2 = t.at(slash + 1) == 0x20 ? slash + 2 : slash + 1
            if let e2 = NameTokens.word(t, s2) { second = (s2, e2) }
        }
        let end = second?.1 ?? e
        // (The cheap tests first: most capitalised words stand by no event's word.)
        let before =
            t.at(i - 1) == 0x20
            && Self.eventsBeforeNames.anySuffix(in: t, endingAt: i - 1, notBefore: i - 16) {
                $0 == 0 || !Byte.isWord(t.at($0 - 1))
            }
        let after =
            !before && t.at(end) == 0x20 && Self.eventsAfterNames.mayMatch(in: t, at: end + 1)
            && Self.eventsAfterNames.forEachMatch(in: t, at: end + 1, { _, n in !Byte.isAlpha(t.at(end + 1 + n)) })
            && (t.matchesExactly("the ", at: i - 4) || t.matchesExactly("The ", at: i - 4)
                || (second != nil && Self.opensItem(t, i)))
        // (Nor a venue's name of several words: `Hochzeit Schloss Elmau`.)
        // (Before the English word only known family names: venues name weddings too, `the Hilltop wedding`.)
        guard before || after, Self.familyWord(t, i, e), before || Self.familyNameAlone(t, i, e),
            second != nil || !(t.at(e) == 0x20 && (Byte.isUpper(t.at(e + 1)) || t.at(e + 1) >= 0xC3))
        else { return nil }
        guard let second, Self.familyWord(t, second.0, second.1) else {
            return second == nil ? person(i, e, 0.75) : nil
        }
        out.append(person(i, e, 0.75))
        return person(second.0, second.1, 0.75)
    }

    /// Whether `s..<e` may be a family name here: a known one that stands alone, or a word written as a name that no
    /// list knows (not a known given name alone, `Hochzeit Sarah`; no word opening places' names, `the Royal wedding`).
    private static func familyWord(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        (familyNameAlone(t, s, e) || (writtenAsUnknownName(t, s, e) && !NameLexicon.isFirstName(t, s, e)))
            && !placeOpeners.contains(t.hashLowercased(s, e))
    }

    /// German and French words for family events before the family's name (`Hochzeit Wagner`, `mariage Rousset`).
    static let eventsBeforeNames = KeywordSet(suffixes: [
        "hochzeit", "beerdigung", "trauerfeier", "beisetzung", "bestattung", "überführung", "taufe", "mariage",
        "obsèques", "baptême", "enterrement", "inhumation", "crémation",
    ])

    /// English words for family events after the family's name (`the Freeman wedding`).
    static let eventsAfterNames = KeywordSet([
        "wedding", "funeral", "christening", "memorial", "burial", "cremation", "baptism",
    ])
}
