/// Names placed by a time of day: a chat export's speaker line (`Raymond Osei  10:42`, `Julie  9:02 AM   rc is cut`,
/// `Ulla (09:14): Login geht nicht`), the actor of a timeline entry
/// (`- 03:05 Imogen restarted pgbouncer`), and a speaker named in parentheses after a role (`Agent (Bella): Hi`).
extension PersonDetector {
    /// The name that a line starting at `ls` gives a time to, or that acts right after the time that opens it.
    @inline(__always) func timedName(_ t: ScanText, _ ls: Int) -> Candidate? {
        // The first byte says which form the line may take (most lines take neither).
        let c = t.at(ls)
        if Byte.isUpper(c) || c >= 0xC3 {
            return exportSpeaker(t, ls) ?? gappedSpeaker(t, ls) ?? deskSpeaker(t, ls) ?? Self.slotName(t, ls)
        }
        if Byte.isLower(c) { return Self.slotName(t, ls) }
        return Byte.isDigit(c) || ((c == 0x2D || c == 0x2A) && Byte.isDigit(t.at(ls + 2)))
            ? timelineActor(t, ls) ?? Self.slotName(t, ls) : nil
    }

    /// Whether the line after the one ending at `e` holds text that does not end with a time of day (what a chat's
    /// speaker said, not an agenda's next entry).
    static func messageLineFollows(_ t: ScanText, _ e: Int) -> Bool {
        let ns = t.at(e) == 0x0D ? e + 2 : e + 1
        var ne = t.lineEnd(ns, notAfter: ns + 400)
        if ne > ns && t[ne - 1] == 0x0D { ne -= 1 }
        guard ne - ns >= 2 else { return false }
        return !(ne - ns >= 4 && Byte.isDigit(t[ne - 1]) && Byte.isDigit(t[ne - 2]) && t[ne - 3] == 0x3A)
    }

