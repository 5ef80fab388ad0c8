/// A known given name standing alone, with no label, greeting or verb that says a person stands there, in one of
/// four positions: inside a sentence after a lowercase word (`swapped with Jorge for the holidays`, `übernimmt Silvana
/// ab dem 1.`), in parentheses or between commas after a word (`Pt (Laura) counseled`), continuing a list of people
/// (then a family name too: `Christian Miller (CFO), Green (NED)`), or opening a sentence, a line or a log entry before
/// a lowercase word (`Audrey found deploy keys`).
///
/// Inside a sentence a capital says a name; at its start it says little (`Elle a rappelé`, `Bonne journée`, `1)
/// Cassandra migration`), so there the words that are also given names are left out. Only names that are no common
/// English word, no place and no product named like a person are taken, none after an article or a place's
/// preposition, and none that a capitalised word continues (`Victoria Park`, `Aurora Desk Lamp` are decided
/// elsewhere).
extension PersonDetector {
    /// Products, models, languages and letters named like people, which a prompt to an assistant mentions more
    /// often than anyone of that name (`compare it with Claude`, `migrate to Cassandra`, `translate into German`).
    /// French towns named like people, before `à` a town (`Nancy à 9h`; not `Marie à 14h`).
    static let frenchTownsNamedLikePeople = NameLexicon.hashes("nancy valence vienne laval florence lourdes")

    static let namedLikePeople = NameLexicon.hashes(
        "claude gemma ada cassandra julia pascal ruby alexa siri cortana dolly jasper devin clara ella german "
            + "omega sigma kappa jenkins hudson travis kafka docker meta sage dell"
    )

    /// Given names that are words too (`NameLexicon.givenNamesThatAreWords`) but, capitalised inside a sentence after a
    /// lowercase word, are someone's (`swapped with Mark`, `since Jack changed the file`, `drop Terry a note`; not
    /// after French `de`, where towns are named so: `site de Roger`); the other positions and the usual checks (no
    /// capitalised word after it, no article or place's preposition before it) still apply.
    static let namesInsideSentences = NameLexicon.hashes(
        "amber billy bob bobby brad chuck clement cliff colleen crystal dale dawn deb dirk dotty drew dusty faith "
            + "felicity frank freeman gene grace hank harmony hector homer hope jack jimmy josh joy ken lea marten meg "
            + "melody mike mark nick noel pat patsy penny phoebe piper randy ray rick rob roger rose rusty sibyl sonny "
            + "sue sunny tad terry tom tony wade"
    )

    /// Given names of the lexicons that are also words: function words and greetings of French, German or Spanish,
    /// and the lowercase words of SCOWL (sizes 10 to 50) that `NameLexicon.givenNamesThatAreWords` leaves to names
    /// (`Martin`, `Daisy`, `Victor`). Opening a sentence, one of these is read as the word.
    static let wordsOpeningSentences = NameLexicon.hashes(
        "les des une elle elles toi qui mon son ton bas bien rien bonne belle beau cher vers ans mais pas plus tout avis "
            + "signe ville edite grâce dis victoire ange ernst "
            + "dont car alle allen dann man nur tat wen kam hat jene bei mit von las los con sin mas muy run max min "
                + """
                abbey aide angelic ant ants aria ascension astride august aura barb basil bee berry blanch blossom boo \
                brandy brook brooks bud buddy bum bun bunny candy caprice carol chastity cherish cherry chi chin china \
                christen clay cock coral coy curt daisy dean derrick destiny diamond dimple dolly dung earl earnest ebony \
                eddy eke emerald emir eve fang fawn fen fern ferry flora foster franc gal gala gale garland garnet garret \
                genesis genie germ ginger glen greet grit hamlet harry hazel heath heather herb hilly holly hue hunter \
                hyacinth iris ivory ivy jade jarred jay jetty jewel kitty lacy lance lap laurel lee lefter lily lone lore \
                mads magnolia mall mane maple mar mare maria marina marine mart martial martin marvel mason mat mats matt \
                maxim maxima mentor mien mike misty mite moo newton nova octave olive omega opal paddy pal pansy pasty \
                patty pearl peep peg peter pier pierce poppy princess prudence puck raven reed rein rim rinse roar rob \
                robin rocky rosemary rosy ruby rune rut sage sally sandy sari saviour semen sherry shin sierra sparkle \
                stormy sub sultan sup taco tamer tan tanner tawny thong tiara ting tong tuba valentine velvet victor viola \
                violet walker wan warren willow windy woo yen
                """
    )

