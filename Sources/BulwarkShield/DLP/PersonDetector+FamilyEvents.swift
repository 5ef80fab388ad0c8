/// Weddings, funerals and christenings named by the family or the couple (`the Freeman wedding`, `Cline / Wood
/// wedding`, `Hochzeit Wagner/Seifert`, `mariage Rousset / Bouvet`, `Beerdigung Wilms`): planners and undertakers name
/// their cases so.
extension PersonDetector {
    /// The family name at `i` (one word, or two joined by a slash: a couple) named by a family event: after the
    /// event's German or French word, or before the English one (then after `the`, or a couple opening its line or
    /// item: not `1. Harbor wedding recap`). Appends the first of a couple and returns the second.
    func familyEvent(_ t: ScanText, _ i: Int, into out: inout [Candidate]) -> Candidate? {
        // (The cheap tests first: most capitalised words follow neither an event's word nor `the`, nor open an item.)
        guard t.at(i - 1) == 0x20 || t.at(i - 1) == 0x0A || i == 0 else { return nil }
        let afterThe =
            t.at(i - 2) == 0x65 && t.at(i - 3) == 0x68 && (t.at(i - 4) | 0x20) == 0x74 && !Byte.isWord(t.at(i - 5))
        let before =
            !afterThe && t.at(i - 1) == 0x20
            && Self.eventsBeforeNames.anySuffix(in: t, endingAt: i - 1, notBefore: i - 16) {
                $0 == 0 || !Byte.isWord(t.at($0 - 1))
            }
        guard afterThe || before || Self.opensItem(t, i), let e = NameTokens.word(t, i) else { return nil }
        // (A couple: `Wagner/Seifert`, `Cline / Wood`.)
        var second: (Int, Int)?
        let slash = t.at(e) == 0x2F ? e : t.at(e) == 0x20 && t.at(e + 1) == 0x2F && t.at(e + 2) == 0x20 ? e + 1 : -1
        if slash >= 0 {
            let s2 = t.at(slash + 1) == 0x20 ? slash + 2 : slash + 1
            if let e2 = NameTokens.word(t, s2) { second = (s2, e2) }
        }
        let end = second?.1 ?? e
        let after =
            !before && (afterThe || second != nil) && t.at(end) == 0x20
            && Self.eventsAfterNames.mayMatch(in: t, at: end + 1)
            && Self.eventsAfterNames.forEachMatch(in: t, at: end + 1, { _, n in !Byte.isAlpha(t.at(end + 1 + n)) })
        // (Nor a venue's name of several words: `Hochzeit Schloss Elmau`.)
        guard before || after,
            second != nil || !(t.at(e) == 0x20 && (Byte.isUpper(t.at(e + 1)) || t.at(e + 1) >= 0xC3))
        else { return nil }
        // One family name that no word and no word's given name shares (`the Freeman wedding`; not `the Summer
        // wedding`, `the Church wedding`, `mariage Champagne`), or after the German or French word one no list knows
        // before a date's, a place's or a clause's word (`Hochzeit Dowerg am Samstag`, `Überführung Wilms heute`; not
        // `Hochzeit Checkliste als PDF`, `Betreff: Hochzeit Fotograf`); of a couple, two names of which one is no word
        // (`Cline / Wood wedding`, `Hochzeit Eimer/Butte`; not `Gold / Silver wedding`, `Spring / Summer`).
        guard let second else {
            return Self.strongFamilyName(t, i, e) || (before && Self.unknownFamilyBeforeClause(t, i, e))
                ? person(i, e, 0.75) : nil
        }
        let (s2, e2) = second
        // (One known and no word, or both unknown: not `Ivory / Blush wedding theme`.)
        guard Self.familyWord(t, i, e), Self.familyWord(t, s2, e2),
            Self.strongFamilyName(t, i, e) || Self.strongFamilyName(t, s2, e2)
                || (!Self.weakFamilyName(t, i, e) && !Self.weakFamilyName(t, s2, e2)
                    && !NameLexicon.isSurname(t, i, e) && !NameLexicon.isSurname(t, s2, e2))
        else { return nil }
        out.append(person(i, e, 0.75))
        return person(s2, e2, 0.75)
    }

    /// Whether `s..<e` is a known family name that no word shares, nor a given name that is a word (`Freeman`, not
    /// `Church`, `Summer`), and that opens no place's name.
    private static func strongFamilyName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        familyNameAlone(t, s, e) && !weakFamilyName(t, s, e)
    }

    /// Whether `s..<e` is a family name that is a word too, or a given name that is a word (`Gold`, `Spring`).
    private static func weakFamilyName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let h = t.hashLowercased(s, e)
        return NameLexicon.surnamesThatAreWords.contains(h) || isWordName(t, s, e) || namedLikePeople.contains(h)
            || placeOpeners.contains(h)
    }

    /// Whether `s..<e` may be one of a couple's family names: a known one, or a word written as a name that no list
    /// knows (not a known given name alone, `Hochzeit Sarah`; no word opening places' names, `the Royal wedding`).
    private static func familyWord(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        (familyNameAlone(t, s, e) || (writtenAsUnknownName(t, s, e) && !NameLexicon.isFirstName(t, s, e)))
            && !placeOpeners.contains(t.hashLowercased(s, e))
    }

    /// Whether `s..<e`, a word written as a name that no list knows and no German noun's ending, stands before a
    /// date's, a place's or a clause's word (` am `, ` in `, ` heute`, ` morgen`, `, `, ` (`, a spaced dash).
    private static func unknownFamilyBeforeClause(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard familyWord(t, s, e), !germanNounEnding(t, s, e) else { return false }
        return (t.at(e) == 0x2C && t.at(e + 1) == 0x20) || t.matchesExactly(" am ", at: e)
            || t.matchesExactly(" in ", at: e) || t.matchesExactly(" heute", at: e)
            || t.matchesExactly(" morgen", at: e) || t.matchesExactly(" (", at: e) || spacedDashLength(t, e + 1) != nil
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
