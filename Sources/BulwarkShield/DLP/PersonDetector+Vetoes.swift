/// What a name-shaped candidate turns out not to name, however it was found: a firm, a place or the author of a book.
extension PersonDetector {
    /// `WAREHOUSE 2 (Elizabeth, NJ)`, `Jackson, MS 39201`: one word before a comma and a state's or a province's code
    /// in capitals ending the item names a town. (`MD` and `PA` follow a person's name as degrees: `Ann Lee, MD`.)
    static func townBeforeStateCode(_ t: ScanText, _ c: Candidate) -> Bool {
        let k = c.end + 2
        guard k + 2 <= t.count, t.at(c.end) == 0x2C, t.at(c.end + 1) == 0x20,
            !(c.start..<c.end).contains(where: { t[$0] == 0x20 }),
            NameTokens.isRegionCode(t, k, k + 2)
        else { return false }
        // (The code ends the item, or a ZIP code follows: not `Thanks Elizabeth, NJ team will call`.)
        let a = t.at(k + 2)
        guard
            a == 0x29 || a == 0x0A || a == 0x0D || a == 0 || a == 0x2C || a == 0x3B
                || (a == 0x20 && Byte.isDigit(t.at(k + 3)))
        else { return false }
        guard !(t.matchesExactly("MD", at: k) || t.matchesExactly("PA", at: k)) else { return false }
        // (Where a town stands: in parentheses, before a ZIP code, or after a preposition of place; not a person
        // found after a cue, `Reviewed by Kevin, CA`.)
        return t.at(c.start - 1) == 0x28 || Byte.isDigit(t.at(k + 3))
            || placePrepositions.holdsWord(before: c.start, in: t, maxLength: 4)
            || t.wordBefore(c.start, maxLength: 4).map { t.matches("to", at: $0.start) && $0.end - $0.start == 2 }
                ?? false
    }

    /// `Season Pass`, `Spring Showcase`, `Asset Portal`, `Lap Pool`: two words or more, each a common word, the first
    /// no given name (`Rich Young`, `Grace Hill` and `Mark Price` are names made of words).
    static func wordsOnly(_ t: ScanText, _ c: Candidate) -> Bool {
        var s = c.start
        var words = 0
        for k in c.start...c.end where k == c.end || t[k] == 0x20 {
            guard k > s, Byte.isUpper(t[s]), NameLexicon.isCommonWord(t, s, k) else { return false }
            if words == 0 && NameLexicon.isFirstName(t, s, k) { return false }
            words += 1
            s = k + 1
        }
        return words >= 2
    }

