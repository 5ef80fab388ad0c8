/// Speakers of chats and transcripts: a name opening its line before a colon (`Jane Doe: …`, `[09:14] Priya: …`).
extension PersonDetector {
    /// Where the text of a work note's entry starts after the date that opens it at `ls`, a time of day and a dash
    /// (`April 22, 2024 – Emily: client on 7.1`, `12/04/2025 08:40 - Jessica (Tech): …`, `19/10/2021 08h52 – Susan :
    /// …`), or nil when no date opens the line.
    static func datedEntryStart(_ t: ScanText, _ ls: Int) -> Int? {
        // (Or an ISO stamp, as chat and ticket exports write it: `2026-02-03T18:38:31.717976Z Stewart: …`.)
        guard let d = DateParser.date(t, at: ls) ?? isoStampEnd(t, ls), t.at(d) == 0x20 else { return nil }
        var k = d + 1
        if let e = timeOfDay(t, k) {
            k = e
        } else if Byte.isDigit(t.at(k)) {
            // (French writes the hour with an `h`: `08h52`, `8h05`.)
            let h = t.at(k + 1) == 0x68 ? k + 1 : k + 2
            if t.at(h) == 0x68, Byte.isDigit(t.at(h - 1)), Byte.isDigit(t.at(h + 1)), Byte.isDigit(t.at(h + 2)),
                !Byte.isAlnum(t.at(h + 3))
            {
                k = h + 3
            }
        }
        if t.at(k) == 0x20 && k > d + 1 { k += 1 }
        if let dash = spacedDashLength(t, k) { k += dash + 1 }
        while t.at(k) == 0x20 { k += 1 }
        return k
    }

    /// Whether the line at `ls` opens with a known given name, a colon and something said in more than one word
    /// (`Anna: Can you send the file?`), as a chat's lines do (a form's open with a field's word, `Handler: …`, or hold
    /// one word, `Grant: Approved`).
    static func opensWithSpeaker(_ t: ScanText, _ ls: Int) -> Bool {
        guard let k = labelColon(t, ls), NameLexicon.isFirstName(t, ls, k) else { return false }
        var w = k + 2
        while Byte.isAlpha(t.at(w)) || t.at(w) >= 0x80 { w += 1 }
        return t.at(w) == 0x20 && Byte.isAlpha(t.at(w + 1))
    }

