import BulwarkShield
import Testing

/// Cases from the twenty-second session's blind sets (`evals/templates/128-` and `130-blind-final.txt`, read after
/// their first score; 129 and 131 unread): records without labels, signatures named like places, team names in mail
/// headers, and the look-alikes they must not take.
@Suite("PII scanner: unlabelled records, signatures, team names")
struct DLPTwentySecondTests {
    @Test func birthDatesBesideARecordsOtherPersonalValues() {
        let line = "Applicant: Danielle Wilson, samuel30@carlson.net, (224)301-3006, 1939/12/05, 553-11-5194."
        #expect(values(line, .dateOfBirth) == ["1939/12/05"])
        let weekday = "Juarez, jeff@gmail.com, 504.450.9173, Saturday, August 12, 1944, 513-91-4727."
        #expect(values(weekday, .dateOfBirth) == ["Saturday, August 12, 1944"])
        let tuple = "Row that failed: ('CA-26-77120', 'Colton', 'Hughes', 'esanders@yahoo.com', '1997-05-16')"
        #expect(values(tuple, .dateOfBirth) == ["1997-05-16"])
        // Before the other value too.
        #expect(values("\"1968-04-21\"; \"jane@mailbox.org\"", .dateOfBirth) == ["1968-04-21"])
        // A recent date beside an address is a ticket's or an order's; beside a name alone, a signature's.
        #expect(values("Ticket closed 2024-05-01, jane@mailbox.org", .dateOfBirth).isEmpty)
        #expect(values("jane.doe@acme.com, 2010-06-15, login ok", .dateOfBirth).isEmpty)
        #expect(values("Signed by Anna Weber, 03.05.2001.", .dateOfBirth).isEmpty)
        #expect(values("Invoice from John Smith, 12/03/1999, paid in full.", .dateOfBirth).isEmpty)
        // A table's spaced bars set the items apart too.
        #expect(values("Danielle Wilson | samuel30@carlson.net | 1939/12/05", .dateOfBirth) == ["1939/12/05"])
        // Only a date that is its item's whole text: not one inside a sentence.
        #expect(values("jane@mailbox.org, 1985-03-02 was when it started", .dateOfBirth).isEmpty)
        #expect(values("Meeting on 2001-03-02 and 2003-04-05", .dateOfBirth).isEmpty)
    }

    @Test func givenAndFamilyNamesOpeningARecordBeforeItsAddress() {
        let tuple = "Row that failed: ('CA-26-77120', 'Colton', 'Hughes', 'esanders@yahoo.com', '1997-05-16')"
        #expect(values(tuple, .person) == ["Colton", "Hughes"])
        #expect(values("# ORD-7298184,Julie,Lawrence,frycolin@hull.org,€7002", .person) == ["Julie", "Lawrence"])
        // A place and its country or state; a team's mailbox.
        #expect(values("Paris, France, info@hotel-lutetia.fr", .person).isEmpty)
        #expect(values("Austin, Texas, info@austin-books.com", .person).isEmpty)
        #expect(values("id,Support,Team,help@acme-tools.com", .person).isEmpty)
        // After a family name and a given name, the third item is a firm or a role, not a family name.
        let rows = """
            Nom | Prénom | Société | E-mail
            Durand | Sophie | Girard | hdelorme@bouygtel.fr
            """
        #expect(!values(rows, .person).contains("Girard"))
        #expect(!values("R-0113,Smith,Albert,Senior,steven01@gmail.com", .person).contains("Senior"))
    }

    @Test func aGivenNameNamedLikeAPlaceSigningTheText() {
        let signed = "The timeline is tight. You can call me at +1-396-537-4579.\n\n– Virginia"
        #expect(values(signed, .person) == ["Virginia"])
        // Not a heading's place, nor a place within the text.
        #expect(values("Sales report – Virginia\nQ3 numbers follow.", .person).isEmpty)
        #expect(values("Regions:\n– Virginia\n– Ohio\nDone.", .person).isEmpty)
        #expect(values("Hi team,\r\n\r\n– Virginia", .person) == ["Virginia"])
    }

