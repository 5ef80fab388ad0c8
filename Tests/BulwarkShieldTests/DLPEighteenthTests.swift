import BulwarkShield
import Testing

/// Cases from the eighteenth session's blind sets (`evals/templates/65-blind-final.txt` to `74-blind-final.txt`, less
/// the unread 66, 69 and 72; scored before they were read): chat lines with a time and what was said, speakers of chats
/// copied without times, questions about someone, particles after a name, case captions, network configuration keys, a
/// phone after `in case of`, a passport's column beside a name holding `Tin`, fields and firms that are no people —
/// each with the look-alike it must not take.
@Suite("PII scanner: chat lines, questions, particles, configuration keys")
struct DLPEighteenthTests {
    @Test func chatLinesWithTimeAndWhatWasSaid() {
        let french = "#labo-lims\nLaure 08:47 — le LIMS ne répond plus\nAgathe 08:49 — pareil ici\nMargaud 08:55 — ok"
        #expect(values(french, .person) == ["Laure", "Agathe", "Margaud"])
        let slack = "#lims-ops\nZachary  10:02  disk at 97%\nAustin  10:03  on it.\nZachary  10:05  thanks"
        #expect(values(slack, .person) == ["Zachary", "Austin", "Zachary"])
        let nextLine = "Laure  10:02\nle ENT est en panne\nNath  10:05\nje vois\nAgathe  10:06\nmoi aussi"
        #expect(values(nextLine, .person) == ["Laure", "Nath", "Agathe"])
        // An agenda, a world clock and a time range name no one.
        #expect(values("Keynote 09:00 — main hall\nLunch 12:00 — catered", .person).isEmpty)
        #expect(values("Anna 09:00 — welcome\nKeynote 09:30 — main hall", .person) == ["Anna"])
        #expect(values("Florence 15:00 — check-in at the hotel\nPisa 18:00 — dinner", .person).isEmpty)
        #expect(values("Keynote  09:00\nLunch  12:00", .person).isEmpty)
        #expect(values("Austin  10:03\nLondon  16:03", .person).isEmpty)
        #expect(values("Begrüßung 09:00 – 09:15\nMittagessen 12:00 — Kantine", .person).isEmpty)
    }

    @Test func speakersWithStampsLoginsAndOpeningAdverbs() {
        #expect(values("can you check?\n\nRicky  2026-07-29T21:04:11Z\nthe deploy failed", .person) == ["Ricky"])
        #expect(values("Camille — 2026-05-01T09:12:44\nle job a planté", .person) == ["Camille"])
        let log = "An account was successfully logged on. Account: Brandon.Johnson  Source Network Address: 10.0.0.9"
        #expect(values(log, .person) == ["Brandon.Johnson"])
        #expect(values("Account: admin\nAccount: Savings Plus", .person).isEmpty)
        #expect(values("refused (client 10.2.7.31, user=Amanda.Melton)\n    at x", .person) == ["Amanda.Melton"])
        #expect(values("login(user=admin) and user=app.service", .person).isEmpty)
        #expect(values("DB_USER=rand_app\ndb_user = export_ro\nuser=\"soc_ro\"", .person).isEmpty)
        #expect(values("ok.\n\nAlso Jennifer at the front desk needs a badge", .person) == ["Jennifer"])
        #expect(values("But Chelsea won the game", .person).isEmpty)
        let visits = "\"Name\",\"Arrival\",\"Host PI\"\n\"Sanders, Travis\",\"2024-10-14\",\"Simpson\"\n"
        #expect(values(visits, .person) == ["Sanders, Travis", "Simpson"])
        #expect(values("welche Daten wir ihm laut Art. 15 DSGVO schulden", .person).isEmpty)
        #expect(values("laut Sabine ist das ok", .person) == ["Sabine"])
    }

    @Test func speakersWithoutTimes() {
        let chat = "#noc\nTerri  ack, looking\nJennifer  I'll update the status page."
        #expect(values(chat, .person) == ["Terri", "Jennifer"])
        #expect(values("Nevada  SITUATION SUMMARY\nAll quiet.", .person).isEmpty)
        #expect(values("German  fluent\nFrench  basic", .person).isEmpty)
    }

    @Test func questionsAboutSomeone() {
        #expect(values("George 07:47\nOh. Weiß Liane schon Bescheid?", .person) == ["George", "Liane"])
        #expect(values("Hat Sabine das Ticket?", .person) == ["Sabine"])
        #expect(values("Can Ashley check the logs?", .person) == ["Ashley"])
        #expect(values("Will Smith said so.", .person) == ["Will Smith"])
        // A product, a place: no one asked about.
        #expect(values("Can Jenkins run this?", .person).isEmpty)
        #expect(values("Is Paris open on Sundays?", .person).isEmpty)
    }

