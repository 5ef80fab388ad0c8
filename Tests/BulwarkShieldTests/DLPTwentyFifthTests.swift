import BulwarkShield
import Testing

/// Cases from the twenty-fifth session: what the blind sets' leaks and false alarms have in common (read in the sets
/// `evals/templates/176-` and `178-blind-final.txt`), and the look-alikes the rules must not take.
@Suite("PII scanner: rotas, offices addressed, cars")
struct DLPTwentyFifthTests {
    @Test func givenNamesAfterAShiftsHours() {
        let rota = """
            FRONT DESK - WEEK 6
            Mon  08-16 Michael / Leslie     16-00 Joshua
            Tue  08-16 Thomas             16-00 Chris / Eric
            """
        #expect(values(rota, .person) == ["Michael", "Leslie", "Joshua", "Thomas", "Chris", "Eric"])
        #expect(values("Sat 22-06 Jonas, Mon 06-14 Michael", .person) == ["Jonas", "Michael"])
        #expect(values("| 06:00-14:00 | Priya |", .person) == ["Priya"])
        // Scores, years and groups are no shifts, and only given names take them.
        #expect(values("Result: Arsenal 2-1 Chelsea", .person).isEmpty)
        #expect(values("Final 12-10 Chelsea", .person).isEmpty)
        #expect(values("Career: 1998-2004 Jordan", .person).isEmpty)
        #expect(values("Mon 08-16 Sales / Marketing", .person).isEmpty)
    }

    @Test func officesAddressedAndOfficesActing() {
        #expect(values("Dear Registrar,\n\nPlease find", .person).isEmpty)
        #expect(values("Dear Instructor,\n\nThis letter", .person).isEmpty)
        #expect(values("Dear ISSS,\n\nMy passport expired", .person).isEmpty)
        // A given name in capitals and a given name that is a word still greet someone.
        #expect(values("Dear JOHN,", .person) == ["JOHN"])
        #expect(values("Dear Grace,", .person) == ["Grace"])
        #expect(values("It's for a one-off list the Dean asked for.", .person).isEmpty)
        #expect(values("Late reply; Dean asked for the list.", .person) == ["Dean"])
    }

    @Test func relativesAndStaffBeforeAGivenName() {
        #expect(values("bring the trade-in sheet. Spouse Michael will be there.", .person) == ["Michael"])
        #expect(values("Logged by night porter Dawn - contractor called", .person) == ["Dawn"])
    }

    @Test func aGivenNameThatIsAWordSpeakingInAChatOfKnownSpeakers() {
        let chat = """
            Kathy Sanders 09:03
            my login is locked again
            Amber (IT) 09:05
            ok, what's your workstation?
            Kathy Sanders 09:07
            SVC-DESK-03
            """
        #expect(values(chat, .person) == ["Kathy Sanders", "Amber", "Kathy Sanders"])
        // (An agenda's entries are no speakers.)
        #expect(values("Keynote 09:00\nLunch 12:00\nAmber 13:00\nWrap-up 14:00", .person).isEmpty)
    }

    @Test func carsAndTheirDealers() {
        #expect(values("I bought the blue Kia Telluride from you guys", .person).isEmpty)
        #expect(values("const STORES = [{name: \"Lakeside Ford\"}, {name: \"Lakeside Kia\"}]", .person).isEmpty)
        #expect(values("Kia Johnson called about the invoice.", .person) == ["Kia Johnson"])
        #expect(values("Harrison Ford was there. Betty Ford said hi.", .person) == ["Harrison Ford", "Betty Ford"])
    }

    @Test func familyNameFirstBeforeARoleInParentheses() {
        let list = "Occupants : Lefèvre Sophie (locataire), Garnier Paul (garant)"
        #expect(values(list, .person) == ["Lefèvre Sophie", "Garnier Paul"])
        // Places named like people and abbreviated posts are not read so.
        #expect(values("Location: Lake Darren (hybrid, 3 days in office)", .person).isEmpty)
        #expect(values("center Madison Velez, AR Gabriel (need a second one)", .person) == ["Madison Velez"])
    }

    @Test func breedsAreNoPeople() {
        #expect(values("Patient: Hazel (Canine, Golden Retriever, 3y)", .person).isEmpty)
        #expect(values("Owner: Sandra Miller\nBreed: Border Collie", .person) == ["Sandra Miller"])
    }

    @Test func fieldsOfARecordAreNoSpeakers() {
        #expect(values("Line: Kingsmere - Portbridge (all lines)\nWorks: Track renewal", .person).isEmpty)
        // Among speakers a given name that is a word still speaks.
        #expect(values("Will: can you check the logs?\nApril: will do", .person) == ["Will", "April"])
    }

    @Test func thingsNamedAfterPeopleOrdersAndTickets() {
        #expect(values("- Bradford factor 304, over trigger.", .person).isEmpty)
        #expect(values("- Bradford to chase the supplier", .person) == ["Bradford"])
        #expect(values("Check this vendor invoice against PO 2024-7710 and tell me", .phone).isEmpty)
        // A ticket's `pass` names no value past a comma; a Wi-Fi pass still does in its clause.
        #expect(values("my monthly pass, the, uh, the reference is RF-19204. I put", .password).isEmpty)
        #expect(values("the wifi pass for guests is LNLVW225*TZO", .password) == ["LNLVW225*TZO"])
    }

