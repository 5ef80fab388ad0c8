/// Labels of people whose values name things as often, so that a known name must be among them.
extension PersonLabels {
    /// Labels of `labels` whose values name things as often (`Protokoll: siehe Anhang`, `Vertretung: Siehe Aushang`,
    /// `Famille : Produits Laitiers`, `Booker: Online Portal`, `Débiteur : Boulangerie Martin`): a known given or family name must be among the words.
    private static let weakLabels = KeywordSet(suffixes: [
        "protokoll", "vertretung", "famille", "booker", "escort", "chaperone", "chauffeur", "schlüsselträger",
        "schlüsselträgerin", "key holder", "keyholder", "excusé", "excusée", "excusées", "débiteur", "débitrice",
        "debtor",
    ])

    /// Whether the label `ks..<ke` is one of `weakLabels`.
    static func isWeakLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        weakLabels.anySuffix(in: t, endingAt: ke, notBefore: ks) { $0 == ks }
    }
}