    /// Whether the person candidate `c` names no one to protect: one word of a partnership (`Koch, Bryant and Scott`),
    /// a firm or place whose first or last word says so (`Hilton Garden Inn`, `Evans-May Occupational Health`, `École
    /// élémentaire Jules-Ferry`, `Mangold Caspar GbR`), a word and an acronym (`Mac OS`), or an author on a line that
    /// cites a book (`Victor Hugo, Les
    /// Misérables, ISBN …`, `"Educated" by Tara Westover`).
    /// `booksCited`: whether the text mentions an ISBN at all (see `Triggers.mentionsISBN`).
    static func namesNoPerson(_ t: ScanText, _ c: Candidate, booksCited: Bool, csv: inout CSVColumn.Cache) -> Bool {
        guard c.type == .person else { return false }
        // A town's name goes on in lowercase after a hyphen (`Le Gall-sur-Martel`, `Saint-Jean-lès-Bains`).
        // (Not a device: `Cory-laptop`.)
        if t.at(c.end) == 0x2D && Byte.isLower(t.at(c.end + 1))
            && !ownedThingAt(t, c.end + 1)
        {
            return true
        }
        if fillsThingCell(t, c, csv: &csv) || namedInstitution(t, c.start) || firmNameGoesOn(t, c.start, c.end)
            || wordsOnly(t, c) || joinedByAmpersand(t, c)
            || townBeforeStateCode(t, c) || namesAVehicle(t, c) || namesAVessel(t, c)
        {
            return true
        }
        // A word with capitals inside as products are named, however the name was found (`To: Membership Desk -
        // PulseFit Riverside <…>`, `('MoveWell Physio Midtown', …)`); not after a known given name, where a family
        // name is written so (`Dana VanDerBerg`, `Lauren McKENZIE`).
        var ws = c.start
        if let fe = NameTokens.word(t, c.start), NameLexicon.isFirstName(t, c.start, fe) { ws = c.end }
        while ws < c.end {
            var we = ws
            var inner = false
            while we < c.end && (Byte.isAlpha(t[we]) || t[we] >= 0x80) {
                inner = inner || (we > ws && Byte.isUpper(t[we]) && Byte.isLower(t[we - 1]))
                we += 1
            }
            if inner && NameTokens.namesProduct(t, ws, we) { return true }
            ws = we + 1
        }
        // A sports club's name after its abbreviation (`FC Val de Loire`, `TSV Grünwald`); not a given and a family
        // name (`SV Thomas Weber hat …`: Sachverständiger).
        if let w = t.wordBefore(c.start, maxLength: 6), Byte.isUpper(t[w.start]), Byte.isUpper(t[w.end - 1]),
            clubOpeners.contains(t.hashLowercased(w.start, w.end)), !givenAndFamilyName(t, c.start, c.end)
        {
            return true
        }
        // A French town named like someone after a place's noun and `de` (`l'établissement de Nancy`; not `Message de
        // Nancy`).
        if frenchTownsNamedLikePeople.contains(t.hashLowercased(c.start, c.end))
            && t.matchesExactly(" de ", at: c.start - 4),
            let w = t.wordBefore(c.start - 3, maxLength: 14),
            frenchPlaceNouns.contains(t.hashLowercased(w.start, w.end))
        {
            return true
        }
        // A saint's name is a place's or a home's (`Pflegeheim St. Josef`, `Sankt Georg`).
        if t.matchesExactly("St. ", at: c.start - 4) || t.matchesExactly("Sankt ", at: c.start - 6) { return true }
        if namesAStreetOrAPlace(t, c) || quotedCommonWord(t, c) { return true }
        // A place's or a firm's word in lowercase after it (`Maple Ridge branch`, `Hermine team`).
        if t.at(c.end) == 0x20 && Byte.isLower(t.at(c.end + 1)) {
            var ne = c.end + 1
            while Byte.isLower(t.at(ne)) { ne += 1 }
            let h = t.hashLowercased(c.end + 1, ne)
            if !Byte.isAlpha(t.at(ne)) && (placeOrFirmWords.contains(h) || namingNouns.contains(h)) { return true }
        }
        var firstEnd = c.start
        while firstEnd < c.end && t[firstEnd] != 0x20 { firstEnd += 1 }
        // A German noun of work, a field or a thing as the last word, which family names hardly ever end like
        // (`Produktmanagement Privatkunden`, `Abteilung Buchhaltung`), unless the lexicons know it as a name; a role's
        // noun before a name is the person's title (`Teamleitung Katze`).
        do {
            var ls = c.end
            while ls > c.start && t[ls - 1] != 0x20 { ls -= 1 }
            if c.end - ls >= 6 && Self.germanNounEnding(t, ls, c.end, alone: true)
                && !NameLexicon.isSurname(t, ls, c.end)
                && !NameLexicon.isFirstName(t, ls, c.end)
            {
                return true
            }
            // A breed: a kind of animal as the last of two words or more (`Golden Retriever`, `Border Collie`; not
            // `Anna Hase`, the family name of a given name that is no word).
            if ls > c.start && animals.contains(t.hashLowercased(ls, c.end))
                && (!NameLexicon.isFirstName(t, c.start, firstEnd) || isWordName(t, c.start, firstEnd))
            {
                return true
            }
        }
        // Two words whose last names a kind of place, after a place's preposition: a venue or an estate named like
        // someone (`left it at Franklin Hall`, `pitches at Ashton Park`, `units at Maple Ridge`).
        // (Not `in`: `loop in Lawrence Woods`; not a possessive, `at Sarah Green's place`; not a given name that names
        // no place, `aimed at Karen Wood`.)
        // (After `the` whatever the first word: `the Season Pass`, `the Franklin Hall lobby`.)
        // (Or before a part of a building, whatever the word before: `Kelley Hall lobby`, `Franklin Hall, Room 210`.)
        if firstEnd < c.end, t.at(c.end) != 0x27, !t.matches("\u{2019}", at: c.end),
            let e = NameTokens.word(t, firstEnd + 1), e == c.end,
            placeSurnames.contains(t.hashLowercased(firstEnd + 1, e))
        {
            if Self.partOfVenueFollows(t, c.end) { return true }
            if let w = t.wordBefore(c.start, maxLength: 4) {
                let n = w.end - w.start
                let at =
                    (n == 2 && t.matchesExactly("at", at: w.start))
                    || (n == 4 && t.matchesExactly("near", at: w.start))
                let the = n == 3 && t.matches("the", at: w.start)
                if the
                    || (at
                        && (!NameLexicon.isFirstName(t, c.start, firstEnd)
                            || placeNames.contains(t.hashLowercased(c.start, firstEnd))))
                {
                    return true
                }
            }
        }
        // One word that a dot and a lowercase letter or a digit go on, or two labels more: a host's or a file's first
        // label (`ping Austin.corp.local`, `Austin.Matthew.corp.local`; a capital after one dot is a missing space,
        // `Thanks Priya.Will check`).
        if firstEnd == c.end && t.at(c.end) == 0x2E && Byte.isAlnum(t.at(c.end + 1)) {
            if !Byte.isUpper(t.at(c.end + 1)) { return true }
            var k = c.end + 1
            var dots = 1
            while k - c.end < 64 && (Byte.isAlnum(t.at(k)) || t.at(k) == 0x2D || t.at(k) == 0x2E) {
                if t.at(k) == 0x2E && Byte.isAlnum(t.at(k + 1)) { dots += 1 }
                k += 1
            }
            if dots >= 2 { return true }
        }
        // A post written as a name (`Approved by: Executive Housekeeper`, `Owner: Night Auditor`): a word that is no
        // known name, then a post's word ending the candidate.
        if postTitle(t, c) { return true }
        if firstEnd == c.end {
            if NameTokens.inPartnerList(t, c.start, c.end) || NameTokens.isFirmOfTwoFamilies(t, c.start, c.end) {
                return true
            }
            // A firm's or a place's word alone (`QA,Agency,2022-07-01`), what fills the name of a test row
            // (`Test;Agentur`), or a name's particle alone (`Le frère m'a rappelé`).
            let h = t.hashLowercased(c.start, c.end)
            if (orgWords.contains(h) || placeOrFirmWords.contains(h)) && !NameLexicon.isSurname(t, c.start, c.end)
                || placeholderNames.contains(h) || NameLexicon.particles.contains(h)
            {
                return true
            }
            // A role after a person's full name and a comma (`Reported by: Joshua Mcdonald, Tutor`; not an item of a
            // list of family names: `Attendees: Smith, Mann, Driver`).
            if t.at(c.start - 1) == 0x20 && t.at(c.start - 2) == 0x2C,
                relationWords.anySuffix(in: t, endingAt: c.end, notBefore: c.start, { $0 == c.start }),
                !NameLexicon.firstNames.contains(h)
            {
                if let last = t.labelBefore(colon: c.start - 2, maxLength: 30), Byte.isUpper(t[last.start]),
                    let first = t.wordBefore(last.start, maxLength: 24), Byte.isUpper(t[first.start])
                {
                    return true
                }
            }
            // A bot named like a shift or a team (`Schichtbot`, `Deploybot`; not `Talbot`).
            if c.end - c.start >= 7 && t.matches("bot", at: c.end - 3) && !NameLexicon.isSurname(t, c.start, c.end) {
                return true
            }
            // A firm's role before it (`Le prestataire Laine`, `le fournisseur (Robin)`, `la clinique partenaire
            // (Guibert)`): French names firms by a family name alone. (Not who speaks for a desk: `Roster Office
            // (Darren): reminder`.)
            if firmRoleBefore(t, c.start) && !speaksForDesk(t, c) { return true }
            // `Job-ID`, `Ping-IT`: a word and an acronym joined (a name in capitals is capitals throughout); `SOC-Team`:
            // a team's name.
            if let hyphen = (c.start..<c.end).last(where: { t[$0] == 0x2D }),
                (Byte.isLower(t.at(c.start + 1)) && Byte.isUpper(t[c.end - 1]) && Byte.isUpper(t[c.end - 2]))
                    || namingNouns.contains(t.hashLowercased(hyphen + 1, c.end))
            {
                return true
            }
            // `Benjamin and Sons`: a firm's word after `and`; `Sean Forster from Risk`: a department after `from`.
            if orgWords.contains(h)
                && (t.matchesExactly(" and ", at: c.start - 5) || t.matchesExactly(" & ", at: c.start - 3))
                || (t.matchesExactly(" from ", at: c.start - 6)
                    && departments.forEachMatch(in: t, at: c.start, { _, n in c.start + n == c.end }))
            {
                return true
            }
        } else {
            var lastStart = c.end
            while lastStart > c.start && t[lastStart - 1] != 0x20 { lastStart -= 1 }
            if orgOpeners.contains(t.hashLowercased(c.start, firstEnd)) { return true }
            // A heading in capitals holds common words that are no family names (`JUNIOR PLAYER MEDICAL INFORMATION`).
            // (Two such words, one ending three words, or one after a word that is no known given name: not `THIBAUT
            // BIGOT`, `EMILY SKY WATSON`.)
            if inCapitals(t, c.start, c.end) {
                let common = commonWordsAfterFirst(t, firstEnd + 1, c.end)
                let endsCommon =
                    lastStart > firstEnd + 1 && NameLexicon.isCommonWord(t, lastStart, c.end)
                    && !NameLexicon.isSurname(t, lastStart, c.end)
                if common >= 2 || endsCommon || (common == 1 && !NameLexicon.isFirstName(t, c.start, firstEnd)) {
                    return true
                }
            }
            // `Dell Latitude 7440`: a model's number after the words makes a product (not after a given name and a
            // family name: `John Smith 1234 Main St`).
            if t.at(c.end) == 0x20, Byte.isDigit(t.at(c.end + 1)),
                !(NameLexicon.isFirstName(t, c.start, firstEnd) && NameLexicon.isSurname(t, lastStart, c.end))
            {
                var d = c.end + 1
                while Byte.isDigit(t.at(d)) { d += 1 }
                let next = t.at(d)
                if d - c.end - 1 >= 3 && d - c.end - 1 <= 5
                    && (next == 0x29 || next == 0x2C || next == 0x20 || next == 0x0A)
                    && !Byte.isDigit(t.at(d + 1))
                {
                    return true
                }
            }
            // `DHL Paket <…>`, `SOC Tier 1`: an acronym before a word that is no name is a firm or a team (not a title:
            // `HHJ Wood`, `PM Joshua Elliott`).
            if firstEnd - c.start >= 2 && firstEnd - c.start <= 4
                && (c.start..<firstEnd).allSatisfy({ Byte.isUpper(t[$0]) }),
                let ne = NameTokens.word(t, firstEnd + 1), Byte.isLower(t.at(firstEnd + 2)),
                !NameLexicon.isFirstName(t, firstEnd + 1, ne), !NameLexicon.isSurname(t, firstEnd + 1, ne)
            {
                return true
            }
            // `Grant, Rivera and Morgan Orders`: the last partner of a firm and what follows.
            if NameTokens.inPartnerList(t, c.start, firstEnd) { return true }
            // `Intel Mac OS X`: a capitalised word and an acronym of two or three capitals (a family name in capitals
            // is none: `Hugues REY`; nor a generational suffix or a degree: `Koch II`, `Dr. Rodriguez DDS`).
            if c.end - lastStart <= 3, lastStart == firstEnd + 1, Byte.isLower(t.at(c.start + 1)),
                (lastStart..<c.end).allSatisfy({ Byte.isUpper(t[$0]) }), !NameLexicon.isSurname(t, lastStart, c.end),
                !(lastStart..<c.end).allSatisfy({ t[$0] == 0x49 || t[$0] == 0x56 }),
                !NameTokens.isPostNominal(t, lastStart, c.end)
            {
                return true
            }
            let last = t.hashLowercased(lastStart, c.end, skippingMarks: true)
            // (A place's or a firm's word in the plural too, unless a family name is written so or a given name that is
            // no word comes first: `Autumn Clinics`, not `Tyler Banks`, `Ana Villas`.)
            let plural =
                c.end - lastStart >= 5 && t[c.end - 1] | 0x20 == 0x73 && !NameLexicon.isSurname(t, lastStart, c.end)
                && !(NameLexicon.isFirstName(t, c.start, firstEnd) && !isWordName(t, c.start, firstEnd)
                    && !(c.start..<firstEnd).contains(where: { t[$0] == 0x2D }))
                && {
                    let one = t.hashLowercased(lastStart, c.end - 1, skippingMarks: true)
                    return placeOrFirmWords.contains(one) || orgWords.contains(one)
                }()
            // (Not a known given name and a family name: `Stephanie House`; nor a one-person business, `Thomas Mccoy
            // Photography`.)
            if placeOrFirmWords.contains(last) || orgWords.contains(last) || NameTokens.legalForms.contains(last)
                || namingNouns.contains(last) || plural,
                !(lastStart == firstEnd + 1 && givenAndFamilyName(t, c.start, c.end)),
                !(tradeWords.contains(last) && givenAndFamilyName(t, c.start, lastStart - 1))
            {
                return true
            }
        }
        return citesBook(t, c.start, c.end, isbn: booksCited)
    }

