/// A name alone with its role or department noted in parentheses after it (`Howe (practice mgr) to call`, `Freigabe:
/// Schmidt (Studienleitung)`, `Delorme (le stagiaire)`, `seen by White (NP)`): a post is what only a person holds.
extension PersonDetector {
    /// The end of the word at `i` when it is a known family name (no word, no place) or a known given name (no word,
    /// no place) and parentheses holding a role follow it (`roleNote`), or nil. (Not after a capitalised word, whose
    /// name it ends: `Team Falcon (Dispatch)`.)
    static func nameBeforeRoleNote(_ t: ScanText, _ i: Int, _ e: Int) -> Int? {
        guard t.at(e) == 0x20, t.at(e + 1) == 0x28, roleNote(t, e + 2),
            !(t.at(i - 1) == 0x20 && Byte.isAlpha(t.at(i - 2))
                && t.wordBefore(i, maxLength: 24).map({ Byte.isUpper(t[$0.start]) }) ?? false),
            familyNameAsWord(t, i, e) || givenNameAlone(t, i) == e
                // (A place's given name too: the role says who it is, `Austin (instructor)`.)
                || (placeNames.contains(t.hashLowercased(i, e)) && NameLexicon.isFirstName(t, i, e)
                    && writtenAsName(t, i, e) && !isWordName(t, i, e))
        else { return nil }
        return e
    }

    /// Whether the parentheses opening before `s` hold a role: one to three words (articles aside) closing within 32
    /// bytes, one of them a post's or a department's word (`practice mgr`, `Buchhaltung`, `IT-Support`, `NP`), the
    /// others lowercase or short capitals (`QA lead`).
    static func roleNote(_ t: ScanText, _ s: Int) -> Bool {
        var k = s
        var words = 0
        var role = false
        while k - s < 32 {
            var e = k
            while Byte.isAlpha(t.at(e)) || t.at(e) >= 0x80 || (t.at(e) == 0x2D && Byte.isAlpha(t.at(e + 1))) { e += 1 }
            guard e > k else { return false }
            let h = t.hashLowercased(k, e)
            if roleNoteWords.contains(h) || postWords.contains(h) || deskWords.contains(h)
                || relationWords.anySuffix(in: t, endingAt: e, notBefore: k, { $0 == k })
                || (e - k >= 9 && t.matches("leitung", at: e - 7))
            {
                role = true
            } else if !noteArticles.contains(h) {
                // (Other words are lowercase, or short capitals: `QA lead`, `on call`.)
                guard Byte.isLower(t[k]) || (e - k <= 4 && (k..<e).allSatisfy({ Byte.isUpper(t[$0]) })) else {
                    return false
                }
                words += 1
            }
            if t.at(e) == 0x29 { return role && words <= 2 }
            // (`l'alternante`: an elided article.)
            guard t.at(e) == 0x20 || (t.at(e) == 0x27 && e - k == 1) else { return false }
            k = e + 1
        }
        return false
    }

    /// Posts and departments noted after a name, in English, German and French (besides `postWords`, `deskWords` and
    /// the staff and relatives of `relationWords`).
    static let roleNoteWords = NameLexicon.hashes(
        "mgr mngr np rn rvn lpn cna qa hr it ops pm cfo ceo cto coo cio vp svp evp locum admin accounts "
            + "finance payroll legal facilities it-support helpdesk procurement purchasing sales marketing janitor "
            + "guard starter temp buchhaltung personalabteilung einkauf vertrieb sekretariat empfang verwaltung "
            + "technik geschäftsführung prokurist comptabilité accueil direction rh gérant gérante responsable "
            + "secrétariat alternant alternante gardien gardienne cheffe"
    )

    /// Articles that may open a role's note (`le stagiaire`, `l'alternante`, `the intern`).
    static let noteArticles = NameLexicon.hashes("le la l les un une the our der die das unser unsere")
}

extension PersonDetector {
    /// `Note from Holland:`, `Interne Notiz von Betina:`, `Message de Karim :`: whom a note is from, before its colon at
    /// `sep` — a known given name or family name (no word, no place), or a known given name and another name.
    static func noteWriter(_ t: ScanText, _ sep: Int) -> Candidate? {
        let ne = t.at(sep - 1) == 0x20 ? sep - 1 : sep
        var s = ne
        while s > 0 && (Byte.isAlpha(t[s - 1]) || t[s - 1] >= 0x80 || t[s - 1] == 0x2D) && ne - s < 24 { s -= 1 }
        guard s < ne, Byte.isUpper(t[s]) || t[s] >= 0xC3, var p = t.wordBefore(s, maxLength: 5) else { return nil }
        var ns = s
        if Byte.isUpper(t[p.start]), NameLexicon.isFirstName(t, p.start, p.end), writtenAsName(t, s, ne),
            let q = t.wordBefore(p.start, maxLength: 5)
        {
            ns = p.start
            p = q
        }
        guard writerPrepositions.contains(t.hashLowercased(p.start, p.end)),
            let n = t.wordBefore(p.start, maxLength: 14), isMessageWord(t.hashLowercased(n.start, n.end)),
            ns < s || givenNameAlone(t, s) == ne || familyNameAsWord(t, s, ne)
        else { return nil }
        return Candidate(.person, ns, ne, score: 0.75, priority: 30)
    }

    /// Whether the word hashed `h` is a note's or a message's (`noteWords`, `signedNoteWords`, `messageWords`).
    static func isMessageWord(_ h: UInt64) -> Bool {
        noteWords.contains(h) || signedNoteWords.contains(h) || messageWords.contains(h)
    }

    /// Words for messages that say whom they are from, besides the notes' words.
    static let messageWords = NameLexicon.hashes("message nachricht hinweis notizen mot retour")

    static let writerPrepositions = NameLexicon.hashes("from von de par by")
}
