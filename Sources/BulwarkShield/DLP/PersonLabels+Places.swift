/// Labels whose value is a place or a bare name's part.
extension PersonLabels {
    /// Labels of where someone was born, whose value is a town named like people as often (`Lieu de naissance : Rémy`).
    static let birthplaceLabels = KeywordSet(suffixes: [
        "place of birth", "birthplace", "lieu de naissance", "ville de naissance", "pays de naissance", "geburtsort",
        "geburtsland", "city of birth", "country of birth", "town of birth",
    ])

    /// Whether `ks..<ke` is French `Nom` alone, which labels anything's name as often as a family name (`Nom : Sales`).
    static func isBareNom(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        ke - ks == 3 && t.matches("nom", at: ks)
    }
}