    @Test func whoSpeaksForADesk() {
        #expect(values("IT Service Desk (Sue)  8:01 AM\nHi Leslie, I can help.", .person) == ["Sue", "Leslie"])
        #expect(values("[19:02] Roster Office (Darren): reminder all swaps", .person) == ["Darren"])
        // A meeting's note in parentheses is no one.
        #expect(values("Sprint Review (Planning)  10:00", .person).isEmpty)
        // French names a firm by its role and a family name in parentheses.
        #expect(values("Nous attendons le fournisseur (Robin) pour la livraison.", .person).isEmpty)
    }

    @Test func clausesSignaturesAndQuotedSignOffs() {
        let note = "- Open escalation on invoice rounding (ticket 60112), Veronica is frustrated about it"
        #expect(values(note, .person) == ["Veronica"])
        #expect(values("KW 18: Liesa (mobil +49 176 5894712), Vertretung Zeynep", .person) == ["Liesa", "Zeynep"])
        let signed = "Please don't send me another template.\n\nMichael\n\n--\nMelissa Porter | Head of Revenue"
        #expect(values(signed, .person) == ["Michael", "Melissa Porter"])
        let quoted = "\"Accounts payable needs your tax ID, is this what you need? - William\""
        #expect(values(quoted, .person) == ["William"])
        #expect(values("Title: \"Great Expectations - Charles\"", .person).isEmpty)
    }

    @Test func networkKeysAfterAHostAndNumbersUnderAQuotedKey() {
        let radius = " radius-server host 172.16.4.20 auth-port 1812 acct-port 1813 key h4j8k2l9m3n7b5v1"
        #expect(values(radius, .genericSecret) == ["h4j8k2l9m3n7b5v1"])
        #expect(values("cache miss for key 8f14e45fceea167a5a36dedd4bea2543", .genericSecret).isEmpty)
        #expect(values("{\"invoice_number\": \"948619688\", \"amount\": \"$3369.39\"}", .phone).isEmpty)
        #expect(values("{\"phone\": \"0235162555\"}", .phone) == ["0235162555"])
        #expect(values("matricule 30552, tél. 0235162555", .phone) == ["0235162555"])
    }

    @Test func partiesOfLegalMattersAndFileReferences() {
        let sale = "Objet : Vente Navarro / Guillaume – compromis et conditions suspensives"
        #expect(values(sale, .person) == ["Navarro", "Guillaume"])
        #expect(values("Objet : Vente Clerc / Bertin – compromis", .person) == ["Clerc", "Bertin"])
        #expect(values("Vente Flash / Promo – été", .person).isEmpty)
        #expect(values("Our ref: CONV/24/0871/Cooper\nFebruary 08, 2026", .person) == ["Cooper"])
        #expect(values("See /usr/share/Hall for details", .person).isEmpty)
        #expect(values("Wir melden uns in Sachen Datenschutz.", .person).isEmpty)
    }

    @Test func sqlCaseFunctionsRolesAndSomeoneOfThatName() {
        let sql = "WHERE lower(last_name) = lower('Reynolds') AND lower(first_name) = lower('Kimberly');"
        #expect(values(sql, .person) == ["Reynolds", "Kimberly"])
        #expect(values("Responsible attorney: Adams\nNotes: client states", .person) == ["Adams"])
        #expect(values("my landlord's lawyer, a Melissa Phelps, sent me a letter", .person) == ["Melissa Phelps"])
        // After other articles the words still name a thing.
        #expect(values("I bought a Victoria Beckham dress", .person).isEmpty)
        #expect(values("Signé : Camille Maréchal", .person) == ["Camille Maréchal"])
    }

    @Test func placesInADepotsColumn() {
        let csv = "driver_id,last_name,first_name,terminal,phone\nD-10442,Chavez,Randall,Reno,424-670-6900"
        #expect(values(csv, .person) == ["Chavez", "Randall"])
    }

    @Test func aLogsComponentBeforeAHostIsNoSpeaker() {
        #expect(values("[2024-03-01 10:02:11.123] Ferguson: relay-2.corp.local, retry in 5 min", .person).isEmpty)
        #expect(values("[2024-03-01 10:02:11] Ferguson: la base est lente", .person) == ["Ferguson"])
    }

    @Test func aFamilyNameInARotaWhoseRowAndColumnNamePeople() {
        let rota = "| Day | Early | Late |\n|---|---|---|\n| Mon | Sarah | Thompson |\n| Tue | Kevin | Priya |"
        #expect(values(rota, .person) == ["Sarah", "Thompson", "Kevin", "Priya"])
        let things = "| Day | Early | Late |\n|---|---|---|\n| Mon | Sarah | Pharmacy |\n| Tue | Kevin | Priya |"
        #expect(values(things, .person) == ["Sarah", "Kevin", "Priya"])
    }

