/// Finds postal addresses as one span from the house number (or street name) through postcode and city:
/// `530 Main Street, Nashville, TN 37232`, `Flat 3, 12 Howard Fields, Sheffield S1 2AB`,
/// `Hauptstr. 5, 10115 Berlin`, `60, rue Navarro, 44842 Nantes`.
struct AddressDetector {
    func scan(_ t: ScanText, _ triggers: Triggers, into out: inout [Candidate]) {
        let n = t.count
        // (Read once per scan: a `static let` costs a lazy-initialisation check at every use.)
        let unitPrefixes = Self.unitPrefixes
        triggers.forEach(Triggers.capital | Triggers.digit) { i in
            let c = t[i]
            let boundary =
                i == 0 || !(Byte.isWord(t[i - 1]) || t[i - 1] == 0x2D || t[i - 1] == 0x2E || t[i - 1] == 0x2F)
            guard boundary, Byte.isDigit(c) || Byte.isUpper(c) || c >= 0xC3 else { return i + 1 }
            // The minutes of a time (`10:00 Uhr Dr. Gute`) are no house number.
            if t.at(i - 1) == 0x3A && Byte.isDigit(t.at(i - 2)) { return i + 1 }
            // Glued to a placeholder, this is the rest of a word that was masked.
            if Placeholder.precedes(i, in: t) { return i + 1 }
            if let (s, end) = AddressLines.gb(t, i) ?? AddressLines.military(t, i) {
                out.append(Candidate(.streetAddress, s, end, score: 0.85, priority: 55))
                return end
            }
            var street: (Int, Int, Bool)?  // start, end, ends with a known street type
            if let box = Self.postBox(t, i) {
                // `PO Box 1422, Laredo, TX 78042`, `BP 123, 33000 Bordeaux Cedex`: only with the town after it.
                guard let end = AddressTail.match(t, box) else { return box }
                out.append(Candidate(.streetAddress, i, end, score: 0.85, priority: 55))
                return end
            }
            if Byte.isDigit(c), let (s, e) = Self.unnumberedFrenchStreet(t, i), let end = AddressTail.match(t, e) {
                out.append(Candidate(.streetAddress, s, end, score: 0.85, priority: 55))
                return end
            }
            if Byte.isDigit(c) {
                street = numberFirst(t, i)
            } else if unitPrefixes.matchLength(in: t, at: i) != nil {
                street = numberFirst(t, i)
            } else {
                street = nameFirst(t, i)
            }
            guard let (s, e, typed) = street else {
                var j = i + 1
                while j < n && Byte.isWord(t[j]) { j += 1 }
                return j
            }
            // A `Flat 3` line or a house's name right above the street line belongs to the address, as does a
            // house's name before it on its line (`The Old Rectory, 14 Church Lane`).
            let start = AddressLines.unitAbove(t, s) ?? Self.houseNameBefore(t, s) ?? s
            if let end = AddressTail.match(t, e) {
                out.append(Candidate(.streetAddress, start, end, score: 0.9, priority: 55))
                return max(end, i + 1)
            } else if typed {
                out.append(Candidate(.streetAddress, start, e, score: 0.7, priority: 55))
                return max(e, i + 1)
            }
            // `PSC 1234, Box 5678, APO AA 12345` reads `5678, APO AA` as a street: look again at the office.
            return AddressLines.firstMilitaryOffice(t, i, max(e, i + 1))
        }
    }

    /// The end of a post box at `i` (`PO Box 1422`, `P.O. Box 12`, `BP 123`, `Postfach 10 20 30`), or nil.
    static func postBox(_ t: ScanText, _ i: Int) -> Int? {
        let c = t[i]
        guard c == 0x50 || c == 0x42 else { return nil }
        var k = i
        for word: StaticString in ["PO Box ", "P.O. Box ", "P. O. Box ", "Post Office Box ", "BP ", "Postfach "]
        where t.matchesExactly(word, at: i) {
            k = i + word.utf8CodeUnitCount
            break
        }
        let ds = k
        while Byte.isDigit(t.at(k)) || (t.at(k) == 0x20 && Byte.isDigit(t.at(k + 1)) && k > ds) { k += 1 }
        return k > ds && k - ds <= 12 && !Byte.isAlpha(t.at(k)) ? k : nil
    }

