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

    /// Makes of cars sold in the US, the UK, Germany and France.
    static let carMakes = NameLexicon.hashes(
        "kia toyota honda nissan hyundai mazda subaru volvo skoda fiat chevrolet chevy dodge jeep buick cadillac lexus "
            + "jaguar mitsubishi suzuki dacia seat vauxhall volkswagen vw audi bmw mercedes chrysler lincoln gmc "
            + "infiniti acura genesis polestar cupra ford renault peugeot citroen opel tesla porsche rivian lancia "
            + "maserati bentley"
    )
}
