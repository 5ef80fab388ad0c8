import BulwarkShield
import Testing

/// Cases from the thirty-first session: what the blind sets' leaks have in common (read in the set
/// `evals/templates/324-blind-final.txt` and earlier read sets), and the look-alikes the rules must not take.
@Suite("PII scanner: objects ending a line, lowercase titles, doctors' fields, titled pairs, role columns")
struct DLPThirtyFirstTests {
    @Test func givenNameAfterAPrepositionEndingItsLine() {
        #expect(values("- Reference: chased by Debra\n- next", .person) == ["Debra"])
        #expect(values("11:30-12:00  BLOCKED - examiner calibration with Travis", .person) == ["Travis"])
        #expect(values("Fix rounding (reported by Nathalie)", .person) == ["Nathalie"])
        #expect(values("The laptop was handed over to Kevin; he signed.", .person) == ["Kevin"])
        // A hyphenated name there is a firm's; `de`, `à`, `chez` lead to places and firms as often.
        #expect(values("Subject: Lost pallet – inbound from Kelly-Reid\n", .person).isEmpty)
        #expect(values("Nos salutations distinguées.\nAgence de David", .person).isEmpty)
        #expect(values("Fait à Renaud, le 15/10/2024", .person).isEmpty)
    }

    @Test func lowercaseTitlesInChat() {
        #expect(values("nachtdienst: Francesco (TFA) + dr. Kruschwitz", .person) == ["Francesco", "Kruschwitz"])
        #expect(values("urin wieder klarer. frau Dippel möchte ihn abholen", .person) == ["Dippel"])
        #expect(values("friend recommended dr Donaldson", .person) == ["Donaldson"])
        // `docteur` and `maître` are words as often: only before a known name.
        #expect(values("voir avec maître Fournisseur demain", .person).isEmpty)
        #expect(values("watching dr. Who and frau Und", .person).isEmpty)
    }

    @Test func doctorsFieldsBeforeTheName() {
        #expect(values("Freigabe: Dr. med. vet. Mohaupt, Fachtierärztin", .person) == ["Mohaupt"])
        #expect(values("Befund von Dr. med. dent. Aurich", .person) == ["Aurich"])
        #expect(values("Dr. rer. nat. Weiß kommt", .person) == ["Weiß"])
    }

    @Test func familyNamePairedWithATitledOne() {
        #expect(values("Le Dr Courtois et Bodin doivent se mettre d'accord", .person) == ["Courtois", "Bodin"])
        #expect(values("Herr Maier und Schulz haben zugestimmt.", .person) == ["Maier", "Schulz"])
        #expect(values("Mr Patel and Hughes agreed.", .person) == ["Patel", "Hughes"])
        // A firm, a brand, a common word.
        #expect(values("Dr. Jones and Associates filed it", .person) == ["Jones"])
        #expect(values("Dr. Oetker und Haribo sind dabei", .person).isEmpty)
    }

    @Test func peopleInRoleColumns() {
        let csv = """
            appt_id,date,client_last,client_first,patient,species,vet,client_phone
            A-20931,2024-05-13,Stephens,Jeffrey,Mochi,feline,Cantrell,001-487-538-0695x604
            """
        #expect(values(csv, .person).contains("Cantrell"))
    }