    /// Whether the known given name `i..<e` stands where a person is put without a word saying so: after a half day's
    /// shift in a rota, before a gap, the line's end or a note (`MON  AM Kyle      PM Angela`); signing a message
    /// quoted on its line (`… but it's not here. Barbara"`); or given a task after an arrow ending the item
    /// (`rerun the export -> Priya`, `Textbausteine anpassen → Natali`).
    static func shiftSignOrTask(_ t: ScanText, _ i: Int, _ e: Int) -> Bool {
        guard t.at(i - 1) == 0x20 else { return false }
        switch t.at(i - 2) {
        case 0x4D:
            return (t.at(i - 3) == 0x41 || t.at(i - 3) == 0x50) && (i == 3 || Byte.isSpace(t.at(i - 4)))
                && (endsLine(t, e) || gapFollows(t, e) || (t.at(e) == 0x20 && t.at(e + 1) == 0x28))
        case 0x2E, 0x21, 0x3F:
            return t.at(e) == 0x22 && endsLine(t, e + 1)
        case 0x92, 0x3E:
            let arrow =
                t.at(i - 2) == 0x92
                ? t.at(i - 3) == 0x86 && t.at(i - 4) == 0xE2 : t.at(i - 3) == 0x2D && t.at(i - 4) == 0x20
            return arrow && (endsLine(t, e) || t.at(e) == 0x2C || t.at(e) == 0x3B)
        default:
            return false
        }
    }

    /// Whether French words for who answers the phone follow `e` (`Joseph à l'appareil`, `Élodie à votre écoute`).
    static func speaksOnThePhone(_ t: ScanText, _ e: Int) -> Bool {
        guard t.at(e) == 0x20, t.at(e + 1) == 0xC3, t.at(e + 2) == 0xA0, t.at(e + 3) == 0x20 else { return false }
        return t.matches("l'appareil", at: e + 4) || t.matches("l\u{2019}appareil", at: e + 4)
            || t.matches("votre écoute", at: e + 4)
    }

    /// Whether the word `i..<e` fills a timed entry: after a time stamp, ending its line or before spaces and another
    /// time (`2026-03-02 09:14 Audrey`, `09:00 Sarah    10:30`), as sign-in sheets and schedules list people; a line
    /// next to it holds another timed given name that is no place (a board of departures lists towns: `14:20
    /// Charlotte` over `15:05 Austin`).
    static func timedEntry(_ t: ScanText, _ i: Int, _ e: Int) -> Bool {
        guard afterTimeStamp(t, i), endsTimedEntry(t, e) else { return false }
        let own = t.hashLowercased(i, e)
        let next = t.lineEnd(e, notAfter: e + 400) + 1
        let previous = t.lineStart(i, notBefore: i - 400) - 1
        let lines = [
            (next, t.lineEnd(next, notAfter: next + 120)), (t.lineStart(previous, notBefore: previous - 120), previous),
        ]
        for (lo, hi) in lines where lo >= 0 && lo < hi {
            var k = lo
            while k < hi && !(t[k] == 0x20 && Byte.isUpper(t.at(k + 1))) { k += 1 }
            if k < hi, let ge = givenNameAlone(t, k + 1), afterTimeStamp(t, k + 1), endsTimedEntry(t, ge),
                t.hashLowercased(k + 1, ge) != own
            {
                return true
            }
        }
        return false
    }

