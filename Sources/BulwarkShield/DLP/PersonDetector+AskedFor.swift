/// Whom someone asks, checks with, reaches or talks to: `ask Smith, he's the admin`, `check with Patterson whether`,
/// `demande à Legendre`, `tu as pu joindre Boucher`, `ich habe mit Barth gesprochen`; who did a thing, `relu par Klein`.
extension PersonDetector {
    /// The name at `i..<e0` after a verb that takes a person (`askVerbs`, a verb and its preposition in
    /// `talkVerbs`, French `à` after `addresseeVerbs`, `avec` after `withVerbs`; German `mit` before `mitVerbs`):
    /// a known given name that is no word, a known family name, or a word written as a name that no lexicon knows.
    /// One word only: a capitalised word after it makes a firm or a name read whole elsewhere (`ask Acme Support`).
    static func askedPerson(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        guard e0 - i >= 3, let w = t.wordBefore(i, maxLength: 12), Byte.isLower(t[w.start]) || t[w.start] >= 0x80,
            !(t.at(e0) == 0x20 && Byte.isUpper(t.at(e0 + 1)))
        else { return nil }
        let h = t.hashLowercased(w.start, w.end)
        // (English asks desks and tools by their names as often, `ask Procurement`, `check with Parchment`: there only
        // a known name, and no family name that is a word too, `ask House a question`.)
        var english = englishAskVerbs.contains(h)
        var asked = english || askVerbs.contains(h)
        // (Or a preposition and the verb before it, told by the preposition's bytes first: most words are none.)
        let p = w.start
        let toOrWith = !asked && (t.matchesExactly("to ", at: p) || t.matchesExactly("with ", at: p))
        let a = !asked && t.matchesExactly("à ", at: p)
        let avec = !asked && t.matchesExactly("avec ", at: p)
        let mit = !asked && t.matchesExactly("mit ", at: p)
        let par = !asked && t.matchesExactly("par ", at: p)
        if toOrWith || a || avec || mit || par, var v = t.wordBefore(p, maxLength: 12) {
            // (An imperative's pronoun after its hyphen: `demande-le à Margaud`, `adressez-vous à Franck`.)
            if a && t.at(v.start - 1) == 0x2D && v.end - v.start <= 4 {
                var vs = v.start - 1
                while vs > 0 && v.start - vs < 14 && (Byte.isLower(t[vs - 1]) || t[vs - 1] >= 0x80) { vs -= 1 }
                v = (vs, v.start - 1)
            }
            let verb = t.hashLowercased(v.start, v.end)
            english = toOrWith && talkVerbs.contains(verb)
            asked =
                english || (a && addresseeVerbs.contains(verb)) || (avec && withVerbs.contains(verb))
                || (mit && (t.matches("rücksprache ", at: v.start) || mitVerbFollows(t, e0)))
                || (par && parVerbs.contains(verb))
        }
        guard asked, writtenAsName(t, i, e0), !(i..<e0).contains(where: { t[$0] == 0x2D }) else { return nil }
        let named =
            (NameLexicon.isFirstName(t, i, e0) && !isWordName(t, i, e0) && !NameLexicon.isCommonWord(t, i, e0))
            || (english ? familyNameAsWord(t, i, e0) : familyNameAlone(t, i, e0))
            || (!english && writtenAsUnknownName(t, i, e0))
        let n = t.hashLowercased(i, e0)
        guard named, !placeNames.contains(n), !firmsNamedLikeFamilies.contains(n), !NameTokens.firmNameFollows(t, e0),
            !departments.forEachMatch(in: t, at: i, { _, n in i + n == e0 })
        else {
            return nil
        }
        return Candidate(.person, i, e0, score: 0.65, priority: 30)
    }

    /// Whether a German participle or infinitive of talking follows the name ending at `e0` (`mit Barth gesprochen`).
    static func mitVerbFollows(_ t: ScanText, _ e0: Int) -> Bool {
        guard t.at(e0) == 0x20, let e = lowercaseWordEnd(t, e0 + 1) else { return false }
        return mitVerbs.contains(t.hashLowercased(e0 + 1, e))
    }

    /// English verbs whose object is whom someone asks (`ask Smith`, `ping Glass`).
    static let englishAskVerbs = NameLexicon.hashes("ask asked asking ping pinged remind reminded tell told")

    /// French verbs whose object is whom someone reaches (`joindre Boucher`, `relancer Martin`, `prévenez Lombard`).
    static let askVerbs = NameLexicon.hashes(
        "joindre joint relancer relance relancé relancez contacter contacte contacté contactez prévenir préviens "
            + "prévenez prévenu appeler appelle appelez appelé"
    )

    /// Verbs before `to` or `with` and the person (`check with`, `spoke to`, `liaise with`).
    static let talkVerbs = NameLexicon.hashes(
        "check checked checking speak spoke spoken speaking talk talked talking chat chatted liaise liaised "
            + "confirm confirmed"
    )

    /// French verbs before `avec` and the person (`voir avec Carpentier`, `vu avec Leleu`).
    static let withVerbs = NameLexicon.hashes("voir vu vois voyez parlé parler caler calé valider validé")

    /// French participles of what a person does, before `par` and who did it (`relu par Klein`, `prélevée par
    /// Blondel`, `rendue par Neveu`); not what firms do, `fabriqué`, `expédié`, `fourni`, `assuré`.
    static let parVerbs = NameLexicon.hashes(
        "rendu rendue prélevé prélevée paramétré paramétrée fait faite relu relue attendu attendue validé validée "
            + "contrôlé contrôlée vérifié vérifiée signé signée saisi saisie rédigé rédigée préparé préparée ajouté "
            + "ajoutée demandé demandée remplacé remplacée contacté contactée appelé appelée récupéré récupérée "
            + "déposé déposée testé testée corrigé corrigée constaté constatée signalé signalée relevé relevée"
    )

    /// German participles and infinitives after `mit` and the person (`mit Barth gesprochen`).
    static let mitVerbs = NameLexicon.hashes(
        "gesprochen telefoniert geklärt abgestimmt besprochen vereinbart sprechen reden klären abstimmen telefonieren"
    )
}
