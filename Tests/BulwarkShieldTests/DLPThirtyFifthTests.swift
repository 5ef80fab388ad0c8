import BulwarkShield
import Testing

/// Cases from the thirty-fifth session: family names the lexicons lack, alone after a person's label.
@Suite("PII scanner: unknown family names after a person's label")
struct DLPThirtyFifthTests {
    @Test func unknownFamilyNameAloneAfterAPersonsLabel() {
        #expect(
            values("Schichtleitung: Kathy Hartung\nÜbernommen von: Neureuther\n", .person)
                == ["Kathy Hartung", "Neureuther"]
        )
        #expect(values("Unterschrift Vorgesetzter: Hendriks", .person) == ["Hendriks"])
        #expect(values("Signature : Peron", .person) == ["Peron"])
        #expect(values("Zugewiesen an: Zirme (IT-Support)\nStatus: gelöst", .person) == ["Zirme"])
        #expect(values("Kolonne 1 (Polier: Warmer, Mia) – BV Lindenhof", .person) == ["Warmer, Mia"])
    }

    @Test func loneWordAfterAPartysLabelOrInsideAPhraseStaysUnnamed() {
        // Desks, firms and pets stand after the labels of parties.
        #expect(values("Gesendet: 28/03/2027\nAn: Sekretariat\nBetreff: Nachhilfe", .person).isEmpty)
        #expect(values("Depart: 04.07.2029\nDeparting from: Carlabury\nHotel: tba", .person).isEmpty)
        #expect(values("Account name: Cook-Marshall\nIBAN: see below", .person).isEmpty)
        #expect(values("Patient (pet) name: Ziggy\nSpecies: Canine", .person).isEmpty)
        #expect(values("Assignee: Unassigned\nComponents: Platform", .person).isEmpty)
        // Roles stand for whoever fills them.
        #expect(values("Teilnehmer: Bauherr (Hochbauamt), Architekt (Planungsbüro Nord)", .person).isEmpty)
        // The word does not end the field: it opens a phrase.
        #expect(values("Requested by: Registrar's Office Systems Team", .person).isEmpty)
        #expect(values("Ort, Datum, Unterschrift: Hildesheim, 12.08.2020", .person).isEmpty)
    }

    @Test func nameSpeakingAfterWhereItComesFrom() {
        #expect(values("waiting on the estimate. Perez from Summit Adjusting said Thursday", .person) == ["Perez"])
        #expect(
            values("Rebar inspection is pending — Schneider from the city said he'd come", .person) == ["Schneider"]
        )
        #expect(values("Sloan from the carrier is asking whether to rebook", .person) == ["Sloan"])
        #expect(values("Ach, und Vollbrecht aus der IT meint, der Schlüssel sei alt.", .person) == ["Vollbrecht"])
        // A German noun before a place, or a thing that asks for something, is no one.
        #expect(values("Werkstatttermin in Beeskow bestätigt.", .person).isEmpty)
        #expect(values("drin. Web-Oberfläche vom NAS fragt aber nach Passwort", .person).isEmpty)
        #expect(values("Feedback from the client says it works.", .person).isEmpty)
    }

    @Test func personAskedReachedOrTalkedTo() {
        #expect(
            values("looks like the token got regenerated, ask Patel he's the workspace admin", .person) == ["Patel"]
        )
        #expect(values("Could you check with Patterson whether the airline would agree?", .person) == ["Patterson"])
        #expect(
            values("@Christine tu as pu joindre Boucher pour les heures sup ?", .person) == ["Christine", "Boucher"]
        )
        #expect(values("lol oui je sais, demande à Legendre il a la clé du local", .person) == ["Legendre"])
        #expect(
            values("Hallo zusammen,\nich habe mit Barth gesprochen: Die Asphaltierung kann warten.", .person)
                == ["Barth"]
        )
        #expect(
            values("Gotthilf kümmert sich um den Stand, Rücksprache mit Schäfer.", .person)
                == ["Gotthilf", "Schäfer"]
        )
        // Desks, tools and firms asked by name, or a verb that is part of a name.
        #expect(values("ask Procurement whether Legal has to sign off first.", .person).isEmpty)
        #expect(values("In order to ask House a question", .person).isEmpty)
        #expect(values("tell her we'll check with Parchment, and keep it short.", .person).isEmpty)
        #expect(values("Il faudra prévenir Leclerc du retard.", .person).isEmpty)
        #expect(values("Archive the batch to the Chase Room shared drive", .person).isEmpty)
    }

    @Test func wordBeforeANumberOpensTheNextItemNotAGivenName() {
        // `Floor` is a given name too, but `Floor 2` opens the next item of the rota.
        #expect(
            values("Wed 6–9am: Floor 1 Brian Cherry, Floor 2 Thomas, Floor 3 Andrew Martin", .person)
                == ["Brian Cherry", "Andrew Martin"]
        )
        #expect(values("Received by: Hilary, Ward 3 fundraising desk", .person).contains("Hilary, Ward") == false)
        #expect(!values("Wed: Floor 1 Smith, Floor 2 Thomas", .person).contains("Smith, Floor"))
    }

    @Test func petsBesideTheirSpeciesFieldOrOwner() {
        #expect(
            values(
                "Patient: Luna   Tierart: Katze   Rasse: EKH\nFrau Stadelmann fragt, ob Luna jetzt Futter braucht",
                .person
            )
                == ["Stadelmann"]
        )
        #expect(values("Pet's name: Bramble      Species: Dog", .person).isEmpty)
        #expect(values("dossier SIN-2024-04471 – chien « Oscar »", .person).isEmpty)
        #expect(values("pour Oscar, chien de Mme Arthur Teixeira, assuré", .person) == ["Arthur Teixeira"])
        #expect(values("Tier: Katze, Name: Minka, Alter: 11 Jahre", .person).isEmpty)
        // An owner's name on a line with no pet's field stays a name.
        #expect(values("Name: Minka Berger   Owner: yes", .person) == ["Minka Berger"])
        #expect(values("Owner: Smith   Species: Dog", .person) == ["Smith"])
    }

    @Test func roomsOfVenuesNameNoOne() {
        #expect(values("Venue: The Jefferson Hotel — Franklin Ballroom", .person).isEmpty)
        #expect(values("08:30  Coffee & registration (Madison Foyer)", .person).isEmpty)
        #expect(values("2 double bookings in Lakeview, 2 in Loop Boardroom.", .person).isEmpty)
        #expect(values("Host: Madison Foyle", .person) == ["Madison Foyle"])
    }

    @Test func itemsOpenedByWhoActs() {
        #expect(values("- Fliegner bittet um Freigabe des Budgets (€1753,67)", .person) == ["Fliegner"])
        #expect(values("- Fechner ruft den Geschäftsführer persönlich an", .person) == ["Fechner"])
        #expect(values("- Imbert envoie la liste des véhicules", .person) == ["Imbert"])
        #expect(values("- Bachmann weist darauf hin, dass die Anmeldung fehlt", .person) == ["Bachmann"])
        #expect(values("Availability notes:\n- Parkes is on annual leave 7–11 April.", .person) == ["Parkes"])
        #expect(values("- Moss went home sick at 01:30 (back).", .person) == ["Moss"])
        #expect(values("Michael asked to leave early, Stark can't cover (nights).", .person) == ["Michael", "Stark"])
        #expect(
            values("Fehlermeldung: „SignatureDoesNotMatch“. Biggen meinte, die Schlüssel sind neu.", .person)
                == ["Biggen"]
        )
        #expect(values("INFO auth: session revoked by admin Torres", .person) == ["Torres"])
        #expect(values("Open the admin Console and the admin Center.", .person).isEmpty)
        // A German noun before the verb, or the object before a verb that puts its subject after it.
        #expect(values("- Buchhaltung bittet um Freigabe des Budgets", .person).isEmpty)
        #expect(values("- Liste ruft Kambs morgen ab", .person).isEmpty)
    }

    @Test func ellipsisBetweenTwoAddressesSplitsThem() {
        #expect(
            values("IKE_SA established between 10.40.0.1...192.168.109.227", .ipAddress)
                == ["10.40.0.1", "192.168.109.227"]
        )
        #expect(values("pages 10..12 of the 2.4.1 manual", .ipAddress).isEmpty)
    }

    @Test func tenBareDigitsAfterALineOrACellIs() {
        #expect(
            values("The after-hours line is 2754556373 and his cell is 4016272958.", .phone)
                == ["2754556373", "4016272958"]
        )
        #expect(values("The order line is 27 items long.", .phone).isEmpty)
    }
}
