/// Family names the lexicons lack taking on a task in German and French minutes and handovers (`TOP 1: Quartalszahlen –
/// Bolzmann stellt vor`, `Mitschke klärt die Zeugenliste`, `- Godard prépare le support`).
extension PersonDetector {
    /// German verbs of minutes that only people do (no auxiliary, nothing a system or a product does: `Jira ist down`,
    /// `Firewall sperrt`, `Ampel wechselt`; no participle: `Lehrbücher bestellt`). Each is in `speechVerbs` or
    /// `takesOnVerbs` too.
    static let germanMinutesVerbs = KeywordSet([
        "übernimmt", "sagt", "meint", "schreibt", "schickt", "kümmert sich", "meldet sich", "ruft an", "prüft",
        "fragt", "möchte", "vertritt", "stellt vor", "berichtet", "erklärt", "klärt", "bittet um", "bittet darum",
        "unterschreibt", "schult", "holt", "schlägt vor", "weist darauf hin", "ruft", "meinte",
    ])

    /// French verbs of minutes that only people do (as `germanMinutesVerbs`).
    static let frenchMinutesVerbs = KeywordSet([
        "remplace", "reprend", "relance", "relancera", "a relancé", "a envoyé", "enverra", "s'occupe",
        "s\u{2019}occupe",
        "a validé", "confirme", "a confirmé", "a demandé", "prépare", "prendra", "explique", "appelle", "rappelle",
        "contacte", "souhaite", "vérifie", "récupère", "transmet", "rédige", "relit", "finalise", "coordonne",
        "corrige", "précise", "paramètre", "envoie",
    ])

    /// Whether the word `i..<e0`, written as a name that no lexicon knows, opens an item or a sentence before a verb of
    /// `germanMinutesVerbs` or `frenchMinutesVerbs` at `v` (not a department, not a German noun or adverb:
    /// `Vertrieb informiert`, `Buchhaltung klärt`, `Anschließend prüft das Team`).
    static func unknownNameInMinutes(_ t: ScanText, _ i: Int, _ e0: Int, _ v: Int) -> Bool {
        var after = 0
        var phrase = false
        let ends: (Int, Int) -> Bool = { _, n in
            after = v + n + 1
            // (A verb with its preposition, `bittet um`, takes its object next: `Fliegner bittet um Freigabe`.)
            phrase = (v..<v + n).contains(where: { t[$0] == 0x20 })
            return !Byte.isAlpha(t.at(v + n))
        }
        let german = germanMinutesVerbs.mayMatch(in: t, at: v) && germanMinutesVerbs.forEachMatch(in: t, at: v, ends)
        guard
            german
                || (frenchMinutesVerbs.mayMatch(in: t, at: v) && frenchMinutesVerbs.forEachMatch(in: t, at: v, ends)),
            opensItem(t, i), writtenAsUnknownName(t, i, e0)
        else { return false }
        // German puts the verb second: the word opening the clause is the object or an adverb when the subject
        // follows the verb (`Liste schickt Kambs`, `Gerne möchte ich`; an article after the verb opens the subject
        // as often as the object, `Danach meldet sich der Kunde`, so `minutesOpeners` lists the adverbs).
        if t.at(after - 1) == 0x20 && !phrase {
            var we = after
            while Byte.isLower(t.at(we)) && we - after < 6 { we += 1 }
            let next = we > after && !Byte.isAlpha(t.at(we)) ? t.hashLowercased(after, we) : 0
            if Byte.isUpper(t.at(after)) || subjectPronouns.contains(next) {
                return false
            }
        }
        let h = t.hashLowercased(i, e0)
        return !departments.forEachMatch(in: t, at: i, { _, n in i + n == e0 }) && !germanNounEnding(t, i, e0)
            && !NameLexicon.isFirstName(t, i, e0) && !openingAdverbs.contains(h) && !minutesOpeners.contains(h)
    }

    /// German and French subject pronouns (`ich`, `wir`, `il`, `elle`): after the verb they are its subject.
    static let subjectPronouns = NameLexicon.hashes("ich du er sie es wir ihr man je tu il elle on nous vous ils elles")

    /// German and French adverbs and nouns that open sentences before their verb (`Anschließend prüft …`, `Hotline
    /// übernimmt`), beyond `openingAdverbs`.
    static let minutesOpeners = NameLexicon.hashes(
        "anschließend anschliessend danach zusätzlich zusaetzlich ebenfalls vorab dann außerdem ausserdem zudem morgen "
            + "heute gestern bitte gerne nun jetzt hier dort deshalb daher somit auch noch zuerst zunächst "
            + "abschließend parallel bereits inzwischen später vorher nachher intern extern hotline technik zentrale "
            + "aujourd enfin également egalement"
    )
}