    @Test func particlesAfterNamesAndPeopleBorn() {
        let family = "Wasser aus der Wohnung darüber (Familie Dussen van). Außerdem klemmt die Tür."
        #expect(values(family, .person) == ["Dussen van"])
        #expect(values("Mit freundlichen Grüßen\nAntonia Dussen van\nBuchhaltung", .person) == ["Antonia Dussen van"])
        #expect(values("We met Peter van der Berg yesterday.", .person) == ["Peter van der Berg"])
        let born = "Teilnehmer:\n- Eitel Röhrdanz, geb. 03/08/90, DZ"
        #expect(values(born, .person) == ["Eitel Röhrdanz"])
        #expect(values("- Build Server, born 2019, retired", .person).isEmpty)
        #expect(values("Sehr geehrte Damen und Herren,\n\nmein Kind Tomasz, Klasse 9d, fehlt.", .person) == ["Tomasz"])
    }

    @Test func partiesOfCaseCaptions() {
        let calendar = "8:30\tCV-2024-01187\tFerguson v. Young\tmotion\n9:00\tIn re Marriage of Jackson\tRFO"
        #expect(values(calendar, .person) == ["Ferguson", "Young", "Jackson"])
        #expect(values("Not before 2pm: PTPH in R v Hart, defendant in person", .person) == ["Hart"])
        // Firms and teams as parties, and `v.` between words.
        #expect(values("Martinez v. Gilbert Group LLC", .person) == ["Martinez"])
        #expect(values("Page-Campbell v. George and Sons.", .person).isEmpty)
        #expect(values("Squad v Lake Kenneth Town (KO 3pm)", .person).isEmpty)
        #expect(values("feature v. bug, which first?", .person).isEmpty)
    }

    @Test func keysOfNetworkConfiguration() {
        let radius =
            "aaa authentication-server radius \"NPS\"\n   host 10.1.2.3\n   key e2fh9vhr1jynsnd2ak3md2duj00d10p3\n"
        #expect(values(radius, .genericSecret) == ["e2fh9vhr1jynsnd2ak3md2duj00d10p3"])
        let ike = "crypto isakmp key 63y6p33do08z72dg9twbu5xtki4o8iq5 address 194.53.98.105"
        #expect(values(ike, .genericSecret) == ["63y6p33do08z72dg9twbu5xtki4o8iq5"])
        // In prose without a verb, and keys that are no secrets.
        #expect(values("the key e2fh9vhr1jynsnd2ak3md2duj00d10p3", .genericSecret).isEmpty)
        #expect(values("public key MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE", .genericSecret).isEmpty)
        #expect(values("primary key 0d4f2a9e8b7c6d5e4f3a2b1c0d9e8f7a", .genericSecret).isEmpty)
        #expect(values("cache miss for key 8f14e45fceea167a5a36dedd4bea2543", .genericSecret).isEmpty)
        #expect(values("duplicate key 8f14e45fceea167a5a36dedd4bea2543 in index", .genericSecret).isEmpty)
        // A scheme inside a quoted value is no part of the secret.
        let bearer = "auth=\"Bearer 8f7d6e5c4b3a29180f7e6d5c4b3a2918aa\""
        #expect(values(bearer, .genericSecret) == ["8f7d6e5c4b3a29180f7e6d5c4b3a2918aa"])
    }

    @Test func fieldsGroupsAndFirmsAreNoPeople() {
        #expect(values("Name: Craig, Danielle\nRole: Junior Copywriter", .person) == ["Craig, Danielle"])
        #expect(values("Plattform: Google Ads\nGewünschte Rolle: Standardzugriff", .person).isEmpty)
        #expect(values("Impact: short drops\nKit: email-74.example.com replacing core-2", .person).isEmpty)
        #expect(values("Tél. : 0222187634\nMél : egauthier@legendre.fr", .person).isEmpty)
        #expect(values("Arrivée : Montréal\nVille de départ : Saint-Malo", .person).isEmpty)
        #expect(values("Dear Investigators and Study Coordinators,\n\nThe central lab moved.", .person).isEmpty)
        #expect(values("      MOODLE_SITE_NAME: \"Teacher Training Sandbox\"", .person).isEmpty)
        #expect(values("Date : 20/02/2022\nClient : Atelier Boréal, à l'attention de", .person).isEmpty)
        #expect(values("paid social on Meta + TikTok, no Snapchat", .person).isEmpty)
        #expect(values("5 stories pour la marque Evrard, puis la campagne Lucas", .person).isEmpty)
        #expect(values("letzte Gabe am 2022-03-03, Kit-Nr. 51188", .person).isEmpty)
        #expect(values("Hub firmware 11.5.5.0, WAN IP 172.19.203.127", .person).isEmpty)
        #expect(values("The lab is open on Tuesdays and Thursdays.", .person).isEmpty)
        #expect(values("study with Dobson-Evans, kick-off 25.04.2022", .dateOfBirth).isEmpty)
        #expect(values("retour des bornes de retour prévue le 15.01.2020", .dateOfBirth).isEmpty)
        #expect(values("born 12.03.1980", .dateOfBirth) == ["12.03.1980"])
        #expect(values("Nothing changed except bumping Node.\n\nRun started 2026-01-02T08:02:53Z", .person).isEmpty)
        #expect(values("Plan:\n4. SI : migration Zoom en version 1.2", .person).isEmpty)
        #expect(values("abc 502 Bad Gateway from db-74.example.net", .streetAddress).isEmpty)
        #expect(values("12 Gateway Road, London", .streetAddress) == ["12 Gateway Road"])
        #expect(values("[09:00] Sara: ok\n10.05.2024 Priya: done", .person) == ["Sara", "Priya"])
        #expect(values("22. April 2024 – Emily: Kunde auf 7.1", .person) == ["Emily"])
        #expect(values("DOBSON, MARK 12.03.1980", .dateOfBirth).isEmpty)
        // People still: a speaker whose label opens with a given name, names in capitals, a birth date's label.
        #expect(values("Jonathon Plan: Stratus is late", .person) == ["Jonathon Plan"])
        #expect(values("PATIENT: ANN LEE", .person) == ["ANN LEE"])
        #expect(values("Sara: e.g. the router\nMark: ok", .person) == ["Sara", "Mark"])
        #expect(values("Sara: Node.js is down\nTom: v2.3.1 is out", .person) == ["Sara", "Tom"])
        #expect(values("DOB: 01/02/1990", .dateOfBirth) == ["01/02/1990"])
        let agents = "request_id,status,agent\n884718279,PENDING,Brady\n314150927,COMPLETE,Pamela\n"
        #expect(values(agents, .person) == ["Brady", "Pamela"])
        let alumni = "\"Nom, Prénom\";Adresse;Entreprise actuelle\n\"Guibert, Alix\";\"3, rue Ribeiro\";Jacquet\n"
        #expect(values(alumni, .person) == ["Guibert, Alix"])
    }