    /// `chemin Christophe Joseph, 89458 Bourg`, `rue Coste` and `17776 Ledoux` on the next line: a French street named
    /// without a house number, found from the postcode at `i` (five digits after `, ` or a line break). Returns the
    /// street's extent: from its type word (`rue`, `boulevard`, `chemin`, …) through the words of its name (capitalised,
    /// or particles: `de`, `du`, `l'`).
    static func unnumberedFrenchStreet(_ t: ScanText, _ i: Int) -> (Int, Int)? {
        guard Byte.isDigit(t.at(i + 4)), !Byte.isDigit(t.at(i + 5)), !Byte.isWord(t.at(i - 1)) else { return nil }
        var e: Int
        if t.at(i - 1) == 0x20 && t.at(i - 2) == 0x2C {
            e = i - 2
        } else if t.at(i - 1) == 0x0A {
            e = t.at(i - 2) == 0x0D ? i - 2 : i - 1
        } else {
            return nil
        }
        let end = e
        for _ in 0..<6 {
            var s = e
            while s > 0 && (Byte.isAlpha(t[s - 1]) || t[s - 1] >= 0x80 || t[s - 1] == 0x2D || t[s - 1] == 0x27) {
                s -= 1
            }
            guard s < e, !Byte.isWord(t.at(s - 1)) else { return nil }
            let h = t.hashLowercased(s, e)
            if e < end && StreetLexicon.frenchTypes.contains(h) { return (Self.numberAbove(t, s) ?? s, end) }
            let elided = t.at(s + 1) == 0x27 && (t[s] == 0x6C || t[s] == 0x64)  // l'Église, d'Orléans
            guard Byte.isUpper(t[s]) || t[s] >= 0xC3 || elided || NameLexicon.particles.contains(h),
                t.at(s - 1) == 0x20
            else { return nil }
            e = s - 1
        }
        return nil
    }

    /// `48 bis` or `145` ending the line above the street at `s` (which opens its line): the house number's start.
    private static func numberAbove(_ t: ScanText, _ s: Int) -> Int? {
        guard t.at(s - 1) == 0x0A else { return nil }
        var k = s - 1
        if t.at(k - 1) == 0x0D { k -= 1 }
        if t.matches(" bis", at: k - 4) || t.matches(" ter", at: k - 4) { k -= 4 }
        let ne = k
        while Byte.isDigit(t.at(k - 1)) && ne - k < 4 { k -= 1 }
        let before = t.at(k - 1)
        guard k < ne, k == 0 || before == 0x0A || before == 0x20 || before == 0x22 else { return nil }
        return k
    }

    /// The start of a house's name before the street at `s` on its line (`The Old Rectory, 14 Church Lane`), after
    /// the line's start or a label; nil when there is none.
    static func houseNameBefore(_ t: ScanText, _ s: Int) -> Int? {
        guard t.at(s - 1) == 0x20, t.at(s - 2) == 0x2C else { return nil }
        // The longest run of up to five words before the comma that is a house's name (`residing at The Old Rectory,`).
        var found: Int?
        var hs = s - 2
        for _ in 0..<5 {
            while hs > 0 && t[hs - 1] != 0x20 && t[hs - 1] != 0x0A && t[hs - 1] != 0x2C && t[hs - 1] != 0x3A { hs -= 1 }
            if AddressLines.isHouseName(t, hs, s - 2) { found = hs }
            guard hs > 1, t[hs - 1] == 0x20 else { break }
            hs -= 1
        }
        return found
    }

    /// Reason phrases of HTTP statuses, which follow a three-digit code as a street follows a house number.
    private static let httpReasons = KeywordSet([
        "bad gateway", "bad request", "not found", "gateway timeout", "service unavailable", "internal server error",
        "too many requests", "method not allowed", "moved permanently", "request timeout", "payload too large",
    ])
    /// Words for a flat or unit that may come before the house number (`Flat 3, 12 High Street`,
    /// `Studio 44p, Martin Hills`, `Apt 4B, 350 Fifth Avenue`, `Suite 200, 1 Market St`).
    private static let unitPrefixes = KeywordSet([
        "flat ", "studio ", "apartment ", "unit ", "apt ", "apt. ", "suite ", "ste ",
    ])

    /// Words for places that a chain numbers (`Store 0412 Riverside Plaza`).
    static let numberedPlaces = NameLexicon.hashes("store stores branch shop filiale magasin boutique")