    /// A chat speaker at the colon `sep`: "[12:01] Jane Doe: text" or "Jane Doe: text" at the start of a line.
    func speaker(_ t: ScanText, _ sep: Int) -> Candidate? {
        guard t[sep] == 0x3A, t.at(sep + 1) == 0x20 else { return nil }
        // The name must end right at the colon, so a letter precedes it (or a space, as French writes `Jean : ok`; or
        // an initial's dot: `Hans-J.:`).
        var ne = t.at(sep - 1) == 0x20 ? sep - 1 : sep
        // (A display name may end with an emoji: `Ashleigh 🚚:`, four bytes from 0xF0 after a space.)
        if t.at(ne - 4) == 0xF0 && t.at(ne - 5) == 0x20 && Byte.isAlpha(t.at(ne - 6)) { ne -= 5 }
        // (After a time stamp the speaker's role may stand in parentheses before the colon: `[5:02 PM] Colleen (Night
        // Supervisor - North): hi`.)
        var roleNoted = false
        if t.at(ne - 1) == 0x29, let open = (max(0, ne - 48)..<ne - 1).last(where: { t[$0] == 0x28 || t[$0] == 0x0A }),
            t[open] == 0x28, t.at(open - 1) == 0x20
        {
            ne = open - 1
            roleNoted = true
        }
        guard ne > 0,
            Byte.isAlpha(t[ne - 1]) || t[ne - 1] >= 0x80
                || (t[ne - 1] == 0x2E && Byte.isUpper(t.at(ne - 2)) && t.at(ne - 3) == 0x2D)
        else { return nil }
        // A speaker's label opens its line: look back no further than a time stamp and a name can reach.
        let lineStart = t.lineStart(sep, notBefore: sep - 128)
        guard lineStart == 0 || t[lineStart - 1] == 0x0A else { return nil }
        var ls = lineStart
        // (An indented line: `  - Sarah: ok`.)
        while t.at(ls) == 0x20 && ls < sep { ls += 1 }
        // (A reply's quotation marks may come first, `> > Priya: ok`, or a quotation's opening one, `"Sarah: can you…`.)
        while t.at(ls) == 0x3E && ls < sep {
            ls += 1
            if t.at(ls) == 0x20 { ls += 1 }
        }
        if t.at(ls) == 0x22 { ls += 1 }
        // (A list item's bullet may come first: `- Martin : le déploiement …`; it is no time stamp.)
        if (t.at(ls) == 0x2D || t.at(ls) == 0x2A) && t.at(ls + 1) == 0x20 { ls += 2 }
        // (So may an item's number, `4. SI : migration …`, unless it opens a date: `22. April 2024 – Emily: …`.)
        if let item = Self.itemNumberEnd(t, ls), DateParser.date(t, at: ls) == nil { ls = item }
        let itemStart = ls
        // A time stamp in brackets may come first; a redaction placeholder there is no time stamp.
        if t.at(ls) == 0x5B && !Placeholder.starts(at: ls, in: t) {
            while ls < sep && t[ls] != 0x5D { ls += 1 }
            ls += 1
            while ls < sep && t[ls] == 0x20 { ls += 1 }
            // (A channel or a desk of up to three words may come before a spaced dash: `[…] ServiceDesk – Megan: hi`,
            // `[09:15] IT Helpdesk - Linda: …`, `[…] Primrose Weddings - David: …`.)
            // (After a desk of several words, one word speaking is a known given name that is no place: `[…] Sales
            // Team - Austin: target met`, `Office Admin - Kitchen: cleaned` name no one.)
            var k = ls
            for words in 1...3 {
                let w = k
                while k < sep && Byte.isAlpha(t[k]) { k += 1 }
                guard k > w else { break }
                if let dash = Self.spacedDashLength(t, k + 1) {
                    ls = k + 2 + dash
                    if words > 1 && NameTokens.word(t, ls) == ne && Self.givenNameAlone(t, ls) != ne { return nil }
                    break
                }
                guard t.at(k) == 0x20, Byte.isAlpha(t.at(k + 1)) else { break }
                k += 1
            }
        } else if let k = Self.datedEntryStart(t, ls), k < sep {
            ls = k
        } else if let e = Self.timeOfDay(t, ls), t.at(e) == 0x20, let dash = Self.spacedDashLength(t, e + 1) {
            // (A programme's time before a spaced dash: `10:30 - Sarah: welcome and intro`; one word there is a known
            // given name, no place: `10:30 - Victoria: keynote` names a room.)
            ls = e + 2 + dash
            while ls < sep && t[ls] == 0x20 { ls += 1 }
            if NameTokens.word(t, ls) == ne && Self.givenNameAlone(t, ls) != ne { return nil }
        }
        // A month's name heading a schedule's item, dates or amounts after it, is no speaker (`- Avril : dépôt le 5
        // mai`; not `Mai: can you check the logs?`).
        if ls == itemStart && Self.monthWords.contains(t.hashLowercased(ls, ne))
            && (sep..<t.lineEnd(sep, notAfter: sep + 120)).contains(where: { Byte.isDigit(t[$0]) })
        {
            return nil
        }
        guard let tok = NameTokens.read(t, ls, max: 3), tok.end == ne else {
            // (A role noted in parentheses only after a name read as one: `[10:14] Alexa (Kitchen): timer done`.)
            if roleNoted { return nil }
            // `[14:03] Perry, Katy: has anyone …`: a family name, a comma and a known given name before the colon.
            // (The comma first, past the letters: most labels hold none.)
            var comma = ls
            // (`O'Brien, Carole:`: an apostrophe inside the family name.)
            while Byte.isAlpha(t.at(comma)) || t.at(comma) >= 0x80 || t.at(comma) == 0x2D || t.at(comma) == 0x27 {
                comma += 1
            }
            if t.at(comma) == 0x2C, let e1 = NameTokens.word(t, ls), e1 == comma, t.at(e1 + 1) == 0x20,
                NameTokens.word(t, e1 + 2) == ne,
                NameLexicon.isFirstName(t, e1 + 2, ne), Self.writtenAsName(t, e1 + 2, ne),
                NameLexicon.isSurname(t, ls, e1) || Self.writtenAsUnknownName(t, ls, e1)
            {
                return person(ls, ne, 0.8)
            }
            // `Agent_Liam: Sorry to hear`: a role and a known given name joined by `_` (capitalised: `:white_check_mark:`
            // is an emoji).
            var u = sep - 3
            while u > ls && t[u] != 0x5F && Byte.isAlpha(t[u]) { u -= 1 }
            if u > ls && t[u] == 0x5F && Byte.isAlpha(t[u - 1]) && Byte.isUpper(t[u + 1]),
                NameLexicon.isFirstName(t, u + 1, sep),
                Self.writtenAsName(t, u + 1, sep), Byte.isAlpha(t.at(sep + 2))
            {
                return person(u + 1, sep, 0.8)
            }
            // `Will: @April can you …`, `April: will do`: a given name that is also a word, speaking (not in
            // capitals, as an acronym is: `4. SI : migration`).
            // (Nor a record's field among other fields: `Line: Kingsmere - Portbridge` above `Works: Track renewal`.)
            guard NameTokens.stopwordName(t, ls) == ne, !Self.inCapitals(t, ls, ne),
                Byte.isAlpha(t.at(sep + 2)) || t.at(sep + 2) >= 0x80
                    || t.at(sep + 2) == 0x40,
                !Self.fieldLineNear(t, lineStart)
            else {
                return nil
            }
            return person(ls, ne, 0.8)
        }
        let lex = tok.lexiconHits(t)
        let stamped = ls > itemStart
        // (With a role noted, a given name that is a word too speaks only before a post's word: `Colleen (Night
        // Supervisor - North):`, not `Grace (Room 3):`, `Jasmine (tests):`.)
        if roleNoted
            && (!stamped
                || (tok.count == 1
                    && (Self.isWordName(t, tok.start, tok.end)
                        || Self.namedLikePeople.contains(t.hashLowercased(tok.start, tok.end)))
                    && !(ne..<sep).contains(where: { k in
                        Byte.isUpper(t[k])
                            && NameTokens.word(t, k).map {
                                Self.postWords.contains(t.hashLowercased(k, $0))
                            } ?? false
                    })))
        {
            return nil
        }
        // A secret's label is no speaker (`WiFi Pass: GUEST2024X`, `Pass: …`; not `Rita Key:`).
        if Self.secretLabelWords.contains(t.hashLowercased(tok.starts[tok.count - 1], tok.end))
            && !NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0])
        {
            return nil
        }
        // A place opened by its word reports, not a person (`Port Dennis: courier supply short`).
        // (Not a given name on that list before a known family name: `Les Miller: on it`.)
        if tok.count >= 2 && Self.placeOpeners.contains(t.hashLowercased(tok.starts[0], tok.ends[0]))
            && !(lex.surname && NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0]))
        {
            return nil
        }
        // One word in capitals is a heading or an acronym (`ESTA : demandée le …`, `NOTE: …`); a verbal noun opens a
        // topic (`Decommissioning Merlin: Platform (R)`).
        if tok.count == 1 && !stamped && Self.inCapitals(t, tok.start, tok.end) { return nil }
        // A German weekday's abbreviation opening a rota's row (`Mo: Früh …` above `Di: …`) is no speaker.
        if tok.count == 1 && !stamped && Self.weekdayRow(t, tok.start, tok.end) { return nil }
        if Self.verbalNoun(t, tok.starts[0], tok.ends[0]) { return nil }
        // A common word opens a topic, not a name (`Table Bordeaux : Alain, Cécile`), unless a given name follows it
        // (`[09:15] Agent Kevin:`).
        if NameLexicon.isCommonWord(t, tok.starts[0], tok.ends[0]) {
            guard stamped,
                let k = (1..<tok.count).first(where: { NameLexicon.isFirstName(t, tok.starts[$0], tok.ends[$0]) })
            else { return nil }
            return person(tok.starts[k], tok.end, 0.85)
        }
        // A bullet opens topics as often as speakers (`- Livraisons Roger : retards`): there the name opens with a
        // known given name.
        if itemStart > lineStart && !NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0]) { return nil }
        // A field's value that is an identifier (`Benötigte Rolle: Z_MM_EINKAUF_ANZEIGE`) is nothing said.
        var idEnd = sep + 2
        while Byte.isAlnum(t.at(idEnd)) { idEnd += 1 }
        if t.at(idEnd) == 0x5F && !stamped { return nil }
        // So is an address or a host name (`Mél : egauthier@legendre.fr`, `Kit: email-74.example.com replacing …`).
        if !stamped && Self.addressOrHostAt(t, sep + 2) { return nil }
        // A name before a colon and a number is a field or a count (`Age: 42`, `Ward: 4B`, `- Golden Dragon: 7 votes`),
        // not someone speaking.
        // (A mention opens what is said: `Heinz-Joachim: @Natali hast du …`.)
        if !stamped && !Byte.isAlpha(t.at(sep + 2)) && t.at(sep + 2) < 0x80 && t.at(sep + 2) != 0x40 { return nil }
        // So is a given name that is also a word before one capitalised word ending the line (`Harm: Low`, `Grant:
        // Approved`), unless a line next to it opens with a speaker too (a chat's `Mark: Sure`).
        if tok.count == 1 && !stamped
            && NameLexicon.givenNamesThatAreWords.contains(t.hashLowercased(tok.start, tok.end))
        {
            var we = sep + 2
            while Byte.isAlpha(t.at(we)) { we += 1 }
            if Byte.isUpper(t.at(sep + 2)) && PersonDetector.endsLine(t, we)
                && !Self.opensWithSpeaker(t, t.lineEnd(sep, notAfter: sep + 400) + 1)
                && !(lineStart > 0 && Self.opensWithSpeaker(t, t.lineStart(lineStart - 1, notBefore: lineStart - 200)))
            {
                return nil
            }
        }
        guard
            (lex.first && NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0])) || (tok.count >= 2 && lex.surname)
                || (tok.count >= 2 && stamped)
                // (After a time stamp, one word written as a name the lexicons lack: `[09:50:14Z] Olivie : la base …`.)
                // (Or what they say opens a sentence with a capital, as German writes, in a chat of known speakers:
                // `[…] Lilo: Dann mach ich das.`; not a tool's alert: `[09:02] Alertmanager: FIRING`.)
                // (Nor a log's component before a host: `[…] Mailer: relay-2.corp.local, …`.)
                // (Not after a log's bare ISO stamp, where components speak: `2026-02-03T18:38:31Z Nginx: upstream …`.)
                || (stamped && tok.count == 1 && Self.writtenAsUnknownName(t, tok.start, tok.end)
                    && !Self.addressOrHostAt(t, sep + 2) && Self.isoStampEnd(t, itemStart) == nil
                    && (Byte.isLower(t.at(sep + 2))
                        || (Byte.isUpper(t.at(sep + 2)) && Byte.isLower(t.at(sep + 3)) && !tok.namesProduct(t)
                            && !Self.chatTools.contains(t.hashLowercased(tok.start, tok.end))
                            && Self.knownSpeakerNearby(t, lineStart))))
                || (tok.count == 1 && Self.familySpeaker(t, tok.start, tok.end, sep, lineStart))
        else { return nil }
        return person(tok.start, tok.end, 0.85)
    }

    /// Whether a family name alone (`familyNameAlone`) speaks at `s..<e` (its colon at `sep`) in a transcript,
    /// answering the question that another speaker's line before ends with (`Interviewer: Where were you?\nMiller: At
    /// home.`; blank lines between turns are skipped), and says a phrase (a space follows on its line). (Not because a
    /// line next to it opens with a label: forms hold `Reason:` and `Dates:`; nor a size answering a question about
    /// options, see `answerWords`.)
    static func familySpeaker(_ t: ScanText, _ s: Int, _ e: Int, _ sep: Int, _ lineStart: Int) -> Bool {
        guard lineStart > 1, familyNameAlone(t, s, e), !answerWords.contains(t.hashLowercased(s, e)),
            writtenAsName(t, s, e), !inCapitals(t, s, e)
        else {
            return false
        }
        var q = lineStart - 2
        while q > 0 && (t[q] == 0x20 || t[q] == 0x0D || t[q] == 0x0A) && lineStart - q < 200 { q -= 1 }
        guard t.at(q) == 0x3F, labelColon(t, t.lineStart(q, notBefore: q - 400)) != nil else { return false }
        let le = t.lineEnd(sep, notAfter: sep + 200)
        return (sep + 2..<max(le, sep + 2)).contains(where: { t[$0] == 0x20 })
    }

    /// Sizes that are family names too and head the answers to a question about options (`Small: fits two`). (Colours
    /// are as often family names answering an interviewer: `Brown: At home.`)
    static let answerWords = NameLexicon.hashes("small large medium")

    /// The offset of the colon after a capitalised word opening the line at `ls`, when a space follows it
    /// (`Interviewer: `, `Q: `, `Sarah: `), or nil.
    static func labelColon(_ t: ScanText, _ ls: Int) -> Int? {
        guard Byte.isUpper(t.at(ls)) else { return nil }
        var k = ls + 1
        while (Byte.isAlpha(t.at(k)) || t.at(k) >= 0x80) && k - ls < 24 { k += 1 }
        return t.at(k) == 0x3A && t.at(k + 1) == 0x20 ? k : nil
    }

    /// Whether the line above or below the one at `ls` opens with a field's label: a capitalised word that is no
    /// given name and no chat's role, a colon, a space and a capitalised word or a digit (`Works: Track renewal`,
    /// `Invoice: 4411`; not `Agent: Thanks for …`, `Status: resolved`).
    static func fieldLineNear(_ t: ScanText, _ ls: Int) -> Bool {
        func field(_ line: Int) -> Bool {
            guard let c = labelColon(t, line) else { return false }
            let h = t.hashLowercased(line, c)
            let v = t.at(c + 2)
            return !NameLexicon.firstNames.contains(h) && !chatRoles.contains(h)
                && (Byte.isDigit(v) || (Byte.isUpper(v) && Byte.isAlpha(t.at(c + 3))))
        }
        return t.lineNear(ls, where: field)
    }

    /// The roles that speak in chats and transcripts beside people (`Agent:`, `Customer:`, `Support:`).
    static let chatRoles = NameLexicon.hashes(
        "agent customer support user bot caller client staff operator assistant system moderator admin interviewer "
            + "interviewee tech technician rep advisor adviser q a me them kunde kundin berater conseiller"
    )

    /// Whether `s..<e`, opening its line before a colon, is a German weekday's abbreviation (`Mo`, `Di`, …) and the
    /// line above or below opens with another one: the rows of a rota or a timetable.
    static func weekdayRow(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s == 2, weekdayWords.contains(t.hashLowercased(s, e)) else { return false }
        func opensRow(_ ls: Int) -> Bool {
            (t.at(ls + 2) == 0x3A || t.at(ls + 2) == 0x2E || (t.at(ls + 2) == 0x20 && Byte.isDigit(t.at(ls + 3))))
                && Byte.isUpper(t.at(ls)) && Byte.isLower(t.at(ls + 1))
                && weekdayWords.contains(t.hashLowercased(ls, ls + 2))
        }
        return t.lineNear(s, where: opensRow)
    }

    /// Months' names in German and French that are given names too and rarely speak (`August` does).
    static let monthWords = NameLexicon.hashes("avril mai")

    /// Last words of labels of secrets, some of them family names too (`Pass`, `Key`).
    static let secretLabelWords = NameLexicon.hashes("pass password passwort pin pwd key token secret code")

    /// Tools that post into chats (monitoring, alerting, CI), speaking like people after a time stamp.
    static let chatTools = NameLexicon.hashes(
        "grafana opsgenie sentry statuspage pagerduty alertmanager datadog nagios zabbix prometheus jenkins github "
            + "gitlab jira confluence dependabot renovate huntress uptime kuma icinga splunk newrelic bitbucket"
    )

    /// Where the words after an item's number of one or two digits start (`4. SI`, `12) Priya`), or nil.
    static func itemNumberEnd(_ t: ScanText, _ ls: Int) -> Int? {
        guard Byte.isDigit(t.at(ls)) else { return nil }
        let n = Byte.isDigit(t.at(ls + 1)) ? ls + 2 : ls + 1
        guard t.at(n) == 0x2E || t.at(n) == 0x29, t.at(n + 1) == 0x20, Byte.isAlpha(t.at(n + 2)) else { return nil }
        return n + 2
    }

    /// Whether the token at `k` is an e-mail address (`@` inside it) or a host name of three labels or more in
    /// lowercase (`email-74.example.com`), not a product or a version (`Node.js`, `v2.3.1`, `done.pushing`).
    static func addressOrHostAt(_ t: ScanText, _ k: Int) -> Bool {
        var e = k
        var at = false
        var dots = 0
        var lower = true
        while e < t.count && !Byte.isSpace(t[e]) && e - k < 64 {
            let b = t[e]
            if b == 0x40 && e > k { at = true }
            if b == 0x2E && Byte.isAlnum(t.at(e - 1)) && Byte.isAlnum(t.at(e + 1)) { dots += 1 }
            if Byte.isUpper(b) { lower = false }
            e += 1
        }
        // (A sentence's full stop or comma may end the token.)
        while e > k && (t[e - 1] == 0x2E || t[e - 1] == 0x2C) { e -= 1 }
        return at || (lower && dots >= 2 && Byte.isAlpha(t.at(e - 1)) && Byte.isAlpha(t.at(e - 2)))
    }
}
