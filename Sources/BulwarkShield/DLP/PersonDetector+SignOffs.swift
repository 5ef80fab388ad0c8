/// Names that sign a message: on the line after a closing phrase, after one on the same line, or after a spaced dash.
extension PersonDetector {
    /// `Sure, Thursday works. — Omar`: a name after a spaced dash (at `dash`, text from `k`) that ends the line, as a
    /// message is signed. One given name only after a sentence's end (`Range 1 - Max`, `Min – Max` are ranges).
    /// `belowName`: the line above ends with a person found (a signature's post or firm follows, not a name).
    func dashSigned(_ t: ScanText, _ dash: Int, _ k: Int, belowName: Bool = false) -> Candidate? {
        var vs = k
        while t.at(vs) == 0x20 { vs += 1 }
        guard let tok = NameTokens.read(t, vs, max: 3) else { return nil }
        var e = tok.end
        if t.at(e) == 0x2E { e += 1 }
        while t.at(e) == 0x20 || t.at(e) == 0x0D { e += 1 }
        // Hashtags may follow a signature (`— Joy #renting #nyc`).
        while t.at(e) == 0x23 && Byte.isAlpha(t.at(e + 1)) {
            e += 1
            while Byte.isAlnum(t.at(e)) || t.at(e) == 0x5F { e += 1 }
            while t.at(e) == 0x20 { e += 1 }
        }
        // (A quotation's author before a comma and where or when: `"…" — David, Kimberlychester`.)
        let quoted = dash >= 2 && (t.at(dash - 2) == 0x22 || (t.at(dash - 2) == 0x9D && t.at(dash - 3) == 0x80))
        // (Or a quoted message's last words: `… is this what you need? - William"`.)
        let closesQuote =
            t.at(e) == 0x22 && !quoted && (dash < 2 || ".!?".utf8.contains(t.at(dash - 2))) && Self.endsLine(t, e + 1)
        guard e >= t.count || t[e] == 0x0A || closesQuote || (quoted && tok.count == 1 && t.at(tok.end) == 0x2C) else {
            return nil
        }
        // A firm after a heading's dash (`WARRANTY CLAIM FORM — Kestrel Appliances UK`); but a given name alone on
        // the text's last line after a blank one signs it even when a place is named so (`…\n\n– Virginia`).
        let signsText =
            tok.count == 1 && t.at(dash - 1) == 0x0A
            && (t.at(dash - 2) == 0x0A || (t.at(dash - 2) == 0x0D && t.at(dash - 3) == 0x0A))
            && Self.endsText(t, tok.end)
            && NameLexicon.firstNames.contains(t.hashLowercased(tok.start, tok.end))
            && !NameLexicon.isStopword(t, tok.start, tok.end) && !NameLexicon.isCommonWord(t, tok.start, tok.end)
        for k in 0..<tok.count
        where !signsText && Self.placeOrFirmWords.contains(t.hashLowercased(tok.starts[k], tok.ends[k])) {
            return nil
        }
        // A heading in capitals before the dash (`HOLLYBANK PRIMARY – AUTUMN TERM NEWSLETTER`, `FICHE SALARIÉ –
        // Magasin de Dias`), or a shop's or a branch's word opening the words (`Filiale Bad Brückenau`).
        if dash > 0 {
            let ls = t.lineStart(dash - 1)
            if Self.inCapitals(t, ls, dash) && (Self.inCapitals(t, tok.start, tok.end) || dash - ls >= 8) { return nil }
        }
        if Self.placeOpeners.contains(t.hashLowercased(tok.starts[0], tok.ends[0])) || tok.namesProduct(t) {
            return nil
        }
        let lex = tok.lexiconHits(t)
        let sentenceEnd = ".!?\"".utf8.contains(t.at(dash - 2)) || quoted || dash == 0 || t[dash - 1] == 0x0A
        // (A long word no lexicon knows opening the words is a German compound, a topic: `Änderungsantrag 983674561 –
        // Prozessleittechnik Wasser`.)
        let compound =
            tok.ends[0] - tok.starts[0] >= 13 && !lex.first
            && !NameLexicon.isSurname(t, tok.starts[0], tok.ends[0])
            && (tok.starts[0] + 1..<tok.ends[0]).allSatisfy({ Byte.isLower(t[$0]) || t[$0] >= 0x80 })
        if signsText {
            return person(tok.start, tok.end, 0.75)
        }
        if tok.count >= 2
            ? (lex.first || lex.surname) && !compound
            : (sentenceEnd && Self.writtenAsName(t, tok.starts[0], tok.ends[0]) && lex.first)
                // (Or a known given name that is no word and no place: `evening desk handover – Samuel`.)
                // (No figures before the dash: `Release 4.2 – Athena` names a release.)
                || (!belowName
                    && !(t.lineStart(dash, notBefore: dash - 120)..<dash).contains(where: { Byte.isDigit(t[$0]) })
                    && Self.givenNameAlone(t, tok.start) == tok.end
                    && !NameLexicon.isCommonWord(t, tok.start, tok.end)
                    && !Self.wordsOpeningSentences.contains(t.hashLowercased(tok.start, tok.end)))
        {
            return person(tok.start, tok.end, 0.75)
        }
        return nil
    }

