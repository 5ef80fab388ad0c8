/// A name with a note about the person in parentheses after it: `Nicolas (DPO) valide`, `Note from Mills (senior UW):`,
/// `As agreed with Torres (building manager)`.
extension PersonDetector {
    /// `i..<e0` is a known given name (no word, no place, no product) or a family name that is no word, a space, and a
    /// note of letters in parentheses (`(2019)`, `(05/03/2025)` are no notes); not part of a longer capitalised phrase
    /// inside a sentence, not a label's value, and no article before it.
    static func withNote(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        guard t.at(e0) == 0x20, t.at(e0 + 1) == 0x28 else { return nil }
        // (A given name itself, or a pair of them: `Martin-Fox (Landlord)` is a firm.)
        let given = givenNameAlone(t, i) == e0
        // A known given name before a phone in parentheses: `Cover list: Jeffrey (0191 4960069), Samuel (+44…)`.
        if given && phoneInParentheses(t, e0 + 2) { return Candidate(.person, i, e0, score: 0.75, priority: 30) }
        // (After a known given name the note may hold a role's number: `Ashley (client 40117)`.)
        guard let close = noteEnd(t, e0 + 2, numbered: given), close - e0 >= 3 else { return nil }
        // (A label's value is the label's to decide: `Priorität: Hoch (Produktion …)`, `Sprachen: Deutsch (…)`; so is
        // a label with a note opening a line: `Max (default): 10`.)
        let colon = t.at(close + 1) == 0x3A || (t.at(close + 1) == 0x20 && t.at(close + 2) == 0x3A)
        // (Unless a plain given name with a lowercase note says what it did: `- Donna (billing): confirmed the …`.)
        // (No digit in the note: `- Alice (db01): restarted the service` names a host.)
        if colon && opensItem(t, i) && Byte.isLower(t.at(e0 + 2)) && plainGivenName(t, i) == e0
            && !(e0 + 2..<close).contains(where: { Byte.isDigit(t[$0]) })
        {
            let v = t.at(close + 1) == 0x3A ? close + 3 : close + 4
            var k = v
            while Byte.isLower(t.at(k)) { k += 1 }
            if t.at(v - 1) == 0x20 && k - v >= 3 && t.at(k) == 0x20 && Byte.isAlpha(t.at(k + 1)) {
                return Candidate(.person, i, e0, score: 0.7, priority: 30)
            }
        }
        guard given || familyNameAsWord(t, i, e0), !determinerBefore(t, i), t.at(i - 2) != 0x3A,
            !(colon && opensItem(t, i)), !capitalisedWordBefore(t, i) || opensItem(t, i)
        else { return nil }
        return Candidate(.person, i, e0, score: 0.7, priority: 30)
    }

    /// Whether a phone number fills the parentheses opening at `s - 1`: `+`, a digit or an area code's parenthesis
    /// first (`Kelly ((0113) 4960414)`), then seven digits or more among spaces, dashes, dots and parentheses.
    static func phoneInParentheses(_ t: ScanText, _ s: Int) -> Bool {
        guard Byte.isDigit(t.at(s)) || t.at(s) == 0x2B || (t.at(s) == 0x28 && Byte.isDigit(t.at(s + 1))) else {
            return false
        }
        var k = s
        var digits = 0
        var depth = 1
        while k < t.count && k - s < 32 {
            let c = t[k]
            if Byte.isDigit(c) {
                digits += 1
            } else if c == 0x28 {
                depth += 1
            } else if c == 0x29 {
                depth -= 1
                if depth == 0 { return digits >= 7 }
            } else if !(c == 0x20 || c == 0x2D || c == 0x2E || c == 0x2B) {
                return false
            }
            k += 1
        }
        return false
    }

    /// The `)` ending a note that starts at `s`: up to 32 letters, spaces, dashes, dots, slashes and commas (`(seller,
    /// listing on Elm)`), no digit before a comma unless `numbered` (then a number after a word: `(client 40117)`) —
    /// or an age (`(7)`, `(9 ans)`, `(12 Jahre)`).
    static func noteEnd(_ t: ScanText, _ s: Int, numbered: Bool = false) -> Int? {
        var k = s
        if Byte.isDigit(t.at(k)) {
            k += Byte.isDigit(t.at(k + 1)) ? 2 : 1
            if t.at(k) == 0x29 { return k }
            guard t.at(k) == 0x20, Byte.isAlpha(t.at(k + 1)) else { return nil }
        }
        var comma = false
        while k - s <= 32 {
            let c = t.at(k)
            if c == 0x29 { return k > s ? k : nil }
            // (After a comma the note may go on with a number: `(seller, listing 070712584)`.)
            guard
                Byte.isAlpha(c) || c >= 0x80 || c == 0x20 || c == 0x2D || c == 0x2E || c == 0x2F || c == 0x2C
                    || ((comma || (numbered && k > s && t[k - 1] != 0x28)) && Byte.isDigit(c))
            else {
                return nil
            }
            if c == 0x2C { comma = true }
            k += 1
        }
        return nil
    }

