import BulwarkShield
import Testing

/// Cases from the nineteenth session's blind sets (`evals/templates/78-blind-final.txt` and `81-blind-final.txt`, read
/// after their first score; 79 and 80 unread): couples and pairs of given names, a team and its member after a slash,
/// owners named in parentheses, notes after a name, a phone before ` | ` in a signature, and the look-alikes they must
/// not take — posts, mailboxes of shops, German compounds and place names, times before a title, a password's status.
@Suite("PII scanner: couples, teams, owners in parentheses, posts and statuses")
struct DLPNineteenthTests {
    @Test func couplesAndPairsOfGivenNames() {
        #expect(values("Thanks,\nLori and Connie Turner", .person) == ["Lori", "Connie Turner"])
        let row = "12 Oak Lane, Angelaville, VT 52312 | Steven & Charles | 001-252-790-1234"
        #expect(values(row, .person) == ["Steven", "Charles"])
        #expect(values("I called Lisa and Mark from procurement.", .person) == ["Lisa", "Mark"])
        // Firms named by two names, and one name twice.
        #expect(values("We accept Marks & Spencer and John Lewis vouchers.", .person).isEmpty)
        #expect(values("a Johnson & Johnson baby set", .person).isEmpty)
        #expect(values("Visit the Victoria and Albert Museum today.", .person).isEmpty)
    }

    @Test func teamThenMemberAndOwnersInParentheses() {
        #expect(values("Assigned: Client Services / Jimmy\nSession: 8695e", .person) == ["Jimmy"])
        #expect(values("Owner: IT Support / Jane Doe\n", .person) == ["Jane Doe"])
        #expect(values("Assigned: Client Services\n", .person).isEmpty)
        let owners = "Der Schlüssel liegt im Büro, die Eigentümer (Schmidt) sind informiert."
        #expect(values(owners, .person) == ["Schmidt"])
        #expect(values("10:45 Uhr Ehepaar Mitschke, 06727 045578", .person) == ["Mitschke"])
        #expect(values("5. Bryan (seller, listing 070712584) – asking why", .person) == ["Bryan"])
        // A firm's double name, a place in a label's note.
        #expect(values("10/02/2025 – contractor (Davey-Taylor) visited", .person).isEmpty)
        #expect(values("    HR Business Partner (Leeds): Chelsea West", .person) == ["Chelsea West"])
    }

    @Test func postsMailboxesAndCompoundsAreNoPeople() {
        #expect(values("Thanks.\n\nJessica Montgomery\nSenior Loan Officer", .person) == ["Jessica Montgomery"])
        #expect(values("Our Senior Loan Officer will call.", .person).isEmpty)
        #expect(values("To: Meter Shop <kdavis@example.org>", .person).isEmpty)
        #expect(values("To: Anna Berg <anna@example.org>", .person) == ["Anna Berg"])
        #expect(values("Änderungsantrag 983674561 – Prozessleittechnik Wasser\nAntragsteller: OT", .person).isEmpty)
        #expect(values("Grüße – Anna Wasser", .person) == ["Anna Wasser"])
    }

    @Test func hostsInTablesAndFamilyNamesWithUmlauts() {
        let visitors =
            "| Badge | Name | Host |\n|---|---|---|\n| V-1021 | Kevin Russo | Maynard |\n| V-1034 | Frank Hawkins | Butler |"
        #expect(values(visitors, .person) == ["Kevin Russo", "Maynard", "Frank Hawkins", "Butler"])
        #expect(values("| Host | Status |\n|---|---|\n| db-prod-01 | up |\n| Mercury | down |", .person).isEmpty)
        // The English lists spell umlauts out (`Koester`); German text writes them.
        #expect(values("Ausschussmitglied Köster beantragt Vertagung.", .person) == ["Köster"])
        #expect(values("Ausschussmitglied Koester beantragt Vertagung.", .person) == ["Koester"])
        #expect(values("Ausschussmitglied Lärmschutz beantragt Vertagung.", .person).isEmpty)
    }

