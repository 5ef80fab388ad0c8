/// Labels of a name's parts, and name labels read with what stands around them: a qualifier after the label (`Contact on
/// site`), a given name's label beside a bare `Name`.
extension PersonLabels {
    /// Labels whose value is one part of a name, so a single unknown word after them is still a name.
    static let namePartLabels = KeywordSet(suffixes: [
        "first name", "firstname", "first_name", "last name", "lastname", "last_name", "given name", "given_name",
        "family name", "family_name", "middle name", "middle_name", "surname", "vorname", "nachname", "prénom",
        "prenom", "nom", "name at birth", "birth name", "maiden name", "surname at birth", "nom de naissance",
        "nom d'usage",
        "nom de famille", "nom de jeune fille", "geburtsname", "forename", "forenames", "first name(s)",
        "given name(s)", "forename(s)", "familienname", "vornamen", "rufname", "zuname", "names used",
        "other names", "previous names", "previous name", "former name", "former names", "vorname(n)", "prénom(s)",
    ])

    /// Whether `ks..<ke` ends with a label for one part of a name (`first_name`, `Nachname`).
    static func isNamePartLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        namePartLabels.anySuffix(in: t, endingAt: ke, notBefore: ks) { s in !(s > ks && Byte.isWord(t.at(s - 1))) }
            || (ke - ks == 4 && t.matches("name", at: ks) && givenNameLabelNear(t, ks))
    }

    /// Words after a name label that say where the person is or that they were told (`Interlocutrice sur place`,
    /// `Ansprechpartner vor Ort`, `Contact on site`, `Parent prévenu`, `Angehörige informiert`, an apprentice's `Tuteur
    /// en entreprise`, `Ausbilder im Betrieb`): the label before them decides.
    static let labelQualifiers = KeywordSet(suffixes: [
        " sur place", " vor ort", " on site", " on-site", " onsite", " prévenu", " prévenue", " prévenus", " informé",
        " informée", " informés", " contacté", " contactée", " notified", " informed", " contacted", " benachrichtigt",
        " informiert", " verständigt", " en entreprise", " de l'entreprise", " im betrieb",
    ])

    /// Labels of a given name, opening a line of a form.
    static let givenNameLabels = KeywordSet([
        "vorname", "prénom", "prenom", "first name", "firstname", "first_name", "given name", "given_name", "forename",
        "rufname",
    ])

    /// Whether the line after or before the one at `ks` opens with a given name's label and its colon (`Name:
    /// Schinke` above `Vorname: Lena`): the bare `Name` beside it holds the family name.
    static func givenNameLabelNear(_ t: ScanText, _ ks: Int) -> Bool {
        let next = t.lineEnd(ks, notAfter: ks + 200) + 1
        let ls = t.lineStart(ks, notBefore: ks - 200)
        let previous = ls > 0 ? t.lineStart(ls - 1, notBefore: ls - 200) : -1
        for s in [next, previous] where s >= 0 && s < t.count {
            guard let n = givenNameLabels.matchLength(in: t, at: s) else { continue }
            var k = s + n
            while t.at(k) == 0x20 { k += 1 }
            if t.at(k) == 0x3A { return true }
        }
        return false
    }
}