    /// `Lesley – Mon, Thu, Sun – 01632 …`: a known given name (no word, no place) alone before the spaced dash at
    /// `dash`, opening its line (after a bullet): a rota's or a list's person.
    static func nameOpeningDashedLine(_ t: ScanText, _ dash: Int) -> Candidate? {
        guard t.at(dash - 1) == 0x20, let w = t.wordBefore(dash, maxLength: 24) else { return nil }
        var ls = w.start
        while ls > 0 && (t[ls - 1] == 0x20 || t[ls - 1] == 0x2D || t[ls - 1] == 0x2A) { ls -= 1 }
        guard ls == 0 || t[ls - 1] == 0x0A, givenNameAlone(t, w.start) == w.end else { return nil }
        // (What follows says when or where they are reached: a weekday or a phone; not a menu's or a room's line,
        // `Margherita – tomato`, `Alan – 12 seats`.)
        var v = dash
        while v < t.count && t[v] != 0x20 { v += 1 }
        v += 1
        let reached =
            t.at(v) == 0x2B || t.at(v) == 0x28 || (Byte.isDigit(t.at(v)) && Byte.isDigit(t.at(v + 4)))
            || (Byte.isUpper(t.at(v)) && weekdayWords.contains(t.hashLowercased(v, NameTokens.word(t, v) ?? v)))
        return reached ? Candidate(.person, w.start, w.end, score: 0.7, priority: 30) : nil
    }

    /// Weekdays and their abbreviations in English, German and French.
    static let weekdayWords = NameLexicon.hashes(
        "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday "
            + "mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag "
            + "lun mar mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche"
    )

    /// Whether `s..<e` holds ASCII letters and no lowercase one (`AUTUMN TERM`, `DÉGÂT DES EAUX`).
    static func inCapitals(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var upper = false
        for k in s..<e {
            if Byte.isLower(t[k]) { return false }
            if Byte.isUpper(t[k]) { upper = true }
        }
        return upper
    }

    /// Whether one or two capitalised words from `i` end their line (a signature's name).
    static func nameEndsLine(_ t: ScanText, _ i: Int) -> Bool {
        guard var e = NameTokens.word(t, i) else { return false }
        if t.at(e) == 0x20 && Byte.isUpper(t.at(e + 1)), let e2 = NameTokens.word(t, e + 1) { e = e2 }
        if t.at(e) == 0x2E || t.at(e) == 0x21 { e += 1 }
        return e >= t.count || t[e] == 0x0A || t[e] == 0x0D
    }

