/// Words of places and firms that make capitalised words no personal name: what opens them (`San`, `Lake`,
/// `Atelier`), what follows (`Air Lines`, `Falls`), firms named like people, and given names that are places.
extension PersonDetector {
    /// First words of place and firm names that follow a given name's shape (`San Jose`, `Santa Clara`, `Los
    /// Angeles`, `São Paulo`, `Saint Louis`, `Les Pins`, `Lake Louise`, `Atelier Brun`): they open no personal name.
    static let placeOpeners = NameLexicon.hashes(
        "san santa santo sao los las les saint sainte lake mount mt fort port cape lac mont sankt new north south east "
            + "west st bad "
            + "filiale magasin standort niederlassung succursale boutique "
            + "pizzeria trattoria brasserie bistro taverne "
            + "atelier cabinet agence boulangerie pharmacie garage carrosserie restaurant hotel studio praxis kanzlei "
            + "autohaus "
            + "steuerkanzlei anwaltskanzlei zahnarztpraxis arztpraxis "
            + "bäckerei baeckerei metzgerei apotheke salle saal raum room air hilton marriott hyatt sheraton radisson "
            + "westin novotel mercure mairie préfecture prefecture "
            // Trees that name estates, venues and streets (`Cedar Hill`, `Maple Grove Senior Living`, `Oak Ridge`).
            + "cedar maple oak pine elm beech chestnut poplar spruce cypress sycamore hawthorn "
            // (And royal charters: `Royal Ashdown Forest`, `Royal Mail`.)
            + "royal"
    )

    /// Words that make a given name and the capitalised words after it a firm, a place, a landmark or a post (`Delta
    /// Air Lines`, `Victoria Falls`, `Albert Museum`, `Senior Loan Officer`); family names (`Hall`, `Park`, `Ridge`,
    /// `Nurse`) are left out.
    static let placeOrFirmWords = NameLexicon.hashes(
        "pavilion depot depots gala festival conference summit meetup webinar marathon concert expo bazaar fete raffle tombola board "
            + "committee council commission panel "
            + "air airlines airways lines falls museum gallery cathedral bridge lake river mountain mountains bay stadium "
            + "arena centre center tower station airport hotel motors foods energy pharma pharmaceuticals express "
            + "airline railway railways rail media studios records entertainment brands industries enterprises "
            + "associates international global worldwide electric avenue boulevard theatre theater island islands "
            + "valley canyon heights springs creek prairie county memorial clinic institute academy room building wing lounge "
            + "auditorium campus school elementary college university hospital library church chapel mall plaza "
            + "gardens market kindergarten cottage rectory vicarage manor barn grange villa chalet bungalow appliances "
            + "electronics furniture engineering construction builders plumbing catering printing bakery brewery "
            + "infirmary nord süd sud ost lager class klasse classe branch officer clerk "
            + "turf pitch apts apartments rovers wanderers athletic fc leisure youth "
            + "chiropractic chiropractors opticians optometry orthodontics dental dentistry pharmacy veterinary vets "
            + "solicitors accountants physiotherapy podiatry osteopathy optometrists "
            + "office offices florist florists salon boutique cafe café bistro deli pizzeria laundry laundrette "
            + "bookshop bookstore gym"
    )

    /// Abbreviations that open sports clubs' names (`FC Val de Loire`, `ES Saint-Aubin`, `TSV Grünwald`).
    static let clubOpeners = NameLexicon.hashes("fc sc ac es rc sv tsv vfb vfl spvgg fsv sg")
    /// Firms named after people whose names read as a given name and a surname (or a title and a name: `Dr. Martens`),
    /// and the names that stand for no one (`John Doe`, `Max Mustermann`).
    static let firmNames = NameLexicon.phraseHashes(
        "john doe|jane doe|joe bloggs|max mustermann|erika mustermann|"
            + "morgan stanley|goldman sachs|wells fargo|charles schwab|merrill lynch|edward jones|dow jones|hugo boss|"
            + "calvin klein|ralph lauren|louis vuitton|christian dior|john lewis|jack daniels|tommy hilfiger|"
            + "harley davidson|rolls royce|mercedes benz|harvey nichols|jack daniel|ted baker|john deere|estee lauder|"
            + "dr martens|dr oetker|dr pepper|dr scholl|yves rocher|pierre cardin|christian louboutin|"
            + "stella mccartney|marc jacobs|michael kors|victoria beckham|karl lagerfeld|giorgio armani|coco chanel|"
            + "france travail"
    )

    /// Given names that are as often places reporting or saying things in business text (`Victoria reported`,
    /// `Georgia said`).
    static let placeNames = NameLexicon.hashes(
        "victoria georgia florence austin paris jordan chelsea sydney dallas phoenix savannah madison brooklyn kent "
            + "lincoln virginia carolina adelaide orlando houston denver regina alexandria india israel lourdes "
            + "santiago valencia aurora jackson troy york geneva vienna verona france ireland england scotland holland columbus "
            + "english german french spanish italian dutch polish russian chinese japanese arabic portuguese irish "
            + "welsh scottish british american canadian australian indian china kenya argentina dominica america asia"
    )

    /// States and regions that are given names too (`Center, Nevada`).
    static let statesNamedLikePeople = NameLexicon.hashes(
        "nevada georgia dakota montana indiana florida arizona alabama louisiana carolina virginia tennessee kansas "
            + "maine victoria tasmania alberta"
    )

    /// French nouns of places before `de` and a town (`établissement de Nancy`, `agence de Valence`).
    static let frenchPlaceNouns = NameLexicon.hashes(
        "établissement site agence ville région centre hôpital mairie gare aéroport secteur antenne plateforme entrepôt "
            + "dépôt bureau université"
    )