    /// Whether a timed entry's name ends at `e`: its line ends (past spaces, `\r`) or spaces and a time follow.
    private static func endsTimedEntry(_ t: ScanText, _ e: Int) -> Bool {
        var k = e
        while t.at(k) == 0x20 || t.at(k) == 0x09 || t.at(k) == 0x0D { k += 1 }
        if t.at(k) == 0x0A || k >= t.count { return true }
        guard k > e, Byte.isDigit(t.at(k)) else { return false }
        var d = k
        while Byte.isDigit(t.at(d)) && d - k < 2 { d += 1 }
        return t.at(d) == 0x3A && Byte.isDigit(t.at(d + 1))
    }

    /// Whether `i` opens a clause after a comma that ends a lowercase word or a note in parentheses (`Rang the
    /// helpline, Alexandra was lovely`, `(ticket 60112), Veronica is frustrated`; a pair joined by a hyphen there is a
    /// firm as often: `Under the agreement, Scott-Bailey will license`).
    static func opensClauseAfterComma(_ t: ScanText, _ i: Int) -> Bool {
        t.at(i - 1) == 0x20 && t.at(i - 2) == 0x2C && (Byte.isLower(t.at(i - 3)) || t.at(i - 3) == 0x29)
    }

    /// Whether a time stamp stands right before `i`, one space before it (`2026-02-17T15:48:52Z Audrey found`,
    /// `[09:14] Ulla`): a token with a `:` ending in a digit, `Z` or `]`, as log lines open.
    static func afterTimeStamp(_ t: ScanText, _ i: Int) -> Bool {
        guard t.at(i - 1) == 0x20 else { return false }
        let last = t.at(i - 2)
        guard Byte.isDigit(last) || last == 0x5A || last == 0x5D else { return false }
        var k = i - 2
        var colon = false
        while k >= 0 && i - k < 40 && !Byte.isSpace(t[k]) {
            if t[k] == 0x3A { colon = true }
            k -= 1
        }
        return colon
    }

    /// Verbs that open a question before the one asked about (`Can Ashley …`, `Weiß Liane …`); not `Will`, a given
    /// name as often (`Will Smith said`).
    static let questionVerbs = NameLexicon.hashes(
        "can could would did does has is was should "
            + "weiß weiss hat ist kann kommt hast bist kannst könnte sollte wird war darf muss soll"
    )

    /// Words opening a sentence before its subject (`Also Jennifer at the front desk …`, `Plus Derek needs …`, `Maybe
    /// Sarah can help`, `When Kevin arrives, …`, `Si Amira appelle, …`).
    static let openingAdverbs = NameLexicon.hashes(
        "also plus and but then apparently luckily unfortunately meanwhile maybe perhaps today tomorrow yesterday "
            + "tonight hopefully actually obviously currently recently finally eventually initially originally "
            + "sadly fortunately ideally honestly basically when if once since because unless until while although "
            + "though now still otherwise wenn falls sobald bevor nachdem weil ob dass vielleicht leider si quand "
            + "lorsque puisque comme depuis ensuite puis sinon demain"
    )

    /// Prepositions after which a capitalised word is a place (`aus Jena`, `in Florence`, `séminaire à Étienne`:
    /// French towns are named like people, and `à` folds to `a`).
    static let placePrepositions = NameLexicon.hashes("in aus nach at near à en zu im")
    /// Words that name things after people's names (`équipe Hermine`, `project Juniper`, `the Merlin room`, `Bradford
    /// factor`, `Glasgow scale`).
    static let namingNouns = NameLexicon.hashes(
        "team teams équipe equipe project projet projekt squad room rooms salle raum suite codename operation "
            + "opération sprint cluster server host bot model release tribe guild chapter marque brand marke campagne "
            + "campaign kampagne factor score scale index effect syndrome theorem criteria formula equation"
    )

    /// Other words that lead to places (`between Leeds and Chester`, `visited Cornwall and Devon`).
    static let placeLeads = NameLexicon.hashes(
        "between from to via across throughout visited visit visiting outside inside around zwischen von über "
            + "nach entre de vers"
    )

