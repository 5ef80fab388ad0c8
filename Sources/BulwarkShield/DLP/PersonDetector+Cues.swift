/// Names after a cue: a greeting (`Dear X`), a title (`Mr. X`), an introduction (`my name is X`), a weak cue that only a
/// known given name follows (`ask Dan`), an attribution (`according to X`).
extension PersonDetector {
    /// The name after a cue at `i`. A greeting of two people (`Hi Tom and Jerry,`) appends the first to `out` and
    /// returns the second.
    func cued(_ t: ScanText, _ i: Int, into out: inout [Candidate]) -> Candidate? {
        // Titles are capitalised; cues have known first letters.
        let mayCue = PersonLabels.mayStartCue(t, i)
        guard Byte.isUpper(t[i]) || mayCue else { return nil }
        guard Byte.isAlpha(t[i]) || t[i] >= 0x80 || t[i] == 0x27 else { return nil }
        if let titled = afterTitle(t, i) { return titled }
        // `(attn. Mark)`, `z. Hd. Xenia Lehmann`: whom a parcel or a letter is for, a known given name first.
        if Byte.isUpper(t[i]) && t.at(i - 1) == 0x20 && t.at(i - 2) == 0x2E
            && ((t.matches("attn. ", at: i - 6) && !Byte.isAlpha(t.at(i - 7)))
                || t.matchesExactly("z. Hd. ", at: i - 7)),
            let tok = NameTokens.read(t, i, max: 3),
            NameLexicon.isFirstName(t, i, tok.ends[0])
                // (After `z. Hd.` a given name the lexicons lack before a known family name: `z. Hd. Traute Martin`.)
                || (tok.count >= 2 && t[i - 2] == 0x2E && t.at(i - 3) == 0x64
                    && Self.writtenAsUnknownName(t, i, tok.ends[0])
                    && NameLexicon.isSurname(t, tok.starts[1], tok.ends[1])),
            Self.writtenAsName(t, i, tok.ends[0])
        {
            // (A family name only when it is no word: not `attn. Mark Receiving Dept`; and a given name that is a
            // word before other capitalised words names a desk: `attn. Grant Applications Team`.)
            let family =
                tok.count >= 2
                && (Self.familyNameAsWord(t, tok.starts[1], tok.ends[1])
                    || Self.writtenAsUnknownName(t, tok.starts[1], tok.ends[1]))
            if tok.count >= 2 && !family && Self.isWordName(t, i, tok.ends[0]) { return nil }
            return person(i, family ? tok.ends[1] : tok.ends[0], 0.8)
        }
        // (A French title in lowercase before the name, `le docteur Seguin`: no trigger of its own opens `docteur`.)
        if Byte.isUpper(t[i]) && t.at(i - 1) == 0x20, let ts = PersonLabels.lowercaseTitleStart(before: i - 1, in: t),
            let titled = afterTitle(t, ts)
        {
            return titled
        }
        // `le père Perez`: a priest, or someone's father, by a known family name that is no given name (not `le père
        // Noël`, `père Martin` stays unsaid).
        if Byte.isUpper(t[i]) && t.at(i - 1) == 0x20 && t.at(i - 2) == 0x65 && t.matchesExactly("père", at: i - 6)
            && !Byte.isWord(t.at(i - 7)),
            let e = NameTokens.word(t, i), Self.familyNameAlone(t, i, e), !NameLexicon.isFirstName(t, i, e)
        {
            return person(i, e, 0.75)
        }
        if Byte.isUpper(t[i]) && t.at(i - 1) == 0x20, let named = afterPersonWords(t, i) { return named }
        guard mayCue else { return nil }
        var e = i
        while e < t.count && (Byte.isAlpha(t[e]) || t[e] >= 0x80 || t[e] == 0x27) && e - i < 14 { e += 1 }
        let cue = PersonLabels.cue(t, i, e)
        switch cue {
        case .none:
            return nil
        case .greeting(let len), .intro(let len), .weakIntro(let len), .twoWordIntro(let len), .wish(let len),
            .agent(let len), .birthName(let len), .attribution(let len):
            var vs = i + len
            // `Hi, Jennifer`, `Happy birthday, Jennifer!`
            if t.at(vs) == 0x2C {
                switch cue {
                case .greeting, .weakIntro, .wish: vs += 1
                default: break
                }
            }
            guard t.at(vs) == 0x20 else { return nil }
            vs += 1
            // `hier ist der Jakob Rörricht`: spoken German puts an article before a given name (`hier ist die
            // Rechnung` is no introduction).
            if t.matchesExactly("der ", at: vs) || t.matchesExactly("die ", at: vs),
                Self.givenNameAlone(t, vs + 4) != nil
            {
                switch cue {
                case .intro, .weakIntro: vs += 4
                default: break
                }
            }
            // `signed for by "Stewart"`: a quoted name after an agent's `by`.
            var quoted = false
            if case .agent = cue, t.at(vs) == 0x22 || t.at(vs) == 0x27 {
                quoted = true
                vs += 1
            }
            if let titled = afterTitle(t, vs) { return titled }
            guard let tok = NameTokens.read(t, vs, max: 3) else {
                if case .birthName = cue { return nil }
                if case .attribution = cue { return nil }
                // `my name is priya natarajan`, `hi jess,`: a known given name in lower case after an introduction,
                // or ending a greeting.
                if case .intro = cue, let e = NameTokens.lowercase(t, vs, anySurname: true) {
                    return person(vs, e, 0.75)
                }
                // `Hi Hope,`, `Dear April,`: a given name that is also a word, ending the greeting.
                var greets = false
                switch cue {
                case .greeting, .weakIntro: greets = true
                default: break
                }
                if greets, let e = NameTokens.stopwordName(t, vs), Self.endsGreeting(t.at(e)) {
                    return person(vs, e, 0.8)
                }
                guard let e = NameTokens.lowercase(t, vs) else { return nil }
                if case .greeting = cue, Self.endsGreeting(t.at(e)) { return person(vs, e, 0.75) }
                return nil
            }
            // `Dear Patient,`, `Hallo Kollegin,`, `Dear Registrar,`: a role, not a name.
            // (`Dear Investigators and Study Coordinators,`: a group named by a plural the lists lack.)
            // (Nor an office's initials after a greeting: `Dear ISSS,`; `Dear JOHN,` and `Dear PATEL,` are names in
            // capitals.)
            var greeted = false
            if case .greeting = cue { greeted = true }
            if tok.count == 1
                && (Self.addressees.contains(t.hashLowercased(tok.start, tok.end))
                    || Self.namesAGroup(t, tok.start, tok.end)
                    || (greeted && Self.inCapitals(t, tok.start, tok.end) && tok.end - tok.start <= 4
                        && !NameLexicon.isFirstName(t, tok.start, tok.end)
                        && !NameLexicon.isSurname(t, tok.start, tok.end)))
            {
                return nil
            }
            let firstIsGiven = NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0])
            if case .intro = cue { return person(tok.start, tok.end, 0.85) }
            if case .birthName = cue { return person(tok.start, tok.end, 0.8) }
            // (`laut Art. 15 DSGVO`: an abbreviation before a number.)
            if case .attribution = cue {
                if tok.count == 1 && t.at(tok.end) == 0x2E && t.at(tok.end + 1) == 0x20
                    && Byte.isDigit(t.at(tok.end + 2))
                {
                    return nil
                }
                return Self.attributed(t, tok)
            }
            // (Not a firm or a station opened by its word: `hier spricht Autohaus Schmidt`, `Radio Bremen`.)
            if case .twoWordIntro = cue, tok.count >= 2 {
                let h = t.hashLowercased(tok.starts[0], tok.ends[0])
                if Self.placeOpeners.contains(h) || Self.orgOpeners.contains(h)
                    || (NameLexicon.isCommonWord(t, tok.starts[0], tok.ends[0]) && !firstIsGiven)
                {
                    return nil
                }
                return person(tok.start, tok.end, 0.8)
            }
            // `reporting to Smith from 17.07.`, `berichtet an Klapp`: a known family name alone, even one that is a word
            // too (not a department: `escalated to Security`).
            if case .twoWordIntro = cue, tok.count == 1, !firstIsGiven, Self.familyNameAlone(t, tok.start, tok.end),
                !Self.departments.forEachMatch(in: t, at: tok.start, { _, n in tok.start + n == tok.end }),
                t.at(tok.end) != 0x20 || !Self.placeOrFirmFollows(t, tok.end + 1)
            {
                return person(tok.start, tok.end, 0.75)
            }
            // `je suis Nath Guichard`, `I'm Kym Hartley`: a given name the lexicons lack before a known family name.
            if case .weakIntro = cue, tok.count == 2, !firstIsGiven,
                Self.writtenAsUnknownName(t, tok.starts[0], tok.ends[0]),
                Self.familyNameAlone(t, tok.starts[1], tok.ends[1])
            {
                return person(tok.start, tok.end, 0.75)
            }
            if case .agent = cue {
                // (Or a family name after a past participle: `proposed by Davies`, `set by Mclean`.)
                let family =
                    tok.count == 1 && Self.familyNameAlone(t, tok.start, tok.end)
                    && (Self.participleBefore(t, i) || (quoted && t.at(tok.end) == t.at(vs - 1))
                        || Self.actionNounBeforeDurch(t, i))
                // `by Ingram, Julia`: a family name and a known given name after a comma.
                if tok.count == 1, NameLexicon.isSurname(t, tok.start, tok.end), let lf = lastFirst(t, tok),
                    let g = NameTokens.word(t, tok.end + 2), NameLexicon.isFirstName(t, tok.end + 2, g)
                {
                    return person(tok.start, lf, 0.75)
                }
                // (Or a given name the lexicons lack before a known family name: `renouvelé par Nath Lesage`.)
                let unknownGiven =
                    tok.count == 2 && Self.writtenAsUnknownName(t, tok.starts[0], tok.ends[0])
                    && Self.familyNameAlone(t, tok.starts[1], tok.ends[1])
                guard (firstIsGiven && Self.writtenAsName(t, tok.starts[0], tok.ends[0])) || family || unknownGiven
                else { return nil }
                // A common word after the given name makes a firm or a service (`by Royal Mail`, `by Delta Air`).
                if tok.hasCommonWordAfterFirst(t) { return nil }
                if t.at(tok.end) == 0x20, let ne = NameTokens.word(t, tok.end + 1),
                    NameLexicon.isCommonWord(t, tok.end + 1, ne) || NameLexicon.isStopword(t, tok.end + 1, ne)
                {
                    return nil
                }
                return person(tok.start, tok.end, 0.75)
            }
            if case .wish = cue {
                let end = t.at(tok.end)
                guard firstIsGiven, Self.writtenAsName(t, tok.starts[0], tok.ends[0]),
                    Self.endsGreeting(end) || end == 0x2E || end == 0
                else { return nil }
                return person(tok.start, tok.end, 0.75)
            }
            if case .greeting = cue {
                if Self.endsGreeting(t.at(tok.end)) { return person(tok.start, tok.end, 0.85) }
                if let second = Self.secondGreeted(t, after: tok.end) {
                    out.append(person(tok.start, tok.end, 0.85))
                    return person(second.start, second.end, 0.85)
                }
            }
            // A weak cue needs a known given name written as one (`ask Dan`), not an acronym (`ask DAN`, `cc HR`), or
            // a family name that is no word (`ask Robinson whether`, not `ask House a question`).
            let second = t.at(tok.starts[0] + 1)
            // (`Thanks to Banks for the edit`: before `for`, even a family name that is a word.)
            // (`asked Smith to own the call`: before `to` and a verb, what someone is asked to do.)
            let thanked =
                (t.matchesExactly(" for ", at: tok.end)
                    || Self.infinitiveAfter(t, tok.end))
                && Self.familyNameAlone(t, tok.start, tok.end)
            // (`Hello Westbrook University Records team`: a place or a firm.)
            if tok.count == 1 && !firstIsGiven && (thanked || Self.familyNameAsWord(t, tok.start, tok.end))
                && (t.at(tok.end) != 0x20 || !Self.placeOrFirmFollows(t, tok.end + 1))
            {
                return person(tok.start, tok.end, 0.7)
            }
            // (Nor a school or a firm named after someone: `Per Lincoln Middle School policy`.)
            guard firstIsGiven, Byte.isLower(second) || second >= 0x80,
                t.at(tok.end) != 0x20 || !Self.placeOrFirmFollows(t, tok.end + 1)
            else { return nil }
            // (`ask for Grace`, `ask for Hope`: a word asked for; `per Ping`, German for `by ping`.)
            if t.at(vs - 5) == 0x20 && (t.matches("for ", at: vs - 4) || t.matches("per ", at: vs - 4))
                && Self.isWordName(t, tok.starts[0], tok.ends[0])
            {
                return nil
            }
            // A common word after the given name makes a group or a thing (`Thank you, Willow Class`).
            if tok.hasCommonWordAfterFirst(t) { return nil }
            return person(tok.start, tok.end, 0.75)
        }
    }

    /// A known given name at `i` (no place, no product) and its family name after words that only people follow:
    /// whom a person is called (`a lady called Josh`, `a nurse named Dana`; not `a pub called Jack`, `called Chase
    /// fraud team`), who signs a card inside a line (`— love, Jay and the kids`; `Love, Anna` capitalised is a family
    /// name first as often), who comes along (`me and Sarah`, `Ich und Engin`, `moi et Paulette`).
    func afterPersonWords(_ t: ScanText, _ i: Int) -> Candidate? {
        // (The byte before the space tells the words apart; most capitalised words follow none of them.)
        let cue: Bool
        switch t.at(i - 2) {
        case 0x64:
            if t.matchesExactly("called", at: i - 7) && !Byte.isWord(t.at(i - 8)) {
                cue = Self.personNounBefore(t, i - 7)
            } else if t.matchesExactly("named", at: i - 6) && !Byte.isWord(t.at(i - 7)) {
                cue = Self.personNounBefore(t, i - 6)
            } else {
                cue =
                    (t.matches("me and", at: i - 7) && !Byte.isWord(t.at(i - 8)))
                    || (t.matches("ich und", at: i - 8) && !Byte.isWord(t.at(i - 9)))
            }
        case 0x74: cue = t.matches("moi et", at: i - 7) && !Byte.isWord(t.at(i - 8))
        case 0x2C: cue = t.matchesExactly("love,", at: i - 6) && !Byte.isWord(t.at(i - 7))
        default: cue = false
        }
        guard cue, let tok = NameTokens.read(t, i, max: 3), NameLexicon.isFirstName(t, i, tok.ends[0]),
            Self.writtenAsName(t, i, tok.ends[0]), !Self.namedLikePeople.contains(t.hashLowercased(i, tok.ends[0])),
            t.at(tok.end) != 0x20 || !Self.placeOrFirmFollows(t, tok.end + 1), !tok.hasCommonWordAfterFirst(t)
        else { return nil }
        return person(tok.start, tok.end, 0.75)
    }

    /// Whether a word for a person ends right before the space before `w` (`a lady called`, `a nurse named`).
    static func personNounBefore(_ t: ScanText, _ w: Int) -> Bool {
        guard let p = t.wordBefore(w, maxLength: 12) else { return false }
        return personNouns.contains(t.hashLowercased(p.start, p.end))
    }

    /// Words for people that `called` or `named` and a name follow.
    static let personNouns = NameLexicon.hashes(
        "lady man woman guy girl boy gentleman gent bloke chap fellow someone somebody person customer client caller "
            + "nurse doctor colleague friend son daughter kid child manager agent officer driver technician engineer "
            + "tenant neighbour neighbor patient student teacher brother sister husband wife cousin rep lad lass"
    )

    /// Whether ` to ` and a verb follow `e` (`asked Smith to own`; not `ask House to the meeting`): a lowercase word
    /// after `to` that is no article or possessive.
    static func infinitiveAfter(_ t: ScanText, _ e: Int) -> Bool {
        guard t.matchesExactly(" to ", at: e) else { return false }
        var we = e + 4
        while Byte.isLower(t.at(we)) { we += 1 }
        return we > e + 4 && !determiners.contains(t.hashLowercased(e + 4, we))
    }

    /// Whether `s..<e` is a known family name written as one (not in capitals) that is no stopword, no place and no
    /// firm quoted as a source: what a family name standing alone must be. (`isCommonWord` holds no family names —
    /// the common-word list was made without them — so words that are family names too pass: `Brown`, `House`.)
    /// With `family`, the word stands before `family`, which no firm has: sources and firms named like families are
    /// family names there (`the Harris family`).
    static func familyNameAlone(_ t: ScanText, _ s: Int, _ e: Int, family: Bool = false) -> Bool {
        let h = t.hashLowercased(s, e)
        let second = t.at(s + 1)
        return NameLexicon.surnames.contains(h) && (Byte.isLower(second) || second >= 0x80)
            && !NameLexicon.stopwords.contains(h) && !germanWordsNamedLikeFamilies.contains(h)
            && !placeNames.contains(h) && (family || (!sources.contains(h) && !firmsNamedLikeFamilies.contains(h)))
    }

    /// Firms named after their founders that work text names far more often than anyone of that name (`Bosch to cut
    /// 2,000 jobs`, `Philips will open a plant`).
    static let firmsNamedLikeFamilies = NameLexicon.hashes(
        "bosch siemens philips renault peugeot citroen michelin porsche ferrari lamborghini boeing disney kellogg "
            + "heinz nestle carrefour auchan leclerc decathlon miele henkel thyssen krupp opel daimler hilton marriott "
            + "hyatt chanel dior gucci prada armani versace cartier givenchy bacardi heineken guinness cadbury ferrero "
            + "barilla lavazza dyson tesla oetker liebherr stihl bertelsmann rossmann hermes vinci"
    )

    /// Whether `durch` at `i` follows a German noun of an action (`Druckprüfung durch Kusch`, `Einarbeitung durch
    /// Zahn`, `Vertretung durch Kreusel`): who does it.
    static func actionNounBeforeDurch(_ t: ScanText, _ i: Int) -> Bool {
        guard t.matches("durch ", at: i), let w = t.wordBefore(i, maxLength: 24), w.end - w.start >= 6,
            Byte.isUpper(t[w.start])
        else { return false }
        return t.matchesExactly("ung", at: w.end - 3)
    }

    /// Whether a past participle stands before the word at `i` (`proposed by`, `seconded by`, `set by`).
    static func participleBefore(_ t: ScanText, _ i: Int) -> Bool {
        guard let w = t.wordBefore(i, maxLength: 16), w.end - w.start >= 3 else { return false }
        let last = t[w.end - 1]
        if last == 0x64 && t[w.end - 2] == 0x65 { return true }
        // German with `ge` in `-t`/`-en` (`eingearbeitet durch`, `abgenommen durch`). (Not French `-é par`: what is
        // `fabriqué par Lebrun` or `accordé par Faure` is as often a firm.)
        if last == 0x74 || (last == 0x6E && t[w.end - 2] == 0x65),
            (w.start..<(w.end - 3)).contains(where: { t[$0] == 0x67 && t[$0 + 1] == 0x65 })
        {
            return true
        }
        return participles.contains(t.hashLowercased(w.start, w.end))
    }

    static let participles = NameLexicon.hashes("set made written done signed run taken given sent built")

    /// Fields of a booking that follow a traveller's name and title.
    static let travelFields = KeywordSet([
        "passport", "ticket", "seat", "dob", "nationality", "frequent", "booking", "pnr", "eticket", "baggage", "ff",
    ])

    /// Roles that greetings address instead of a name.
    static let addressees = NameLexicon.hashes(
        "patient patients customer customers client clients colleague colleagues team all everyone sir madam friend "
            + "friends member members parent parents applicant candidate tenant tenants resident residents user users "
            + "guest guests partner partners neighbour neighbor neighbours neighbors student students participant "
            + "participants reader readers subscriber supplier vendor manager hiring kunde kundin kunden "
            + "patientin kollege kollegin kollegen mieter mieterin eltern teilnehmer cliente collègue collègues "
            + "locataire abonné abonnée confrère consœur confrere consoeur studierende beschäftigte mitarbeitende "
            + "teilnehmende lehrende étudiants étudiantes maître maitre professor registrar bursar provost chancellor "
            + "instructor lecturer tutor examiner coordinator administrator advisor adviser supervisor chair chairperson "
            + "chairman chairwoman trustee trustees governor governors principal headteacher editor editors recruiter "
            + "sponsor organiser organizer reviewer reviewers officer president committee board panel council "
            + "cardholder cardholders policyholder policyholders"
    )

    /// The name after `according to`, `laut`, `selon`, `per`, `looping in`: two or three words with a known name
    /// among them, a known given name written as one, or a known family name that is no common word (`laut Börner`).
    static func attributed(_ t: ScanText, _ tok: NameTokens) -> Candidate? {
        let lex = tok.lexiconHits(t)
        if tok.count >= 2 {
            return lex.first || lex.surname ? Candidate(.person, tok.start, tok.end, score: 0.75, priority: 30) : nil
        }
        let (s, e) = (tok.starts[0], tok.ends[0])
        let given = NameLexicon.isFirstName(t, s, e) && writtenAsName(t, s, e)
        return given || familyNameAlone(t, s, e) ? Candidate(.person, s, e, score: 0.7, priority: 30) : nil
    }

    /// `familyNameAlone`, and no common English word or tool either (`ask Robinson`, not `ask House`, `ask Jenkins`):
    /// what a family name after a weak cue must be.
    static func familyNameAsWord(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        let h = t.hashLowercased(s, e)
        return familyNameAlone(t, s, e) && !NameLexicon.surnamesThatAreWords.contains(h) && !namedLikePeople.contains(h)
    }

    /// Whether a capitalised word at `i` ends the names of places, schools and firms (`School`, `Hospital`, `Partners`).
    static func placeOrFirmFollows(_ t: ScanText, _ i: Int) -> Bool {
        guard let e = NameTokens.word(t, i) else { return false }
        let h = t.hashLowercased(i, e)
        return placeOrFirmWords.contains(h) || orgWords.contains(h)
    }

    /// German words for relatives and people, articles and pronouns that are family names too (`laut Mutter`, `Oma
    /// war um 13 Uhr da`, `Das ist der Schlüssel`).
    static let germanWordsNamedLikeFamilies = NameLexicon.hashes(
        "mutter vater oma opa sohn tochter bruder schwester tante onkel kind kinder enkel mann frau herr eltern "
            + "gast leiter freund meister drucker zimmer grund winter sommer frost fuchs wolf "
            + "das der die den dem des ein eine er sie es wir ihr man wer was wie"
    )

    /// Firms and polls quoted as sources that are family names too (`According to Gartner,`).
    static let sources = NameLexicon.hashes(
        "gartner forrester mckinsey deloitte bloomberg reuters nielsen statista accenture fitch morningstar gallup "
            + "ipsos pew moody moodys capgemini bain harris kantar"
    )

    /// What ends the name of a greeting: `,` `!` or the line end (`Hi Jane,`).
    static func endsGreeting(_ c: UInt8) -> Bool { c == 0x2C || c == 0x0A || c == 0x21 }

    /// `and Jerry,` after a greeted name (`Hi Tom and Jerry,`, `Hallo Sven und Ingrid!`): the second name, which
    /// must end the greeting as a single name would.
    static func secondGreeted(_ t: ScanText, after e: Int) -> NameTokens? {
        guard t.at(e) == 0x20, let k = afterConjunction(t, e + 1), let tok = NameTokens.read(t, k, max: 3),
            endsGreeting(t.at(tok.end)), !namesAGroup(t, tok.starts[tok.count - 1], tok.end)
        else { return nil }
        return tok
    }

    /// A courtesy title followed by a name: the name without the title, with the particles that open it (`Herr von
    /// Weizsäcker`, `Mr. van der Berg`).
    func afterTitle(_ t: ScanText, _ i: Int) -> Candidate? {
        guard let len = PersonLabels.titleLength(t, i) else { return nil }
        // `Howard/Ryan MR PASSPORT 985270054`: a travel title, then the next field of the booking.
        if Byte.isUpper(t.at(i + 1)),
            Self.travelFields.forEachMatch(in: t, at: i + len, { _, n in !Byte.isAlpha(t.at(i + len + n)) })
        {
            return nil
        }
        var s = i + len
        // Titles in a row (`Herr Prof. Dr.`, `Herr Dipl.-Ing.`): the name follows the last. Three at most, so that a
        // run of titles costs no more than three (`Herr Herr Herr …` repeated over a whole prompt).
        for _ in 0..<3 {
            // `Dr. med. Bonbach`, `Dr. rer. nat. Weiß`: a doctor's field in lowercase.
            if let field = PersonLabels.doctorFieldLength(t, s) {
                s += field
                continue
            }
            guard let next = PersonLabels.titleLength(t, s) else { break }
            s += next
        }
        // `Monsieur le Directeur`, `Madame la Présidente`: an office addressed, its article in lowercase (a name's
        // particle is capitalised there: `Monsieur Le Goff`).
        if (t.matchesExactly("le ", at: s) || t.matchesExactly("la ", at: s)) && Byte.isUpper(t.at(s + 3)) {
            return nil
        }
        guard let tok = NameTokens.read(t, NameTokens.afterParticles(t, s) ?? s, max: 3, titled: true) else {
            // `Dr Hope`, `Mrs May`, `Herr Can Yıldırım`: after a title, a known given name that is also a word, and the
            // capitalised family name after it.
            guard let e = Self.givenNameWord(t, s) else {
                // `Ms. West`, `Herr Rich`: after a title of two letters or more written as a word (not `ING.`), a
                // family name that is a word (not another title: `Herr Herr …`).
                guard Byte.isLower(t.at(i + 1)), Byte.isUpper(t.at(s)), Byte.isLower(t.at(s + 1)),
                    let e = NameTokens.word(t, s), NameLexicon.isSurname(t, s, e), PersonLabels.titleLength(t, s) == nil
                else { return nil }
                return person(s, e, 0.8)
            }
            if t.at(e) == 0x20, let fe = NameTokens.word(t, e + 1), !NameLexicon.isStopword(t, e + 1, fe) {
                return person(s, fe, 0.8)
            }
            return person(s, e, 0.8)
        }
        // Brands named with a title (`Dr. Martens`, `Dr. Oetker`).
        var te = i
        while Byte.isAlpha(t.at(te)) { te += 1 }
        if Self.firmNames.contains(t.hashLowercased(i, te) &+ t.hashLowercased(tok.starts[0], tok.ends[0])) {
            return nil
        }
        return person(min(s, tok.start), tok.end, 0.85)
    }
}