    @Test func petsRolesRangesAndTitles() {
        #expect(values("Subject: RE: Claim 436584004 - Cooper (Labrador, 9y)", .person).isEmpty)
        #expect(values("Albert Nicholls - +449098790870 - Bramble (dog) - 2026-10-01", .person) == ["Albert Nicholls"])
        #expect(values("Attached is the vet's invoice for Alfie (cocker spaniel, 7)", .person).isEmpty)
        // Every mention of a pet's name.
        #expect(values("Subject: Claim for Alfie's ear op\n\nThe invoice for Alfie (cocker spaniel)", .person).isEmpty)
        let owners =
            "dossier;proprietaire;animal;espece\nORD-1;\"Leroy, Roger\";Mistigri;chat\nORD-2;\"Picard, Amélie\";Tango;chien"
        #expect(values(owners, .person) == ["Leroy, Roger", "Picard, Amélie"])
        #expect(values("Panel: Pauline Lee (Bird PLC) and Wayne Kelly", .person) == ["Pauline Lee", "Wayne Kelly"])
        #expect(values("Thu-Fri: Dr Lynda Kelly (Totnes)", .person) == ["Lynda Kelly"])
        #expect(values("Jean-Luc: I'll take it", .person) == ["Jean-Luc"])
        #expect(values("(reported as FAC-7702). Trainer on duty was Johnny Gonzalez.", .person) == ["Johnny Gonzalez"])
        #expect(values("Meyer on duty tonight.", .person) == ["Meyer"])
        #expect(values("Subject: Spring Invitational – team registration U12 Girls", .person).isEmpty)
        #expect(values("Subject: Anna Rivera joins the team", .person) == ["Anna Rivera"])
        #expect(values("Accident book – FitLoop Bristol Harbourside", .person).isEmpty)
        #expect(values("Best regards – MacArthur Smith", .person) == ["MacArthur Smith"])
        #expect(values("Hotel: Bell-Foster Suites, booking INV-2", .person).isEmpty)
        #expect(values("Tatsächlich. Grund ist ein Umzug.", .person).isEmpty)
        #expect(values("Genehmigt: Herr H.-Dieter Roskoth, Kostenstelle 4", .person) == ["H.-Dieter Roskoth"])
        #expect(values("Kontakt: H.-Dieter Roskoth", .person) == ["H.-Dieter Roskoth"])
        #expect(values("Abschnitt B.-Teil Kosten", .person).isEmpty)
        // Firms named by a family name alone after their role.
        #expect(values("Laetitia : le fournisseur (Robin) a confirmé", .person) == ["Laetitia"])
        #expect(values("la clinique partenaire (Guibert) confirme", .person).isEmpty)
        #expect(values("Le prestataire Laine a livré", .person).isEmpty)
        #expect(values("ma collègue (Claire) a livré", .person) == ["Claire"])
    }

    @Test func signaturesListsAndChatsOfKnownSpeakers() {
        let signed = "If you can't make it, text me.\n\nRaymond\nReferee Assignor, Metro Youth Soccer"
        #expect(values(signed, .person) == ["Raymond"])
        #expect(values("Please review.\n\nRaymond\nWhat do you think? We need it.", .person).isEmpty)
        #expect(values("Employee: Good, Carlos (ID 307866101)", .person) == ["Good, Carlos"])
        #expect(values("Witness: Mrs Pamela Conway\nLogged by: Josh", .person) == ["Pamela Conway", "Josh"])
        let list = "1. Anna Weber – geb. 12.03.1941\n2. Trudel Kuhl – geb. 29/01/1950"
        #expect(values(list, .person) == ["Anna Weber", "Trudel Kuhl"])
        let chat = "Ernst-August 08:14\nwer kann Mo + Mi?\nLissy 08:20\nMo kann ich\nKai-Uwe 08:31\nMi übernehm ich."
        #expect(values(chat, .person) == ["Ernst-August", "Lissy", "Kai-Uwe"])
        #expect(values("Keynote 09:00\nLunch 12:00\nAnna 13:00\nBen 14:00", .person) == ["Anna", "Ben"])
    }

    @Test func privateAddressesWithSmallPartsStayAddresses() {
        // The generated templates print versions as small quads; real private addresses look the same, so 10/8 keeps
        // them unless a version is named.
        #expect(values("Printer: 10.2.3.4", .ipAddress) == ["10.2.3.4"])
        #expect(values("my laptop got 10.20.5.12 from DHCP", .ipAddress) == ["10.20.5.12"])
        #expect(values("Rollback vers 6.11.14.12", .ipAddress).isEmpty)
    }

