import BulwarkShield
import Testing

/// Cases from the thirtieth session: what the blind sets' leaks and false alarms have in common (read in the sets
/// `evals/templates/288-`, `290-`, `292-` and `294-blind-final.txt`, and earlier read sets), and the look-alikes the
/// rules must not take.
@Suite("PII scanner: families' matters, passports' objects, shifted CSV cells, vessels, venues, SSH users")
struct DLPThirtiethTests {
    @Test func familyNamedByItsMatter() {
        #expect(values("morning all, the Aguirre sale is moved to Thursday", .person) == ["Aguirre"])
        #expect(values("3. Probate: the Peterson probate – heirs disagree", .person) == ["Peterson"])
        #expect(values("- Schultz purchase: contract draft sent to buyer", .person) == ["Schultz"])
        #expect(values("1 inheritance file (Cunningham divorce)", .person) == ["Cunningham"])
        #expect(values("Kostenrechnung für die Grundschuldbestellung Hahn ist offen", .person) == ["Hahn"])
        #expect(
            values("2) Henderson trust: deed signed\n3) Hughes will call back", .person) == ["Henderson", "Hughes"]
        )
        // A season's, a firm's, a make's or a housing estate's sale or name is no family's; nor a modal's subject after
        // `the`, or a firm's trust or lease.
        #expect(values("the Summer sale, the Apple sale, the Ford sale, the Oracle account", .person).isEmpty)
        #expect(values("The Hamilton will sell out. the Carnegie trust. the Blackstone lease.", .person).isEmpty)
        #expect(values("Kaufvertrag Garten und Garage. Probate Judge Clarke.", .person).isEmpty)
        #expect(values("Kaufvertrag Meier und Schulz: Notartermin", .person).contains("Meier"))
        #expect(values("Repairs on the Ferrier estate are late", .person).isEmpty)
    }

    @Test func passportNumberInADocumentObject() {
        let json = """
              "document": {
                "type": "passport",
                "issuing_country": "USA",
                "number": "J90652863",
                "expiry_date": "November 02, 2023"
              }
            """
        #expect(values(json, .passport) == ["J90652863"])
        #expect(values("document:\n  type: passport\n  number: 052327928", .passport) == ["052327928"])
        // A `number` under another kind of document, or a word `number` in a sentence, is none.
        #expect(values("  \"type\": \"invoice\",\n  \"number\": \"J90652863\"", .passport).isEmpty)
        #expect(values("Passport renewal requested.\nThe number 052327928 is our order.", .passport).isEmpty)
        #expect(values("  \"title\": \"Passport renewal appointment\",\n  \"number\": 100234871", .passport).isEmpty)
        #expect(
            values("- type: passport\n  number: 48291734\n- type: invoice\n  number: 48291735", .passport) == [
                "48291734"
            ]
        )
        #expect(values("traveler:\n  type: passport\nloyalty:\n  number: FF1234567", .passport).isEmpty)
        #expect(values("parking:\n  type: P\n  number: 4471203", .passport).isEmpty)
        let sameLine = "  \"type\": \"passport\", \"country\": \"DE\",\n  \"Number\": \"C01X00T47\""
        #expect(values(sameLine, .passport) == ["C01X00T47"])
    }

    @Test func csvColumnPastAnUnquotedDateWithCommas() {
        let csv = """
            crew_id,surname,rank,date_of_birth,passport_no,passport_expiry
            CR-21360,Keller,2/O,Tuesday, October 31, 1989,052327928,03/04/2021
            CR-21361,Lewis,Cook,1989-10-31,B10276161,06/10/2020
            """
        #expect(values(csv, .passport) == ["052327928", "B10276161"])
        // Rows typed with a space after each comma keep their columns.
        let typed = "id,name,dob,passport\n1, Jane Roe, 1989-10-31, X1234567,\n2, John Roe, 1979-01-02, Y7654321,"
        #expect(values(typed, .passport) == ["X1234567", "Y7654321"])
    }

    @Test func vesselsAreNoPeople() {
        #expect(values("MV Star Meridian  | Malta   | Singapore", .person).isEmpty)
        #expect(values("Navire : Ville de Sète   Port : Fos-sur-Mer", .person).isEmpty)
        #expect(values("Vessel: Maria Schulte\nETA Rotterdam", .person).isEmpty)
        #expect(values("Schiff: MS Weser Trader\nDienstgrad: Bootsmann", .person).isEmpty)
        // A title's capitals are no vessel's prefix.
        #expect(values("Contact: Maria Schulte", .person) == ["Maria Schulte"])
        #expect(values("Passenger: MS Julia Fischer", .person) == ["Julia Fischer"])
        #expect(values("Cruise on MS Amelia. An Bord der MS Helene. USS Abraham Lincoln.", .person).isEmpty)
    }

    @Test func venuesNamedLikePeople() {
        #expect(values("- Fixed: the Season Pass holders were charged twice", .person).isEmpty)
        #expect(values("Customers near the Franklin Hall lobby", .person).isEmpty)
        #expect(values("Jazz on the Pier,Pier Pavilion,Eastwood", .person).isEmpty)
        #expect(values("Customers in Winterside and Victoria Park depots may see delays", .person).isEmpty)
        // People named so stay people.
        #expect(values("Please ask Christina Park about it.", .person) == ["Christina Park"])
        #expect(values("Location: Rebecca Wood, reception", .person) == ["Rebecca Wood"])
    }

    @Test func sshConfigUser() {
        let config = "Host fileserver\n    HostName 192.168.182.37\n    User Rachel\n    IdentityFile ~/.ssh/id_rsa"
        #expect(values(config, .person) == ["Rachel"])
        #expect(values("Host bastion\n  User deploy\n", .person).isEmpty)
        // Without a host above it, `User` is a heading.
        #expect(values("Notes\nUser Rachel\n", .person).isEmpty)
    }

    @Test func rotaHoursOfOneDigitBeforeAName() {
        let rota = "Thu  8-13 David ((449)428-2272)     13-18 Julie\nFri  8-14 Cheryl + Miguel"
        #expect(values(rota, .person) == ["David", "Julie", "Cheryl", "Miguel"])
        let tour = "Mardi : Corinne – Colmar / Sélestat (6 clients)\nJeudi : Laurent – Nancy, livraison salon"
        #expect(values(tour, .person) == ["Corinne", "Laurent"])
        #expect(values("Monday: Alice – Essex run", .person) == ["Alice"])
        // A place after a weekday, and a score, are no shift.
        #expect(values("Monday: Paris – Lyon run", .person).isEmpty)
        #expect(values("Final score 2-1 Chelsea, then 3-12 Arsenal", .person).isEmpty)
    }

    @Test func phoneAfterAnAddressZipCode() {
        let line = "Return the keys to 04509 Scott Underpass, Lake Jacob, AR 27025, 2116344863"
        #expect(values(line, .phone) == ["2116344863"])
        // A count after a ZIP code's comma is no phone (it must be ten digits a North American number could be).
        #expect(values("Ships from Reno, NV 89501, 120 units in stock", .phone).isEmpty)
    }

    @Test func givenNameOpeningASentenceBeforeAVerb() {
        let french = "Le client demande une livraison le samedi. Marc étudie la faisabilité."
        #expect(values(french, .person) == ["Marc"])
        #expect(values("Teile liegen im Fach. Otto Gorlitz wollte sich darum kümmern.", .person) == ["Otto Gorlitz"])
        // French words that are given names too open sentences as words.
        #expect(values("Merci pour la migration. Grâce à l'équipe, tout va bien.", .person).isEmpty)
        #expect(values("Moi : Bien sûr ! Dis à Inès de venir.", .person) == ["Inès"])
        // A town named like someone before `à` opens a plan, not a sentence about someone.
        #expect(values("Planning. Nancy à 9h.", .person).isEmpty)
        #expect(values("Rappel. Marie à 14h avec le client.", .person) == ["Marie"])
    }

    @Test func twoPeopleOrADeskWorkerInParentheses() {
        #expect(values("Night shift (William + Clayton) please weigh them", .person) == ["William", "Clayton"])
        #expect(values("Other people on my team (Brittany and Austin) get rotated", .person) == ["Brittany", "Austin"])
        #expect(values("Internal note (Austin): customer is on the Gold plan", .person) == ["Austin"])
        #expect(values("[9:15] IT Service Desk (Frank): morning! what error", .person) == ["Frank"])
        // Things and places in parentheses stay: a pair of words, a place or a season after a desk.
        #expect(values("Built with (Jack & Coke) and (Summer/Winter) plans, (Austin/Dallas) sites", .person).isEmpty)
        #expect(values("handover with the Service Desk (Columbus).", .person).isEmpty)
        #expect(values("Branch office (Austin): revenue up", .person).isEmpty)
        #expect(values("Temperature range (Min/Max) per day", .person).isEmpty)
        #expect(values("Published by (Taylor & Francis); rooms (Lincoln/Jefferson)", .person).isEmpty)
        #expect(values("Pricing desk (Summer) promo", .person).isEmpty)
    }

    @Test func peopleInFoldersLabelsAndColumns() {
        #expect(values("  File \"C:\\Users\\Jamie\\scripts\\run.py\", line 12", .person) == ["Jamie"])
        #expect(values("\"path\": \"C:\\\\Users\\\\Jamie\\\\AppData\"", .person) == ["Jamie"])
        #expect(values("File \"C:\\Users\\Jamie Smith\\AppData\\x.py\"", .person) == ["Jamie Smith"])
        #expect(values("Débiteur : Arnaude Mendès\nAdresse : rue de Diaz", .person) == ["Arnaude Mendès"])
        #expect(values("Débiteur : Boulangerie Martin SARL", .person).isEmpty)
        #expect(values("Camion;Lieu chargé;Poids\nAB-123-CD;Nancy;12 t", .person).isEmpty)
    }

    @Test func partyOfAReferenceAndFirmsOpenedByTheirTrade() {
        #expect(values("- RO 61342 (Cobb): customer approved supplement", .person) == ["Cobb"])
        // A word or a place in parentheses after a number is a room's or a site's.
        #expect(values("- case INV-2025-5456 (Larsen): customer reimbursed", .person) == ["Larsen"])
        #expect(values("Dossier 2231 (Lefèvre) : relance envoyée", .person) == ["Lefèvre"])
        #expect(values("Room 101 (Green): projector broken. Ticket 55 (Paris): closed.", .person).isEmpty)
        #expect(values("Platform 3 (Glasgow): delayed. Store 0212 (Hamilton): open.", .person).isEmpty)
        #expect(values("Client : Carrosserie Dumont, compte 00871", .person).isEmpty)
    }

    @Test func appointmentsContactsAndFrenchGenderedLabels() {
        let day =
            "Sprechtag Saarbrücken\n09:45 Meier, Diedrich – Steuer, Formular 5000\n10:30 Wagner, Stanislaw – Rente"
        #expect(values(day, .person) == ["Meier, Diedrich", "Wagner, Stanislaw"])
        // A place and its country, two teams, a programme's item or a town before a given name are no one's name.
        #expect(values("10:00 Paris, France – kickoff\n11:00 Sales, Marketing – sync", .person).isEmpty)
        #expect(values("09:00 Begrüßung, Sabine – Einführung\n10:00 Hamburg, Laura – Termin", .person).isEmpty)
        #expect(values("Participants : Pierre\nExcusé(e) : Arnaude Bertin", .person).contains("Arnaude Bertin"))
        #expect(values("Questions: michelle10@sandoval.com / 5878413844", .phone) == ["5878413844"])
        #expect(values("Customer: jane@x.com / 2024031501", .phone).isEmpty)
        #expect(values("Agreed. Fox to revise consent form and resubmit.", .person) == ["Fox"])
        #expect(values("Karte gültig bis 09/28.\nNotiert von Daniel", .person) == ["Daniel"])
        #expect(values("Stand: 24.07.2021, erstellt von Kurt Kambs (Schichtleitung)", .person) == ["Kurt Kambs"])
        #expect(values("Stand: 24.07.2021, erstellt von IT-Abteilung", .person).isEmpty)
        #expect(values("Geprüft von Ernst & Young", .person).isEmpty)
    }

    @Test func contactsListsGuardiansHostFamiliesAndTowns() {
        let contacts = "Contacts: Michael +1-389-409-4722 / Erica 875.354.2267 / Sara (344)990-8026"
        #expect(values(contacts, .person) == ["Michael", "Erica", "Sara"])
        #expect(values("Servers: Luna 192.168.100.254 / Stella 192.168.100.253", .person).isEmpty)
        // A version after a given name's word stays a product's.
        #expect(values("Version Grace 2.14.10 released", .person).isEmpty)
        #expect(values("Erziehungsberechtigte: Lissy Höfig", .person) == ["Lissy Höfig"])
        let hosts = "Gastfamilie;Anschrift;Telefon\nLudwina Cichorius;Birthe-Weiß-Gasse 8, 92132 Melle;0711"
        #expect(values(hosts, .person) == ["Ludwina Cichorius"])
        #expect(values("Hinreise am 02.07.2026. Schuster bucht die Gruppenfahrkarten.", .person) == ["Schuster"])
        #expect(values("Feier am Samstag: Keller reserviert, Halle reserviert", .person).isEmpty)
        #expect(values("Validation : Margaud Leblanc, responsable", .person) == ["Margaud Leblanc"])
        #expect(values("Validation : Direction Générale", .person).isEmpty)
        #expect(values("Validation: Max length 255", .person).isEmpty)
        #expect(values("Commande transmise à l'établissement de Nancy, réf. 623603019", .person).isEmpty)
        #expect(values("Bonjour Nancy, merci", .person) == ["Nancy"])
        #expect(values("Message de Nancy : je serai absente demain.", .person) == ["Nancy"])
    }
}