    /// `[Flat 3, ]12[a| bis][,] [rue] Words [Street] [Apt. 4]` — returns the street segment.
    private func numberFirst(_ t: ScanText, _ i: Int) -> (Int, Int, Bool)? {
        var k = i
        if !Byte.isDigit(t[i]) {
            // Flat 3, / Apartment 12, / Apt. 4B,
            guard let n = Self.unitPrefixes.matchLength(in: t, at: i) else { return nil }
            k = i + n
            let ds = k
            while k < t.count && Byte.isDigit(t[k]) { k += 1 }
            guard k > ds, k - ds <= 5 else { return nil }
            if t.at(k) == 0x2F {
                k = ds  // `Unit 5/22 George St`: the unit is part of the house number below.
            } else {
                // `Flat 12A,`, `Studio 44p,`
                if Byte.isAlpha(t.at(k)) { k += 1 }
                guard t.at(k) == 0x2C, t.at(k + 1) == 0x20 else { return nil }
                // `Flat 12, Marlowe House, 5 King Street`: a building's name between unit and house number; else
                // `Unit 4, Riverside Business Park`: no house number follows, so the unit's number is it.
                if Byte.isDigit(t.at(k + 2)) {
                    k += 2
                } else if let number = Self.afterBuildingName(t, k + 2) {
                    k = number
                } else {
                    k = ds
                }
            }
        }
        let ds = k
        while k < t.count && Byte.isDigit(t[k]) { k += 1 }
        guard k > ds, k - ds <= 6 else { return nil }
        // Unit and house number, as written in Australia: `5/22 George St`.
        if t.at(k) == 0x2F && Byte.isDigit(t.at(k + 1)) {
            let hs = k + 1
            k = hs
            while k < t.count && Byte.isDigit(t[k]) { k += 1 }
            guard k - hs <= 5 else { return nil }
        }
        if Byte.isAlpha(t.at(k)) && !Byte.isAlpha(t.at(k + 1)) { k += 1 }
        // `34 bis, rue …` / `7 ter` — whole words only (`241 Bishop Street`, `12 Terrace Road`).
        if (t.matches(" bis", at: k) || t.matches(" ter", at: k)) && !Byte.isAlpha(t.at(k + 4)) { k += 4 }
        // (`12, rue de la Paix`: a comma after the number only before a French street's type.)
        let comma = t.at(k) == 0x2C
        if comma { k += 1 }
        guard t.at(k) == 0x20 else { return nil }
        k += 1
        // An HTTP status and its reason (`502 Bad Gateway`, `404 Not Found`) is no house on a street.
        if k - ds == 4 && t[ds] >= 0x31 && t[ds] <= 0x35 && Self.httpReasons.matchLength(in: t, at: k) != nil {
            return nil
        }
        // A store's or a branch's number before its name is no house number (`Store 0412 Riverside Plaza`; a unit
        // and its house number are an address, `Shop 5/123 George St`).
        if ds == i && Byte.isUpper(t.at(k)) && t.at(ds + 1) != 0x2F && t.at(ds + 2) != 0x2F && t.at(ds + 3) != 0x2F,
            let w = t.wordBefore(i, maxLength: 8), Byte.isUpper(t[w.start]),
            Self.numberedPlaces.contains(t.hashLowercased(w.start, w.end))
        {
            return nil
        }
        var words = 0
        var typed = false
        var french = false
        var lastTyped = false
        while words < 6 {
            // French street type in lowercase opens the name: "rue", "avenue de la".
            var e = k
            // (A word starts with a letter, not a dash: `Nr. 5 – Steuerallee 6721, …` has no street after the 5.)
            if t.at(k) == 0xE2 { break }
            while e < t.count && (Byte.isAlpha(t[e]) || t[e] >= 0x80 || t[e] == 0x2D || t[e] == 0x27) { e += 1 }
            // (A word glued to digits is a code, not a street's: `Reisepass CT0735H28`.)
            if e > k && Byte.isDigit(t.at(e)) { break }
            if t.at(e) == 0x2E { e += 1 }
            // A numbered street: `West 57th Street`, `5th Avenue`.
            let ordinal = e == k ? Self.ordinalEnd(t, k) : nil
            if let oe = ordinal { e = oe }
            guard e > k else { break }
            let h = t.hashLowercased(k, e)
            let upper = Byte.isUpper(t[k]) || t[k] >= 0xC3 || ordinal != nil
            if words == 0 && StreetLexicon.frenchTypes.contains(h) {
                french = true
                typed = true
            } else if !upper {
                guard
                    french && NameLexicon.particles.contains(h)
                        || (french && (t.matches("l'", at: k) || t.matches("d'", at: k)))
                else { break }
            } else if words == 0 && NameLexicon.isStopword(t, k, e) && !StreetLexicon.types.contains(h)
                && !NameLexicon.isSurname(t, k, e) && !Self.directions.contains(h)
                && !(t.matchesExactly("The ", at: k) && Byte.isUpper(t.at(e + 1)))  // `9 The Spinney`
            {
                // `In 2019 We …`; but streets are named after people (`241 Bishop Street`, `12 King Road`).
                break
            }
            lastTyped = StreetLexicon.types.contains(h) && upper && words > 0
            words += 1
            k = e
            guard t.at(k) == 0x20, Byte.isAlpha(t.at(k + 1)) || t.at(k + 1) >= 0xC3 || Self.ordinalEnd(t, k + 1) != nil
            else { break }
            if lastTyped && !french {
                // "Maple Grove Drive": keep going while the next word is a street type too; a compass point after
                // the type ends the name (`Park Avenue South`).
                var ne = k + 1
                while ne < t.count && Byte.isAlpha(t[ne]) { ne += 1 }
                let next = t.hashLowercased(k + 1, ne)
                if Self.directions.contains(next) && Byte.isUpper(t[k + 1]) && !Byte.isAlpha(t.at(ne)) {
                    k = ne
                    break
                }
                if !StreetLexicon.types.contains(next) { break }
            }
            k += 1
        }
        // (After a unit's number too: `Unit 4, Riverside Business Park`.)
        guard words >= 2, !comma || french || !Byte.isDigit(t[i]) else { return nil }
        typed = typed || lastTyped
        // Apt. 106 / Suite 200 / Unit 4, on the street's line or the next
        var end = k
        let gap = t.at(end) == 0x20 ? 1 : AddressTail.lineBreak(t, end)
        let units: [StaticString] = ["apt. ", "apt ", "suite ", "unit ", "ste ", "#"]
        for unit in units where gap > 0 && t.matches(unit, at: end + gap) && (gap == 1 || t.at(end + gap) != 0x23) {
            var u = end + gap + unit.utf8CodeUnitCount
            let us = u
            while u < t.count && Byte.isAlnum(t[u]) { u += 1 }
            if u > us { end = u }
            break
        }
        if t.at(k) == 0x20 { end = max(end, k) }
        while end > i && t[end - 1] == 0x20 { end -= 1 }
        return (i, end, typed)
    }

