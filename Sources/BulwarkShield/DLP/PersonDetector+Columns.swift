/// Names in the cells of tables: the headers of name columns, a family name filling its cell, a cell checked against
/// its column's header.
extension PersonDetector {
    static let nameColumnWords = KeywordSet([
        "name", "customer", "employee", "contact", "holder", "client", "mitarbeiter", "kunde", "owner", "teilnehmer",
        "nom", "kontakt",
        "ansprechpartner", "empfänger", "empfaenger", "recipient", "destinataire", "interlocuteur", "vertretung",
        "kandidat", "candidate", "candidat", "bewerber", "inhaber", "titulaire", "gastfamilie", "host family",
        "famille d'accueil",
    ])
    static let namePartColumnWords = KeywordSet([
        "first", "last", "given", "surname", "family", "forename", "vorname", "nachname", "prénom", "prenom", "nom",
    ])
    static let otherColumnWords = KeywordSet([
        "username", "user_name", "company", "product", "file", "hostname", "host_name", "host name", "host-name",
    ])
    /// Column headers of people in a role, whose cells hold one name as often as two (`Owner`, `Verantwortlich`).
    static let personColumnWords = KeywordSet([
        "owner", "assignee", "assigned", "responsible", "lead", "officer", "engineer", " rep", "verantwortlich",
        "zuständig", "responsable", "mitarbeiter",
        "reviewer", "reporter", "requester", "attendee", "teilnehmer", "employee", "patient", "tenant", "student",
        "passenger", "driver", "vertretung", "vertreter", "stellvertreter", "deputy", "backup", "substitute",
        "remplaçant", "remplacant", "manager", "interviewer", "buddy", "mentor", "ansprechpartner", "responsable",
        "eigentümer", "eigentuemer", "eigentümerin", "besitzer", "halter", "propriétaire", "proprietaire",
        "agent", "advisor", "adviser", "conseiller", "bearbeiter", "technician", "techniker", "technicien",
        "coordinator", "approver", "caseworker", "handler", "host pi", "principal investigator", "supervisor", "host",
        "gastgeber", "besucht", "instructor", "moniteur", "monitrice", "formateur", "formatrice", "fahrlehrer",
        "fahrlehrerin", "teacher", "lehrer", "lehrerin", "enseignant", "coach", "trainer", "nurse", "carer", "aide",
        "recruiter", "consultant", "account manager", "sales rep", "user", "utilisateur", "nutzer", "witness",
        "zeuge", "zeugin", "témoin", "counted by", "counted_by", "dispensed by", "dispensed_by", "administered by",
        "administered_by", "unterschrift", "gegenzeichnung", "on call", "on-call", "salesperson", "sales person",
        "appraiser", "verkäufer", "verkäuferin", "vendeur", "vendeuse", "mechanic", "mechaniker", "mechatroniker",
        "mécanicien", "mécanicienne", "intérimaire", "interimaire", "candidate", "candidat", "bewerber", "applicant",
        "volunteer", "bénévole", "benevole", "contractor", "caller", "mieter", "locataire", "resident", "fahrer",
        "chauffeur", "conducteur", "conductrice", "vet", "veterinarian", "tierarzt", "tierärztin", "vétérinaire",
        "doctor", "physician", "therapist", "dentist", "surgeon", "pharmacist", "counselor", "counsellor",
        "inspector", "dispatcher", "attorney", "paralegal", "arzt", "ärztin", "médecin", "infirmier", "infirmière",
        "pfleger", "pflegerin", "betreuer", "betreuerin", "sachbearbeiter", "sachbearbeiterin", "gutachter",
        "gutachterin", "prüfer", "prüferin",
    ])

    /// The byte before a cell starting at `i`: its delimiter past one space of padding (`| Alan |`, `Joseph ; Michèle`;
    /// `, ` only with `comma`, since it is as often a list in prose), else the byte right before it.
    static func cellByte(_ t: ScanText, before i: Int, comma: Bool = false) -> UInt8 {
        let d = t.at(i - 2)
        // (A row commented out, as a script keeps its sample data: `# Chad,Carlson,…`.)
        if d == 0x23 && t.at(i - 1) == 0x20 && (i == 2 || t.at(i - 3) == 0x0A) { return 0x0A }
        return t.at(i - 1) == 0x20 && CSVColumn.isDelimiter(d) && (comma || d != 0x2C) ? d : t.at(i - 1)
    }