    /// `Thanks, Jane Doe` on one line: a closing phrase, a comma, and a name that ends the line (the same
    /// names `signOff` takes from the next line).
    /// Without the comma (`Gruß Roberto`, `Viele Grüße Anna Weber`) the phrase must open its line and the name be a
    /// known given name, or two words with a known name among them (`Best Western` is a hotel).
    func inlineSignOff(_ t: ScanText, _ i: Int, comma: Bool = true, strict: Bool = false) -> Candidate? {
        // The closing phrase opens its line or follows a sentence on it (`… by Friday. Best, Annika`).
        var ls = i - 2
        while ls > 0 && t[ls - 1] != 0x0A && i - ls <= 42 {
            if t[ls - 1] == 0x20 && ls >= 2 && (t[ls - 2] == 0x2E || t[ls - 2] == 0x21 || t[ls - 2] == 0x3F) {
                guard comma else { return nil }
                break
            }
            ls -= 1
        }
        guard i - ls <= 42, comma || !t.matches("best ", at: ls), PersonLabels.isSignOff(t, ls, i - 1),
            let tok = NameTokens.read(t, i, max: 4)
        else {
            return nil
        }
        var e = tok.end
        if t.at(e) == 0x2E || t.at(e) == 0x21 { e += 1 }
        // A quoted message ends after the signature (`… Viele Grüße, Vera“`).
        if t.at(e) == 0x22 {
            e += 1
        } else if t.at(e) == 0xE2 && t.at(e + 1) == 0x80 && (t.at(e + 2) == 0x9C || t.at(e + 2) == 0x9D) {
            e += 3
        }
        guard e >= t.count || t[e] == 0x0A || t[e] == 0x0D else { return nil }
        let lex = tok.lexiconHits(t)
        guard
            (comma && !strict
                ? tok.count >= 2 || lex.first || lex.surname : (lex.first || (tok.count >= 2 && lex.surname)))
                || (!strict && Self.signsAlone(t, tok))
        else { return nil }
        return person(tok.start, tok.end, 0.85)
    }

    /// Whether the one word of `tok`, which the lexicons lack, signs a message after a closing phrase: written as a
    /// name and no word (`Viele Grüße\nGerolf`, `Gruß Hajo`); a team signs with a stopword or a department
    /// (`Thanks,\nSupport`, `Cheers,\nDevOps`).
    static func signsAlone(_ t: ScanText, _ tok: NameTokens) -> Bool {
        let (s, e) = (tok.start, tok.end)
        return tok.count == 1 && writtenAsUnknownName(t, s, e) && !placeOrFirmWords.contains(t.hashLowercased(s, e))
            && !departments.forEachMatch(in: t, at: s, { _, n in s + n == e })
    }

    /// Whether a partnership's other names and its firm's word follow the comma at `e` (`Owen, Marshall and Begum
    /// Solicitors`: a known family name, `and` or `&`, a capitalised word, a word of `placeOrFirmWords`; not
    /// `Diane, Health and Safety Committee`, `Patel, on behalf of …`).
    static func partnersFollow(_ t: ScanText, _ e: Int) -> Bool {
        guard t.at(e) == 0x2C, t.at(e + 1) == 0x20, let e1 = NameTokens.word(t, e + 2),
            NameLexicon.isSurname(t, e + 2, e1)
        else { return false }
        let c = t.matchesExactly(" and ", at: e1) ? e1 + 5 : t.matchesExactly(" & ", at: e1) ? e1 + 3 : -1
        guard c > 0, let e2 = NameTokens.word(t, c), t.at(e2) == 0x20, let e3 = NameTokens.word(t, e2 + 1) else {
            return false
        }
        return placeOrFirmWords.contains(t.hashLowercased(e2 + 1, e3))
    }

