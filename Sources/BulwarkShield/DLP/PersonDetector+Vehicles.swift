/// Cars and their dealers, which carry makes named like people (`the blue Kia Telluride`, `Lakeside Ford`, `Lincoln
/// Navigator`).
extension PersonDetector {
    /// Whether the candidate `c` is two words of which one is a car's make: the make before a model no lexicon names a
    /// person by (`Kia Telluride`, `Ford Focus`; not `Kia Johnson`), or a dealer's place before the make (`Lakeside
    /// Ford`, `Riverside Kia`; not `Harrison Ford`, `Betty Ford`, whose first word is a given name).
    static func namesAVehicle(_ t: ScanText, _ c: Candidate) -> Bool {
        guard let fe = NameTokens.word(t, c.start), t.at(fe) == 0x20, let se = NameTokens.word(t, fe + 1), se == c.end
        else { return false }
        if carMakes.contains(t.hashLowercased(c.start, fe)) {
            return !NameLexicon.isSurname(t, fe + 1, se) && !NameLexicon.isFirstName(t, fe + 1, se)
        }
        return carMakes.contains(t.hashLowercased(fe + 1, se)) && !NameLexicon.isFirstName(t, c.start, fe)
    }

    /// Whether the candidate `c` names a ship: after a vessel's prefix in capitals (`MV Star Meridian`, `MT Gulf
    /// Venture`, `HMS Victory`) or as a vessel's field (`Navire : Ville de Sète`, `Vessel: Maria Schulte`).
    static func namesAVessel(_ t: ScanText, _ c: Candidate) -> Bool {
        if let w = t.wordBefore(c.start, maxLength: 4), w.end - w.start >= 2,
            (w.start..<w.end).allSatisfy({ Byte.isUpper(t[$0]) })
        {
            let h = t.hashLowercased(w.start, w.end)
            if vesselPrefixes.contains(h) { return true }
            // (`MS`, `MY`, `RV` in capitals are titles as often: not before a given name, `MS Julia Fischer`, unless an
            // article or a preposition says a ship: `an Bord der MS Helene`, `a cruise on MS Amelia`.)
            if titleLikeVesselPrefixes.contains(h),
                !(NameTokens.word(t, c.start).map { NameLexicon.isFirstName(t, c.start, $0) } ?? true)
                    || shipArticles.holdsWord(before: w.start, in: t, maxLength: 6)
            {
                return true
            }
        }
        var colon = c.start - 1
        while t.at(colon) == 0x20 && c.start - colon < 3 { colon -= 1 }
        guard t.at(colon) == 0x3A, let label = t.labelBefore(colon: colon, maxLength: 8) else { return false }
        return vesselLabels.contains(t.hashLowercased(label.start, label.end))
    }

    /// Prefixes of ships' names: motor and tanker vessels, fishing vessels, royal and navies' ships.
    static let vesselPrefixes = NameLexicon.hashes("mv mt fv hms rms hmcs ss uss")
    /// Prefixes of ships' names that are titles or degrees in capitals too (`MS Weser Trader`; `MS Julia Fischer`).
    static let titleLikeVesselPrefixes = NameLexicon.hashes("ms my rv")
    /// Articles and prepositions before a ship's prefix (`der MS Helene`, `on MS Amelia`).
    static let shipArticles = NameLexicon.hashes("der die the on aboard mit auf le la du sur")
    /// Labels of a ship's name in crew and port papers.
    static let vesselLabels = NameLexicon.hashes("vessel ship navire schiff bateau")

    /// Makes of cars sold in the US, the UK, Germany and France.
    static let carMakes = NameLexicon.hashes(
        "kia toyota honda nissan hyundai mazda subaru volvo skoda fiat chevrolet chevy dodge jeep buick cadillac lexus "
            + "jaguar mitsubishi suzuki dacia seat vauxhall volkswagen vw audi bmw mercedes chrysler lincoln gmc "
            + "infiniti acura genesis polestar cupra ford renault peugeot citroen opel tesla porsche rivian lancia "
            + "maserati bentley"
    )
}
