/// Courtesy titles and words for relatives, clergy and roles written before a name (`Mr.`, `Frau`, `Mme`, `Auntie`,
/// `Pastor`), and where they end.
extension PersonLabels {
    private static let courtesyTitles: [StaticString] = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "herr", "herrn", "frau", "monsieur", "madame", "mme", "mlle", "m",
        "sir", "maître", "maitre", "me", "pc", "pk", "cllr", "revd", "rev", "sgt", "insp", "capt", "kpt", "cdt", "dame",
        "mx", "hr", "fr", "pr", "familie", "famille", "fam", "ehepaar", "eheleute", "époux", "dipl.-ing", "dipl.-kfm",
        "dipl.-inf", "dipl.-psych",
        "dipl.-math",
        "dipl.-phys", "ing", "univ.prof", "univ.-prof",
        // German police ranks (`PHK Spieß`, `KOK Bien`): Polizei- and Kriminalhauptkommissar, -oberkommissar,
        // Polizeihauptmeister.
        "phk", "khk", "pok", "kok", "phm",
    ]
    /// Relatives, clergy and roles named before a name (`Auntie Scott`, `Pastor Harris`, `Tonton Julien`,
    /// `Rechtsanwältin Binner`, `Azubi Sylvana`, `Docteur Morel`): titles when written as words, not in capitals
    /// (`LIKE MY GRANDMA WHO`). (Not `Oberarzt`, `Chefarzt`: their field follows as often, `Oberarzt Innere Medizin`.)
    private static let wordTitles: [StaticString] = [
        "uncle", "aunt", "auntie", "aunty", "grandma", "grandpa", "grandad", "pastor", "reverend", "rabbi",
        "imam", "deacon", "onkel", "tante", "oma", "opa", "tonton", "mamie", "papi", "papy", "pfarrer", "pfarrerin",
        "rechtsanwalt", "rechtsanwältin", "notar", "notarin", "kommissar", "kommissarin", "kollege", "kollegin",
        "azubi", "praktikant", "praktikantin", "docteur", "professeur", "councilmember", "councilwoman", "councilman",
        "councillor", "councilor", "alderman", "alderwoman", "commissioner", "senator", "congressman",
        "congresswoman", "bürgermeister", "bürgermeisterin", "stadtrat", "stadträtin",
    ]
    /// Words that put a rank's name in a police report (`PC Taylor attending`, `Polizei vor Ort, PK Beer`).
    private static let policeWords = KeywordSet([
        "police", "polizei", "officer", "attending", "attended", "constable", "custody", "arrest", "collar",
        "anzeige", "streife", "revier",
    ])

    /// Both lists in one set; entries from `courtesyTitles.count` on are word titles.
    private static let titles = KeywordSet(courtesyTitles + wordTitles)
    private static let firstWordTitle = courtesyTitles.count

    /// Where `docteur` or `maître` written in lowercase at `i` ends, as French running text writes them before a
    /// family name (`le docteur Seguin`, `voir avec maître Lecoq`), or `dr.`, `dr`, `frau`, `herr`, `capt` as lowercase
    /// chat writes them (`dr. Kruschwitz`, `frau Dippel`, `crew (capt Brown, …)`), or nil.
    @inline(__always) static func lowercaseTitleEnd(_ t: ScanText, _ i: Int) -> Int? {
        // (The first byte first: most calls are at other words.)
        let c = t.at(i)
        guard c == 0x64 || c == 0x6D || c == 0x66 || c == 0x68 || c == 0x63 else { return nil }
        if c == 0x63 { return t.matchesExactly("capt ", at: i) ? i + 4 : nil }
        if c == 0x64 {
            if t.matchesExactly("dr. ", at: i) { return i + 3 }
            if t.matchesExactly("dr ", at: i) { return i + 2 }
            return t.matchesExactly("docteur ", at: i) ? i + 7 : nil
        }
        if c == 0x66 { return t.matchesExactly("frau ", at: i) ? i + 4 : nil }
        if c == 0x68 { return t.matchesExactly("herr ", at: i) ? i + 4 : nil }
        if t.matchesExactly("maître ", at: i) { return i + 7 }
        return t.matchesExactly("maitre ", at: i) ? i + 6 : nil
    }

    /// Whether the lowercase title at `i` (`lowercaseTitleEnd`) is a word too (`docteur`, `maître`): then only a known
    /// name follows it as a title.
    @inline(__always) static func lowercaseTitleIsWord(_ t: ScanText, _ i: Int) -> Bool {
        t.at(i) == 0x6D || t.at(i + 1) == 0x6F
    }

    /// Where a title written in lowercase (`lowercaseTitleEnd`) starts that ends right before the space at `k`, or nil.
    static func lowercaseTitleStart(before k: Int, in t: ScanText) -> Int? {
        for n in [2, 3, 4, 6, 7] where !Byte.isWord(t.at(k - n - 1)) && t.at(k - n - 1) != 0x2E {
            if lowercaseTitleEnd(t, k - n) == k { return k - n }
        }
        return nil
    }

    /// The length of a doctor's field in lowercase after `Dr.` at `i` (`med. `, `rer. nat. `, `med. vet. `, `phil. `),
    /// up to three of its abbreviations, or nil.
    static func doctorFieldLength(_ t: ScanText, _ i: Int) -> Int? {
        var k = i
        for _ in 0..<3 {
            guard Byte.isLower(t.at(k)), let n = doctorFields.matchLength(in: t, at: k), t.at(k + n) == 0x2E,
                t.at(k + n + 1) == 0x20
            else {
                break
            }
            k += n + 2
        }
        return k > i ? k - i : nil
    }

    /// Abbreviated fields of German doctorates, written in lowercase with a full stop (`Dr. med. dent.`).
    private static let doctorFields = KeywordSet([
        "med", "rer", "nat", "vet", "dent", "phil", "jur", "iur", "pol", "oec",
    ])

    /// Length of a courtesy title and the space after it at `i` (`Mr. `, `Frau `, `M. `, `Mme `), or nil.
    static func titleLength(_ t: ScanText, _ i: Int) -> Int? {
        // (`la famille Vidal`: the family's word in lowercase titles a family name too, as French running text writes
        // `monsieur Legrand`, `madame Roux`.)
        guard
            Byte.isUpper(t.at(i)) || (t.at(i) == 0x66 && t.matches("famil", at: i))
                || (t.at(i) == 0x6D && (t.matchesExactly("monsieur ", at: i) || t.matchesExactly("madame ", at: i)))
                || lowercaseTitleEnd(t, i) != nil,
            !Byte.isWord(t.at(i - 1))
        else {
            return nil
        }
        guard titles.mayMatch(in: t, at: i) else { return nil }
        var length: Int?
        _ = titles.forEachMatch(in: t, at: i) { index, n in
            if index >= firstWordTitle && !Byte.isLower(t.at(i + 1)) { return false }
            var k = i + n
            if t.at(k) == 0x2E {
                k += 1
            } else if n == 2
                && (t.matches("me", at: i) || t.matches("pc", at: i) || t.matches("pk", at: i)
                    || t.matches("pr", at: i))
            {
                // `Me Delaunay pour le demandeur`: French abbreviates `Maître` so; `PC McDonald`, `PK Scholl`: police
                // ranks. Only before a known family name that is no given name and ends the name (English writes `Me`
                // as a word, `Me Time`; `PC` is a computer, `PC Windows`, `PC Packard Bell`, `PC Richard`; `PK` a
                // primary key, `PK Lee, FK …`).
                // (A family name that is a given name too after a rank only where the line speaks of the police: `PC
                // Taylor attending`.)
                // (`Pr Launay`: French abbreviates `Professeur` so, written like `Me`.)
                let maitre = t.matches("me", at: i) || t.matches("pr", at: i)
                let written = maitre ? Byte.isLower(t.at(i + 1)) : Byte.isUpper(t.at(i + 1))
                // (After `Pr`, a name the lexicons lack too: `Pr Launay en visio`; after `Me` inside a sentence, where
                // English writes `me` in lowercase: `à valider par Me Gaudin`.)
                let inSentence = t.at(i - 1) == 0x20 && Byte.isLower(t.at(i - 2))
                guard written, t.at(k) == 0x20, let e = NameTokens.word(t, k + 1),
                    NameLexicon.isSurname(t, k + 1, e)
                        || ((t.matches("pr", at: i) || inSentence) && PersonDetector.writtenAsUnknownName(t, k + 1, e)),
                    maitre || !NameLexicon.isFirstName(t, k + 1, e)
                        || policeWords.occurs(in: t, t.lineStart(i, notBefore: i - 80), t.lineEnd(e, notAfter: e + 80)),
                    !NameLexicon.isStopword(t, k + 1, e), !NameLexicon.isCommonWord(t, k + 1, e),
                    !PersonDetector.namedLikePeople.contains(t.hashLowercased(k + 1, e)),
                    !(t.at(e) == 0x20 && (Byte.isUpper(t.at(e + 1)) || t.at(e + 1) >= 0xC3))
                else { return false }
            } else if n == 1 || (n == 2 && (t.matches("hr", at: i) || t.matches("fr", at: i)))
                || (n == 3 && (t.matches("ing", at: i) || t.matches("fam", at: i)))
            {
                return false  // M, Hr, Fr, Ing (Ingenieur), Fam (Familie) need their full stop to be titles.
            }
            // `HR.`, `FR.` and `PR.` in capitals are Human Resources, France and a pull request, not titles.
            if n == 2 && Byte.isUpper(t[i + 1])
                && (t.matches("hr", at: i) || t.matches("fr", at: i) || t.matches("pr", at: i))
            {
                return false
            }
            // Initials may follow a title (`Dr. K. Yamamoto`), but after `M.` they are more initials (`M. A. Lind`).
            guard t.at(k) == 0x20,
                NameTokens.word(t, k + 1) != nil || NameTokens.afterParticles(t, k + 1) != nil
                    || (n > 1 && NameTokens.initials(t, k + 1) != nil)
                    || doctorFieldLength(t, k + 1) != nil
            else { return false }
            // (`docteur` and `maître` in lowercase are words as often: before a known name, `le docteur Seguin`, or
            // after `docteur` one word no lexicon knows, `le docteur Launay`; not `maître Fournisseur`, `docteur Honoris
            // Causa`.)
            // (`dr.`, `frau`, `herr` in lowercase before a capitalised word that is no common word or stopword.)
            if Byte.isLower(t[i]) && lowercaseTitleEnd(t, i) != nil {
                guard let we = NameTokens.word(t, k + 1),
                    NameLexicon.isSurname(t, k + 1, we) || NameLexicon.isFirstName(t, k + 1, we)
                        || (PersonDetector.writtenAsUnknownName(t, k + 1, we)
                            && (!lowercaseTitleIsWord(t, i)
                                || (t.at(i) == 0x64 && !NameLexicon.isCommonWord(t, k + 1, we)
                                    && !(t.at(we) == 0x20 && Byte.isUpper(t.at(we + 1))))))
                else { return false }
            }
            length = k + 1 - i
            return true
        }
        return length
    }
}
