import BulwarkShield
import Testing

/// Cases from the twenty-first session's blind sets (`evals/templates/115-`, `116-`, `117-` and `119-blind-final.txt`,
/// read after their first score; 114, 118, 120 and 121 unread): work notes stamped with a date and a time, court
/// captions, logins written `Last.First`, rotas of half days, and the look-alikes they must not take.
@Suite("PII scanner: work notes, captions, logins, rotas")
struct DLPTwentyFirstTests {
    @Test func speakersOfWorkNotesAfterADateATimeAndADash() {
        let notes = """
            --- Notes ---
            September 12, 2026 08:12 - Jessica (Tech): Caller says she is locked out.
            12/04/2025 08:40 - Jessica (Tech): Left voicemail.
            """
        #expect(values(notes, .person) == ["Jessica", "Jessica"])
        #expect(values("Verlauf:\n26.05.2026 08:14 – Oda: Identität per Rückruf geprüft", .person) == ["Oda"])
        // French writes the hour with an `h`, and a space before the colon.
        let french =
            "Historique :\n19/10/2021 08h52 – Susan : identité vérifiée\n24.09.2025 08h40 – Luce (support N1) : ok"
        #expect(values(french, .person) == ["Susan", "Luce"])
        // A role in parentheses after a given name is no family name.
        #expect(values("Notes:\nJessica (Tech): Caller says she is locked out", .person) == ["Jessica"])
        // A date, a time and a step of operations are no speaker.
        #expect(values("12/04/2025 08:40 - Backup: completed\nApril 22, 2024 – Rollback: done", .person).isEmpty)
    }

    @Test func partiesOfGermanAndFrenchCaptions() {
        #expect(values("In Sachen Jopich ./. Zimmer AG – Gegenstandswert 12.000 €", .person) == ["Jopich"])
        #expect(values("TOP 2 Verfahren Börner ./. Pohl: Kammertermin", .person) == ["Börner", "Pohl"])
        #expect(values("Objet : Aff. Navarro c/ Marin – RG n° 24/01187", .person) == ["Navarro", "Marin"])
        #expect(values("1) Freeman-Brown adv. Patterson (EEOC charge 520-2025-01)", .person) == ["Patterson"])
        // A firm's last word before the mark is none; `vs.` is prose's too.
        #expect(values("l'affaire Roussel Texier et Fils c/ Hervé est appelée", .person) == ["Hervé"])
        #expect(values("Compare Chrome vs. Firefox and Vivaldi vs Opera", .person).isEmpty)
        // Without a case's word on the line, `./.` subtracts and `c/` books to an account.
        #expect(values("Rechnung: Umsatz ./. Rabatt = Nettobetrag\nBrutto ./. Skonto", .person).isEmpty)
        #expect(values("Virement Banque c/ Caisse\nDébiter c/ Fournisseurs", .person).isEmpty)
    }

    @Test func loginsWrittenLastDotFirst() {
        let csv = """
            timestamp,user,email,result
            2026-11-21T22:35:50.230109Z,Lyons.Tammy,crystal62@maxwell.com,failure
            """
        #expect(values(csv, .person) == ["Lyons.Tammy"])
        let sshd = "sshd[21901]: Failed password for Garcia.Hector from 192.168.253.16 port 52144 ssh2"
        #expect(values(sshd, .person) == ["Garcia.Hector"])
        // Member access, hosts and an address's local part are no logins.
        #expect(values("use Color.Red and Math.Max; String.Format(x)", .person).isEmpty)
        #expect(values("ping Austin.Matthew.corp.local", .person).isEmpty)
        #expect(values("ping Jennifer.corp.local", .person).isEmpty)
        // A capital after the dot is a missing space; settings' values are no logins.
        #expect(values("Hi Sarah.Can you check?", .person) == ["Sarah"])
        #expect(values("Theme = Jade.Green\ntheme = Rose.Gold", .person).isEmpty)
        #expect(values("permission Grant.Read is required", .person).isEmpty)
        #expect(values("mail Baldwin.Jonathan@corp.com", .email) == ["Baldwin.Jonathan@corp.com"])
        #expect(values("mail Baldwin.Jonathan@corp.com", .person).isEmpty)
    }

