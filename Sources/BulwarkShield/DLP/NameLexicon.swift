/// Word lists for recognising personal names: given names, family names, and the capitalised words that
/// must never be read as part of a name (months, greetings, job and company words, street types).
///
/// Look-ups hash the lowercased bytes of a word, so they never allocate.
enum NameLexicon {
    static let firstNames: LexiconSet = hashes(
        firstNamesData + "\n" + recentFirstNamesData + "\n" + worldFirstNamesData + "\n" + rareGivenNamesData + "\n"
            + moreGivenNamesData
    )
    static let surnames: LexiconSet = hashes(surnamesData + "\n" + worldSurnamesData)
    static let stopwords: LexiconSet = hashes(stopwordData)
    /// Common English words that are neither given names nor family names in the lists here (`desk`, `sale`,
    /// `lamp`): a capitalised one after a given name makes a product, an event or a title (`Aurora Desk Lamp`,
    /// `Spring Sale`), not a person whose family name the lexicons lack.
    ///
    /// Source: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson, 2000–2020; free to use, copy and distribute
    /// with this notice), the english-words and american-words lists of sizes 10 and 20 (the most common words),
    /// lowercase words of three letters or more, less every given name and family name of the lexicons.
    static let commonWords: LexiconSet = hashes(
        commonWordsAToKData + "\n" + commonWordsLToZData + "\n" + operationsWordsData
    )
    /// Given names that are also words of the stopword list (months, `hope`, `will`): a name only where a strong cue
    /// says so (a greeting, a title, a speaker's colon, `@`) or a known family name follows (`April Nguyen`).
    static let nameStopwords: LexiconSet = hashes("april august hope jan june may will mai avril line tage alexa")
    /// Given names that are also common English words (`Mark`, `Grace`, `Frank`, `Rose`, `Bill`): after a weak cue
    /// they are read as words.
    ///
    /// Source: the given names of the lexicons that are lowercase words of SCOWL (english, american and british words,
    /// sizes 10 to 50), three letters or more.
    static let givenNamesThatAreWords: LexiconSet = hashes(
        """
        age alien alpha amber angel angle ante anti are art asset ate autumn ban bang bay beat beau bell belle \
        bent beryl bilge bill billy bin birdie bob bobby bong bonny boy brad brain buck buster cam camellia can \
        carmine carry celesta chance charity chase chuck cilia clement cliff colleen con conception constant \
        crystal dahlia dale davit dawn deb dell delta desire dick dieter ding dirk don dory dot dotty drew dries \
        due dusty echo edit else emery era ester fairy faith fan fanny felicity floor florin forest frank \
        freeman gad gang gay gene gentian glory golden grace grant gun guy hang hank hardy harm harmony hat hay \
        hector henna homer honey hope hung ion jack jasmine jasper jelly jet jihad jimmy job joke josh joy \
        julienne junior karma ken king kit kook lady lam lama lane lea lean lei liberty lien lies line loan long \
        love major man manual many margarita mark marlin marquis marry marten mate may meg melody mercy merry \
        mica mile miles mine miss mitre moon myrtle nanny nick noble noel novella numbers odd owe page pat \
        patience patsy pearly peer penny per phoebe ping pinkie piper pol porter precious prince queen rain ram \
        ran randy ray rhea rich rick rod roger romaine roman rose rosette royal rusty said sake sander sang \
        savanna scarlet season see serge shad sibyl sin slave sol son song sonny soon spring star stein sterling \
        sue summer sun sung sunny sunshine tad tam taro tat tea temple tequila terry than the tho ties till tin \
        tine tiny tom tome toms ton tone tony tor tore trees trinity troy unto urban van viva wade ward wen will \
        winter wolf wolfram won yon you young yuk
        """
    )
    /// Words for a number that a hyphen joins to a label (`Kit-Nr`, `Kunden-ID`).
    static let numberLabelParts: LexiconSet = hashes("nr no id nummer code")
    static let particles: LexiconSet = hashes(
        "van von de der den du la le da di del dos des aux zu ten ter dela al el bin"
    )