    @Test func shiftsUntilClosingMapsAndCredentialPairs() {
        let rota = "Wed  Martha 11-7 | Jennifer 4-close | Cory 5-close"
        #expect(values(rota, .person) == ["Martha", "Jennifer", "Cory"])
        #expect(values("Fix 4-close the ticket", .person).isEmpty)
        #expect(values("Wed: Martha 11am-7pm, Jennifer 4pm-close", .person) == ["Martha", "Jennifer"])
        #expect(values("Open Monday 9am-5pm", .person).isEmpty)
        #expect(values("smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd", .password).isEmpty)
        let sasl = "[smtp.office365.com]:587 beth48@townsend.com:HpnsQ779#gTp"
        #expect(values(sasl, .password) == ["HpnsQ779#gTp"])
        #expect(values(sasl, .email) == ["beth48@townsend.com"])
        #expect(values("jane@corp.com:8080 and jane@corp.com: Hello there", .password).isEmpty)
        #expect(values("mynetworks = 127.0.0.0/8 214.111.225.2/32", .ipAddress) == ["214.111.225.2/32"])
    }

    @Test func someoneToReachAtANumber() {
        #expect(values("Call Curtis at 288.222.4013 if running late.", .person) == ["Curtis"])
        #expect(values("Please text Priya Shah on +44 7700 900123 today.", .person) == ["Priya Shah"])
        #expect(values("Call Center at 800 555 0100", .person).isEmpty)
    }

    @Test func accountsOfRemoteCommandsAndOwnersInListings() {
        #expect(values("$ ssh -i ~/.ssh/lab_key Mia@10.2.3.4", .person) == ["Mia"])
        #expect(values("ssh deploy@10.2.3.4 and ssh jane.doe@build.corp.io", .person) == ["jane.doe"])
        #expect(values("Please email mia@corp.com", .person).isEmpty)
        let listing = """
            -rw-------  1 Mia  staff  464 Mar  3 10:22 id_ed25519
            drwxr-xr-x  5 root wheel  160 Mar  3 10:22 etc
            -rw-r--r--  1 deploy deploy 12 Mar 3 app.log
            """
        #expect(values(listing, .person) == ["Mia"])
    }

    @Test func reviewedLookAlikesAndVariants() {
        // Passwords, phones and secrets.
        #expect(values("the wifi pass, for guests, is LNLVW225*TZO", .password) == ["LNLVW225*TZO"])
        #expect(values("my monthly pass - the reference is RF-19204.", .password).isEmpty)
        #expect(values("Acme Ltd | PO Box 2231 | 805-555-0199", .phone) == ["805-555-0199"])
        #expect(values("jane.doe@acme.com:Jane:Doe:Sales", .password).isEmpty)
        #expect(values("Moved to jane@corp.com:INBOX/Projects-2024", .password).isEmpty)
        #expect(values("jsmith@acme.com:summer2024", .password) == ["summer2024"])
        let cisco =
            "radius-server host 10.1.1.1 auth-port 1645 acct-port 1646 timeout 5 retransmit 3 key h4j8k2l9m3n7b5v1"
        #expect(values(cisco, .genericSecret) == ["h4j8k2l9m3n7b5v1"])
        #expect(values("radius-server host RADIUS01 auth-port 1812 key h4j8k2l9m3n7b5v1", .genericSecret).count == 1)
        #expect(values("{\"invoice_number\":\"948619688\"}", .phone).isEmpty)
        #expect(values("invoice_number: \"948619688\"", .phone).isEmpty)
        #expect(values("{\"order\": 1, \"phone\": \"0235162555\"}", .phone) == ["0235162555"])
        // People.
        #expect(values("Agent: Thanks for contacting us\nWill: hi, my card was declined", .person) == ["Will"])
        #expect(values("Die Anna hat angerufen.", .person) == ["Anna"])
        #expect(values("Dear PATEL,\n\nThank you", .person) == ["PATEL"])
        #expect(values("My name is NGUYEN and I need help", .person) == ["NGUYEN"])
        #expect(values("Gestern hat Anna Hase angerufen.", .person) == ["Anna Hase"])
        let sites = "| Site | Site Lead | Go-live |\n|---|---|---|\n| Leeds | Dana Whitfield | 03/04 |"
        #expect(values(sites, .person) == ["Dana Whitfield"])
        #expect(values("Warden said the room is ready.", .person) == ["Warden"])
        #expect(values("NHS IT Service Desk (Sue)  8:01 AM\nHi, I can help.", .person) == ["Sue"])
        #expect(values("Occupants : LEFÈVRE Sophie (Locataire), GARNIER Paul (garant)", .person).count == 2)
        // Meetings, firms and rooms.
        #expect(values("All Hands (Austin)  9:00 AM\nTeam Lunch (Madison)  12:30 PM", .person).isEmpty)
        #expect(values("Acquisition Morgan / Stanley – due diligence", .person).isEmpty)
        #expect(values("Rooms booked:\n10:00-11:00 Victoria\n11:00-12:00 Albert", .person).isEmpty)
    }
}
