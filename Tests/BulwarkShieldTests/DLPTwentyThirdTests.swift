import BulwarkShield
import Testing

/// Cases from the twenty-third session: what the blind sets' leaks have in common (counted over the never-read sets,
/// read in the sets `evals/templates/152-` and `154-blind-final.txt`), and the look-alikes the rules must not take.
@Suite("PII scanner: given names in tables")
struct DLPTwentyThirdTests {
    @Test func givenNamesInTheCellsOfARotaOrAListBesidePeople() {
        let rota = """
            | Day | Early | Late |
            |---|---|---|
            | Mon | Sarah | Priya |
            | Tue | Kevin | Sarah |
            """
        #expect(values(rota, .person) == ["Sarah", "Priya", "Kevin", "Sarah"])
        // One name per row: the cell above or below names someone too.
        #expect(values("| Shift | Lead |\n| Early | Sarah |\n| Late | Kevin |", .person) == ["Sarah", "Kevin"])
        // Beside an e-mail address in its row, in a CSV export or a tab-separated paste.
        #expect(values("id,name,email,owner\n12,Ann Lee,ann@x.org,Kevin", .person) == ["Ann Lee", "Kevin"])
        #expect(values("Sarah\tKevin\tMon", .person) == ["Sarah", "Kevin"])
        // Alone in their column, a place, a product or a team is no one.
        #expect(values("| City | Office |\n| Austin | Dallas |\n| Jordan | Chelsea |", .person).isEmpty)
        #expect(values("| Release | Name | Date |\n| 4.2 | Aurora | 2024-03-01 |", .person).isEmpty)
        #expect(values("| Customer | Region |\n| Acme Ltd | North |\n| Globex | South |", .person).isEmpty)
        #expect(values("We shipped Aurora, Phoenix and Atlas last quarter.", .person).isEmpty)
        // A family name first, under or over other people's names.
        let swapped = "| Name | Mo |\n|---|---|\n| Petros Römer | 06–14 |\n| Ditschlerin, Sylvana | – |"
        #expect(values(swapped, .person) == ["Petros Römer", "Ditschlerin, Sylvana"])
        #expect(
            values("| City | Code |\n| Springfield, Illinois | 62704 |\n| Portland, Oregon | 97201 |", .person).isEmpty
        )
        // A palette's shades in one row, a CSV header without a rule line, storms and ships named like people.
        #expect(values("| SKU | Shade A | Shade B |\n| 12 | Coral | Olive |", .person).isEmpty)
        #expect(values("Day,Lead,Buddy\nMon,Sarah,Kevin", .person) == ["Sarah", "Kevin"])
        #expect(values("| Storm | Category |\n| Katrina | 5 |\n| Sandy | 3 |", .person).isEmpty)
        #expect(values("| Vessel | ETA |\n| Maria | 12:00 |\n| Elena | 14:00 |", .person).isEmpty)
        // Not the header row over the names, nor a column of firms whose names are family names.
        #expect(
            !values("| New hire | Start | Buddy |\n|---|---|---|\n| Ann Lee | Mon | Sarah |", .person).contains("Buddy")
        )
        let firms = "Nom | Prénom | Société | E-mail\nDurand | Sophie | Girard | hdelorme@bouygtel.fr"
        #expect(!values(firms, .person).contains("Girard"))
    }

    @Test func aPersonSigningForAFirm() {
        #expect(values("Unterschrift Arbeitgeber: Frau Ramazan Jopich", .person) == ["Ramazan Jopich"])
        #expect(values("Employer: Mr. John Carter", .person) == ["John Carter"])
        // A brand named like a doctor is the firm's value still.
        #expect(values("Vendor: Dr. Martens Ltd", .person).isEmpty)
        #expect(values("Arbeitgeber: Dr. Oetker GmbH", .person).isEmpty)
    }

    @Test func aTownBeforeItsStateCode() {
        #expect(values("INCIDENT REPORT - WAREHOUSE 2 (Elizabeth, NJ)", .person).isEmpty)
        #expect(values("Ship to Jackson, MS 39201", .person).isEmpty)
        // A name before a code that goes on is still a name.
        #expect(values("Thanks Elizabeth, NJ team will call", .person) == ["Elizabeth"])
        #expect(values("Reviewed by Kevin, CA", .person) == ["Kevin"])
    }

    @Test func shipmentAndCustomsEntryNumbersAreNoPhones() {
        #expect(values("the invoice for entry number 112-4471983-6, I think", .phone).isEmpty)
        #expect(values("Slow enrichment call for shipment 618353942 (event x)", .phone).isEmpty)
        #expect(values("shipment update: call me on 617-555-0143", .phone) == ["617-555-0143"])
    }

    @Test func aGivenNameAsAFieldsValueBeforeADashedNote() {
        #expect(values("Caseworker: Denise – home visit Tuesday", .person) == ["Denise"])
        #expect(values("Lead: Sarah - on leave until May", .person) == ["Sarah"])
        // A route between two places, and values of things.
        #expect(!values("Trajet : Delmas - Étienne", .person).contains("Delmas"))
        #expect(values("Lead: Luna – 2.4", .person).isEmpty)
    }

    @Test func quotedSpeakersButNotQuotedKeys() {
        #expect(values("Forwarded:\n\"Sarah: can you check the budget?\"", .person) == ["Sarah"])
        #expect(values("> Priya: ok will do\n>> Kevin Marsh: sure", .person) == ["Priya", "Kevin Marsh"])
        #expect(values("> Note: this is a quote", .person).isEmpty)
        // A quoted key names a thing as often as someone.
        #expect(values("{\"Luna\": 1, \"Nova\": 2, \"Mercedes\": 3}", .person).isEmpty)
        #expect(values("config \"Stella\": enabled", .person).isEmpty)
    }

    @Test func firmsNamedAfterTheirFoundersInHeadlines() {
        #expect(values("- Bosch to cut 2,000 jobs\n- Philips will open a new plant", .person).isEmpty)
        #expect(values("buy from Siemens or Bosch.", .person).isEmpty)
    }

    @Test func bareTenDigitPhonesBesideAnAddressOrAName() {
        #expect(values("Josephton, AK 01877\newilliams@yahoo.com   |   5329990708", .phone) == ["5329990708"])
        #expect(values("Samuel Dean\n6385790093", .phone) == ["6385790093"])
        #expect(values("Key Grip ........ Todd Mcdonald ........ 6:00A ....... 9482196151", .phone) == ["9482196151"])
        // An id's column, a number that is no North American one.
        #expect(values("id,email,plan\n4829384756,jane@x.com,pro", .phone).isEmpty)
        #expect(values("jane@x.com | 1700000000", .phone).isEmpty)
        #expect(values("Samuel Dean\n1234567890", .phone).isEmpty)
    }

    @Test func frenchFamilyNamesAndWhomToChase() {
        #expect(values("deux presque-accidents. Chevallier propose un marquage au sol.", .person) == ["Chevallier"])
        #expect(values("Climatisation du 4e étage : relancer Chevallier dès son retour.", .person) == ["Chevallier"])
        #expect(values("Merci de contacter Pasquier avant vendredi.", .person) == ["Pasquier"])
        #expect(values("Il faut appeler Mme Leroy demain.", .person) == ["Leroy"])
        // A place to call back is no one.
        #expect(values("relancer Paris demain", .person).isEmpty)
    }

    @Test func givenNamesOpeningQuotedNotesAndFieldsSetApartByGaps() {
        #expect(values("2024-03-01,\"Sarah: called back, left VM\",open", .person) == ["Sarah"])
        #expect(values("note=\"Priya: will send the form\"", .person) == ["Priya"])
        #expect(values("subject=\"Aurora: release notes\"", .person).isEmpty)
        #expect(values("Early: Sarah    Late: Kevin", .person) == ["Sarah", "Kevin"])
    }

    @Test func aGivenNameOpeningAListItemBeforeAComma() {
        #expect(values("Attendees:\n- Sarah, Finance\n- Kevin, IT", .person) == ["Sarah", "Kevin"])
        #expect(values("- Priya, can you check the form?", .person) == ["Priya"])
        #expect(values("Apologies:\n  • Amira, on leave\n1. Lisette, 2 rooms", .person) == ["Amira", "Lisette"])
        // Places and their countries or states.
        #expect(values("Offices:\n- Paris, France\n- Austin, Texas\n- Jordan, Amman", .person).isEmpty)
    }

    @Test func aGivenNameAfterAWordOpeningTheSentence() {
        #expect(values("Maybe Sarah can help.", .person) == ["Sarah"])
        #expect(values("When Sarah arrives, call me. If Kevin calls, forward it.", .person) == ["Sarah", "Kevin"])
        #expect(values("When Paris opens we go.", .person).isEmpty)
    }

    @Test func speakersAfterAnIndentOrAProgrammesTime() {
        #expect(values("10:30 - Sarah: welcome and intro\n11:00 - Kevin: budget", .person) == ["Sarah", "Kevin"])
        #expect(values("Notes\n  - Sarah: ok", .person) == ["Sarah"])
        #expect(values("10:00 - Break: coffee\n  Note: this", .person).isEmpty)
    }

    @Test func chatSpeakersNamedLikeAssistantsOrWords() {
        #expect(
            values("[09:14] Alexa: did someone rotate the IAM user?\n[09:17] Ann: yes", .person) == ["Alexa", "Ann"]
        )
        #expect(values("Alexa, turn on the lights", .person).isEmpty)
        #expect(values("Mark 09:31  guys please don't post keys\nAnn 09:32  sorry", .person) == ["Mark", "Ann"])
        #expect(values("Mark  the item as done", .person).isEmpty)
        #expect(values("Grace 09:00  period ends for invoices", .person).isEmpty)
        #expect(values("10:30 - Victoria: keynote", .person).isEmpty)
    }

    @Test func aPhoneInTheCellAfterAName() {
        #expect(values("| Sarah Lee | 2125550143 | ok |", .phone) == ["2125550143"])
        #expect(values("Order for Stephanie, 9097030789 items", .phone).isEmpty)
        #expect(values("Sarah Lee; 5829384756 units", .phone).isEmpty)
    }

    @Test func whoHandsOverAndNamesBeforeTheNextShortLabel() {
        #expect(values("Handover Chelsea -> Benjamin", .person) == ["Chelsea", "Benjamin"])
        #expect(
            values("Übergabe Spätschicht, 20.02.2023\nvon Hildegart an Katerina", .person) == ["Hildegart", "Katerina"]
        )
        // A label before an arrow, a place greeting someone.
        #expect(values("Notfallkontakt → Anika Etzler", .person) == ["Anika Etzler"])
        #expect(values("Grüße von Berlin an Katerina", .person) == ["Katerina"])
        #expect(values("Reassigned Zendesk -> Sarah Lee", .person) == ["Sarah Lee"])
        #expect(values("Lieferung von Bosch an Sabine Müller", .person) == ["Sabine Müller"])
        #expect(values("Fahrer S1: Anneliese, S2: Ditmar, S3: noch offen", .person) == ["Anneliese", "Ditmar"])
    }

    @Test func postsWrittenAsNamesAreNoOne() {
        #expect(values("Approved by: Executive Housekeeper", .person).isEmpty)
        #expect(values("Owner: Night Auditor", .person).isEmpty)
        #expect(values("counted by Team B – approved by Inventory Control Manager", .person).isEmpty)
        // A family name that is a post's word after a given name is still someone's.
        #expect(values("Contact: Tom Porter", .person) == ["Tom Porter"])
        #expect(values("Signed: Dörte Clerk", .person) == ["Dörte Clerk"])
    }

    @Test func noDateInsideALongerDottedNumber() {
        #expect(values("mise à jour v5.1.68 sur ID.3 et Born, 14.20.1.16 sur Elroq", .dateOfBirth).isEmpty)
        #expect(values("born 20.1.16", .dateOfBirth) == ["20.1.16"])
    }

    @Test func signOffsPartnersAndSignFields() {
        #expect(values("Mit freundlichen Grüßen\nAugust Kambs\nApothekerin", .person) == ["August Kambs"])
        #expect(values("Thanks,\nWill Follow", .person).isEmpty)
        #expect(values("Haushalt: 3 Personen (Partnerin Leo, geb. 12. Oktober 1990)", .person) == ["Leo"])
        #expect(values("seine Lebensgefährtin Marlene kommt mit", .person) == ["Marlene"])
        #expect(values("Sortie : 10 — Solde : 62 — Visa : Ferreira", .person) == ["Ferreira"])
        #expect(values("Processed by: Guy", .person) == ["Guy"])
        #expect(values("Visa: Schengen type C\nPayment method: Visa", .person).isEmpty)
    }

    @Test func theNextOfAListOfPeopleBeforeItsRole() {
        let team = "Team: Anna Weber (PM), Lissy Höfig (QA), Jonas Kranz (Dev)"
        #expect(values(team, .person) == ["Anna Weber", "Lissy Höfig", "Jonas Kranz"])
        #expect(values("Partners: Anna Weber (PM), Acme Holdings (client)", .person) == ["Anna Weber"])
    }
}