    /// Whether one of `addresseeVerbs` is among the four words before `k` in the same clause (`demander à`,
    /// `envoyer le compte rendu à`).
    static func addresseeVerbBefore(_ t: ScanText, _ k: Int) -> Bool {
        var k = k
        for _ in 0..<4 {
            guard let w = t.wordBefore(k, maxLength: 14) else { return false }
            if addresseeVerbs.contains(t.hashLowercased(w.start, w.end)) { return true }
            k = w.start
        }
        return false
    }

    /// Verbs whose preposition introduces the person addressed or included, not a place (`demander à Susanne`,
    /// `copy in Oliver`, `loop in Priya`).
    static let addresseeVerbs = NameLexicon.hashes(
        "copy loop looping copying cc bring rope "
            + "demander demande demandez demandé dire dis dites dit écrire écris écrivez écrit envoyer envoie envoyez "
            + "envoyé transmettre transmets transmettez transmis parler parle parlez parlé répondre réponds répondez "
            + "répondu rappeler rappelle rappelez signaler signale signalez expliquer explique expliquez proposer "
            + "propose proposez confier confie confiez téléphoner téléphone téléphonez montrer montre montrez "
            + "annoncer annonce annoncez indiquer indique indiquez adresser adresse adressez remettre remets remettez "
            + "transmise donné donnée remis remise offrir offert merci grâce"
    )

    /// Particles inside names of places and firms.
    static let nameParticles = NameLexicon.hashes("de du des of von van der del della la le")

    static let listConjunctions = NameLexicon.hashes("and or und oder et ou")

    /// Whether the word ending one space before `k` is a German noun of action, state or work (`Betreuung`,
    /// `Übernahme`, `Freigabe`, `Krankheit`): its ending says so (`germanNounEnding`).
    static func germanAbstractNounBefore(_ t: ScanText, _ k: Int) -> Bool {
        t.wordBefore(k, maxLength: 40).map { germanNounEnding(t, $0.start, $0.end) } ?? false
    }

    /// Whether `von` at `k` follows a German noun after its article (`die Nachtfahrt von Erna`, `den Laptop von`):
    /// whose, as a German noun is capitalised with an article before it, not the particle inside a firm's or a
    /// place's name. (Not a firm's service: `den Kundenservice von Otto`.)
    static func germanNounOfPerson(_ t: ScanText, _ k: Int) -> Bool {
        guard t.matchesExactly("von ", at: k), let noun = t.wordBefore(k, maxLength: 30), Byte.isUpper(t[noun.start]),
            let article = t.wordBefore(noun.start, maxLength: 8), Byte.isLower(t[article.start]),
            germanArticles.contains(t.hashLowercased(article.start, article.end))
        else { return false }
        return !firmServiceHeads.anySuffix(in: t, endingAt: noun.end, notBefore: noun.start, { _ in true })
    }

    /// Heads of German nouns for what a firm offers or runs (`Kundenservice`, `Kundendienst`, `Onlineshop`).
    static let firmServiceHeads = KeywordSet(suffixes: [
        "service", "dienst", "support", "hotline", "shop", "filiale", "webseite", "website", "zentrale", "app",
    ])

    static let germanArticles = NameLexicon.hashes(
        "der die das dem den des ein eine einem einen einer eines ihre ihren ihrem seine seinen seinem meine meinen "
            + "meinem deine deinen unsere unseren unserem"
    )

    /// Whether the word ending right before `k` (past one space, and a comma) is capitalised.
    static func capitalisedWordBefore(_ t: ScanText, _ k: Int) -> Bool {
        guard t.at(k - 1) == 0x20 else { return false }
        var e = k - 1
        if t.at(e - 1) == 0x2C { e -= 1 }
        var s = e
        while s > 0 && (Byte.isAlpha(t[s - 1]) || t[s - 1] >= 0x80) && e - s < 20 { s -= 1 }
        return s < e && Byte.isUpper(t[s])
    }