    @Test func noteWritersChannelsKeysAndBots() {
        #expect(values("Internal note (Payouts L1, Joan): ledger shows", .person) == ["Joan"])
        #expect(values("Interne Notiz (Ludwina, Payouts): Zahlung", .person) == ["Ludwina"])
        #expect(values("Release note (Payouts, Ledger): done", .person).isEmpty)
        #expect(values("[2026-03-02T09:56:20] ServiceDesk – Megan: hi Olivia!", .person) == ["Megan", "Olivia"])
        let german = "[00:47] Laila: Wer macht Freitag?\n[00:48] Cathleen: Ich nicht.\n[00:49] Lilo: Dann mach ich das."
        #expect(values(german, .person) == ["Laila", "Cathleen", "Lilo"])
        let alerts =
            "[09:01] Laila: ok\n[09:01] Cathleen: ok\n[09:02] Alertmanager: FIRING HTTP5xx\n[09:03] PagerDuty: Ack"
        #expect(values(alerts, .person) == ["Laila", "Cathleen"])
        #expect(values("Bei Problemen: 08504 922257\nSchichtbot [09:03]: Tausch", .person).isEmpty)
        #expect(values("Late rate: 7.8%\nPort Dennis: courier supply short", .person).isEmpty)
        #expect(values("emp_no=E0041872\nname_last=Rivera\nname_first=Richard", .person) == ["Rivera", "Richard"])
        #expect(values("DEBUG Versicherte/r: Trupp, Wenzel, geb. 12.03.1950", .person) == ["Trupp, Wenzel"])
        #expect(values("Rider: Guy (rider ID 26aa)", .person) == ["Guy"])
        #expect(values("rider_id,name,email\nea7a58f0,\"West, Evelyn\",y@whitehead.biz", .person) == ["West, Evelyn"])
        #expect(values("To: Partner Onboarding\nCc: Erica Serrano", .person) == ["Erica Serrano"])
        #expect(values("Laboratoire : Louis\nSyndic: Tanguy", .person).isEmpty)
        #expect(values("E-Mail: a@heser.de\n\nNotiz Friedo: Die Telefonnummer", .person) == ["Friedo"])
        #expect(values("Release note Payouts: done", .person).isEmpty)
        #expect(values("Checked the yard, nothing. Carrier says delivered", .person).isEmpty)
        #expect(values("De : Assurance Maladie <laure37@dufour.fr>", .person).isEmpty)
    }

    @Test func phoneWordsInsideAccentedWords() {
        #expect(values("Facture hôtel n° 256821288", .phone).isEmpty)
        #expect(values("Téléphone 0612345678", .phone) == ["0612345678"])
        #expect(values("Mobiltelefon 0612345678", .phone) == ["0612345678"])
    }

    @Test func tablesWhoseCellsAreSetApartByGaps() {
        let clinic = """
            Time   Patient              DOB            Phone              Vaccine
            9:00   Vickie Brewer   28/06/59   (253)654-4476   Flu HD
            10:00  Meagan Nelson   Monday, December 20, 1999   7803183757   Flu HD (walk-in)
            """
        #expect(values(clinic, .dateOfBirth) == ["28/06/59", "Monday, December 20, 1999"])
        #expect(values(clinic, .phone) == ["(253)654-4476", "7803183757"])
        // A row with a blank cell is not counted into the wrong column; labelled fields head no column.
        let visits = "Time   Patient   Visit date   Room\n9:00   Vickie Brewer   12/03/2024   4\n9:30   Jo Lee      B"
        #expect(values(visits, .dateOfBirth).isEmpty)
        let fields = "Student: Jones    DOB: 02 June 1962    Room: 4\nNext   Tuesday   12/03/2024   Hall"
        #expect(values(fields, .dateOfBirth) == ["02 June 1962"])
    }

    @Test func pathsAndImageTagsAreNoSecrets() {
        #expect(values("  s3_key        = \"builds/refill-assistant-99125eb.zip\"", .genericSecret).isEmpty)
        #expect(values("Image:          registry.internal/partner-webhooks:v2.11.11", .genericSecret).isEmpty)
        #expect(values("api_key = \"k8Jd/2mQp+Xr9Lw0Zt7Ve3Ny\"", .genericSecret) == ["k8Jd/2mQp+Xr9Lw0Zt7Ve3Ny"])
    }