    @Test func aCallerSayingWhoSpeaks() {
        let call = "„Ja, guten Tag, hier spricht Apollonia Stiffel, ich hatte mich beworben.“"
        #expect(values(call, .person) == ["Apollonia Stiffel"])
        #expect(values("Hallo, hier spricht der Kundenservice der Stadtwerke.", .person).isEmpty)
        #expect(values("Guten Tag, hier spricht Autohaus Schmidt, wir haben Ihren Termin.", .person).isEmpty)
        #expect(values("Hier spricht Radio Bremen mit den Nachrichten.", .person).isEmpty)
    }

    @Test func teamsAndCrewsAreNoPeople() {
        let header = "From: Crew Scheduling DEN\nSent: Monday\nTo: Kathryn Smith <kathryn@example.com>"
        #expect(values(header, .person) == ["Kathryn Smith"])
        #expect(values("08:40 Veronica: Crew hat bestätigt, Boarding läuft", .person) == ["Veronica"])
        #expect(values("Déclarant : Olivie Blanc, agent de piste", .person) == ["Olivie Blanc"])
    }

    @Test func aFirmsNameGoingOnAfterANameShape() {
        let hotels = "shuttle times from the layover hotel feed (Marriott, Hilton Garden Inn, Hyatt Place)"
        #expect(values(hotels, .person).isEmpty)
        #expect(values("Lunch is at Laura Ashley Cafe today.", .person).isEmpty)
        // Not after a courtesy title.
        #expect(values("Transferred to Dr. Novak Unit 7 overnight.", .person) == ["Novak"])
        #expect(values("Laura Ashley said the order is late.", .person) == ["Laura Ashley"])
    }

    @Test func aSentenceWithCommasHeadsNoColumn() {
        let notes = """
            - Set temp password, the temp password is EJhwR180#VvT, user must change at first login.
            - Advised user to sign out of the app on all devices before resetting next time.
            Resolved by: Ryan, IT Service Desk Tier 1
            """
        #expect(values(notes, .password) == ["EJhwR180#VvT"])
        // A header may end with an abbreviation.
        let roster = "Name;Vorname;Funktion;Pass-Nr.\nPreiß;Janina;Kapitän;CGPVW9YTL"
        #expect(values(roster, .passport) == ["CGPVW9YTL"])
        let nationality = "ID, Geburtsdatum, Staatsangeh.\n4711, 12.03.1985, deutsch\n4712, 01.02.1979, französisch"
        #expect(values(nationality, .dateOfBirth) == ["12.03.1985", "01.02.1979"])
    }

    @Test func filesNamedByTheirPartysFamilyName() {
        #expect(values("- Dossier Morin : excellent, admis sous réserve", .person) == ["Morin"])
        #expect(values("- Grenzfall Kuhl: fehlendes Modulhandbuch", .person) == ["Kuhl"])
        // In running text a firm's file is named so as often; a file's kind or a firm is no party.
        #expect(values("Le dossier Renault : relance du fournisseur", .person).isEmpty)
        #expect(values("Im Verfahren Siemens ist nichts passiert.", .person).isEmpty)
        #expect(values("Dossier Client : à compléter\nDossier Technique : ok", .person).isEmpty)
        #expect(values("Dossier Martin Dupont SA : ok", .person).isEmpty)
    }

    @Test func contactListsAndDrugCodes() {
        let list = "On-call contact numbers:\nHeather Hamilton – 3148271620\n- Ronald Lowe - 6348081485"
        #expect(values(list, .phone) == ["3148271620", "6348081485"])
        // Not after words that are no full name.
        #expect(values("Release notes – 3148271620", .phone).isEmpty)
        // A drug's or an article's code joined by dashes is no phone.
        #expect(values("Affected NDCs: 0143-9924-90, 0143-9923-90.", .phone).isEmpty)
        #expect(values("Stock for 00781-1506-10 set to BLOCKED", .phone).isEmpty)
        #expect(values("Tel. +49 221 4711-23", .phone) == ["+49 221 4711-23"])
        // After a phone's label such groups are an extension's.
        #expect(values("Tel. 0711-98765-0, Fax 0711-98765-99", .phone) == ["0711-98765-0", "0711-98765-99"])
    }