    @Test func halfDaysOfARota() {
        let rota = """
            FRONT DESK – week of 07/04/2024
            MON  AM Kyle      PM Angela
            TUE  AM Ronald      PM Stephen (leaves 4:30)
            FRI  AM Kristin      PM closed at 3
            """
        #expect(values(rota, .person) == ["Kyle", "Angela", "Ronald", "Stephen", "Kristin"])
        #expect(values("Meeting at 9 AM Sydney time", .person).isEmpty)
    }

    @Test func chatSpeakersLastFirstQuotedSignaturesAndAssignees() {
        let chat = "[14:02] Perry, Katy: has anyone got the bundle?\n[14:03] Bevan, Oliver: yes, on the drive"
        #expect(values(chat, .person) == ["Perry, Katy", "Bevan, Oliver"])
        #expect(values("Sales, Marketing: budgets due", .person).isEmpty)
        let quoted = "3. \"Order ORD-4000655 says delivered but it's not here. Barbara\"\n4. \"Courier threw it\""
        #expect(values(quoted, .person) == ["Barbara"])
        #expect(values("- rerun the export -> Priya\n- status -> Paris", .person) == ["Priya"])
    }

    @Test func valuesOfNamePartAndLoginFields() {
        #expect(values("Familienname: Ring\nVornamen: Francesco", .person) == ["Ring", "Francesco"])
        #expect(values("username = Kimberly\npassword = aaKWM817&Ylx", .person) == ["Kimberly"])
        #expect(values("username = Backup\n", .person).isEmpty)
        #expect(values("Surname: Unknown", .person).isEmpty)
        #expect(values("Name: Sales\nNom : Sales", .person).isEmpty)
    }

    @Test func familyNamesAfterRolesWrittenCapitalised() {
        #expect(values("Hausmeister Girschner hat berichtet, dass die Heizung ausfällt.", .person) == ["Girschner"])
        #expect(values("Zähler getauscht durch Monteur Kitzmann.", .person) == ["Kitzmann"])
        #expect(values("Äußerungen des Vorgesetzten Ullmann in der Teambesprechung", .person) == ["Ullmann"])
        #expect(values("Officer Dalgleish took the report.", .person) == ["Dalgleish"])
        // A field of work after a role is no family name.
        #expect(values("Techniker Außendienst, Schichtleiter Produktion", .person).isEmpty)
        #expect(values("Bewerbung als Techniker Haustechnik eingegangen.", .person).isEmpty)
        #expect(values("Schulung für Kollegen Datenschutz am Montag.", .person).isEmpty)
        // A guest's or a customer's word names things as often.
        #expect(values("Guest Wifi password is on the card", .person).isEmpty)
        #expect(values("Customer Zendesk macros were updated", .person).isEmpty)
    }

    @Test func slackSpeakersNamedLikePlaces() {
        let chat = """
            Virginia  9:02 AM
              anyone else seeing this?
            Alexandria  9:11 AM
              ok I reset it
            """
        #expect(values(chat, .person) == ["Virginia", "Alexandria"])
        // A world clock names places, and a status by region heads its lines with them.
        #expect(values("London  9:02 AM\nNew York  4:02 AM\nVirginia  4:02 AM", .person).isEmpty)
        #expect(values("Status by region\nVirginia  02:14\n  failover complete, traffic drained", .person).isEmpty)
    }

    @Test func rowsCommentedOutInAScript() {
        let script = """
            # new-hires.csv
            # GivenName,Surname,Department,Mobile
            # Chad,Carlson,Billing,4065947661
            # Katrina,Johnson,Front Office,+1-966-755-8223
            """
        #expect(values(script, .person) == ["Chad", "Carlson", "Katrina", "Johnson"])
        let vpn = """
            horodatage;utilisateur;email;statut
            2026-01-04T12:04:55.488363+00:00;Rocher William;amelie96@giraud.fr;OK
            """
        #expect(values(vpn, .person) == ["Rocher William"])
    }