    @Test func namesFoundTwiceLabelsAndIntroductions() {
        let chat =
            "Margaud 08:47 — le LIMS\nThibault 08:56 — saisie papier, Margaud les ressaisira\nMargaud 09:30 — ok\n"
            + "Laure 09:31 — merci"
        #expect(values(chat, .person) == ["Margaud", "Thibault", "Margaud", "Margaud", "Laure"])
        #expect(values("Registrant Name: Registration Private\nThe Registration Private record", .person).isEmpty)
        #expect(values("Responsable 2 : Arnaude Mendès, tél. 02 14 34 76 18", .person) == ["Arnaude Mendès"])
        #expect(values("Titulaire du compte : Arnaude Mendès\nIBAN : FR50", .person) == ["Arnaude Mendès"])
        #expect(values("Date: October 03, 2022\nRep: Troy\nRequest: replace the router", .person) == ["Troy"])
        #expect(values("Responsable : Service informatique", .person).isEmpty)
        #expect(values("Übernahme der Betreuung von Natalie ab Montag", .person) == ["Natalie"])
        #expect(values("Das Schloss von Anhalt liegt oben.", .person).isEmpty)
        #expect(
            values("Ticket offen\nHeinz-Joachim: @Natali hast du das gesehen?", .person) == ["Heinz-Joachim", "Natali"]
        )
        #expect(values("I am Kym Hartley from IT", .person) == ["Kym Hartley"])
        #expect(values("Surname: Baker\nGiven name: Sabine", .person) == ["Baker", "Sabine"])
        #expect(values("Name: Sales\nNom : Sales", .person).isEmpty)
        #expect(values("Mittwoch Nachmittag: Cathleen, Fahrdienst mit dem Bus", .person) == ["Cathleen"])
        let present = values("present: Rebecca, Guy, Mr Reece Bennett", .person).joined(separator: " | ")
        #expect(present.contains("Rebecca") && present.contains("Guy") && present.contains("Reece Bennett"))
        #expect(values("Gesellschaft: Henk, Sitz Ansbach", .person).isEmpty)
        #expect(values("Region: Victoria, Australia", .person).isEmpty)
        #expect(values("je suis Responsable Achats chez Dupont", .person).isEmpty)
    }

    @Test func phonesAndPassportsBesideOtherWords() {
        #expect(values("Emergency contact: Rodney Baldwin (spouse), 2105008550", .phone) == ["2105008550"])
        #expect(values("left a voicemail for the third reference (7837374378).", .phone) == ["7837374378"])
        #expect(values("Die Mutter ist unter 0062307986 erreichbar und", .phone) == ["0062307986"])
        // (Only right before `erreichbar`; a number further back is an order's.)
        #expect(values("Das Paket 12345678 ist erreichbar", .phone).isEmpty)
        #expect(values("Please bring the pallet count sheet for batch 4105008550", .phone).isEmpty)
        #expect(values("Nachname;Vorname;Mobil\nBeyer;Elzbieta;0057566703\n", .phone) == ["0057566703"])
        #expect(values("request_id,msisdn,status\n884718279,3629809642,OK\n", .phone) == ["3629809642"])
        let cell = "Michelle's cell in case of delays: 837.891.2759"
        #expect(values(cell, .phone) == ["837.891.2759"])
        #expect(values("Case: 5592529770 reopened", .phone).isEmpty)
        let passports = "name,passport_no,email\n\"Johnson, Tina\",393806013,tj@example.org\n"
        #expect(values(passports, .passport) == ["393806013"])
        #expect(values(passports, .usSSN).isEmpty)
        #expect(values("TIN 393806013", .usSSN) == ["393806013"])
    }
}