    /// Whether `found` is a person whose name ends at the comma `comma`, or before a note in parentheses there
    /// (`Christian Miller (CFO),`).
    static func listsPerson(_ t: ScanText, _ found: Candidate, _ comma: Int) -> Bool {
        guard found.type == .person else { return false }
        if found.end == comma { return true }
        guard t.at(comma - 1) == 0x29, let open = t.noteStart(before: comma) else { return false }
        return found.end == open - 1
    }

    /// A capitalised word at `i` that no cue before it names: in running text (`freeText`), alone
    /// (`loneGivenName`), or continuing a list of people (`nextInListOfPeople`). The word's extent is read once.
    func unlabelled(_ t: ScanText, _ i: Int, csv: inout CSVColumn.Cache, into out: inout [Candidate]) -> Candidate? {
        let word = NameTokens.word(t, i)
        if let word, let login = Self.dottedFullName(t, i, word) { return login }
        if let word, let e = Self.familyNameFirstBeforeRole(t, i, word) { return person(i, e, 0.7) }
        if let word,
            let e = Self.nameBeforeHier(t, i, word) ?? Self.childWithAge(t, i, word) ?? Self.nameBeforeHours(t, i, word)
        {
            return person(i, e, 0.75)
        }
        if let word, let e = Self.linkUser(t, i, word) ?? Self.namedAs(t, i) { return person(i, e, 0.75) }
        if let word, let e = Self.askedOrSigning(t, i, word) { return person(i, e, 0.7) }
        if let found = freeText(t, i, word, csv: &csv, into: &out) { return found }
        guard let word else { return nil }
        if let like = Self.likePatternName(t, i, word) { return like }
        if let party = Self.caseParty(t, i, word) ?? Self.matterParty(t, i, word) ?? Self.familyMatter(t, i, word)
            ?? Self.reachedAtNumber(t, i)
        {
            return party
        }
        if let named = Self.bracketedName(t, i, word) { return named }
        if t.at(i - 1) == 0x28,
            let pair = parenthesizedPair(t, i, into: &out) ?? Self.nameOfDesk(t, i, word)
                ?? Self.partyOfReference(t, i, word)
        {
            return pair
        }
        if t.at(word) == 0x2C && Self.opensBulletedItem(t, i) && Self.givenNameAlone(t, i) == word {
            return person(i, word, 0.7)
        }
        // A family name alone opening an item before a comma (`- Rieger, Einkauf`; a partnership's first name is vetoed
        // with the others by `NameTokens.inPartnerList`: `- Curry, Pope and Carlson`).
        if t.at(word) == 0x2C && t.at(word + 1) == 0x20 && Self.opensBulletedItem(t, i)
            && Self.familyNameAlone(t, i, word) && !NameLexicon.isFirstName(t, i, word)
            && !NameLexicon.isCommonWord(t, i, word)
        {
            return person(i, word, 0.7)
        }
        if let e = Self.nameBeforeRoleNote(t, i, word) ?? Self.nameAfterShiftWord(t, i, word) {
            return person(i, e, 0.7)
        }
        if let lone = loneGivenName(t, i, word, after: out.last) { return lone }
        return t.at(i - 2) == 0x2C ? nextInListOfPeople(t, i, after: out) : nil
    }