    /// Family names that are words for a kind of place, which venues and estates end with (`Franklin Hall`, `Ashton
    /// Park`, `Maple Ridge`).
    static let placeSurnames = NameLexicon.hashes(
        "hall park ridge hill hills green grove wood woods field fields heath gate court manor gardens common cross "
            + "brook meadow meadows vale dale moor pool beach pier harbor harbour pass"
    )
}

extension PersonDetector {
    /// Whether the person candidate `c` names a building (`Jefferson Lofts`), a street, a numbered place or a place
    /// opened by its word, or is a form's word (`Dr. Signature`): after a French street's word (`rue Victor Hugo`,
    /// `boulevard Louis Blanc`: the person a street honours), one word before a short number that numbers wards, bays
    /// and gates (`by Ward 9`, `Bay 4B`), or opened by a place's first word before another capitalised word (`Maple
    /// Ridge`, `Lake Louise`; not a known given and family name: `Les Miller`).
    static func namesAStreetOrAPlace(_ t: ScanText, _ c: Candidate) -> Bool {
        // A building's name (`Jefferson Lofts`, `Victoria Mews`), or one word of a form standing in for a name (`Dr.
        // Signature`; the last word's hash serves both).
        var ws = c.end
        while ws > c.start && (Byte.isAlpha(t[ws - 1]) || t[ws - 1] >= 0x80) { ws -= 1 }
        let last = t.hashLowercased(ws, c.end)
        if ws > c.start ? buildingWords.contains(last) : formWords.contains(last) { return true }
        // (Not `place` after `sur`: `contact sur place Arthur Potier` is on site.)
        if let w = t.wordBefore(c.start, maxLength: 10), Byte.isLower(t[w.start]),
            frenchStreetWords.contains(t.hashLowercased(w.start, w.end)),
            !(t.matchesExactly("place", at: w.start) && t.matchesExactly("sur ", at: w.start - 4))
        {
            return true
        }
        guard let e0 = NameTokens.word(t, c.start) else { return false }
        let h0 = t.hashLowercased(c.start, e0)
        if e0 == c.end && t.at(e0) == 0x20 && Byte.isDigit(t.at(e0 + 1)) && numberedPlaceWords.contains(h0) {
            var k = e0 + 1
            while Byte.isAlnum(t.at(k)) && k - e0 <= 4 { k += 1 }
            if k - e0 <= 4 && !Byte.isAlnum(t.at(k)) { return true }
        }
        guard placeOpeners.contains(h0), t.at(e0) == 0x20, Byte.isUpper(t.at(e0 + 1)) || t.at(e0 + 1) >= 0xC3,
            let e1 = NameTokens.word(t, e0 + 1)
        else { return false }
        return !(NameLexicon.isFirstName(t, c.start, e0) && NameLexicon.isSurname(t, e0 + 1, e1))
    }

    /// Whether a part of a building follows at `e` (`Kelley Hall lobby`, `Jordan Hall lawn`, `Franklin Hall, Room 210`):
    /// two words ending with a place's word before it name the building.
    static func partOfVenueFollows(_ t: ScanText, _ e: Int) -> Bool {
        var k = e
        let comma = t.at(k) == 0x2C
        if comma { k += 1 }
        guard t.at(k) == 0x20 else { return false }
        k += 1
        if t.matchesExactly("Room ", at: k) || t.matchesExactly("Rm ", at: k) { return true }
        // (A part in lowercase right after the name, not after a comma: `Location: Rebecca Wood, reception`.)
        return !comma && Byte.isLower(t.at(k))
            && venueParts.forEachMatch(in: t, at: k, { _, n in !Byte.isAlpha(t.at(k + n)) })
    }

    /// Parts of a building or its grounds, written after its name.
    static let venueParts = KeywordSet([
        "lobby", "lawn", "foyer", "entrance", "basement", "car park", "parking lot", "courtyard", "steps", "annex",
        "atrium", "auditorium", "quad", "loading dock", "ballroom", "cafeteria",
    ])

    /// Whether `c` is one quoted common word that is no known given or family name (`last_name NOT IN ('TEST',
    /// 'Shelter', 'Rescue')`): a code's stand-in for a name.
    static func quotedCommonWord(_ t: ScanText, _ c: Candidate) -> Bool {
        let q = t.at(c.start - 1)
        guard q == 0x27 || q == 0x22, t.at(c.end) == q,
            !(c.start..<c.end).contains(where: { t[$0] == 0x20 }), NameLexicon.isCommonWord(t, c.start, c.end)
        else { return false }
        return !NameLexicon.isFirstName(t, c.start, c.end) && !NameLexicon.isSurname(t, c.start, c.end)
    }

    /// Words that end the names of residential buildings (not family names: `House`, `Court`, `Lane` are).
    static let buildingWords = NameLexicon.hashes(
        "lofts mews residences flats apartments apts towers condos ballroom foyer boardroom atrium auditorium pavilion "
            + "lounge commons"
    )

    /// Words of forms that stand where a name goes.
    static let formWords = NameLexicon.hashes(
        "signature unterschrift name surname firstname lastname fullname vorname nachname nom prénom signataire"
    )

    /// French words for streets and squares, before the name of whom they honour.
    static let frenchStreetWords = NameLexicon.hashes(
        "rue avenue av bd boulevard allée allee impasse quai chemin square cours passage ruelle place parvis esplanade"
    )

    /// Family names that are words for places numbered in hospitals, warehouses and airports (`Ward 9`, `Bay 4`).
    static let numberedPlaceWords = NameLexicon.hashes(
        "ward bay bed gate dock pier platform wing block bench booth zimmer raum saal halle salle chambre box"
    )
}