    /// `Raymond Osei  10:42` or `Bella · 9:05 AM` alone on a line (a chat export's header before what was said): one
    /// to three capitalised words, a gap (two spaces, a tab, ` · `, ` - `, ` – `) and a time. One word must be a known
    /// given name, or the last a known family name (`Sprint Planning  10:00` is a calendar entry).
    private func exportSpeaker(_ t: ScanText, _ ls: Int) -> Candidate? {
        // Capitalised words and then a gap, before the words are read (most lines go on with a lowercase word).
        var w = ls
        for _ in 0..<3 {
            guard Byte.isUpper(t.at(w)) || t.at(w) >= 0xC3 else { return nil }
            w += 1
            while Byte.isAlpha(t.at(w)) || t.at(w) >= 0x80 || t.at(w) == 0x2D || t.at(w) == 0x27 { w += 1 }
            guard t.at(w) == 0x20 else { break }
            // `Sanne de Vries`: a lowercase particle between the capitalised words.
            if let next = NameTokens.afterParticles(t, w + 1) {
                w = next
                continue
            }
            // (`—`, `–` and `·` after the space are gaps, not words: `Laurent — 14:02`.)
            guard Byte.isUpper(t.at(w + 1)) || (t.at(w + 1) >= 0xC3 && t.at(w + 1) != 0xE2) else { break }
            w += 1
        }
        // The gap and the time that ends the line, before the words are read (aligned tables have gaps too).
        var k = w
        // (A role in parentheses may come between: `Élise (Support N1) — 14:06`.)
        if t.at(k) == 0x20 && t.at(k + 1) == 0x28, let close = Self.closingParenthesis(t, k + 2) { k = close + 1 }
        var gap = 0
        while t.at(k) == 0x20 || t.at(k) == 0x09 {
            gap += t[k] == 0x09 ? 2 : 1
            k += 1
        }
        if gap == 1, let dash = Self.spacedDashLength(t, k) ?? Self.middleDotLength(t, k) {
            k += dash + 1
            gap = 2
        }
        // `Ulla (09:14): Login geht nicht`, `Cathleen 03:12: Alert`: the time (in parentheses), then what was said.
        var said = false
        // (Or in brackets, as chat exports write it: `Ruben [9:12 AM]: @Jo …`.)
        // (`Timothée [14:02] : quel …`: French writes a space before the colon.)
        // (`John [9:16 AM]` alone on its line, as Slack copies it, what was said on the next.)
        if gap == 1 && (t.at(k) == 0x28 || t.at(k) == 0x5B), let e = Self.timeOfDay(t, k + 1),
            t.at(e) == (t.at(k) == 0x28 ? 0x29 : 0x5D),
            t.at(e + 1) == 0x3A || (t.at(e + 1) == 0x20 && t.at(e + 2) == 0x3A)
                || (t.at(k) == 0x5B && (Self.endsLine(t, e + 1) || t.at(e + 1) == 0x20))
        {
            gap = 2
            said = true
        } else if gap == 1 && t.at(k) == 0x5B, let e = Self.isoStampEnd(t, k + 1), t.at(e) == 0x5D,
            t.at(e + 1) == 0x3A
        {
            // `Rosita [2026-10-17T04:48:18.547330+00:00]: Moin`: an ISO time stamp in brackets.
            gap = 2
            said = true
        } else if gap == 1, let e = Self.timeOfDay(t, k),
            (t.at(e) == 0x3A && t.at(e + 1) == 0x20) || (t.at(e) == 0x20 && t.at(e + 1) == 0x3A && t.at(e + 2) == 0x20)
        {
            // `Cathleen 03:12: Alert …`: the time, then a colon and what was said (`Élodie 09:41 : quelqu'un …`).
            gap = 2
            said = true
        }
        // `Olivier Brunel 10:02` ending its line (a Teams export): one space will do before a full name's time, or a
        // known given name's (`Gesine 09:03`); so before a spaced dash and what was said (`Agathe 08:49 — pareil`; an
        // agenda writes lines so too, `Mittagessen 12:00 — Kantine`, so not for a word no lexicon knows).
        var tight = false
        if gap == 1, let e = Self.timeOfDay(t, k),
            Self.endsLine(t, e) || (t.at(e) == 0x20 && Self.spacedDashLength(t, e + 1) != nil)
        {
            gap = 2
            tight = true
        }
        // (Or a date and a time: `Camille — 2026-05-01T09:12:44`, `Ricky  2026-07-29 21:04`.)
        guard gap >= 2, let e = said ? k : Self.timeOfDay(t, k) ?? Self.isoStampEnd(t, k),
            said || tight || Self.endsLine(t, e) || Self.gapFollows(t, e),
            let tok = NameTokens.read(t, ls, max: 3), tok.end == w,
            // (A name no lexicon knows, or a known given name, before its time and the line's end speaks in a chat of
            // known speakers, what was said on the next line: `Lissy 08:20` between `Ernst-August 08:14` and `Kai-Uwe
            // 08:31`, `Amber (IT) 09:05`; an agenda's next line is another time's, `Keynote 09:00\nLunch 12:00`.)
            !tight || tok.count >= 2 || Self.givenNameAlone(t, tok.start) == tok.end
                || Self.lowercaseTextAfterGap(t, e)
                || (Self.endsLine(t, e)
                    && (Self.writtenAsUnknownName(t, tok.start, tok.end)
                        || NameLexicon.isFirstName(t, tok.start, tok.end))
                    && Self.messageLineFollows(t, e) && Self.knownSpeakerNearby(t, ls))
        else { return nil }
        let last = tok.count - 1
        // What was said after the time on the same line (`Austin  10:03  on it.`, `Margaud 08:47 — le LIMS`), where
        // a world clock's line ends (`Austin  10:03`): a given name that is a place too speaks there, in a chat
        // (`Florence 15:00 — check-in at the hotel` is an itinerary's line).
        let talk = !said && !Self.endsLine(t, e) && Self.lowercaseTextAfterGap(t, e)
        // (Read once, and only when a rule below asks.)
        lazy var chat = Self.knownSpeakerNearby(t, ls)
        // (A given name that is a place too speaks where what was said follows indented, as Slack copies it:
        // `Virginia  9:02 AM\n  anyone else …`; a world clock's next line is another place's time.)
        // (Only at a time written with AM or PM, as Slack writes it: `Virginia  02:14` heads a status by region.)
        lazy var indented =
            Self.endsLine(t, e) && t.at(e - 1) | 0x20 == 0x6D
            && (t.at(e - 2) | 0x20 == 0x61 || t.at(e - 2) | 0x20 == 0x70)
            && Self.indentedMessageFollows(t, e)
        // (A given name that is a word too speaks where a place's does, or before what was said on the next line among
        // known speakers: `Amber (IT) 09:05\nI see it`.)
        let given = (0..<tok.count).contains {
            NameLexicon.isFirstName(t, tok.starts[$0], tok.ends[$0])
                && (Self.writtenAsName(t, tok.starts[$0], tok.ends[$0])
                    || (Byte.isLower(t[tok.starts[$0] + 1])
                        && !NameLexicon.isStopword(t, tok.starts[$0], tok.ends[$0])
                        && (((talk || (Self.endsLine(t, e) && Self.messageLineFollows(t, e))) && chat) || indented)))
        }
        // Who speaks at a time in parentheses may be any one word written as a name that is no word (`Thoralf (10:02):
        // Login`; not `Build (09:14): failed`), so may who says something in lowercase after it, or on the next line,
        // in a chat where a known given name speaks so too (an agenda writes `Keynote 09:00 — main hall`).
        let speaker =
            tok.count == 1 && Self.writtenAsUnknownName(t, tok.start, tok.end)
            && (said || ((talk || Self.endsLine(t, e)) && chat))
        guard given || speaker || (tok.count >= 2 && NameLexicon.isSurname(t, tok.starts[last], tok.ends[last])) else {
            return nil
        }
        return person(tok.start, tok.end, 0.8)
    }