    func loneGivenName(_ t: ScanText, _ i: Int, _ e: Int, after last: Candidate?) -> Candidate? {
        // Where one of the positions below may be, told by the bytes before `i` (most capitalised words are none).
        let before = t.at(i - 1)
        guard before == 0x20 || before == 0x28 || before == 0x0A || i == 0, e - i >= 3 else { return nil }
        let h = t.hashLowercased(i, e)
        // The next of a list of people found (`David Johnson, Elizabeth Woodard, Kathryn`, `Christian Miller (CFO),
        // Green (NED)`): a given name or a family name.
        // (Or joined by a plus: `counted by Matthew + Tamara`.)
        let plus = t.at(i - 2) == 0x2B && t.at(i - 3) == 0x20
        let listed =
            t.at(i - 1) == 0x20 && (t.at(i - 2) == 0x2C || plus)
            && last.map { Self.listsPerson(t, $0, plus ? i - 3 : i - 2) } ?? false
        // (A family name only as a whole item: `Green (NED)`, `Green,`, not `Handy 0176 …`, `Handy (09010) …`.)
        let item =
            t.at(e) == 0x2C || t.at(e) == 0x0A || t.at(e) == 0x3B
            || (t.at(e) == 0x20 && t.at(e + 1) == 0x28 && !Byte.isDigit(t.at(e + 2)) && t.at(e + 2) != 0x2B)
        // (A family name in parentheses after a lowercase word: `Avis du médecin-conseil (Marchand) :`; not after a
        // name, where it is a relation or a firm: `Rüdiger Brückner (Sohn)`.)
        // (Or a code comment's owner: `# TODO(Robin) move to vault`.)
        let parenthesized =
            t.at(i - 1) == 0x28 && t.at(e) == 0x29
            && (t.at(i - 2) == 0x20 || t.matches("todo", at: i - 5) || t.matches("fixme", at: i - 6))
        guard
            NameLexicon.firstNames.contains(h) || (listed && item && NameLexicon.surnames.contains(h))
                || NameLexicon.isGivenNamePair(t, i, e)
                || (parenthesized && Self.familyNameAsWord(t, i, e)
                    && t.wordBefore(i - 1, maxLength: 24).map { Byte.isLower(t[$0.start]) } ?? false)
        else {
            return nil
        }
        let w = t.wordBefore(i, maxLength: 12)
        let inside = w.map { t.lowercaseAt($0.start) } ?? false
        // In parentheses after a word (`Pt (Laura) counseled`), or between commas after a word (`a bloke from the
        // garage, Patricia, didn't`).
        // (`Work notes (Jill, L1):`: a given name and a note in parentheses.)
        let bracketed =
            parenthesized
            || (t.at(i - 1) == 0x28 && t.at(i - 2) == 0x20 && t.at(e) == 0x2C && t.at(e + 1) == 0x20
                && NameLexicon.firstNames.contains(h) && Self.closingParenthesis(t, e + 2) != nil)
            || (t.at(i - 1) == 0x20 && t.at(i - 2) == 0x2C && t.at(e) == 0x2C && t.at(e + 1) == 0x20
                && Byte.isLower(t.at(i - 3)) && NameLexicon.firstNames.contains(h))
        // Opening a sentence, a line or an item, with a lowercase word after it (`Audrey found deploy keys`,
        // `3. Recrutement : Stéphane présentera`); function words of other languages are given names too (`Elle a`),
        // and a pair is decided as a pair (`Ben and Jerry's`).
        // Alone on the text's last line (`You can reach me on 0118 496 0227.\nGeraldine`) or the message's, above a
        // signature block's `--`: a signature.
        let signature = before == 0x0A && Self.endsMessage(t, e)
        let opening =
            !inside && !bracketed && !listed && t.at(e) == 0x20 && t.lowercaseAt(e + 1)
            && (Self.opensItem(t, i) || Self.afterTimeStamp(t, i) || before == 0x28
                || (Self.opensClauseAfterComma(t, i) && !(i..<e).contains { t[$0] == 0x2D }))
            // (Not a town's name before French `à`: `Planning. Nancy à 9h`.)
            && !(t.matchesExactly(" à ", at: e) && Self.frenchTownsNamedLikePeople.contains(h))
            && !Self.wordsOpeningSentences.contains(h) && PersonDetector.afterListConjunction(t, e + 1) == nil
        // After a verb opening a question or an adverb opening a sentence, before a lowercase word (`Weiß Liane schon
        // Bescheid?`, `Can Ashley check the logs?`, `Also Jennifer at the front desk …`).
        let asked =
            !inside && before == 0x20 && t.at(e) == 0x20 && t.lowercaseAt(e + 1)
            && w.map {
                let h = t.hashLowercased($0.start, $0.end)
                return (Self.questionVerbs.contains(h) || Self.openingAdverbs.contains(h))
                    && Self.opensItem(t, $0.start)
            } ?? false
        guard
            inside || bracketed || listed || opening || signature || asked || Self.shiftSignOrTask(t, i, e)
                || Self.roleInApposition(t, e)
                || Self.speaksOnThePhone(t, e)
                || (Self.phoneFollows(t, e) && !NameLexicon.surnames.contains(h) && before != 0x0A && i > 0)
                || Self.timedEntry(t, i, e)
                || Self.shiftHoursFollow(t, e) || (Self.shiftHoursBefore(t, i) && Self.endsRotaItem(t, e))
                || (Self.slashedAfter(t, i, last) && Self.endsRotaItem(t, e))
                || (Self.daysBefore(t, i) && (Self.endsRotaItem(t, e) || (t.at(e) == 0x20 && t.at(e + 1) == 0x28))),
            // (A word's given name too as the next of a list of people: `Todd (age 11), Valerie (age 8), Jimmy (age 3)`.)
            !NameLexicon.givenNamesThatAreWords.contains(h) || (i..<e).contains(where: { t[$0] >= 0x80 })
                || (listed && item)
                || (inside && Self.namesInsideSentences.contains(h)
                    && !(w.map { t.matchesExactly("de ", at: $0.start) } ?? false)),
            !Self.namedLikePeople.contains(h), Self.writtenAsName(t, i, e)
        else { return nil }
        if let w, inside {
            let wh = t.hashLowercased(w.start, w.end)
            // (`à` folds to `a`, an article too.)
            let addressed =
                Self.placePrepositions.contains(wh)
                && Self.addresseeVerbBefore(t, w.start)
            if !addressed && (Self.determiners.contains(wh) || Self.placePrepositions.contains(wh)) { return nil }
            // A street or a building named after someone (`avenue Victor-Hugo`, `lycée Jean-Moulin`); a team, a project
            // or a room named like someone (`équipe Hermine`, `project Juniper`).
            if StreetLexicon.frenchTypes.contains(wh) || Self.orgOpeners.contains(wh) || Self.namingNouns.contains(wh) {
                return nil
            }
            // A particle inside a capitalised name of a place or a firm (`Café de Flore`, `Mall of America`).
            // (Not after a German noun of action, where `von` says whose: `Betreuung von Natalie ab Montag`.)
            if Self.nameParticles.contains(wh) && Self.capitalisedWordBefore(t, w.start)
                && !Self.germanAbstractNounBefore(t, w.start) && !Self.germanNounOfPerson(t, w.start)
            {
                return nil
            }
            // The second of a pair or the last of a list whose first is capitalised (`Ben and Jerry's`, `Milo, Luna
            // or Oliver`): a firm, or a list whose names are decided together (`secondOfPair`, `restOfNameList`).
            // (Unless `and` joins it to someone found: `received by Shane and Kathryn in Treasury`; `or` offers names
            // to choose from: `Milo, Luna or Oliver` for a cat.)
            if Self.listConjunctions.contains(wh) && Self.capitalisedWordBefore(t, w.start),
                !(Self.afterConjunction(t, w.start) == i
                    && last.map { $0.type == .person && $0.end == w.start - 1 } ?? false)
            {
                return nil
            }
        }
        let a = t.at(e)
        // A thing named like someone: `the old Merlin room`, `Hermine team`.
        if a == 0x20 && Byte.isLower(t.at(e + 1)) {
            var ne = e + 1
            while Byte.isLower(t.at(ne)) { ne += 1 }
            let nh = t.hashLowercased(e + 1, ne)
            if Self.namingNouns.contains(nh) || Self.placeOrFirmWords.contains(nh) { return nil }
        }
        // A version after it makes it a product (`Exported from Maximo v6.0.1`, `Jenkins 2.4`).
        // (Not a phone's number with dots: `Erica 875.354.2267`.)
        if a == 0x20 && Self.versionAt(t, e + 1) && !Self.phoneFollows(t, e) { return nil }
        // A capitalised word after it makes a phrase decided elsewhere (`Aurora Desk Lamp`, `Victoria Falls`).
        if a == 0x20 && (Byte.isUpper(t.at(e + 1)) || (t.at(e + 1) == 0xC3 && t.at(e + 2) < 0xA0)) { return nil }
        // Part of an identifier, a file or a host name (`Julia.jl`, `Sophie-Bot`, `Emma_v2`, `nora@`).
        if (a == 0x2E || a == 0x2D || a == 0x5F || a == 0x2F || a == 0x40 || a == 0x3D) && Byte.isAlnum(t.at(e + 1)) {
            return nil
        }
        if Byte.isDigit(a) { return nil }
        // A firm named after someone (`Warren and Sons`, `Franklin's Bakery`).
        if a == 0x27 && t.at(e + 1) == 0x73 && t.at(e + 2) == 0x20 && Byte.isUpper(t.at(e + 3)) { return nil }
        if NameTokens.firmNameFollows(t, e) { return nil }
        return Candidate(.person, i, e, score: 0.6, priority: 30)
    }
}