    /// `Internal note (Payouts L1, Joan):`, `Interne Notiz (Ludwina, Payouts):`: the writer of a note, a whole item of
    /// the parentheses after the note's word — a known given name, or (first) one word written as a name no lexicon
    /// knows; or a known given name right after the note's word, before a colon (`Notiz Anna: Die Telefonnummer …`).
    static func noteWriter(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        let a = t.at(e0)
        let b = t.at(i - 1)
        if a == 0x3A && b == 0x20, let w = t.wordBefore(i, maxLength: 12),
            noteWords.contains(t.hashLowercased(w.start, w.end)), givenNameAlone(t, i) == e0
        {
            return Candidate(.person, i, e0, score: 0.7, priority: 30)
        }
        let dashed = a == 0x20 && b == 0x28 && spacedDashLength(t, e0 + 1) != nil
        guard a == 0x2C || a == 0x29 || dashed, b == 0x28 || (b == 0x20 && t.at(i - 2) == 0x2C) else { return nil }
        var open = i - 1
        while open > 0 && i - open < 40 && t[open] != 0x28 {
            if t[open] == 0x29 || t[open] == 0x0A { return nil }
            open -= 1
        }
        guard t.at(open) == 0x28 else { return nil }
        let w = t.wordBefore(open, maxLength: 12)
        let noted = w.map { noteWords.contains(t.hashLowercased($0.start, $0.end)) } ?? false
        // `Internal note (Frank, Finance):`, `Note interne (Nath) :`, `UW comments (Smith):`, `Agent reply (Mark - Tier
        // 1):`: the note's word before the parentheses or opening the line, and a colon after them, sign the note.
        var close = e0
        while close - open < 40 && close < t.count && t[close] != 0x29 && t[close] != 0x0A && t[close] != 0x28 {
            close += 1
        }
        if b == 0x28, t.at(close) == 0x29,
            t.at(close + 1) == 0x3A || (t.at(close + 1) == 0x20 && t.at(close + 2) == 0x3A),
            noted || (w.map { signedNoteWords.contains(t.hashLowercased($0.start, $0.end)) } ?? false)
                || noteOpensLine(t, open),
            (NameLexicon.isFirstName(t, i, e0) && writtenAsName(t, i, e0)) || familyNameNoWord(t, i, e0)
                || (writtenAsUnknownName(t, i, e0) && !germanNounEnding(t, i, e0) && t[e0 - 1] != 0x73)
        {
            return Candidate(.person, i, e0, score: 0.7, priority: 30)
        }
        guard noted else { return nil }
        // (An unknown word may be the writer only opening two items; in `s` it is a team's plural as often, `(Payouts,
        // Ledger)`; alone it names a topic, `Notiz (Technik)`.)
        let unknownFirst = b == 0x28 && a == 0x2C && writtenAsUnknownName(t, i, e0) && t[e0 - 1] != 0x73
        guard givenNameAlone(t, i) == e0 || unknownFirst else { return nil }
        return Candidate(.person, i, e0, score: 0.7, priority: 30)
    }

    static let noteWords = NameLexicon.hashes(
        "note notes memo comment comments notiz anmerkung vermerk kommentar remarque commentaire"
    )

    /// Words before the parentheses that name a note's writer when a colon follows them (`Agent reply (Mark):`).
    static let signedNoteWords = NameLexicon.hashes("reply update interne internal avis feedback rückmeldung")

    /// Whether the line holding the `(` at `open` starts with a note's word (`Notes from Tier 1 (Mark):`).
    static func noteOpensLine(_ t: ScanText, _ open: Int) -> Bool {
        var ls = t.lineStart(open, notBefore: open - 40)
        guard ls == 0 || t[ls - 1] == 0x0A else { return false }
        if (t.at(ls) == 0x2D || t.at(ls) == 0x2A) && t.at(ls + 1) == 0x20 { ls += 2 }
        var e = ls
        while Byte.isAlpha(t.at(e)) && e < open { e += 1 }
        return e > ls
            && (noteWords.contains(t.hashLowercased(ls, e)) || signedNoteWords.contains(t.hashLowercased(ls, e)))
    }

    /// `the exam office (Grace)`, `Agency lad (Rhys)`, `at the counter (Laura, I think?)`: a known given name that names
    /// no place, alone in parentheses (or before a comma in them) right after a word for a desk, a post or a
    /// department, who the desk or post is. (Not a family name: desks are qualified by towns named like families,
    /// `HR Business Partner (Manchester)`, `Tax Desk (Kehl)`.)
    static func staffInParentheses(_ t: ScanText, _ i: Int, _ e0: Int) -> Candidate? {
        let a = t.at(e0)
        guard t.at(i - 1) == 0x28, t.at(i - 2) == 0x20, a == 0x29 || a == 0x2C,
            let w = t.wordBefore(i - 1, maxLength: 24),
            staffWords.anySuffix(in: t, endingAt: w.end, notBefore: w.start, { _ in true })
                || relationWords.anySuffix(in: t, endingAt: w.end, notBefore: w.start, { $0 == w.start })
                || departments.forEachMatch(in: t, at: w.start, { _, n in w.start + n == w.end }),
            !NameLexicon.isStopword(t, i, e0), !inCapitals(t, i, e0), NameLexicon.isFirstName(t, i, e0),
            !placeNames.contains(t.hashLowercased(i, e0)), !isWordName(t, i, e0),
            !(i..<e0).contains(where: { t[$0] == 0x2D })
        else { return nil }
        return Candidate(.person, i, e0, score: 0.7, priority: 30)
    }

    /// Words for desks and posts that a person stands for (`Service Desk`, `Teamleitung`, `livreur`), matched as the
    /// end of the word before the parentheses.
    static let staffWords = KeywordSet(suffixes: [
        "desk", "office", "support", "agent", "lad", "counter", "livreur", "livreuse", "driver", "fahrer", "leitung",
        "vorstand", "technician", "coordinator", "dispatcher", "disponent", "receptionist", "secretary", "sekretariat",
        "secrétariat", "assistant", "assistante", "chauffeur", "hausmeister", "concierge", "gardien", "caretaker",
    ])
}
