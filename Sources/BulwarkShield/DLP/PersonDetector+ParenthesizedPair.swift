/// Two people sharing a note in parentheses: `Night shift (William + Clayton)`, `my team (Brittany and Austin)`, `Unit 2
/// crew (Stephen/Michael)`.
extension PersonDetector {
    /// The second of two given names that fill parentheses opening right before `i`, joined by `+`, `&`, `/`, `and`,
    /// `und` or `et`, appending the first: at least one a given name that is no word and no place (`givenNameAlone`),
    /// the other a known given name too (then a word's or a place's will do: `Austin`; not after `/` or `&`, which
    /// pair rooms, teams and firms as often: `(Lincoln/Jefferson)`, `(Taylor & Francis)`); nothing else inside, two
    /// different words, not `Min` and `Max`.
    func parenthesizedPair(_ t: ScanText, _ i: Int, into out: inout [Candidate]) -> Candidate? {
        guard t.at(i - 1) == 0x28, let e1 = NameTokens.word(t, i) else { return nil }
        let s2: Int
        var strict = false
        if t.at(e1) == 0x2F {
            s2 = e1 + 1
            strict = true
        } else if t.at(e1) == 0x20 {
            let j = t.at(e1 + 1)
            if (j == 0x2B || j == 0x26) && t.at(e1 + 2) == 0x20 {
                s2 = e1 + 3
                strict = j == 0x26
            } else if t.matchesExactly("and ", at: e1 + 1) || t.matchesExactly("und ", at: e1 + 1) {
                s2 = e1 + 5
            } else if t.matchesExactly("et ", at: e1 + 1) {
                s2 = e1 + 4
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard Byte.isUpper(t.at(s2)) || t.at(s2) >= 0xC3, let e2 = NameTokens.word(t, s2), t.at(e2) == 0x29 else {
            return nil
        }
        let h1 = t.hashLowercased(i, e1)
        let h2 = t.hashLowercased(s2, e2)
        guard h1 != h2, !Self.rangeWords.contains(h1), !Self.rangeWords.contains(h2) else { return nil }
        let alone1 = Self.givenNameAlone(t, i) == e1
        let alone2 = Self.givenNameAlone(t, s2) == e2
        // (After `&` not two family names either: `(Marshall & Taylor)` is a firm.)
        if strict
            && (!alone1 || !alone2
                || (t.at(e1 + 1) == 0x26 && NameLexicon.isSurname(t, i, e1)
                    && NameLexicon.isSurname(t, s2, e2)))
        {
            return nil
        }
        guard alone1 || alone2, alone1 || Self.knownGivenName(t, i, e1), alone2 || Self.knownGivenName(t, s2, e2) else {
            return nil
        }
        out.append(person(i, e1, 0.7))
        return person(s2, e2, 0.7)
    }

    /// Words of a range that are given names too (`(Min/Max)`, `(Min et Max)`).
    static let rangeWords = NameLexicon.hashes("min max")

    /// Whether `s..<e` is a known given name written as one (capitalised, then lowercase), a stopword's excepted.
    private static func knownGivenName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        e - s >= 3 && (Byte.isLower(t.at(s + 1)) || t.at(s + 1) >= 0x80) && NameLexicon.isFirstName(t, s, e)
            && !NameLexicon.isStopword(t, s, e) && !namedLikePeople.contains(t.hashLowercased(s, e))
    }
}

extension PersonDetector {
    /// `Internal note (Austin): …`, `[9:15] IT Service Desk (Frank): …`, `best man (Patrick), …`: a known given name
    /// alone in parentheses after a word for a desk, a note's writer or a post, before a colon, the line's end, a
    /// comma, a full stop or a lowercase word (a word's given name before a colon only; a place's only there after a
    /// note's word).
    static func nameOfDesk(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        guard t.at(i - 1) == 0x28, t.at(i - 2) == 0x20, t.at(e) == 0x29, let w = t.wordBefore(i - 1, maxLength: 12)
        else { return nil }
        let wh = t.hashLowercased(w.start, w.end)
        let noted = notedByWords.contains(wh)
        guard noted || deskWords.contains(wh) || postWords.contains(wh) else { return nil }
        let a = t.at(e + 1)
        guard a == 0x3A || a == 0x0A || a == 0 || (a == 0x20 && t.lowercaseAt(e + 2)) || a == 0x2C || a == 0x2E,
            knownGivenName(t, i, e)
        else { return nil }
        // (A word's given name only before a speaker's colon, `Pricing desk (Summer) promo` names a season; a place's
        // only there after a note's or a reply's word: `Service Desk (Columbus).`, `Branch office (Austin):` name
        // sites.)
        if !writtenAsName(t, i, e) && !(noted && a == 0x3A) { return nil }
        if a != 0x3A && isWordName(t, i, e) { return nil }
        return Candidate(.person, i, e, score: 0.7, priority: 30)
    }

    /// Words for a note's writer or someone's part before their given name in parentheses (besides `deskWords`).
    static let notedByWords = NameLexicon.hashes(
        "note notes reply agent tech man maid crew shift contact owner assignee doctor nurse driver"
    )
}

extension PersonDetector {
    /// `- RO 61342 (Cobb): customer approved`, `Case 4411 (Meyer): …`: a known family or given name alone in parentheses
    /// after a case's, an order's or a file's number, before a colon (the customer or the case's party); not a word.
    static func partyOfReference(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        guard t.at(i - 1) == 0x28, t.at(i - 2) == 0x20, Byte.isDigit(t.at(i - 3)), t.at(e) == 0x29,
            t.at(e + 1) == 0x3A || (t.at(e + 1) == 0x20 && t.at(e + 2) == 0x3A),
            familyNameNoWord(t, i, e) || givenNameAlone(t, i) == e
        else { return nil }
        // The reference's word before its number: a case's, an order's or a file's (`Unit 4 (Oxford):`, `Store 0212
        // (Hamilton):` name places).
        var d = i - 3
        while (Byte.isAlnum(t.at(d)) || t.at(d) == 0x2D || t.at(d) == 0x2F) && i - d < 32 { d -= 1 }
        if t.at(d) == 0x23 { d -= 1 }
        guard t.at(d) == 0x20, let w = t.wordBefore(d + 1, maxLength: 9),
            referenceWords.contains(t.hashLowercased(w.start, w.end))
        else { return nil }
        return Candidate(.person, i, e, score: 0.7, priority: 30)
    }

    /// Words of references whose number a party's name follows in parentheses (`RO 61342 (Cobb):`).
    static let referenceWords = NameLexicon.hashes(
        "ro wo po case ticket claim file job order invoice account acct policy matter ref incident request dossier "
            + "fall vorgang akte auftrag commande sinistre contrat"
    )
}
