/// Legal matters named after their parties: `in Sachen Rosemann`, `Vente Clerc / Bertin`, a file reference ending in the
/// client's family name (`Our ref: CONV/24/0871/Cooper`).
extension PersonDetector {
    /// The word `i..<e` as a party of a matter, or nil. It must be a known family name (or a given name, which French
    /// family names often are: `Vente Navarro / Guillaume`) that is no common word, no place and no firm's.
    static func matterParty(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        let before = t.at(i - 1)
        guard before == 0x20 || before == 0x2F, !Byte.isAlpha(t.at(e)) else { return nil }
        // Where the word stands first (most capitalised words stand in no matter), the lexicons last.
        if before == 0x2F { return referenceEnds(t, i, e) && knownName(t, i, e) ? person(i, e) : nil }
        // `der Termin in Sachen Rosemann`; a topic is no family name there (`in Sachen Datenschutz`).
        if t.at(i - 2) == 0x6E && t.matchesExactly("Sachen ", at: i - 7) {
            return t.matches("in ", at: i - 10) && !Byte.isAlpha(t.at(i - 11)) && knownName(t, i, e)
                ? person(i, e) : nil
        }
        // `Vente Clerc / Bertin`, `Nachlass Blot`: a French conveyance or a German estate and its parties; between the
        // parties of a conveyance any word written as a name will do.
        func opensMatter(_ w: (start: Int, end: Int)?) -> Bool {
            guard let w, w.end - w.start >= 5, w.end - w.start <= 21, Byte.isUpper(t[w.start]) else { return false }
            return matterNouns.contains(t.hashLowercased(w.start, w.end))
        }
        func nameLike(_ s: Int, _ e: Int) -> Bool {
            writtenAsUnknownName(t, s, e) || familyNameAlone(t, s, e)
                || (NameLexicon.isFirstName(t, s, e) && writtenAsName(t, s, e))
        }
        // (The byte before the space first: the nouns of `matterNouns` end in `e`, `t`, `n`, `s` or `g`.)
        let end = t.at(i - 2) | 0x20
        let afterNoun = end == 0x65 || end == 0x74 || end == 0x6E || end == 0x73 || end == 0x67
        if afterNoun && opensMatter(t.wordBefore(i, maxLength: 24)) {
            let paired =
                t.matchesExactly(" / ", at: e) && (NameTokens.word(t, e + 3).map { nameLike(e + 3, $0) } ?? false)
            // (Not a word named like a family, nor the first of two things: `Probate Judge Clarke`, `Kaufvertrag Garten
            // und Garage`; `Kaufvertrag Meier und Schulz` is two parties.)
            let h = t.hashLowercased(i, e)
            let andThing =
                t.matchesExactly(" und ", at: e)
                && !(NameTokens.word(t, e + 5).map { knownName(t, e + 5, $0) } ?? false)
            guard !NameLexicon.surnamesThatAreWords.contains(h), !NameLexicon.givenNamesThatAreWords.contains(h),
                !andThing
            else { return nil }
            return knownName(t, i, e) || (paired && nameLike(i, e) && noWord(t, i, e)) ? person(i, e) : nil
        }
        guard t.matchesExactly(" / ", at: i - 3), let other = t.wordBefore(i - 2, maxLength: 24),
            opensMatter(t.wordBefore(other.start, maxLength: 12)), nameLike(other.start, other.end)
        else { return nil }
        return nameLike(i, e) && noWord(t, i, e) ? person(i, e) : nil
    }

    /// Whether `s..<e` is no common word, no stopword and no place.
    private static func noWord(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let h = t.hashLowercased(s, e)
        return !NameLexicon.commonWords.contains(h) && !NameLexicon.stopwords.contains(h) && !placeNames.contains(h)
    }

    /// Whether `s..<e` is a known family name, or a given name written as one (French family names often are: `Vente
    /// Navarro / Guillaume`), and no word (`noWord`).
    private static func knownName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let h = t.hashLowercased(s, e)
        return (familyNameAlone(t, s, e) || (NameLexicon.firstNames.contains(h) && writtenAsName(t, s, e)))
            && noWord(t, s, e)
    }

    private static func person(_ s: Int, _ e: Int) -> Candidate {
        Candidate(.person, s, e, score: 0.7, priority: 30)
    }

    /// Nouns that name a matter by its parties (`Vente X / Y`, `Nachlass X`, `Beurkundung X`, `Probate Owens:`); not homographs
    /// (`Acquisition Morgan / Stanley` names a firm).
    static let matterNouns = NameLexicon.hashes(
        "vente achat cession nachlass probate beurkundung kaufvertrag grundschuldbestellung erbschein testament "
            + "scheidung"
    )

    /// Whether the word `i..<e` ends a file reference after a reference's label (`Our ref: CONV/24/0871/Cooper`, `Unser
    /// Zeichen: MK/2024/117/Brandt`): letters and digits joined by slashes from the label's colon to the word's end,
    /// which ends its line or its item.
    private static func referenceEnds(_ t: ScanText, _ i: Int, _ e: Int) -> Bool {
        let c = t.at(e)
        guard c == 0 || c == 0x0A || c == 0x0D || c == 0x2C || c == 0x3B || c == 0x29 || c == 0x20 else { return false }
        var k = i - 1
        var slashes = 0
        while k > 0 && i - k < 40 && (Byte.isAlnum(t[k - 1]) || t[k - 1] == 0x2F || t[k - 1] == 0x2D) {
            if t[k - 1] == 0x2F { slashes += 1 }
            k -= 1
        }
        guard slashes >= 1, t.at(k - 1) == 0x20, t.at(k - 2) == 0x3A,
            let label = t.labelBefore(colon: k - 2, maxLength: 14)
        else { return false }
        return referenceLabels.contains(t.hashLowercased(label.start, label.end))
    }

    /// Last words of labels of a file's reference in letters (`Our ref:`, `Réf. :`, `Aktenzeichen:`, `Unser Zeichen:`).
    static let referenceLabels = NameLexicon.hashes("ref reference réf référence aktenzeichen zeichen az")
}

extension PersonDetector {
    /// `Call Curtis at 288.222.4013`, `text Priya Shah on +44 7700 …`: a known given name (and a family name after it)
    /// after a verb of reaching someone and before `at` or `on` and a number.
    static func reachedAtNumber(_ t: ScanText, _ i: Int) -> Candidate? {
        // (The verb's last byte first: `call`, `ring`, `text`, `phone`, `reach`, `contact`, `message` end in `l`, `g`,
        // `t`, `e`, `h`.)
        let end = t.at(i - 2) | 0x20
        guard end == 0x6C || end == 0x67 || end == 0x74 || end == 0x65 || end == 0x68,
            let w = t.wordBefore(i, maxLength: 7), reachVerbs.contains(t.hashLowercased(w.start, w.end)),
            let g = givenNameAlone(t, i)
        else { return nil }
        var e = g
        if t.at(e) == 0x20, Byte.isUpper(t.at(e + 1)), let f = NameTokens.word(t, e + 1), familyNameAlone(t, e + 1, f) {
            e = f
        }
        guard t.matchesExactly(" at ", at: e) || t.matchesExactly(" on ", at: e) else { return nil }
        let n = t.at(e + 4)
        guard Byte.isDigit(n) || n == 0x2B || (n == 0x28 && Byte.isDigit(t.at(e + 5))) else { return nil }
        return person(i, e)
    }

    /// Verbs of reaching someone by phone.
    static let reachVerbs = NameLexicon.hashes("call ring text phone reach contact message")
}