    @Test func notesAndRegisters() {
        #expect(values("ICU bed 4 vanc trough 28 — spoke w/ Elizabeth RN, re-draw ordered", .person) == ["Elizabeth"])
        #expect(values("0.4 | call w/ Anthony at client re separation docs", .person) == ["Anthony"])
        #expect(values("call w/ Microsoft re licences", .person).isEmpty)
        #expect(values("spoke with Elizabeth Moss RN, ok", .person) == ["Elizabeth Moss"])
        #expect(values("Hinweis von Aleksandra: Tausch Früh/Spät", .person) == ["Aleksandra"])
        #expect(values("Anna von Berg: hallo zusammen", .person) == ["Anna von Berg"])
        let register = """
            count_date,drug,strength,opening_bal,closing_bal,counted_by,witness
            2022-01-22,oxyCODONE,5 mg,600,488,Moore,Brandon Jones
            25.11.2020,ketamine,50 mg/mL,24,21,David Lewis,Ann
            """
        #expect(values(register, .person) == ["Moore", "Brandon Jones", "David Lewis", "Ann"])
        // `Name` before `Vorname` heads the family names.
        let staff = "Personalnr;Name;Vorname;Geburtsdatum\n00412;Berger;Peter;Jul 21, 1969"
        #expect(values(staff, .person) == ["Berger", "Peter"])
        #expect(values("Name;Typ\nServer;Linux", .person).isEmpty)
    }

    @Test func fieldsAcronymsAndTownsAreNoPeople() {
        #expect(values("Reviewed both charts.\nHarm: Low\nHandler: Medication Safety", .person).isEmpty)
        // In a chat such a name speaks.
        #expect(values("Anna: Can you send the file?\nMark: Sure\nAnna: Thanks", .person) == ["Anna", "Mark", "Anna"])
        // A month heading a schedule's item; `August` speaks.
        #expect(values("- Avril : dépôt le 5 mai\n- Mai : dépôt le 5 juin.", .person).isEmpty)
        #expect(values("August: Ich komme später", .person) == ["August"])
        #expect(values("notre salarié, monsieur Legrand, part en rupture", .person) == ["Legrand"])
        #expect(values("Responsable hiérarchique : Philippine Lombard", .person) == ["Philippine Lombard"])
        #expect(values("il faut l'attestation France Travail. Merci", .person).isEmpty)
        #expect(values("Harm category (NCC MERP): D — reached patient", .person).isEmpty)
        #expect(values("Customer (Darnell Price): hello", .person) == ["Darnell Price"])
        #expect(values("Client : Centre hospitalier de Maurice — Pharmacie", .person).isEmpty)
        #expect(values("prévenir l'accueil de la mairie de Le Gall", .person).isEmpty)
        #expect(values("le dossier de Lucas est prêt", .person) == ["Lucas"])
    }

    @Test func theOwnerOfAnAddressInParentheses() {
        #expect(values("IT contact Chelsea (karen68@berry-montgomery.com)", .person) == ["Chelsea"])
        #expect(values("data migration stuck. IT contact Bill (kathymiller@gmail.com)", .person) == ["Bill"])
        #expect(values("Please ask Anna Moss (anna.moss@gmail.com) today", .person) == ["Anna Moss"])
        #expect(values("Contact Support (support@acme-tools.com)", .person).isEmpty)
        // Not a firm, a team or a department named by a given name, nor a noun after an article.
        #expect(values("Contact Victoria Office (victoria@acme.com)", .person).isEmpty)
        #expect(values("Questions? Email Austin Support (austin@acme.com).", .person).isEmpty)
        #expect(values("Apply for a Grant (grants@foundation.org)", .person).isEmpty)
    }

    @Test func teamsAndDesksNamedByOneWord() {
        #expect(values("owner: Deal Desk", .person).isEmpty)
        #expect(values("reviewed in weekly Deal Review (Thursdays)", .person).isEmpty)
        let crm = "Kontakt;Firma;E-Mail\nClaudia Steuer;Striebitz;pfoerster@googlemail.com"
        #expect(values(crm, .person) == ["Claudia Steuer"])
    }