    /// Whether the words `s..<e` read as a known given name and, last, a known family name (`Thomas Weber`).
    static func givenAndFamilyName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var fe = s
        while fe < e && t[fe] != 0x20 { fe += 1 }
        var ls = e
        while ls > s && t[ls - 1] != 0x20 { ls -= 1 }
        return fe < e && NameLexicon.isFirstName(t, s, fe) && NameLexicon.isSurname(t, ls, e)
    }

    /// How many words of `s..<e` (words set apart by spaces) are common words and no known family names.
    static func commonWordsAfterFirst(_ t: ScanText, _ s: Int, _ e: Int) -> Int {
        var n = 0
        var ws = s
        while ws < e {
            var we = ws
            while we < e && t[we] != 0x20 { we += 1 }
            if NameLexicon.isCommonWord(t, ws, we) && !NameLexicon.isSurname(t, ws, we) { n += 1 }
            ws = we + 1
        }
        return n
    }

    /// Whether one of `orgOpeners` (a firm's role: `prestataire`, `fournisseur`, `hébergeur`) stands right before `s`, or
    /// before the word before a name in parentheses (`la clinique partenaire (Guibert)`).
    static func firmRoleBefore(_ t: ScanText, _ s: Int) -> Bool {
        let paren = t.at(s - 1) == 0x28
        // (Or a label of the role: `Laboratoire : Louis`, `Syndic: Tanguy`.)
        let e = paren ? s - 1 : s
        if t.at(e - 1) == 0x20 && t.at(e - 2) == 0x3A {
            // (The role alone labels its line; after other words a known given name is someone there: `Contact
            // agence : Sophie`.)
            guard let w = t.labelBefore(colon: e - 2, maxLength: 14) else { return false }
            return (w.start == 0 || t[w.start - 1] == 0x0A) && orgOpeners.contains(t.hashLowercased(w.start, w.end))
        }
        // (`Fa. Aumann`: German abbreviates `Firma` so.)
        if t.matchesExactly("Fa. ", at: e - 4) { return true }
        guard let w = t.wordBefore(e, maxLength: 14) else { return false }
        if orgOpeners.contains(t.hashLowercased(w.start, w.end)) { return true }
        guard paren, let w2 = t.wordBefore(w.start, maxLength: 14) else { return false }
        return orgOpeners.contains(t.hashLowercased(w2.start, w2.end))
    }

    /// Trades that one person runs under their own name (`Thomas Mccoy Photography`).
    static let tradeWords = NameLexicon.hashes("photography events florists catering consulting productions films")

    /// Whether `Board of `, `Department of `, `University of ` (an institution's capitalised word and `of`) ends right
    /// before `s`: what follows names the institution (`Board of Zoning Appeals`).
    /// French names its institutions after their town with `de` (`Centre hospitalier de Maurice`, `Mairie de Lucas`,
    /// `CHU de Rennes`).
    static func namedInstitution(_ t: ScanText, _ s: Int) -> Bool {
        if t.matchesExactly(" de ", at: s - 4) {
            guard let w = t.wordBefore(s - 3, maxLength: 14) else { return false }
            return frenchInstitutions.contains(t.hashLowercased(w.start, w.end))
        }
        guard t.matchesExactly(" of ", at: s - 4), let w = t.wordBefore(s - 3, maxLength: 12), Byte.isUpper(t[w.start])
        else { return false }
        return institutions.contains(t.hashLowercased(w.start, w.end))
    }

    /// Words that end the name of a French institution before `de` and its town.
    static let frenchInstitutions = NameLexicon.hashes(
        "hospitalier hospitalière universitaire chu ch mairie ville commune préfecture prefecture académie academie "
            + "université universite lycée lycee collège college hôpital hopital tribunal gare aéroport aeroport "
            + "métropole metropole agglomération agglomeration département departement région region cimetière "
            + "cimetiere paroisse"
    )

    static let institutions = NameLexicon.hashes(
        "board department dept ministry office court bureau council university college school institute commission "
            + "committee division county borough faculty chamber"
    )

    /// Whether one or two capitalised words after `e`, the last a firm's word, go on with the name (`Marriott, Hilton
    /// Garden Inn`, `Laura Ashley Home`): the words are a firm's or a venue's. After one word (`s..<e`), a team's or a
    /// meeting's word does too (`owner: Deal Desk`, `weekly Deal Review`).
    static func firmNameGoesOn(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        // (Most names go on with no capitalised word.)
        guard t.at(e) == 0x20, Byte.isUpper(t.at(e + 1)) else { return false }
        // (Not after a courtesy title: `Transferred to Dr. Novak Unit 7`.)
        if NameTokens.titled(t, s) { return false }
        var k = e
        for round in 0..<2 {
            guard t.at(k) == 0x20, Byte.isUpper(t.at(k + 1)), let we = NameTokens.word(t, k + 1) else { return false }
            let h = t.hashLowercased(k + 1, we)
            // (The firm's word ends the words: `John Smith Health Assessment` is a person's assessment.)
            let ends = !(t.at(we) == 0x20 && Byte.isUpper(t.at(we + 1)))
            if orgWords.contains(h) && ends { return true }
            if round == 0 && teamWords.contains(h) && !(s..<e).contains(where: { t[$0] == 0x20 }) { return true }
            k = we
        }
        return false
    }

    /// Whether `c` is a firm's name joined by `&` to another capitalised word, one of the two a common word and no
    /// known given name (`managed by Harrow & Finch`, `Hudson & Pike`, `Food & Beverage`), or ending with a common word
    /// that is no family name (`Morgan & Reed Landscaping`); not a couple, `Glover & Rees wedding`, `Anna & Ben`.
    static func joinedByAmpersand(_ t: ScanText, _ c: Candidate) -> Bool {
        guard let fe = NameTokens.word(t, c.start) else { return false }
        func common(_ s: Int, _ e: Int) -> Bool {
            NameLexicon.isCommonWord(t, s, e) && !NameLexicon.isFirstName(t, s, e)
        }
        if fe == c.end && t.matchesExactly(" & ", at: c.end), let oe = NameTokens.word(t, c.end + 3) {
            return !NameLexicon.isFirstName(t, c.start, fe) && (common(c.start, fe) || common(c.end + 3, oe))
        }
        guard t.matchesExactly(" & ", at: c.start - 3), let ow = t.wordBefore(c.start - 2, maxLength: 24),
            Byte.isUpper(t[ow.start])
        else { return false }
        var ls = c.end
        while ls > c.start && t[ls - 1] != 0x20 { ls -= 1 }
        // (Words after the `&` that end with no name make the firm's trade: `Morgan & Reed Landscaping`, `Sterling &
        // Grant CPAs`.)
        if ls > c.start && !NameLexicon.isSurname(t, ls, c.end) && !NameLexicon.isFirstName(t, ls, c.end) {
            return true
        }
        return fe == c.end && (common(c.start, fe) || common(ow.start, ow.end))
    }

    /// Words that make the one word before them a team, a desk or a meeting (`Deal Desk`, `Pipeline Review`).
    static let teamWords = NameLexicon.hashes(
        "desk team review board committee squad council panel unit standup sync huddle forum"
    )

    /// Words that end the names of firms, practices and places (besides `placeOrFirmWords`).
    static let orgWords = NameLexicon.hashes(
        "inn house restaurant steakhouse grill bistro café cafe pub bar health healthcare care services partners works "
            + "solutions consulting consultants group holdings bank trust foundation fund capital insurance logistics "
            + "systems technologies software labs laboratories practice surgery dental pharmacy agency agence "
            + "klinik praxis stiftung schule gymnasium hochschule universität versicherung apotheke cabinet "
            + "clinique pharmacie lycée collège école université mairie associés lettings properties estates homes "
            + "realty kgaa management leasing sons voyages transports immobilier assurances logistique reisen collision "
            + "immobilien transporte suites events rentals photography productions pictures films florists rehabilitation"
    )

    /// Words that open the names of institutions and buildings, which French names after people (`École …`, `Hôtel
    /// …`, `Klinik …`, `lycée Victor-Hugo`, `salle Jean-Moulin`).
    static let orgOpeners = NameLexicon.hashes(
        "école ecole lycée lycee collège college université universite hôpital hopital clinique cabinet hôtel hotel chu "
            + "restaurant café institut institute musée museum banque bank klinik praxis schule gymnasium "
            + "universität hochschule stiftung office university school hospital gare stade salle théâtre theatre "
            + "espace centre médiathèque mediatheque piscine gymnase foncière fonciere résidence residence syndic "
            + "dienstleister firma lieferant fahrschule autoschule"
            // Firms' roles, which French names by a family name alone (`le prestataire Allain`, `transporteur Gilles`).
            + " prestataire fournisseur transporteur intégrateur integrateur éditeur editeur hébergeur hebergeur "
            + "assureur distributeur grossiste fabricant revendeur loueur imprimeur installateur supplier vendor "
            + "carrier subcontractor distributor wholesaler manufacturer reseller integrator insurer spediteur anbieter "
            + "hersteller zulieferer versicherer syndic agence agency laboratoire labor assurance mutuelle "
            + "entreprise société societe cimetière cimetiere"
    )

    /// Whether `s..<e` is on a line that cites a book (an ISBN on it), or follows a quoted title and `by`.
    private static func citesBook(_ t: ScanText, _ s: Int, _ e: Int, isbn: Bool) -> Bool {
        // `"Educated" by Tara Westover`, `"Frankenstein", Mary Shelley` (straight or curly closing quotes).
        func closesQuote(_ k: Int) -> Bool { t.at(k) == 0x22 || (t.at(k) == 0x9D && t.at(k - 1) == 0x80) }
        if (t.matches(" by ", at: s - 4) && closesQuote(s - 5)) || (t.matches(", ", at: s - 2) && closesQuote(s - 3)) {
            return true
        }
        guard isbn else { return false }
        // `ISBN` (any case) on the line.
        let ls = t.lineStart(s, notBefore: s - 160)
        let le = t.lineEnd(e, notAfter: e + 160)
        var k = ls + 1
        while k + 3 <= le {
            if t[k] | 0x20 == 0x73 && t[k + 1] | 0x20 == 0x62 && t[k + 2] | 0x20 == 0x6E && t[k - 1] | 0x20 == 0x69 {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether `s..<e` is a long word in `-ing` that no lexicon knows as a name (`Underwriting`, `Onboarding`; not
    /// `Fleming`, `Browning`).
    static func verbalNoun(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 8, t[e - 1] == 0x67, t[e - 2] == 0x6E, t[e - 3] == 0x69 else { return false }
        return !NameLexicon.isSurname(t, s, e) && !NameLexicon.isFirstName(t, s, e)
    }

    /// Whether `s..<e` is the plural of a common word and no name (`Hospitals`, `Clinics`, `Apps`; not `Banks`,
    /// `Williams`, `Frances`).
    static func pluralNoun(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 4, t[e - 1] == 0x73, t[e - 2] != 0x73, t[e - 2] != 0x27,
            NameLexicon.isCommonWord(t, s, e - 1) || NameLexicon.isStopword(t, s, e - 1)
        else { return false }
        return !NameLexicon.isSurname(t, s, e) && !NameLexicon.isFirstName(t, s, e)
    }

    /// Whether `s..<e` is a plural for people in some role and no name: the plural of a common word (`pluralNoun`), or
    /// one the word lists lack, told by the endings of agent nouns (`Investigators`, `Coordinators`, `Trustees`).
    static func namesAGroup(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        if pluralNoun(t, s, e) { return true }
        guard e - s >= 6, t.at(e - 1) == 0x73,
            t.matches("ors", at: e - 3) || t.matches("ers", at: e - 3) || t.matches("nts", at: e - 3)
                || t.matches("ists", at: e - 4) || t.matches("ians", at: e - 4) || t.matches("ees", at: e - 3)
        else { return false }
        return !NameLexicon.isSurname(t, s, e) && !NameLexicon.isFirstName(t, s, e)
    }
}