    /// `Jennifer  I'll update the status page.`: a chat copied without its times (or with one after the name: `Paige
    /// 09:12  does anyone have …`), a known given name (no word) opening the line, two spaces or a tab, and what was
    /// said.
    private func gappedSpeaker(_ t: ScanText, _ ls: Int) -> Candidate? {
        // (The gap first, past the letters: most lines go on with one space.)
        let (g, gap) = Self.wordAndTime(t, ls)
        guard Self.gapFollows(t, gap), let e = NameTokens.word(t, ls), e == g else { return nil }
        var k = gap
        while t.at(k) == 0x20 || t.at(k) == 0x09 { k += 1 }
        // (Not a heading in capitals after it: `Nevada  SITUATION SUMMARY`.)
        guard Byte.isAlpha(t.at(k)) || t.at(k) == 0x40, !(Byte.isUpper(t.at(k)) && Byte.isUpper(t.at(k + 1))) else {
            return nil
        }
        let h = t.hashLowercased(ls, e)
        // (A given name that is a word too only with a time before the gap, in a chat whose next or previous line is
        // written so too: `Mark 09:31  guys please …` above `Ann 09:32  sorry`; not `Grace 09:00  period ends`.)
        guard NameLexicon.firstNames.contains(h), Self.writtenAsName(t, ls, e),
            !Self.isWordName(t, ls, e) || (gap != g && Self.timedLineNear(t, ls)),
            !Self.namedLikePeople.contains(h), !Self.statesNamedLikePeople.contains(h)
        else { return nil }
        return person(ls, e, 0.75)
    }

    /// The end of the word of letters opening the line at `ls` (from its second byte), and where a time of day after
    /// it and one space ends (the word's end when none follows): `Paige 09:12` of `Paige 09:12  does anyone …`.
    static func wordAndTime(_ t: ScanText, _ ls: Int) -> (word: Int, time: Int) {
        var g = ls + 1
        while Byte.isAlpha(t.at(g)) || t.at(g) >= 0x80 || t.at(g) == 0x2D { g += 1 }
        if t.at(g) == 0x20 && Byte.isDigit(t.at(g + 1)), let te = timeOfDay(t, g + 1) { return (g, te) }
        return (g, g)
    }

    /// Whether the line after or before the one starting at `ls` opens with a capitalised word, a time and a gap, as a
    /// chat's lines do (`Ann 09:32  sorry`).
    static func timedLineNear(_ t: ScanText, _ ls: Int) -> Bool {
        t.lineNear(ls) { s in
            guard Byte.isUpper(t[s]) else { return false }
            let (g, time) = wordAndTime(t, s)
            return time != g && gapFollows(t, time)
        }
    }

    /// The `)` closing a short note of letters, digits and spaces that starts at `k` (`Support N1)`), or nil.
    static func closingParenthesis(_ t: ScanText, _ k: Int) -> Int? {
        var p = k
        while p - k < 24 && (Byte.isAlnum(t.at(p)) || t.at(p) == 0x20 || t.at(p) == 0x2D || t.at(p) >= 0x80) { p += 1 }
        return p > k && t.at(p) == 0x29 ? p : nil
    }

