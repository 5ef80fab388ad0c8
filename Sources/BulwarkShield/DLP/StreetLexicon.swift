/// Street-type words, German street-name endings, French street types and US state codes, for
/// recognising postal addresses. Street types follow USPS Publication 28 (C1) and common GB usage.
enum StreetLexicon {
    static let types: LexiconSet = NameLexicon.hashes(
        """
        alley allee ally anex annex arcade avenue ave bayou beach bend bluff bluffs bottom boulevard blvd branch \
        bridge brook brooks burg burgs bypass camp canyon cape causeway center centre centers circle circles cir \
        cliff cliffs club common commons corner corners course court courts ct cove coves creek crescent crest \
        crossing crossroad crossroads curve dale dam divide drive drives dr estate estates expressway extension \
        extensions fall falls ferry field fields flat flats ford fords forest forge forges fork forks fort freeway \
        garden gardens \
        gateway glen glens green greens grove groves harbor harbors harbour haven heights highway hwy hill hills \
        hollow inlet island islands isle junction junctions key keys knoll knolls lake lakes land landing lane ln \
        light lights loaf lock locks lodge loop mall manor manors meadow meadows mews mill mills mission motorway \
        mount mountain mountains neck orchard oval overpass park parks parkway parkways pkwy pass passage path \
        pike pine pines place pl plain plains plaza point points port ports prairie radial ramp ranch rapid rapids \
        rest ridge ridges river road roads rd route row rue run shoal shoals shore shores skyway spring springs \
        spur spurs square squares sq station stravenue stream street streets st summit terrace ter throughway \
        trace track trafficway trail trailer tunnel turnpike underpass union unions valley valleys via viaduct \
        view views village villages ville vista walk walks wall way ways well wells close gate gates wharf wynd \
        yard rise drove grange parade promenade quay embankment ave. st. rd. dr. ln. blvd. ct. pl. sq.
        """
    )

    static let frenchTypes: LexiconSet = NameLexicon.hashes(
        "rue avenue boulevard bd chemin impasse allée allee place quai route cours passage square voie faubourg "
            + "rond-point sentier résidence residence cité cite hameau lieu-dit chaussée promenade esplanade montée "
            + "montee traverse ruelle rampe parvis venelle"
    )

    static let germanEndings = KeywordSet(suffixes: [
        "straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee", "steig",
        "pfad", "markt", "stieg", "wall", "graben", "zeile", "hof", "berg", "garten", "park", "kamp", "feld",
    ])

    /// Endings that end the names of places as often as streets' (`Innenhof`, `Biergarten`, `Schaltfeld 3`): a street
    /// so named in prose is an address only with a postcode after it.
    static let placeEndings = KeywordSet(suffixes: ["hof", "berg", "garten", "park", "kamp", "feld", "markt"])

    /// German street types that also stand as a word of their own after the name (`Kölner Straße`, `Berliner
    /// Allee`); `Park`, `Markt` or `Hof` alone name places as often as streets.
    static let germanTypeWords: LexiconSet = NameLexicon.hashes(
        "straße strasse str. weg allee platz gasse damm ufer chaussee wall anlage ring graben kai promenade steig pfad"
    )
    /// Prepositions that open German street names (`Am Markt`, `An der Alster`, `Zur Mühle`).
    static let germanPrepositions: LexiconSet = NameLexicon.hashes("am an auf im in zum zur unter hinter vor")

    /// Canadian provinces and territories (Canada Post symbols).
    static let caProvinces: LexiconSet = NameLexicon.hashes("AB BC MB NB NL NS NT NU ON PE QC SK YT")
    /// Australian states and territories (Australia Post abbreviations).
    static let auStates: LexiconSet = NameLexicon.hashes("NSW VIC QLD WA SA TAS ACT NT")

    /// The USPS codes of the states, the District of Columbia, the territories, the freely associated states
    /// (`FM`, `MH`, `PW`) and the armed forces.
    static let usStates: LexiconSet = NameLexicon.hashes(
        """
        AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND \
        OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP FM MH PW AA AE AP
        """
    )

    /// Whether the word `s..<e` ends with a German street-name ending (and is no common noun so ending:
    /// `Arbeitsplatz 2`, `Stellplatz 14`, `Fluchtweg 3`).
    static func hasGermanEnding(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        // The name before the ending has three letters or more (`Spring`, `String` end in `ring` too).
        germanEndings.anySuffix(in: t, endingAt: e, notBefore: s + 3) { _ in true }
            && !nounsEndingLikeStreets.contains(t.hashLowercased(s, e))
    }

    /// German nouns of places at work, of fields and of ways that end like streets and stand before a number.
    static let nounsEndingLikeStreets: LexiconSet = NameLexicon.hashes(
        "arbeitsplatz stellplatz parkplatz sitzplatz steckplatz liegeplatz abstellplatz lagerplatz standplatz "
            + "startplatz ausbildungsplatz studienplatz kitaplatz krippenplatz schlafplatz waschplatz rastplatz "
            + "messplatz bauplatz tabellenplatz listenplatz arbeitsplätze stellplätze parkplätze vorfeld umfeld "
            + "spielfeld eingabefeld textfeld datenfeld suchfeld testfeld baufeld fluchtweg rettungsweg rückweg "
            + "heimweg dienstweg zahlungsweg lieferweg schlüsselring dichtring fuhrpark maschinenpark"
    )
}