    @Test func preSharedKeysAndFirmsOfPractices() {
        #expect(values("done. new guest PSK is LNLVW225*TZO, pushed to both sites", .password) == ["LNLVW225*TZO"])
        #expect(values("the PSK is weak, rotate it", .password).isEmpty)
        #expect(values("PSK rotation done, see change: CHG-45871", .password).isEmpty)
        #expect(values("Client: Harbor Chiropractic\nClient: Penrose Opticians", .person).isEmpty)
        #expect(values("Subject: [FAILED] Job \"FS01 Daily\"\nJob: FS01 Daily", .person).isEmpty)
        #expect(values("Le script d'export vers Sage plante au démarrage.", .person).isEmpty)
    }

    @Test func venuesNamedLikePeopleAfterAt() {
        // A given name that names a place too before a place's word, after `at`.
        #expect(values("We met at Victoria Park, near the lake.", .person).isEmpty)
        #expect(values("We met at Florence Hall yesterday.", .person).isEmpty)
        #expect(values("I met with Florence Hall yesterday.", .person) == ["Florence Hall"])
        // People after `at`: possessives, given names that name no place.
        #expect(values("Dinner at Sarah Green's place was lovely.", .person) == ["Sarah Green"])
        #expect(values("I pointed at David Hill during the meeting.", .person) == ["David Hill"])
        #expect(values("The report was aimed at Karen Wood, our auditor.", .person) == ["Karen Wood"])
        #expect(
            values("can you loop in Lawrence Woods and Jessica Roberts?", .person) == [
                "Lawrence Woods", "Jessica Roberts",
            ]
        )
    }

    @Test func titlesOfBooksAndModelsOfVehicles() {
        let books = "ISBN ; Titre ; Prix ; Stock\n978-0-273-94693-9 ; Le Petit Prince ; 7.60 ; 12"
        #expect(values(books, .person).isEmpty)
        #expect(values("Quote B\nVehicle: Kia Niro 2 1.6 GDi HEV, 36 months", .person).isEmpty)
        #expect(values("Ins = Delta Dental PPO through the employer", .person).isEmpty)
    }

    @Test func frenchLawyersTitle() {
        let roll = "9h00 – RG 23/04512 – plaidoiries – Me Hardy pour le demandeur, Me Moulin pour la défenderesse"
        #expect(values(roll, .person) == ["Hardy", "Moulin"])
        #expect(values("Me Time is important. Me and Anna went.", .person) == ["Anna"])
    }

    @Test func manifestsWrittenLastSlashFirst() {
        let manifest = """
            PAX_NAME	DOB	SEAT
            Davenport/Jacqueline	05/01/1975	12A
            Prince/Marie	06.03.1957	12B
            """
        #expect(values(manifest, .person) == ["Davenport/Jacqueline", "Prince/Marie"])
        #expect(values("team,area\nSales/Marketing,North", .person).isEmpty)
        // Time zones and routes fill no name column.
        #expect(values("zone,tz\nAU,Australia/Adelaide\nEU,Europe/Sofia", .person).isEmpty)
        #expect(values("Flight,Route\nBA15,London/Sydney", .person).isEmpty)
    }

    @Test func tenDigitPhonesEndingTheirFieldBesideSomeone() {
        #expect(values("Reference: former manager Jamie Cochran, 7196084218.", .phone) == ["7196084218"])
        #expect(values("Sarah Moses, Payroll, 9097030789, chall@example.org", .phone) == ["9097030789"])
        #expect(values("Preferred vendor: Morris-Mcfarland, ask for Stephanie, 9097030789", .phone) == ["9097030789"])
        // An order's or an invoice's number is none.
        #expect(values("Order for Stephanie, 9097030789 items", .phone).isEmpty)
        #expect(values("Ticket assigned to Kevin, 4829103746.", .phone).isEmpty)
        #expect(values("Virginia Beach, VA, 7575550100", .phone).isEmpty)
        #expect(values("Invoice, 9097030789, paid", .phone).isEmpty)
    }

    @Test func documentNumbersWherePassportsWereNamed() {
        let i9 = "List A document: U.S. Passport\nDocument number: 291465548\nExpiration date: December 1, 2030"
        #expect(values(i9, .passport) == ["291465548"])
        let apis = "frequent_flyer_tier=Silver\ndoc_type=P\ndoc_number=700913270\ndoc_expiry=23.08.2023"
        #expect(values(apis, .passport) == ["700913270"])
        #expect(values("Invoice\nDocument number: 291465548", .passport).isEmpty)
        #expect(values("Passport renewal checklist\nDocument notes: 44719235 pages scanned", .passport).isEmpty)
        #expect(values("Customer ID verified with passport.\nDocument number: 4500012345", .passport).isEmpty)
        #expect(values("Passport copy attached.\nDoc no. 2: AB1234567 (driver licence)", .passport).isEmpty)
    }

    @Test func passwordsAfterAColonInTheirClause() {
        let note = "Temporary password already set by Amanda: RKNUP093*ZEO (please force a reset at next login)"
        #expect(values(note, .password) == ["RKNUP093*ZEO"])
        #expect(values("password reset done for ticket: INC00412345", .password).isEmpty)
        #expect(values("Password reset for ticket: INC-2024-0012", .password).isEmpty)
        #expect(values("Password change done on server: SRV-DB-01", .password).isEmpty)
        #expect(values("Mot de passe réinitialisé, dossier : REQ-2024-118", .password).isEmpty)
    }

    @Test func mentionsRanksListsAndCallers() {
        #expect(values("@Sarah West can we please move that", .person) == ["Sarah West"])
        #expect(values("@Anna May I ask", .person) == ["Anna"])
        #expect(values("police arrived (PC McDonald attending, CAD 3321)", .person) == ["McDonald"])
        #expect(values("02:40 Polizei vor Ort, PK Scholl nimmt die Anzeige auf", .person) == ["Scholl"])
        #expect(values("my PC Windows update failed; new PC Dell", .person).isEmpty)
        #expect(values("Laptop: PC Richard, order 44. PC Packard Bell, 2009, defekt", .person).isEmpty)
        #expect(values("Table orders: PK Lee, FK customer_id", .person).isEmpty)
        #expect(values("Attending officer: PC Taylor.", .person) == ["Taylor"])
        #expect(values("@Ben Green light from me", .person).count == 1)
        let list =
            "Fahrgäste (Stand 13.03.2026)\n\n1) Losekann, Cilli – geb. 8. Juli 1939\n2) Trubin, Adem – geb. 1970/06/25"
        #expect(values(list, .person) == ["Losekann, Cilli", "Trubin, Adem"])
        #expect(values("„Ja hallo, hier ist der Jakob Rörricht von der Firma Becker", .person) == ["Jakob Rörricht"])
        #expect(values("hier ist die Rechnung. Hier ist Platz für Notizen", .person).isEmpty)
        #expect(values("Service fraude Norvane Mobile, Joseph à l'appareil, bonjour.", .person) == ["Joseph"])
        #expect(values("Tausch abgelehnt, Kundin Wernecke unter der hinterlegten Nummer", .person) == ["Wernecke"])
    }

    @Test func phonesBesideATablesBarAndStoresNumbers() {
        #expect(values("Account manager: Brian Rodriguez | 6482046055", .phone) == ["6482046055"])
        #expect(values("Total | 6482046055", .phone).isEmpty)
        let store = "Opened by: Dennis Boone (Retail Advisor, Store 0412 Riverside Plaza)"
        #expect(values(store, .streetAddress).isEmpty)
        #expect(values("Deliver to Shop 5/123 George St, Sydney NSW 2000", .streetAddress).count == 1)
        #expect(values("Ø freie Tage | Kosten", .person).isEmpty)
    }

    @Test func departmentsInGermanAndVersionsSuperseded() {
        #expect(values("Von: Produktmanagement Privatkunden, Norvane Mobil GmbH", .person).isEmpty)
        #expect(values("Von: Kunibert Henck", .person) == ["Kunibert Henck"])
        #expect(values("Owner: Datenschutz Beratung", .person).isEmpty)
        #expect(values("Gruß\nQualitätsmanagement", .person).isEmpty)
        // Family names that end like nouns stay names.
        #expect(values("Ansprechpartner: Lena Hartung", .person) == ["Lena Hartung"])
        #expect(values("Release date: 17/06/2022\nSupersedes: 10.5.20.7", .ipAddress).isEmpty)
        #expect(values("Server: 10.5.20.7", .ipAddress) == ["10.5.20.7"])
    }
}