    /// The byte after a cell ending at `e`, past the spaces padding it before a delimiter (a comma only with `comma`;
    /// `| Taylor    |` as psql pads its columns).
    static func cellByte(_ t: ScanText, after e: Int, comma: Bool = false) -> UInt8 {
        var k = e
        while t.at(k) == 0x20 && k - e < 40 { k += 1 }
        let d = t.at(k)
        return k > e && CSVColumn.isDelimiter(d) && (comma || d != 0x2C) ? d : t.at(e)
    }

    /// Headers of a column of family names, matched as the whole cell.
    static let familyColumnHeaders = KeywordSet([
        "surname", "last name", "last_name", "lastname", "family name", "family_name", "familyname", "nachname",
        "familienname", "nom", "nom de famille", "name, vorname",
    ])

    /// Headers of a column of given names, matched as the whole cell.
    static let givenColumnHeaders = KeywordSet([
        "first name", "first_name", "firstname", "given name", "given_name", "forename", "vorname", "prénom", "prenom",
    ])

    /// Words that fill the name cells of test rows, describe a form's field (`Last name: Required`), or are a value's
    /// literal (`Approved: True`, `Deceased: NULL`).
    static let placeholderNames = NameLexicon.hashes(
        "test demo dummy muster sample example beispiel exemple agentur agency unknown unbekannt inconnu tbd "
            + "required optional mandatory pflichtfeld obligatoire facultatif true false null none nil unassigned"
    )

    /// `Bien;Luis`, `North,Judith`: a capitalised word filling a cell under a family name's header, word or not;
    /// `August;Naser`: a known given name under a given name's header, word or not.
    static func familyNameCell(_ t: ScanText, _ i: Int, _ e: Int, csv: inout CSVColumn.Cache) -> Candidate? {
        let before = cellByte(t, before: i)
        let after = cellByte(t, after: e)
        // (A comma and a space after the word is prose as often: `Hi Anna,` and `Thanks, Tom` are no cells.)
        guard before == 0x2C || before == 0x3B || before == 0x09 || before == 0x0A, e - i >= 2,
            after != 0x2C || t.at(e + 1) != 0x20,
            Byte.isLower(t.at(i + 1)) || t.at(i + 1) >= 0x80, CSVColumn.isDelimiter(after),
            let h = CSVColumn.header(t, at: i, cache: &csv), h.1 < t.lineStart(i)
        else { return nil }
        var hs = h.0
        var he = h.1
        while hs < he && t[hs] == 0x20 { hs += 1 }
        while he > hs && t[he - 1] == 0x20 { he -= 1 }
        if familyColumnHeaders.forEachMatch(in: t, at: hs, { _, n in n == he - hs })
            || (he - hs == 4 && t.matches("name", at: hs) && givenNameHeaderFollows(t, h.1))
        {
            return Candidate(.person, i, e, score: 0.75, priority: 30)
        }
        // Under a given name's header a known given name, also one that is a word (`August;Naser`).
        guard givenColumnHeaders.forEachMatch(in: t, at: hs, { _, n in n == he - hs }), NameLexicon.isFirstName(t, i, e)
        else { return nil }
        return Candidate(.person, i, e, score: 0.75, priority: 30)
    }

    /// Whether the header cell after the one ending at `he` is a given name's (`Name;Vorname`, `Name,First name`):
    /// then `Name` heads the family names.
    static func givenNameHeaderFollows(_ t: ScanText, _ he: Int) -> Bool {
        var k = he
        while t.at(k) == 0x20 { k += 1 }
        guard CSVColumn.isDelimiter(t.at(k)) else { return false }
        k += 1
        while t.at(k) == 0x20 { k += 1 }
        var e = k
        while Byte.isAlpha(t.at(e)) || t.at(e) >= 0x80 || t.at(e) == 0x20 || t.at(e) == 0x5F { e += 1 }
        while e > k && t[e - 1] == 0x20 { e -= 1 }
        return e > k && givenColumnHeaders.forEachMatch(in: t, at: k, { _, n in n == e - k })
    }