    /// Compass points that open a US street's name (`221 West 57th Street`, `40 E 12th St`).
    private static let directions = NameLexicon.hashes("north south east west n s e w ne nw se sw n. s. e. w.")

    /// The end of an ordinal number at `k` (`57th`, `1st`, `2nd`, `3rd`), or nil.
    static func ordinalEnd(_ t: ScanText, _ k: Int) -> Int? {
        var e = k
        while Byte.isDigit(t.at(e)) && e - k < 4 { e += 1 }
        guard e > k, !Byte.isDigit(t.at(e)) else { return nil }
        let a = t.at(e) | 0x20
        let b = t.at(e + 1) | 0x20
        guard
            (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
        else { return nil }
        return Byte.isAlnum(t.at(e + 2)) ? nil : e + 2
    }

    /// `Hauptstraße 5`, `Nurten-Rosenow-Weg 156b`, `Warmerstr. 118` — German street name then number.
    private func nameFirst(_ t: ScanText, _ i: Int) -> (Int, Int, Bool)? {
        var k = i
        var words = 0
        var ending = false
        var prepositional = false
        while words < 4 {
            guard var e = NameTokens.word(t, k) ?? lowerWord(t, k, words) else { break }
            // `Klaus-D.-Schmidt-Platz`: an abbreviated part inside a hyphenated name.
            while t.at(e) == 0x2E, t.at(e + 1) == 0x2D, let next = NameTokens.word(t, e + 2) { e = next }
            var we = e
            if t.at(we) == 0x2E { we += 1 }
            // A street word is followed by a space and then its number, another capitalised word or a short
            // particle (`an der`); anything else ends the search before the suffix look-up.
            guard t.at(we) == 0x20 else { return nil }
            let b = t.at(we + 1)
            if Byte.isLower(b) {
                var p = we + 2
                while Byte.isLower(t.at(p)) && p - we <= 5 { p += 1 }
                guard t.at(p) == 0x20, p - we <= 5 else { return nil }
                // A preposition in lowercase after the first word ends a clause of prose before the street
                // (`Lieferung an Lindenhof 3`); particles inside names are articles (`Platz der Republik`).
                if words == 0 && StreetLexicon.germanPrepositions.contains(t.hashLowercased(we + 1, p)) { return nil }
            } else if !(Byte.isDigit(b) || Byte.isUpper(b) || b == 0xC3 || b == 0xC4 || b == 0xC5) {
                return nil
            }
            // `Hauptstraße`, or a street-type word of its own after the first (`Kölner Straße`, `Berliner Allee`).
            // (The first letters and lengths of those words are tested first: most words are neither.)
            let first = t[k]
            ending =
                StreetLexicon.hasGermanEnding(t, k, we)
                || (words > 0 && we - k >= 3 && we - k <= 8 && Self.typeWordInitials.contains(first)
                    && StreetLexicon.germanTypeWords.contains(t.hashLowercased(k, we)))
            if words == 0 && we - k <= 6 && Self.prepositionInitials.contains(first) {
                prepositional = StreetLexicon.germanPrepositions.contains(t.hashLowercased(k, we))
            }
            words += 1
            k = we
            if ending { break }
            guard t.at(k) == 0x20 else { return nil }
            if Byte.isDigit(t.at(k + 1)) { break }
            k += 1
        }
        // `Am Markt 3`, `An der Alster 12`: named by a place, not a street type, so only a postcode makes it an address
        // (the street is returned untyped).
        guard ending || (prepositional && words >= 2), t.at(k) == 0x20, Byte.isDigit(t.at(k + 1)) else { return nil }
        k += 1
        let ds = k
        while k < t.count && Byte.isDigit(t[k]) { k += 1 }
        guard k - ds <= 4 else { return nil }
        if Byte.isAlpha(t.at(k)) && !Byte.isAlpha(t.at(k + 1)) {
            k += 1
        } else if t.at(k) == 0x20 && Byte.isLower(t.at(k + 1)) && !Byte.isAlnum(t.at(k + 2)) && t.at(k + 2) != 0x20 {
            k += 2  // `Birkenweg 14 b, …`
        }
        // `12-14`, `12/3`
        if (t.at(k) == 0x2D || t.at(k) == 0x2F) && Byte.isDigit(t.at(k + 1)) {
            k += 1
            while k < t.count && Byte.isDigit(t[k]) { k += 1 }
        }
        guard !Byte.isAlnum(t.at(k)) else { return nil }
        // (The ending is the last word's; in prose, one that ends places' names too needs a postcode after the number:
        // `im Schaltfeld 3`, but `Adresse: Neumarkt 12`.)
        let placeLike =
            ending && (t.wordBefore(i, maxLength: 12).map { Byte.isLower(t[$0.start]) } ?? false)
            && StreetLexicon.placeEndings.anySuffix(in: t, endingAt: ds - 1, notBefore: i) { _ in true }
        return (i, k, ending && !placeLike)
    }

    /// `Marlowe House, ` before a house number at `i`: up to three capitalised words ending with a building word,
    /// a comma and a space; returns where the house number starts.
    private static func afterBuildingName(_ t: ScanText, _ i: Int) -> Int? {
        var k = i
        for _ in 0..<3 {
            guard let e = NameTokens.word(t, k) else { return nil }
            if t.at(e) == 0x2C && t.at(e + 1) == 0x20 && Byte.isDigit(t.at(e + 2)) {
                return buildingWords.contains(t.hashLowercased(k, e)) ? e + 2 : nil
            }
            guard t.at(e) == 0x20 else { return nil }
            k = e + 1
        }
        return nil
    }

    private static let buildingWords = NameLexicon.hashes(
        "house court building buildings lodge mansions apartments tower hall place point centre center works mill "
            + "chambers cottage cottages farm barn villa residence"
    )

    /// First letters of `StreetLexicon.germanTypeWords` and `germanPrepositions`, capitalised.
    private static let typeWordInitials = ASCIISet("SWAPGDUC")
    private static let prepositionInitials = ASCIISet("AIZUHV")

    /// "an der", "am" inside German street names ("Straße an der Mühle").
    private func lowerWord(_ t: ScanText, _ k: Int, _ words: Int) -> Int? {
        guard words > 0 else { return nil }
        var e = k
        while e < t.count && Byte.isLower(t[e]) { e += 1 }
        guard e > k,
            NameLexicon.particles.contains(t.hashLowercased(k, e)) || t.matches("am ", at: k)
                || t.matches("an ", at: k) || t.matches("im ", at: k)
        else { return nil }
        return e
    }
}
