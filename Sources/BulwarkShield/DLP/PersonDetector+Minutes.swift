/// Family names the lexicons lack taking on a task in German and French minutes and handovers (`TOP 1: Quartalszahlen –
/// Bolzmann stellt vor`, `Mitschke bereitet die Zeugenbefragung vor`, `- Godard prépare le support`).
extension PersonDetector {
    /// Verbs of minutes that only people do, in German and French (no auxiliary, nothing a system or a product does:
    /// `Jira ist down`, `Firewall sperrt`, `Ampel wechselt`). Each is in `speechVerbs` or `takesOnVerbs` too.
    static let minutesVerbs = KeywordSet([
        "übernimmt", "sagt", "meint", "schreibt", "schickt", "kümmert sich", "meldet sich", "ruft an", "prüft",
        "fragt", "möchte", "vertritt", "stellt vor", "berichtet", "erklärt", "klärt", "bittet um", "bittet darum",
        "unterschreibt", "schult", "holt",
        "remplace", "reprend", "relance", "relancera", "a relancé", "a envoyé", "enverra", "s'occupe",
        "s\u{2019}occupe",
        "a validé", "confirme", "a confirmé", "a demandé", "prépare", "prendra", "explique", "indique", "appelle",
        "rappelle", "contacte", "envoie", "souhaite", "vérifie", "récupère", "transmet", "rédige", "relit", "finalise",
        "coordonne", "corrige", "précise", "paramètre",
    ])
    /// Whether the word `i..<e0`, written as a name that no lexicon knows, opens an item or a sentence before one of
    /// `minutesVerbs` at `v` (not a department, not a German noun: `Vertrieb informiert`, `Buchhaltung klärt`).
    static func unknownNameInMinutes(_ t: ScanText, _ i: Int, _ e0: Int, _ v: Int) -> Bool {
        var after = 0
        guard minutesVerbs.mayMatch(in: t, at: v), opensItem(t, i), writtenAsUnknownName(t, i, e0),
            minutesVerbs.forEachMatch(
                in: t,
                at: v,
                { _, n in
                    after = v + n + 1
                    return !Byte.isAlpha(t.at(v + n))
                }
            )
        else { return false }
        // German puts the verb second: the word opening the clause is the object or an adverb when the subject
        // follows the verb (`Liste schickt Kambs`, `Gerne möchte ich`).
        if t.at(after - 1) == 0x20 {
            var we = after
            while Byte.isLower(t.at(we)) && we - after < 6 { we += 1 }
            if Byte.isUpper(t.at(after))
                || (we > after && !Byte.isAlpha(t.at(we)) && subjectPronouns.contains(t.hashLowercased(after, we)))
            {
                return false
            }
        }
        return !departments.forEachMatch(in: t, at: i, { _, n in i + n == e0 }) && !germanNounEnding(t, i, e0)
            && !NameLexicon.isFirstName(t, i, e0)
    }

    /// German and French subject pronouns (`ich`, `wir`, `il`, `elle`): after the verb they are its subject.
    static let subjectPronouns = NameLexicon.hashes("ich du er sie es wir ihr man je tu il elle on nous vous ils elles")
}