    /// The end of an ISO 8601 date and time at `i` (`2026-10-17T04:48:18.547330+00:00`, `2026-04-22 02:06:14Z`).
    static func isoStampEnd(_ t: ScanText, _ i: Int) -> Int? {
        guard Byte.isDigit(t.at(i)), Byte.isDigit(t.at(i + 3)), t.at(i + 4) == 0x2D,
            t.at(i + 10) == 0x54 || t.at(i + 10) == 0x20
        else { return nil }
        var e = i + 11
        while e - i < 40
            && (Byte.isDigit(t.at(e)) || t.at(e) == 0x3A || t.at(e) == 0x2E || t.at(e) == 0x2B || t.at(e) == 0x2D
                || t.at(e) == 0x5A)
        {
            e += 1
        }
        return e - i >= 16 ? e : nil
    }

    /// `- 03:05 Imogen restarted pgbouncer`, `14:10 Marc Dubois a relancé le job`: a time opening a line (after a list
    /// mark), then a known given name written as one and a lowercase word (what the person did).
    private func timelineActor(_ t: ScanText, _ ls: Int) -> Candidate? {
        var k = ls
        if (t.at(k) == 0x2D || t.at(k) == 0x2A) && t.at(k + 1) == 0x20 { k += 2 }
        // (Or an ISO time stamp and a dash: `- 2026-07-18T10:34:08Z – John rolls back`; a log line's stamp without
        // the dash goes on with a message: `2026-08-05T23:00:07Z Kit de traitement …`.)
        if let e = Self.timeOfDay(t, k), t.at(e) == 0x20 {
            k = e + 1
            // (German writes `Uhr` after the time: `- 5:40 Uhr Helmut merkt, dass …`.)
            if t.matchesExactly("Uhr ", at: k) { k += 4 }
        } else if let e = Self.isoStampEnd(t, k), t.at(e) == 0x20, let dash = Self.spacedDashLength(t, e + 1) {
            k = e + dash + 2
        } else {
            return nil
        }
        // `09:45 Meier, Diedrich – Steuer`: an appointment's known family name, a comma and a known given name (no
        // word, no place), then a spaced dash or the line's end (`09:00 Begrüßung, Sabine` is a programme's item).
        if Byte.isUpper(t.at(k)) || t.at(k) >= 0xC3, let f = NameTokens.word(t, k), t.at(f) == 0x2C,
            t.at(f + 1) == 0x20,
            let g = Self.givenNameAlone(t, f + 2), Self.spacedDashLength(t, g + 1) != nil || Self.endsLine(t, g),
            Self.familyNameNoWord(t, k, f) || (Self.writtenAsUnknownName(t, k, f) && !Self.germanNounEnding(t, k, f))
        {
            return person(k, g, 0.75)
        }
        guard let tok = NameTokens.read(t, k, max: 3), t.at(tok.end) == 0x20, Byte.isLower(t.at(tok.end + 1)),
            NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0]),
            Self.writtenAsName(t, tok.starts[0], tok.ends[0])
        else { return nil }
        // (A given name that is a word too acts only by a verb: `11:00 Grace period ends` is no one.)
        if tok.count == 1 && Self.isWordName(t, tok.start, tok.end) && !Self.pastTenseAt(t, tok.end + 1)
            && !Self.speechVerbAt(t, tok.end + 1)
        {
            return nil
        }
        return person(tok.start, tok.end, 0.75)
    }

    /// `Agent (Bella): Hi`, `Customer (Darnell Price): …`: at the colon `sep` of a line that opens with a role of one
    /// or two words, the name in parentheses before it — a known given name or two capitalised words
    /// (`Step (Optional):` is no speaker).
    func parenthesizedSpeaker(_ t: ScanText, _ sep: Int, into out: inout [Candidate]) -> Candidate? {
        guard t.at(sep + 1) == 0x20, sep > 4 else { return nil }
        // `Conseiller (Karim) : Bonjour` (French spacing).
        let close = t[sep - 1] == 0x20 ? sep - 2 : sep - 1
        guard t[close] == 0x29 else { return nil }
        var open = close - 1
        while open > 0 && t[open] != 0x28 && t[open] != 0x0A && sep - open < 40 { open -= 1 }
        guard t[open] == 0x28, open > 1, t[open - 1] == 0x20 else { return nil }
        // The role: one or two words from the line's start, after a time stamp in brackets if there is one.
        let lineStart = t.lineStart(open, notBefore: open - 72)
        guard lineStart == 0 || t[lineStart - 1] == 0x0A else { return nil }
        var ls = lineStart
        // `[09:14] Agent (Bella):`, `[2026-05-07T10:42:09.615558Z] Agent (Matthew):`: a stamp in brackets that opens
        // with a digit.
        if t.at(ls) == 0x5B && Byte.isDigit(t.at(ls + 1)) {
            var e = ls + 1
            while e < open && e - ls < 48 && t[e] != 0x5D { e += 1 }
            if t.at(e) == 0x5D && t.at(e + 1) == 0x20 { ls = e + 2 }
        } else if let k = Self.datedEntryStart(t, ls), k < open {
            // (Or a work note's date, time and dash: `12/04/2025 08:40 - Jessica (Tech): …`.)
            ls = k
        }
        let stamped = ls > lineStart
        guard Byte.isAlpha(t.at(ls)), open - ls <= 24 else { return nil }
        var spaces = 0
        for k in ls..<(open - 1) {
            guard Byte.isAlpha(t[k]) || t[k] >= 0x80 || t[k] == 0x20 else { return nil }
            if t[k] == 0x20 { spaces += 1 }
        }
        guard spaces <= 1 else { return nil }
        let tok = NameTokens.read(t, open + 1, max: 3).flatMap { $0.end == close ? $0 : nil }
        // A given name with a note, then what was said (`Max (default): 10` is a field); after a time stamp any
        // word written as a name that is no word (`[09:14] Philippine (conseiller) :`).
        let said = Byte.isAlpha(t.at(sep + 2)) || t.at(sep + 2) >= 0x80
        let named =
            (NameLexicon.isFirstName(t, ls, open - 1) && Self.writtenAsName(t, ls, open - 1)
                && !Self.isWordName(t, ls, open - 1) && !Self.namedLikePeople.contains(t.hashLowercased(ls, open - 1)))
            || (stamped && Self.writtenAsUnknownName(t, ls, open - 1)
                && !(tok.map { NameLexicon.isFirstName(t, $0.starts[0], $0.ends[0]) } ?? false))
        if spaces == 0, said, named {
            // `Regina (Höfig): ich kann`: a given name with the family name in parentheses, both the speaker's.
            if let tok, tok.count == 1,
                Self.writtenAsUnknownName(t, tok.start, tok.end) || NameLexicon.isSurname(t, tok.start, tok.end)
            {
                out.append(person(ls, open - 1, 0.8))
                return person(tok.start, tok.end, 0.8)
            }
            // `Anthony (Support): Guten Tag`, `[09:14] Benjamin (conseiller) :`: a given name with the speaker's role.
            return person(ls, open - 1, 0.8)
        }
        guard let tok else { return nil }
        let given = NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0])
        // (Or a family name that is no word, before what was said: `Q (Kaur): When did you …`.)
        // (Two words in capitals that no lexicon knows are an acronym's: `Harm category (NCC MERP): D`.)
        let acronyms = Self.inCapitals(t, tok.start, tok.end) && !given && !tok.lexiconHits(t).surname
        guard
            (tok.count >= 2 && !acronyms) || (given && Self.writtenAsName(t, tok.starts[0], tok.ends[0]))
                || (said && Self.familyNameAsWord(t, tok.start, tok.end))
        else { return nil }
        return person(tok.start, tok.end, 0.8)
    }

    /// The end of a time of day at `i`: `9:05`, `10:42`, `03:05:17`, with ` AM`/` PM` (any case) after it.
    static func timeOfDay(_ t: ScanText, _ i: Int) -> Int? {
        var k = i
        while Byte.isDigit(t.at(k)) && k - i < 2 { k += 1 }
        guard k > i, t.at(k) == 0x3A, Byte.isDigit(t.at(k + 1)), Byte.isDigit(t.at(k + 2)) else { return nil }
        k += 3
        if t.at(k) == 0x3A && Byte.isDigit(t.at(k + 1)) && Byte.isDigit(t.at(k + 2)) { k += 3 }
        if t.at(k) == 0x20 && (t.matches("am", at: k + 1) || t.matches("pm", at: k + 1)) && !Byte.isAlpha(t.at(k + 3)) {
            k += 3
        }
        return Byte.isAlnum(t.at(k)) ? nil : k
    }

    /// The length of ` · ` at `i` after its first space (`·` is two bytes), or nil.
    static func middleDotLength(_ t: ScanText, _ i: Int) -> Int? {
        t.at(i) == 0xC2 && t.at(i + 1) == 0xB7 && t.at(i + 2) == 0x20 ? 2 : nil
    }

    /// Whether two of the eight lines before and after the line at `ls` open with a known given name (and perhaps a
    /// family name) and a time (`Thibault 08:49 — …`, `Zachary  10:02  …`, `Kathy Sanders 09:03`), or with a time
    /// stamp in brackets, a known given name and a colon (`[2026-03-30T00:47:11] Laila: …`): a chat (an agenda may
    /// name one person: `Anna 09:00 — welcome`).
    static func knownSpeakerNearby(_ t: ScanText, _ ls: Int) -> Bool {
        func speaks(_ line: Int) -> Bool {
            var p = line
            var stamped = false
            if t.at(p) == 0x5B {
                while p < t.count && p - line < 40 && t[p] != 0x5D && t[p] != 0x0A { p += 1 }
                guard t.at(p) == 0x5D, t.at(p + 1) == 0x20 else { return false }
                p += 2
                stamped = true
            }
            guard let e = NameTokens.word(t, p), NameLexicon.isFirstName(t, p, e), writtenAsName(t, p, e) else {
                return false
            }
            // (French writes a space before the colon: `[…] Laurence : ok`.)
            if stamped { return t.at(e) == 0x3A || (t.at(e) == 0x20 && t.at(e + 1) == 0x3A) }
            var k = e
            // (A family name may follow: `Kathy Sanders 09:03`.)
            if t.at(k) == 0x20 && Byte.isUpper(t.at(k + 1)), let fe = NameTokens.word(t, k + 1) { k = fe }
            let nameEnd = k
            while t.at(k) == 0x20 || t.at(k) == 0x09 { k += 1 }
            return k > nameEnd && timeOfDay(t, k) != nil
        }
        var found = 0
        var p = ls
        for _ in 0..<8 where found < 2 {
            p = t.lineEnd(p) + 1
            guard p < t.count else { break }
            if speaks(p) { found += 1 }
        }
        p = ls
        for _ in 0..<8 where p > 0 && found < 2 {
            p = t.lineStart(p - 1, notBefore: 0)
            if speaks(p) { found += 1 }
        }
        return found >= 2
    }

    /// Whether a gap (spaces, a tab, a spaced dash) after `e` leads to a lowercase letter on the same line.
    static func lowercaseTextAfterGap(_ t: ScanText, _ e: Int) -> Bool {
        var k = e
        while t.at(k) == 0x20 || t.at(k) == 0x09 { k += 1 }
        if let dash = spacedDashLength(t, k) { k += dash + 1 }
        return k > e && Byte.isLower(t.at(k))
    }

    /// Whether the line after the one ending at `e` opens with spaces or a tab and then a lowercase word (what a chat's
    /// speaker said, as Slack copies it) and ends with no time of day.
    static func indentedMessageFollows(_ t: ScanText, _ e: Int) -> Bool {
        var k = t.lineEnd(e) + 1
        guard t.at(k) == 0x20 || t.at(k) == 0x09 else { return false }
        while t.at(k) == 0x20 || t.at(k) == 0x09 { k += 1 }
        return Byte.isLower(t.at(k)) && messageLineFollows(t, t.lineEnd(e))
    }

    /// Whether two spaces or a tab and then text follow `e` (`Julie  9:02 AM   rc is cut`: a chat pasted with the header
    /// and the message on one line).
    static func gapFollows(_ t: ScanText, _ e: Int) -> Bool {
        t.at(e) == 0x09 || (t.at(e) == 0x20 && (t.at(e + 1) == 0x20 || t.at(e + 1) == 0x09))
    }

    /// Whether only spaces follow `e` on its line.
    static func endsLine(_ t: ScanText, _ e: Int) -> Bool {
        var k = e
        while t.at(k) == 0x20 || t.at(k) == 0x0D { k += 1 }
        return k >= t.count || t[k] == 0x0A
    }
}