    @Test func lookAlikesFromTheReview() {
        // Notes, parentheses and animals that are no pets.
        #expect(values("Customer: Sarah Johnson (chat)\nIssue: refund", .person) == ["Sarah Johnson"])
        #expect(values("Mamadou Diallo (Guinea, 34) arrived Monday.", .person) == ["Mamadou Diallo"])
        #expect(values("Karen Miller (dog walker) reported the gate open.", .person) == ["Karen Miller"])
        #expect(values("Neuer Mitarbeiter (Teilzeit) beginnt", .person).isEmpty)
        #expect(values("Restart the worker (Sidekiq) now", .person).isEmpty)
        #expect(values("Notiz Wichtig: Kunde zurückrufen\nNotiz (Technik): erledigt", .person).isEmpty)
        // People kept.
        #expect(values("Owner: Anna Schmidt / Ben Meyer", .person) == ["Anna Schmidt", "Ben Meyer"])
        #expect(values("Subject: Svenja Kröhnert\n\nHallo", .person) == ["Svenja Kröhnert"])
        #expect(values("Best regards – LeeAnn Carter", .person) == ["LeeAnn Carter"])
        #expect(values("[10:02] Les Miller: on it", .person) == ["Les Miller"])
        #expect(
            values("Meeting with Tom Ridge on Friday. Paul Nurse will attend.", .person) == ["Tom Ridge", "Paul Nurse"]
        )
        #expect(values("Caisse : Julie\nContact agence : Sophie", .person) == ["Julie", "Sophie"])
        // Brands, bots, headings.
        #expect(values("Charles & Keith bags are on sale.", .person).isEmpty)
        let bots = "[09:01] Laila: ok\n[09:01] Cathleen: ok\n[09:02] Grafana: Disk usage at 91%"
        #expect(values(bots, .person) == ["Laila", "Cathleen"])
        #expect(values("Agenda\n\nCharlotte\nSite visit and review", .person).isEmpty)
        #expect(values("Courier: Royal Mail", .person).isEmpty)
        // Streets after a label, passwords that are words, keys in a path.
        #expect(values("Adresse: Neumarkt 12", .streetAddress) == ["Neumarkt 12"])
        #expect(values("Password: heaven\nPassword: seed", .password) == ["heaven", "seed"])
        #expect(values("consul kv get config/payments/db_password:Xk9#mP2vQw8zL", .password) == ["Xk9#mP2vQw8zL"])
        // Gap tables: prose with two spaces after sentences, short rows, trailing spaces.
        #expect(
            values(
                "Hi all.  Please contact the desk.  Thanks.  Bye.\nNote.  4105008550 is the batch.  Ok.  Bye.",
                .phone
            ).isEmpty
        )
        let rows =
            "Time   Patient                       DOB\n9:00   Jo Lee   01/02/1990\n9:30   Vickie Brewer   28/06/1959  "
        #expect(values(rows, .dateOfBirth) == ["01/02/1990", "28/06/1959"])
    }

    @Test func phoneOpeningTheLastLineOfASignature() {
        let signed = "Thank you for considering us,\nLori and Connie Turner\n7067010008 | carr@example.net"
        #expect(values(signed, .phone) == ["7067010008"])
        #expect(values("Best,\nKelly\n6503110945 | kelly@example.com", .phone) == ["6503110945"])
        #expect(values("Batch\n6503110945 | done", .phone).isEmpty)
    }

    @Test func timesAndPlacesAreNoStreets() {
        let agenda = "Termine:\n10:00 Uhr Dr. Michelle Gute, Beraterin\n12:15 Uhr Dr. Giovanni Häring"
        #expect(values(agenda, .streetAddress).isEmpty)
        #expect(values(agenda, .person) == ["Michelle Gute", "Giovanni Häring"])
        #expect(values("Ursache vermutlich Tierkontakt (Marder) im Schaltfeld 3.", .streetAddress).isEmpty)
        #expect(values("Treffen im Biergarten 2 um 18 Uhr", .streetAddress).isEmpty)
        #expect(values("Lieferung an Lindenhof 3, 10115 Berlin", .streetAddress) == ["Lindenhof 3, 10115 Berlin"])
        #expect(values("Adresse: Hauptstraße 5", .streetAddress) == ["Hauptstraße 5"])
    }

    @Test func passwordStatusIsNoPassword() {
        #expect(values("Doorstep password: chosen by customer, reset on request", .password).isEmpty)
        #expect(values("Password: changed by IT on Monday", .password).isEmpty)
        #expect(values("Password: sunshine42 for the guest wifi", .password) == ["sunshine42"])
        #expect(values("password = \"rotated\"", .password) == ["rotated"])
    }
}