    static func isFirstName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        if firstNames.contains(t.hashLowercased(s, e)) { return true }
        // `H.-Dieter`: an initial, then a known given name.
        if e - s >= 5 && t[s + 1] == 0x2E && t[s + 2] == 0x2D { return firstNames.contains(t.hashLowercased(s + 3, e)) }
        // Hyphenated given names (Franz-Peter, Jean-Luc): the first part decides; not a number's label (`Kit-Nr`), nor
        // a range of days or months (`Thu-Fri`, `Jan-Mar`; but `Ernst-August`).
        var k = s + 1
        while k < e && t[k] != 0x2D { k += 1 }
        guard k < e && firstNames.contains(t.hashLowercased(s, k)) else { return false }
        let second = t.hashLowercased(k + 1, e)
        return !numberLabelParts.contains(second) && (!stopwords.contains(second) || nameStopwords.contains(second))
    }

    /// `Hans-Herbert`, `Klaus-Dieter`, `Anne-Marie`: two known given names joined by a hyphen, neither of them a
    /// stopword or a place (`Rolls-Royce`, `Marie-Curie` have a part that is no given name; `May-Henry` and
    /// `Johnson-Houston` are firms).
    static func isGivenNamePair(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var k = s + 2
        while k < e - 2 && t[k] != 0x2D { k += 1 }
        guard k < e - 2 else { return false }
        // (Two family names joined make a firm or a double-barrelled family name: `Moran-Davis`, `Ellis-Cross`; so
        // the second part is no family name unless the first opens compound given names: `Hans-Herbert`, `Jean-Luc`.)
        if surnames.contains(t.hashLowercased(k + 1, e)) && !compoundOpeners.contains(t.hashLowercased(s, k)) {
            return false
        }
        for (ps, pe) in [(s, k), (k + 1, e)] {
            let h = t.hashLowercased(ps, pe)
            // (A given name that is a month or a word too may end the pair: `Ernst-August`.)
            guard firstNames.contains(h), !stopwords.contains(h) || (ps > s && nameStopwords.contains(h)),
                !PersonDetector.placeNames.contains(h)
            else {
                return false
            }
        }
        return true
    }

    /// Given names that open compound given names (`Hans-Peter`, `Klaus-Dieter`, `Jean-Pierre`, `Marie-Claire`).
    static let compoundOpeners = hashes(
        "hans karl klaus heinz franz josef johann jan peter paul jens uwe kai ralf rolf bernd dirk ernst horst wolf "
            + "friedrich carl claus hermann georg wilhelm "
            + "jean marie anne anna eva rose lise louis luc marc pierre paul-henri jo lou mary ann sarah"
    )

    static func isSurname(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        if surnames.contains(t.hashLowercased(s, e)) { return true }
        // `O'Brien`, `D'Angelo`: a family name with an elided particle, known without its apostrophe.
        return e - s >= 5 && t[s + 1] == 0x27 && surnames.contains(t.hashLowercased(s, e, skippingMarks: true))
    }

    /// `isSurname`, or a double-barrelled name with a known part (`Fenwick-Moore`), or one with an apostrophe known
    /// without it (`O'Rourke`): for places that already say a name stands there (a name column).
    static func isSurnameOrCompound(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        if isSurname(t, s, e) { return true }
        var ps = s
        for k in s...e where k == e || t[k] == 0x2D {
            if k - ps >= 3 && (isSurname(t, ps, k) || isFirstName(t, ps, k)) { return true }
            ps = k + 1
        }
        return t.contains(anyOf: ["'"], in: s, e) && surnames.contains(t.hashLowercased(s, e, skippingMarks: true))
    }

    static func isCommonWord(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        commonWords.contains(t.hashLowercased(s, e))
    }

    static func isStopword(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        stopwords.contains(t.hashLowercased(s, e))
    }

    /// Phrases of two words separated by `|`, each stored as the sum of its words' hashes (what a look-up of two
    /// adjacent words adds up).
    static func phraseHashes(_ data: String) -> LexiconSet {
        LexiconSet(data.split(separator: "|").map { wordHashes(String($0)).reduce(0, &+) })
    }

    static func hashes(_ data: String) -> LexiconSet {
        LexiconSet(wordHashes(data))
    }

    /// The hash of each word of `data` (words separated by white space), and of its German spelling without umlauts
    /// (`Jürgen` is also `Juergen`, `Strauß` also `Strauss`, as e-mail addresses and older systems write them).
    private static func wordHashes(_ data: String) -> [UInt64] {
        var set: [UInt64] = []
        var bytes = Array(data.utf8)
        bytes.append(0x20)
        bytes.withUnsafeBufferPointer { buf in
            let t = ScanText(bytes: buf)
            var s = 0
            for i in 0..<buf.count where Byte.isSpace(buf[i]) {
                if i > s {
                    set.append(t.hashLowercased(s, i))
                    if let spelled = withoutUmlauts(buf[s..<i]) {
                        spelled.withUnsafeBufferPointer { set.append(ScanText(bytes: $0).hashLowercased(0, $0.count)) }
                    }
                }
                s = i + 1
            }
        }
        return set
    }

    /// `word` with `ä ö ü ß` (any case) written `ae oe ue ss`, or nil when it has none of them.
    private static func withoutUmlauts(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8]? {
        var out: [UInt8] = []
        var changed = false
        var k = word.startIndex
        while k < word.endIndex {
            let b = word[k]
            if b == 0xC3 && k + 1 < word.endIndex {
                let spelled: [UInt8]? =
                    switch word[k + 1] {
                    case 0xA4, 0x84: [0x61, 0x65]
                    case 0xB6, 0x96: [0x6F, 0x65]
                    case 0xBC, 0x9C: [0x75, 0x65]
                    case 0x9F: [0x73, 0x73]
                    default: nil
                    }
                if let spelled {
                    out.append(contentsOf: spelled)
                    changed = true
                    k += 2
                    continue
                }
            }
            out.append(b)
            k += 1
        }
        return changed ? out : nil
    }

    /// Capitalised words that begin sentences, label fields or name organisations in business text.
    static let stopwordData = """
        the this that these those there then than they them their his her hers our ours your yours you we he she it its \
        me us him man private privacy redacted proxy withheld \
        and or but not for from with without into onto over under about after before between during via per \
        a an at as by in of on to up if so no yes ok all any each every some many more most other such only also just \
        is are was were be been being am do does did done have has had can could should would will shall may might must \
        please thanks thank regards best kind warm cheers sincerely hello hi hey dear hallo bonjour merci danke \
        january february march april may june july august september october november december \
        jan feb mar apr jun jul aug sep sept oct nov dec \
        monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun today tomorrow yesterday \
        mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends run \
        montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi \
        dimanche \
        customer client support team service services department office sales billing account accounts admin \
        manager lead director head engineer engineering developer analyst assistant officer intern staff hr it ops \
        tech job jobs line lines tage \
        payroll finance legal security data platform product marketing operations logistics retail bank insurance \
        company corp corporation inc ltd llc gmbh ag sa sarl sas plc group holdings partners solutions systems firma \
        technologies labs consulting analytics capital ventures trust foundation university school hospital \
        street st road rd avenue ave lane ln drive dr court ct boulevard blvd way place pl square sq terrace \
        rue allee allée chemin impasse quai strasse straße weg platz gasse ring \
        subject re fwd fw to cc bcc from date sent name email mail phone tel mobile fax address note notes \
        ticket order invoice payment card bank iban account number id ref reference status priority summary \
        error warning info debug critical urgent new old next last first second final draft update report \
        project meeting agenda release version build deploy deployment server database cluster service api \
        monitoring alert incident issue bug fix feature request response review approval access login password \
        user users guest member members owner group role policy rule config settings key token secret \
        north south east west central city county state country region street \
        mr mrs ms miss dr prof sir madam herr frau monsieur madame mme mlle \
        personalabteilung abteilung kundenservice kunde kundin vertrieb buchhaltung geschäftsführung team \
        zentrale notaufnahme ambulanz poststelle pforte leitstelle intensivstation radiologie kardiologie chirurgie \
        verwaltung geschäftsstelle geschäftsleitung einkauf rechnungswesen hausverwaltung urgences accueil \
        comptabilité secrétariat avis prüfungsamt fakultät lehrstuhl dekanat studierendensekretariat \
        unit desk management dept division committee board council helpdesk servicedesk crew scheduling dispatch \
        rostering \
        sehr geehrte geehrter liebe lieber viele grüße gruß freundlichen mit beste schöne \
        cordialement salutations madame monsieur service équipe direction cher chère elle elles \
        happy good great well sure sorry hope welcome congratulations \
        chatgpt gpt copilot gemini bard siri alexa cortana llama mistral grok assistant bot chatbot \
        everyone everybody colleagues colleague customers clients friends folks guys mate sirs valued teams people world \
        hiring recruiter kollegen kolleginnen kollegium kollege kollegin damen herren collègues tous \
        mein meine meinem meinen meiner dein deine deinem deinen deiner sein seine seinem seinen seiner ihre ihrem \
        ihren ihrer unser unsere unserem unseren unserer \
        party parties conference controls festival awards award prize lecture expo symposium workshop webinar \
        hackathon kickoff offsite retreat picnic dinner lunch breakfast meetup forum series edition \
        easter christmas pentecost whitsun halloween thanksgiving alle tous toutes \
        python java swift go rust linux windows docker kubernetes jenkins kafka ansible terraform redis postgres \
        github gitlab slack jira confluence google microsoft amazon apple aws azure openai stripe paypal \
        mercedes-benz rolls-royce harley-davidson \
        london paris berlin new york phoenix chicago boston seattle munich hamburg lyon \
        bei nach über unter vor aus für gegen ohne um im zum zur vom beim ins ein eine einer eines einem einen und \
        oder aber wenn dass ich sie wir ihr er es wie was wer wo auch noch schon hier dort bitte ja nein nicht \
        kein keine diese dieser dieses jetzt heute gestern ab na dann denn wann weil nur klar kurz ganz alles super \
        et ou mais pour par avec sans sur sous dans chez je nous vous il ils elles ce cette ces au un une est sont \
        très bien aussi oui non pas plus moins tout tous toute toutes votre notre nos mes ses leur leurs qui \
        que quoi dont où ah oh \
        phd mba mrcvs frcs frcp mrcp mrcgp bsc msc llb llm cpa cfa dvm esq obe mbe cbe dphil rn lpn cna aprn crna \
        dnp dds dmd pharmd rph bsn msn lcsw mbbs \
        januar februar märz mai juni juli oktober dezember janvier février mars avril juin juillet août septembre \
        octobre novembre décembre call
        """
}