    @Test func givenNameInAScheduleSlot() {
        let slots = "lun. 9h Patricia / part. R-041 — salle B204\nlun. 10h30 Martine / part. R-044\n"
        #expect(values(slots, .person) == ["Patricia", "Martine"])
        #expect(values("09:00 Patricia - intake\n10:30 Kevin - follow-up", .person) == ["Patricia", "Kevin"])
        #expect(
            values("Thu  09:00-12:00  Timothy  (P-114)\nFri  9am  Damian / cover", .person) == ["Timothy", "Damian"]
        )
        // A programme's item, a place, a word; a name alone after the time names a place or a room as often.
        #expect(values("09:00 Begrüßung\n10:00 Victoria - station\n11:00 Grace period ends", .person).isEmpty)
        #expect(values("Rooms:\n10:00-11:00 Lincoln\n", .person).isEmpty)
    }

    @Test func frenchProfessorsAndStudyRoles() {
        #expect(values("présents : moi, Pr Launay en visio 10 min", .person) == ["Launay"])
        #expect(values("investigateur : Pr Rossi", .person) == ["Rossi"])
        #expect(values("backport PR. You can refer the owner of the PR", .person).isEmpty)
        #expect(values("Signature de l'investigateur : Samson", .person) == ["Samson"])
        #expect(values("Person obtaining consent: Cohen (printed)", .person) == ["Cohen"])
    }

    @Test func familyNameFirstInAListItem() {
        #expect(values("- Garnier Margot – R-036 – 40 €", .person) == ["Garnier Margot"])
        #expect(values("- Hoarau Nathalie, 15/2, naissance : 7 octobre 1967", .person) == ["Hoarau Nathalie"])
        // A label's value is the label's; a place is no family.
        #expect(values("Outbound: Leeds Bradford - Nuremberg", .person).isEmpty)
    }

    @Test func writerOfANoteInParentheses() {
        #expect(values("Internal note (Frank, Finance): confirmed duplicate", .person) == ["Frank"])
        #expect(values("Note interne (Nath) : déjà deux réclamations", .person) == ["Nath"])
        #expect(values("Notes from Tier 1 (Mark): refund not yet issued", .person) == ["Mark"])
        #expect(values("Agent reply (Mark - Tier 1 Support):\nHi", .person) == ["Mark"])
        #expect(values("UW comments (Smith): subsidence check clear", .person) == ["Smith"])
        // A note's topic or priority, a team.
        #expect(values("Note (Urgent): call back\nUpdate (Technik): done", .person).isEmpty)
        #expect(values("Release note (Payouts, Ledger): done", .person).isEmpty)
    }

    @Test func verbsOnlyPeopleUse() {
        #expect(values("Niemeier bittet Johanna, das Formular anzupassen", .person).contains("Johanna"))
        #expect(values("Accord général. Roger s'en charge à partir de lundi.", .person) == ["Roger"])
    }

    @Test func mentionsOfManyPeople() {
        // Fourteen people named in full, then the first one by given name alone.
        let roster = [
            "Anna Berg", "Marco Rossi", "Lena Vogt", "Paul Klein", "Sara Lind", "Tom Weber", "Ida Roth",
            "Max Brandt", "Eva Sommer", "Jan Keller", "Lea Hahn", "Ben Wolf", "Mia Schulz", "Noah Frank",
        ].joined(separator: ", ")
        let text = "Teilnehmer: \(roster).\nSpäter meldete sich Noah noch einmal."
        #expect(values(text, .person).filter { $0 == "Noah" }.count == 1)
    }

    @Test func smallPrivateQuadsAreVersionsUnlessAHostIsNamed() {
        #expect(values("Paket Terraform 10.7.19.7 ist veraltet", .ipAddress).isEmpty)
        #expect(values("- chore: bump Kafka client to 10.20.10.1, dashboards updated", .ipAddress).isEmpty)
        #expect(values("Vendor fixed it in 10.10.7.19. We need to update", .ipAddress).isEmpty)
        #expect(values("Go-live: SAP S/4HANA 10.18.20.7 — cutover window", .ipAddress).isEmpty)
        // A host's place or a machine on the line keeps it an address; so does 10.0.0.0/16.
        #expect(values("INFO auth Login ok for user=x from 10.20.1.14", .ipAddress) == ["10.20.1.14"])
        #expect(values("psql postgresql://u:pw@10.20.0.15:5432/db", .ipAddress) == ["10.20.0.15"])
        #expect(values("allowed = [\"10.20.0.0/16\"]", .ipAddress) == ["10.20.0.0/16"])
        #expect(values("my laptop got 10.20.5.12 from DHCP", .ipAddress) == ["10.20.5.12"])
        #expect(values("deploy to Prod 10.0.0.5", .ipAddress) == ["10.0.0.5"])
    }

    @Test func spokenPhoneNumbersAndCaptains() {
        #expect(values("knock loudly. Her number's 5049189230\n[7:06 AM] Steve: on it", .phone) == ["5049189230"])
        #expect(values("I'm on 9565444240 if needed.", .phone) == ["9565444240"])
        #expect(values("Bitte rufen Sie mich unter 0095507089 zurück.", .phone) == ["0095507089"])
        #expect(values("Ihre Nummer: 00854 80515", .phone) == ["00854 80515"])
        // A request's or an order's number is none.
        #expect(values("der Änderungsantrag hat die Nummer 103392168.", .phone).isEmpty)
        #expect(values("the tracking number is 2345678901", .phone).isEmpty)
        #expect(values("crew (capt Brown, FO Georgina Bell) not impressed", .person) == ["Brown", "Georgina Bell"])
        #expect(values("Beanstandung (eingetragen durch Kpt. Heser):", .person) == ["Heser"])
        #expect(values("coordinate with chief engineer Rodriguez, 48 hrs notice", .person) == ["Rodriguez"])
        #expect(values("Wiederwahl von Egbert Schmidt und Gunar Klemt.", .person) == ["Egbert Schmidt", "Gunar Klemt"])
        #expect(values("Anna Schmidt und Partner GmbH", .person).isEmpty)
    }

    @Test func invertedNamesOfUnknownFamiliesInCellsAndRosters() {
        #expect(values("| 2 | 23/09/2029 | Zirme, Michelle | Liegendfahrt einfach |", .person) == ["Zirme, Michelle"])
        #expect(
            values("Spätschicht: Louise Pohl (B2), Möchlichen, Christine (Mechaniker)", .person) == [
                "Louise Pohl", "Möchlichen, Christine",
            ]
        )
        #expect(values("09:45 Nerger, Theo – Steuer, Formular 5000", .person) == ["Nerger, Theo"])
        // Products listed with a note.
        #expect(values("Static sites: Gatsby, Hugo (legacy)", .person).isEmpty)
    }

    @Test func familyNamesOwningThings() {
        #expect(values("- Blackburn's take: great under pressure", .person) == ["Blackburn"])
        #expect(values("they're also attached to Kramer's IAM user who left", .person) == ["Kramer"])
        // A label, a place, a shop.
        #expect(values("Child's name: Anna", .person) == ["Anna"])
        #expect(values("Visit King's Cross and Franklin's Bakery on Main", .person).isEmpty)
    }
}