    /// `Thanks,\nJane Doe` — the line after a closing phrase.
    func signOff(_ t: ScanText, _ nl: Int, into out: inout [Candidate]) {
        // The line, less the trailing `, ! . space CR` that `isSignOff` trims, must end as a closing phrase does.
        var le = nl
        while le > 0 {
            let c = t[le - 1]
            guard c == 0x2C || c == 0x21 || c == 0x2E || c == 0x20 || c == 0x0D else { break }
            le -= 1
        }
        guard le > 0, PersonLabels.mayEndSignOff(t[le - 1]) else { return }
        // The line start, looking back no further than a closing phrase can reach.
        var ls = nl
        while ls > 0 && t[ls - 1] != 0x0A && nl - ls <= 40 { ls -= 1 }
        // Inside a quoted reply the lines open with `>` (`> Best,\n> Kara`).
        let quoted = t.at(ls) == 0x3E
        if quoted {
            ls += 1
            while t.at(ls) == 0x3E || t.at(ls) == 0x20 { ls += 1 }
        }
        guard nl > ls, (nl - ls <= 40 && PersonLabels.isSignOff(t, ls, nl)) || PersonLabels.endsFrenchFormula(t, nl)
        else { return }
        var k = nl + 1
        while k < t.count && (t[k] == 0x0A || t[k] == 0x20 || (quoted && t[k] == 0x3E)) { k += 1 }
        if let titled = afterTitle(t, k) {
            out.append(titled)
            return
        }
        guard let tok = NameTokens.read(t, k, max: 4) else {
            // (`August Kambs`, `April Nguyen`: a given name that is a stopword too, then a family name written as one,
            // filling the line.)
            guard let e = NameTokens.word(t, k), NameLexicon.nameStopwords.contains(t.hashLowercased(k, e)) else {
                return
            }
            if t.at(e) == 0x20, let f = NameTokens.word(t, e + 1), Self.writtenAsUnknownName(t, e + 1, f),
                Self.endsLine(t, f)
            {
                out.append(person(k, f, 0.8))
            } else if Byte.isLower(t.at(k + 1)), !(nl + 1..<k).contains(where: { t[$0] == 0x0A }) {
                // (`Thanks a lot,\nApril` right below the closing, alone at the message's end, or above a blank line
                // or a signature's `--`; not a month heading a paragraph after a blank line.)
                var f = t.at(e) == 0x2E ? e + 1 : e
                if t.at(f) == 0x0D { f += 1 }
                if f >= t.count
                    || (t[f] == 0x0A
                        && (t.at(f + 1) == 0x0A || t.at(f + 1) == 0x0D || t.matchesExactly("--", at: f + 1)))
                {
                    out.append(person(k, e, 0.75))
                }
            }
            return
        }
        // (`Antonia Dussen van`: a particle after the name is part of it.)
        let end = Self.trailingParticleEnd(t, tok.end) ?? tok.end
        let after = t.at(end)
        // What may follow the name on its line: a comma, a separator (`| Clinical Lead`), or `from`/`at` and the team
        // or company (`Oliver from Customer Care`).
        guard
            after == 0x0A || after == 0 || after == 0x2C || (after == 0x20 && "|-(–".utf8.contains(t.at(end + 1)))
                || t.matchesExactly(" from ", at: end) || t.matchesExactly(" at ", at: end)
        else { return }
        let lex = tok.lexiconHits(t)
        let unknownName = (after == 0x0A || after == 0) && Self.signsAlone(t, tok)
        // Two words the lexicons lack sign as a name unless one is a common word: a team or an office signs so
        // (`Best wishes,\nStudent Administration`).
        let unknownWords =
            tok.count >= 2 && !(0..<tok.count).contains { NameLexicon.isCommonWord(t, tok.starts[$0], tok.ends[$0]) }
        // (Under a formal letter's closing only a known name: `Hochachtungsvoll\nFinanzamt Köln-Mitte`, `Yours
        // faithfully,\nVodafone`, `… salutations distinguées.\n\nEnedis` sign as firms and offices.)
        guard lex.first || lex.surname || ((unknownName || unknownWords) && !PersonLabels.isFormalClosing(t, ls, nl))
        else { return }
        // A firm signs as well (`Atelier Brun`, `Cabinet Morel`, `Owen, Marshall and Begum Solicitors`).
        if Self.placeOpeners.contains(t.hashLowercased(tok.starts[0], tok.ends[0]))
            || (tok.count == 1 && after == 0x2C
                && (NameTokens.inPartnerList(t, tok.start, tok.end) || Self.partnersFollow(t, end)))
        {
            return
        }
        out.append(person(tok.start, end, 0.85))
    }
}

extension PersonDetector {
    /// `Signature: /s/ Dalton`, `/s/ Maria Lopez`: a conformed signature, `/s/` (after no word) and the signer's name
    /// (`standsAsName`).
    static func conformedSignature(_ t: ScanText, _ i: Int) -> Candidate? {
        guard t.at(i + 3) == 0x20, !Byte.isWord(t.at(i - 1)), Byte.isUpper(t.at(i + 4)) || t.at(i + 4) >= 0xC3,
            let tok = NameTokens.read(t, i + 4, max: 3), standsAsName(t, tok)
        else { return nil }
        return Candidate(.person, tok.start, tok.end, score: 0.8, priority: 30)
    }

    /// Whether the one to three words of `tok`, standing where a name goes with no other cue (after `/s/`, alone on a
    /// chat's header line), are one: each written as a name, one a known given or family name, and not one common
    /// word alone.
    static func standsAsName(_ t: ScanText, _ tok: NameTokens) -> Bool {
        let lex = tok.lexiconHits(t)
        return (lex.first || lex.surname) && (tok.count >= 2 || !NameLexicon.isCommonWord(t, tok.start, tok.end))
            && (0..<tok.count).allSatisfy({ writtenAsName(t, tok.starts[$0], tok.ends[$0]) })
    }
}
