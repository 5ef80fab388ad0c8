import BulwarkShield
import Testing

/// Cases from the sixth blind template set (`evals/templates/06-blind.txt`), scored before it was read: given names
/// standing alone inside a sentence, and four-part numbers with small parts, which are versions unless a word says
/// they are addresses — each with the look-alike it must not take.
@Suite("PII scanner: names alone and small dotted quads")
struct DLPSixthTemplateTests {
    @Test func givenNamesInsideASentence() {
        #expect(values("asked that escalations go through Kristen rather than directly", .person) == ["Kristen"])
        #expect(values("HR to contact Sophie via personal email", .person) == ["Sophie"])
        #expect(values("- Messe in Rottweil, Abstimmung mit Birthe\n- Budget bis Freitag", .person) == ["Birthe"])
        #expect(values("4. Divers : pot de départ pour Céline chez André.", .person) == ["Céline", "André"])
        #expect(values("Notes: Jill swapped with Jorge for the holidays", .person).contains("Jorge"))
        // The name is a person, and still no password.
        let sent = "I sent the password to Maria; password now expires after 90 days"
        #expect(found(sent).map(\.0) == [.person])
    }

    @Test func familyNamesSayingAndNamesAfterAPossessiveRelation() {
        #expect(values("Eastport still behind on returns; Miller thinks it's a staffing issue", .person) == ["Miller"])
        #expect(values("1. Point sur la migration Zoom : Gomez confirme la bascule", .person) == ["Gomez"])
        #expect(values("Mein Kollege Claas hat das gleiche Problem", .person) == ["Claas"])
        #expect(values("my colleague Xiomara will send it", .person) == ["Xiomara"])
        // A weekday, a capitalised phrase, a firm quoted as a source, a client's firm: no one.
        #expect(values("Herr Dr. Olaf Brandt übernimmt ab Montag übernimmt.", .person) == ["Olaf Brandt"])
        #expect(values("In this world Code Red writes his own rules", .person).isEmpty)
        #expect(values("Gartner says the market grew", .person).isEmpty)
        #expect(values("our client Acmetronics wants a demo", .person).isEmpty)
    }