extension PersonDetector {
    /// `Hermine Hölzenbecher, Clara Jacob, Ludwina Cichorius`: two or three words written as a name, no word of which
    /// is a common word, a stopword or a place, after two people found and listed with `, `, ending the list item (no
    /// firm's legal form after them).
    func nextInListOfPeople(_ t: ScanText, _ i: Int, after found: [Candidate]) -> Candidate? {
        // Two people listed before, or one with a role in parentheses (`Geoffrey Pilkington (chair), Hope
        // Barraclough`); one alone is as often a signature (`Frau Kostolzin, Oberarzt Innere Medizin`).
        guard t.at(i - 1) == 0x20, t.at(i - 2) == 0x2C, let last = found.last, Self.listsPerson(t, last, i - 2) else {
            return nil
        }
        let twoListed =
            last.end == i - 2 && found.count >= 2 && found[found.count - 2].type == .person
            && found[found.count - 2].end == last.start - 2 && t.at(last.start - 2) == 0x2C
        guard twoListed || last.end != i - 2, let tok = NameTokens.read(t, i, max: 3), tok.count >= 2 else {
            return nil
        }
        for k in 0..<tok.count {
            let (s, e) = (tok.starts[k], tok.ends[k])
            // (Given names that are stopwords are names here: `Hope Barraclough`.)
            let stop = NameLexicon.isStopword(t, s, e) && !NameLexicon.nameStopwords.contains(t.hashLowercased(s, e))
            guard e - s >= 2, Byte.isLower(t.at(s + 1)) || t.at(s + 1) >= 0x80, !stop,
                !NameLexicon.isCommonWord(t, s, e), !Self.isWordName(t, s, e),
                !Self.placeOrFirmWords.contains(t.hashLowercased(s, e))
            else { return nil }
        }
        let a = t.at(tok.end)
        // (Or a role in parentheses: `Anna Weber (PM), Lissy Höfig (QA)`.)
        guard
            a == 0x2C || a == 0x0A || a == 0x3B || a == 0x29 || a == 0x2E || a == 0 || a == 0x0D
                || (a == 0x20 && PersonDetector.afterListConjunction(t, tok.end + 1) != nil)
                || (a == 0x20 && t.at(tok.end + 1) == 0x28 && Self.closingParenthesis(t, tok.end + 2) != nil),
            !NameTokens.firmNameFollows(t, tok.end)
        else { return nil }
        return person(tok.start, tok.end, 0.65)
    }

    /// Whether a version starts at `k`: `v6.0.1`, `V2`, `2.4`, `10.1.3`.
    static func versionAt(_ t: ScanText, _ k: Int) -> Bool {
        var d = k
        if t.at(d) | 0x20 == 0x76 { d += 1 }
        guard Byte.isDigit(t.at(d)) else { return false }
        if d > k { return true }
        while Byte.isDigit(t.at(d)) { d += 1 }
        return t.at(d) == 0x2E && Byte.isDigit(t.at(d + 1))
    }
}