    func inNameColumn(
        _ t: ScanText,
        _ tok: NameTokens,
        csv: inout CSVColumn.Cache,
        words: KeywordSet = nameColumnWords
    ) -> Bool {
        // The value fills its cell: a delimiter, quote or line edge on both sides (`| Kofi Boateng |` pads with a
        // space).
        // (A name column's cells may follow `, `: `Ada Lovelace, Analyst, …` under `Name, Role, …`.)
        let before = Self.cellByte(t, before: tok.start, comma: true)
        let after = Self.cellByte(t, after: tok.end, comma: true)
        guard CSVColumn.isDelimiter(before) || before == 0x22 || before == 0x27 || before == 0x0A || tok.start == 0
        else { return false }
        guard CSVColumn.isDelimiter(after) || after == 0x22 || after == 0x27 || after == 0x0A || after == 0 else {
            return false
        }
        guard let h = CSVColumn.header(t, at: tok.start, cache: &csv) else { return false }
        return words.occurs(in: t, h.0, h.1) && !Self.otherColumnWords.occurs(in: t, h.0, h.1)
    }

    /// What a rota writes in a column of people for no one in particular (`Springer`: the stand-in driver).
    static let standIns = NameLexicon.hashes(
        "springer aushilfe reserve pool remplaçant remplacant vakant offen frei neu sub extern ersatz nn"
    )

    /// Headers of columns of things (`Product`, `Colour`, `Bezeichnung`), whose cells name no one.
    static let thingColumnWords = KeywordSet([
        "product", "item", "colour", "color", "farbe", "couleur", "category", "model", "sku", "description", "title",
        "vendor", "brand", "service", "article", "artikel", "produit", "désignation", "bezeichnung",
        "location", "project", "variant", "flavour", "flavor", "titre", "titel", "terminal", "depot", "warehouse",
        "branch", "campus", "station", "city", "site", "position", "fonction", "funktion",
    ])

    /// Words of `thingColumnWords` that open other words (`Plant area`, `Tierarzt`): whole words only.
    /// (A role's column too: `name	role` … `Elliot Holmes	Porter`.)
    static let wholeThingColumnWords = KeywordSet([
        "plan", "plans", "tier", "tiers", "role", "roles", "rolle", "rôle", "poste", "job",
    ])

    /// Whether the header `hs..<he` holds a word for things (`thingColumnWords`).
    static func namesThings(_ t: ScanText, _ hs: Int, _ he: Int) -> Bool {
        thingColumnWords.occurs(in: t, hs, he)
            || wholeThingColumnWords.occursAsLabel(in: t, hs, he, wordStarts: true, wholeUpTo: 5)
    }

    /// Whether the candidate `c` fills a cell under a header of things and of no person (`Product;Colour` …
    /// `Kettle;Forest Green`).
    static func fillsThingCell(_ t: ScanText, _ c: Candidate, csv: inout CSVColumn.Cache) -> Bool {
        let b = cellByte(t, before: c.start)
        // (With a note in parentheses after it: `Porter (agency)`.)
        var e = c.end
        if t.at(e) == 0x20 && t.at(e + 1) == 0x28 {
            var k = e + 2
            while k < t.count && k - e < 40 && t[k] != 0x29 && t[k] != 0x0A { k += 1 }
            if t.at(k) == 0x29 { e = k + 1 }
        }
        let a = cellByte(t, after: e)
        guard CSVColumn.isDelimiter(b) || b == 0x0A, CSVColumn.isDelimiter(a) || a == 0x0A || a == 0,
            CSVColumn.isDelimiter(a) || CSVColumn.isDelimiter(b)
        else { return false }
        guard let h = CSVColumn.header(t, at: c.start, cache: &csv), h.1 < t.lineStart(c.start) else { return false }
        return namesThings(t, h.0, h.1) && !nameColumnWords.occurs(in: t, h.0, h.1)
            && !personColumnWords.occurs(in: t, h.0, h.1)
    }
}