    @Test func namesInLogsListsAndBullets() {
        #expect(values("leak acked\n2026-02-17T15:48:52.535885Z Audrey found deploy keys", .person) == ["Audrey"])
        #expect(values("Date: 2025-07-08\n\nWalker outlined the allegations", .person) == ["Walker"])
        let attendees = "Anwesend: Hermine Hölzenbecher, Clara Jacob, Ludwina Cichorius\nEntschuldigt: niemand"
        #expect(values(attendees, .person) == ["Hermine Hölzenbecher", "Clara Jacob", "Ludwina Cichorius"])
        #expect(values("- Kevin O'Neill pointed out the gap", .person) == ["Kevin O'Neill"])
        // A product in a bullet, a role after one name: no one.
        #expect(values("- Franklin Sync now retries on timeouts", .person).isEmpty)
        #expect(
            values("Mit Grüßen\nFrau Nathalie Kostolzin, Oberarzt Innere Medizin", .person) == ["Nathalie Kostolzin"]
        )
        #expect(values("> Direct: 7389836859", .phone) == ["7389836859"])
    }

    /// From the seventh blind set (`07-blind.txt`), scored before it was read.
    @Test func seventhSetCuesAndPositions() {
        #expect(values("Rufbereitschaft KW 14 – von Burghard an Valentine\n\n- Nacht", .person).contains("Valentine"))
        #expect(values("Patient/in: Schwital, Wieslaw   geb. 14.11.1960", .person) == ["Schwital, Wieslaw"])
        #expect(values("vllt beim nachbarn? der heißt Graf, da hab ich", .person) == ["Graf"])
        #expect(values("il s'appelle Baudry et il", .person) == ["Baudry"])
        #expect(values("Maître Margaud Baudry\nAvocat au Barreau", .person) == ["Margaud Baudry"])
        #expect(values("Chère Léa,\nmerci", .person) == ["Léa"])
        let board = "Present: Ann Dunn (CEO), Christian Miller (CFO), Green (NED, by video)"
        #expect(values(board, .person) == ["Ann Dunn", "Christian Miller", "Green"])
        // A family name continues a list only as a whole item (`Handy` is a family name and the German phone label).
        #expect(values("Er heißt Malte Jürgensen, Handy 0176 23418890.", .person) == ["Malte Jürgensen"])
        #expect(values("I confirm that Niamh Gallagher, born 3rd May", .person) == ["Niamh Gallagher"])
        #expect(
            values("the witness was a bloke from the garage, Patricia, didnt get his name", .person) == ["Patricia"]
        )
        #expect(values("09:23 Marion: wasn't me. Slater did a deploy at 9", .person) == ["Marion", "Slater"])
        #expect(values("Treffpunkt 8:30\nEkrem (Römer): super danke", .person) == ["Ekrem", "Römer"])
        #expect(values("Bielefeld, den 12/11/2020\nUnterschrift: Adelbert Gute", .person) == ["Adelbert Gute"])
        #expect(values("chaque participant recevra un coffret Yves Rocher et un bon", .person).isEmpty)
        #expect(
            values("Admin-Zugang ist noch aktiv: admin / gHaPi687%DwO – bitte sperren", .password) == ["gHaPi687%DwO"]
        )
        let emergency = "- Der Notfallzugang für den alten Jenkins ist noch aktiv: admin / gHaPi687%DwO – bitte sperren"
        #expect(values(emergency, .password) == ["gHaPi687%DwO"])
        // An AWS key id before the slash: the secret key is typed as such, not as a password.
        let aws = "the AWS creds you asked for: AKIAWNP6O4LRZLT6Q7ZV / l9CZgBrXJhEb8V5F1u1uPsHqIgtwaAtqkTIm97kM."
        #expect(found(aws).map(\.0) == [.awsAccessKey, .awsSecretKey])
        let table =
            "| # | Participant | DOB | Contact |\n|---|---|---|---|\n| S-04 | Donna Mcdonald | Aug 14, 1976 | 8244845936 |"
        #expect(values(table, .phone) == ["8244845936"])
    }

    @Test func seventhSetLookAlikes() {
        for text in [
            "CHG-20931 | Upgrade Slack to 3.5.16.2", "Till software moves to 18.19.5.11 overnight",
            "dîner au Café de Flore jugé trop cher", "meet at the Mall of America", "Dank an das Team Fontane aus Jena",
            "Prochain point : même heure, salle Jules Verne.", "Vol Air France Paris-CDG → Nice",
            "Objet : dossier\n\nCher Confrère,\n\nJe fais suite", #"{"vendor_name": "Alvarado Group"}"#,
            "künftig VW ID.4 oder Škoda Enyaq, keine Mercedes-Benz E-Klasse mehr",
        ] {
            #expect(found(text).isEmpty, "\(text)")
        }
    }

    /// From set 10 (`10-blind.txt`: the dev set's document kinds in new phrasings), scored before it was read.
    @Test func tenthSetSecretsPassportsPhonesAndSpeakers() {
        #expect(values("The secret on the server is v3ce62a9umvei4k2v4yvl1bkhoexydft.", .genericSecret).count == 1)
        #expect(values("das Secret ist d76fnhrg1skyhpo0j3p5qhoulpmfsirh", .genericSecret).count == 1)
        #expect(
            values("the key in config is zpk8dngk920gnzggpgf5u2bc5iq3sd2s - is that too short?", .genericSecret).count
                == 1
        )
        #expect(found("the primary key is user_id in this table; the key is in the drawer").isEmpty)
        #expect(values("Reisepass-Nr.: CMRTRHWXZ", .passport) == ["CMRTRHWXZ"])
        #expect(found("Passport: PENDING").isEmpty)
        // A number wholly in parentheses is read without them; an area code keeps its own.
        #expect(values("Kundin hat angerufen (04320906921), bitte zurück", .phone) == ["04320906921"])
        #expect(values("Emergency contact: Christopher Cook ((206) 652-0214)", .phone) == ["(206) 652-0214"])
        #expect(values("Bitte keine internen Details.\n\nThoralf (10:02): Login geht nicht", .person) == ["Thoralf"])
        #expect(values("Sprint Planning  10:00   room 4\nBuild (09:14): failed", .person).isEmpty)
        #expect(values("I'll swap in the backup. Humphreys, can you confirm?", .person) == ["Humphreys"])
        // An accented given name is no English word (`lea`).
        #expect(values("[10:05] Bastien Roux: et le portable de Léa c'est le bon", .person) == ["Bastien Roux", "Léa"])
        #expect(values("Dr. Anna Weber (Chefärztin), Innere Medizin", .person) == ["Anna Weber"])
    }

    /// From set 11 (`11-blind.txt`), scored before it was read.
    @Test func eleventhSetActionsColumnsAndLabels() {
        #expect(values("- action: Dixon to talk to the vendor", .person) == ["Dixon"])
        #expect(values("Wendy Lewis, HR\n\nMcDonald has confirmed the dates", .person) == ["Wendy Lewis", "McDonald"])
        #expect(values("Nachname;Vorname;E-Mail\nSchaaf;Irmengard;x@y.de", .person) == ["Schaaf", "Irmengard"])
        #expect(values("first_name,last_name\nRouter,Switch", .person).isEmpty)
        #expect(values("Reisende/r: Freia Hering\nGeb.-Datum: 23.01.1990", .person) == ["Freia Hering"])
        #expect(found("Avis d'expédition\nLovely to speak earlier!").isEmpty)
        // Eight groups and a port, unbracketed, in a mail log; nine decimal pairs are no address.
        let log = "status=deferred (connect to 2ed6:89ca:224c:274f:aed:3f8e:9f23:e125:25: Connection timed out)"
        #expect(values(log, .ipAddress) == ["2ed6:89ca:224c:274f:aed:3f8e:9f23:e125"])
        #expect(found("at 12:10:05:33:44:55:66:77:88 ok").isEmpty)
    }

    /// From set 12 (`12-blind.txt`, people mentioned every way), scored before it was read.
    @Test func twelfthSetAgentsSpeakersAndTables() {
        #expect(
            values("minutes were approved, proposed by Davies, seconded by Jones.", .person) == ["Davies", "Jones"]
        )
        #expect(found("written by Amazon; ask House a question").isEmpty)
        let chat = "[10:02] Raymond : quelqu'un peut demander\n[10:04] Guy : c'est bon, Germain a redémarré le service"
        #expect(values(chat, .person) == ["Raymond", "Guy", "Germain"])
        #expect(found("Elle a rappelé ce matin.").isEmpty)
        let rota = "| Name | Von | Bis |\n|---|---|---|\n| Buchholz, Hasso | 14/06/2024 | 16.02.2025 |"
        #expect(values(rota, .person) == ["Buchholz, Hasso"])
        #expect(found("| Product | Price |\n|---|---|\n| Widget, Large | 12 |").isEmpty)
        #expect(values("Rückfragen an Trainer Schmidt unter der Nummer", .person) == ["Schmidt"])
        // One word the lexicons lack signs after a closing phrase; a team or a department does not.
        #expect(values("Könntest du übernehmen?\n\nViele Grüße\nGerolf", .person) == ["Gerolf"])
        #expect(values("Bitte ruf mich zurück.\nGruß Hajo", .person) == ["Hajo"])
        #expect(found("Thanks, Support\n\nGruß Team").isEmpty)
        // A CSV field after a phone number is no decimal part of it (set 13).
        let crm =
            "id,full_name,email,phone,ssn\n1,Christina Casey,jjones@gmail.com,510-840-9016x103,763-04-7070,INV-2023-5914"
        #expect(values(crm, .usSSN) == ["763-04-7070"])
        #expect(found("Total: 1,763-2,000 units").isEmpty)
        // A quoted key in a subscript names a secret; a look-up that reads one is no value.
        #expect(values(#"app.config["SECRET_KEY"] = "j6lzu6s75vfg98swbu3hvp2o76disnu9""#, .genericSecret).count == 1)
        #expect(found(#"key = SETTINGS["api_key"]; x = os.environ["API_KEY"]"#).isEmpty)
        #expect(found("Thanks,\nSupport\n====\nCheers,\nDevops\n====\nBest,\nProcurement").isEmpty)
    }

    @Test func capitalsThatSayNothingOfAPerson() {
        // At a sentence's start a capital is no cue (French pronouns and greetings are given names too).
        #expect(values("Elle a rappelé ce matin.\n\nBonne journée,", .person).isEmpty)
        #expect(values("Agenda - 1) Cassandra migration 2) upgrade", .person).isEmpty)
        // Articles, products and languages named like people, firms named after someone, longer phrases.
        #expect(values("Customers in Winterside and the Victoria depots may see delays", .person).isEmpty)
        #expect(values("Can you compare this with Claude and translate it into German?", .person).isEmpty)
        #expect(values("Order through Warren and Sons or through Franklin's Bakery today", .person).isEmpty)
        #expect(values("the table called Aurora Desk Lamp is sold out", .person).isEmpty)
        #expect(values("install it with julia: using Emma_v2 and see Sophie-Bot docs", .person).isEmpty)
        #expect(values("Wir fahren über die Heide nach Hause", .person).isEmpty)
        // The second of a pair or a list after a capitalised word: a firm or a list decided elsewhere.
        #expect(values("Ben and Jerry's is a brand; Marks and Spencer too", .person).isEmpty)
        #expect(values("Suggest names for a cat: something like Milo, Luna or Oliver.", .person).isEmpty)
    }

    @Test func smallDottedQuadsAreVersions() {
        for text in [
            "app_1  | starting worker 19.10.14.7", "## 5.4.20.5 (April 01, 2026)",
            "deprecated legacy API (removal planned for 16.7.10.0)", "Starte Abrechnungsdienst 6.11.16.4 auf srv-26",
            "- Rollback prévu vers 6.11.14.12 si anomalie",
        ] {
            #expect(values(text, .ipAddress).isEmpty, "\(text)")
        }
    }

    @Test func smallDottedQuadsNamedAsAddresses() {
        for (text, ip) in [
            ("ssh 5.4.20.5 and check", "5.4.20.5"), ("client_ip=19.10.14.7 method=GET", "19.10.14.7"),
            ("X-Real-IP: 6.11.16.4", "6.11.16.4"), ("REMOTE_ADDR=13.19.10.0", "13.19.10.0"),
            ("allow 192.168.0.4,8.8.4.4 only", "8.8.4.4"), ("health check from 10.0.3.7 failed", "10.0.3.7"),
            ("resolver 8.8.8.8", "8.8.8.8"), ("Gateway: 4.12.3.1", "4.12.3.1"),
        ] {
            #expect(values(text, .ipAddress).contains(ip), "\(text)")
        }
        // Parts above 31 keep a number an address with no word before it.
        #expect(values("starting worker 19.10.144.7", .ipAddress) == ["19.10.144.7"])
    }
}