    @Test func loginsWhoseKeyWasRefused() {
        #expect(values("ERROR SFTP: Auth fail (publickey) für export@sftp.steuerberater-portal.de", .email).isEmpty)
        #expect(values("harborline_ldn@srv-82.stevenson.com: Permission denied (publickey).", .email).isEmpty)
        // A mailbox on a line that only mentions ssh or a denied permission is someone's.
        #expect(values("If you cannot ssh in, contact jane.doe@acme.com.", .email) == ["jane.doe@acme.com"])
        #expect(
            values("User anna.schmidt@firma.de: permission denied to /reports", .email) == ["anna.schmidt@firma.de"]
        )
        #expect(values("command: sftp -i ~/.ssh/robot_export_rsa rxexport@laptop-09.brown.com", .email).isEmpty)
        // Someone's address on a line that only mentions a refused key is still theirs.
        let keygen = "fails with \"Permission denied (publickey)\". I made it with ssh-keygen -C \"rpugh@wood.com\"."
        #expect(values(keygen, .email) == ["rpugh@wood.com"])
    }

    @Test func signedByAGivenNameThatIsAWord() {
        // (`au nom de` names a firm as often: `La facture est au nom de Renault`.)
        #expect(values("La facture est au nom de Renault.", .person).isEmpty)
        #expect(values("Operative signature: April\nTenant signature: Brown", .person) == ["April", "Brown"])
        #expect(values("Status: Will", .person).isEmpty)
    }

    @Test func citizensOfficeRecordsAndTickets() {
        let row = "Sample row from the list: Douglas Thompson - 1947/05/30 - 01632 960 365 - passport"
        #expect(values(row, .dateOfBirth) == ["1947/05/30"])
        #expect(values("Familienname: Schottin\nVorname(n): Urban", .person) == ["Schottin", "Urban"])
        #expect(values("Ouvert par : Margaud Bailly (support niveau 2)", .person) == ["Margaud Bailly"])
        #expect(values("Klaus-Ulrich Stiebitz bittet um einen Termin.", .person) == ["Klaus-Ulrich Stiebitz"])
        // An office (`-amt`) is nobody.
        #expect(values("To: Buergeramt Mitte - Meldewesen", .person).isEmpty)
    }

    @Test func serviceDeskRotasAndSteps() {
        let rota = "Day\tOn call\tBackup\tMobile\nMon\tPatrick\tSandra\t(594)601-3967\nTue\tPatrick\tBenjamin\t"
        #expect(values(rota, .person) == ["Patrick", "Sandra", "Patrick", "Benjamin"])
        // A palette's primary and secondary colours are no people.
        #expect(values("Brand,Primary,Secondary\nAcme,Navy,Coral\nBloom,Rose,Olive", .person).isEmpty)
        // A CI step's or an automation task's name is no person's; a YAML list of people is.
        #expect(values("      - name: Lint\n        run: pwsh -c Invoke-Lint", .person).isEmpty)
        #expect(values("- name: Install Zabbix\n  apt:\n    name: zabbix-agent", .person).isEmpty)
        #expect(values("  - name: Jane Doe\n    email: jane@acme-tools.com", .person) == ["Jane Doe"])
        #expect(values("ACM-LT-0141\tDell Latitude 5420\t13/03/2021", .person).isEmpty)
        #expect(values("team:\n  - name: April Ludgate\n    id: 7", .person) == ["April Ludgate"])
    }

    @Test func secondReviewsLookAlikes() {
        // Remote logins after a prompt, a bullet or a word, with options between; prose after `ssh` is none.
        #expect(values("ops@laptop-89:~$ ssh deploy@web-39.corp.com", .email).isEmpty)
        #expect(values("1. ssh deploy@web-39.corp.com", .email).isEmpty)
        #expect(values("Run ssh deploy@web-39.corp.com to connect.", .email).isEmpty)
        #expect(values("ssh -i ~/.ssh/key -p 2222 deploy@web-39.corp.com", .email).isEmpty)
        #expect(values("deploy@web-1.corp.com: Permission denied (password).", .email).isEmpty)
        #expect(
            values("Please ssh into build-01 and then notify maria.garcia@gmail.com", .email) == [
                "maria.garcia@gmail.com"
            ]
        )
        // One-word fields beside one another are no chat.
        #expect(values("Invoice: Sent\nBill: Paid\nGrant: Approved", .person).isEmpty)
        #expect(values("Mai: can you check the logs?\nTom: sure", .person) == ["Mai", "Tom"])
        // Family names written with capitals inside after a known given name.
        #expect(values("Best,\nDana VanDerBerg", .person) == ["Dana VanDerBerg"])
        #expect(values("Cheers,\nLauren McKENZIE", .person) == ["Lauren McKENZIE"])
        // A log's dates between dashes; a random id near a vault.
        #expect(values("2007-11-02 - jdoe@kernel.org - initial import", .dateOfBirth).isEmpty)
        #expect(values("jane.doe@gmail.com - 2005-06-01 - account created", .dateOfBirth).isEmpty)
        #expect(values("Vault request id 4jk2m9x7q1w3e5r8t0y2u4i6o8p1a3s5 failed", .genericSecret).isEmpty)
        // A role before the owner of an address; a file's noun inside a sentence.
        #expect(values("Ansprechpartner Vertrieb Chelsea (chelsea@acme-corp.com)", .person) == ["Chelsea"])
        #expect(values("Statut : Dossier Renault, en attente de pièces.", .person).isEmpty)
        #expect(values("3. Grenzfall Kuhl: fehlendes Modulhandbuch", .person) == ["Kuhl"])
    }

    @Test func dealershipChatsAndColumns() {
        let chat = "#it-support\nPaige 09:12  does anyone have the login?\nGlenn 09:31  guys please stop"
        #expect(values(chat, .person) == ["Paige", "Glenn"])
        // A calendar's entries are no chat.
        #expect(values("Standup 09:00  daily sync\nReview 10:00  sprint review", .person).isEmpty)
        let bookings = "booking_id,customer_name,vehicle,salesperson\nPF-3301,Jenna Davenport,ID.4 Pro,Foster"
        #expect(values(bookings, .person) == ["Jenna Davenport", "Foster"])
        let appraisals =
            "| Appraisal | Customer | Vehicle | Appraiser |\n|---|---|---|---|\n| BW-2291 | Michael Martin | BMW 320d | Ramos |"
        #expect(values(appraisals, .person) == ["Michael Martin", "Ramos"])
    }

    @Test func aLegalFormWrittenAsAWordOpensAName() {
        // `Se` (SE, Societas Europaea) before another capitalised word opens a name, as it did where the fuzzer found
        // masking expose one (`Fuzz/Regressions/legal-form-opening-a-name.bin`); `AG`, `& Co` still end a firm's.
        let text = "ubs MAZu Se Zq Sx Zu Se Zn SS u"
        var table = PseudonymTable()
        let masked = Redactor(default: .mask).scanAndRedact(text, scanner: PIIScanner(), pseudonyms: &table)
        #expect(PIIScanner().scan(masked.text).isEmpty)
        #expect(values("Please ask Anna Weber at Siemens AG about it.", .person) == ["Anna Weber"])
        #expect(values("Contact: Becker & Co, Hamburg", .person).isEmpty)
    }

    @Test func aVersionBeforeAHeadingsDash() {
        #expect(values("Crew Connect 14.13.16.8 - release notes\nBuild: 8f2c", .ipAddress).isEmpty)
        #expect(values("Teller Desktop 10.18.17.15 – rollout plan", .ipAddress).isEmpty)
        // A host's word before the number keeps it an address.
        #expect(values("ssh 10.0.0.5 build server", .ipAddress) == ["10.0.0.5"])
        #expect(values("please connect 10.20.30.40 - release notes are on it", .ipAddress) == ["10.20.30.40"])
    }
}
