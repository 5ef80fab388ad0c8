import BulwarkShield
import Testing

/// Cases from blind prompt templates filled with generated values (`evals/templates/01-blind.txt`, written without
/// sight of the rules; `scripts/eval-formats`): chat pastes, sign-offs, labels, appositions, and the firms, places,
/// books and versions that look like people and addresses — each with the look-alike it must not take.
@Suite("PII scanner: blind templates")
struct DLPBlindTemplateTests {
    @Test func chatPastes() {
        let slack = "#release-train\nJulie  9:02 AM   rc is cut, commit 6f2fe30\nTiffany  9:11 AM   pls check"
        #expect(values(slack, .person) == ["Julie", "Tiffany"])
        #expect(values("Ulla (09:14): Login geht nicht\nZlatko (09:16): welcher User?", .person) == ["Ulla", "Zlatko"])
        #expect(values("Sprint Planning  10:00   room 4\nBuild (09:14): failed", .person).isEmpty)
    }

    @Test func signOffsLabelsAndAppositions() {
        #expect(values("Bitte antworten.\n\nDanke dir und LG\nMaren", .person) == ["Maren"])
        #expect(values("Genehmigt durch: Sylvana Bähr", .person) == ["Sylvana Bähr"])
        #expect(values("Validé par : Nath Auger, le 22/11/2022", .person) == ["Nath Auger"])
        #expect(values("Élève : Hamon Thibault\nClasse : CM1", .person) == ["Hamon Thibault"])
        #expect(values("emails with her line manager, Jemma Palmer, between May and June", .person) == ["Jemma Palmer"])
        #expect(values("my manager, Project Alpha, is late", .person).isEmpty)
    }

    @Test func firmsPlacesAndBooksAreNoPeople() {
        #expect(values("08/09/2020 | Hilton Garden Inn | 2 nights", .person).isEmpty)
        #expect(values("Referral to: Evans-May Occupational Health\nReason: back pain", .person).isEmpty)
        #expect(values("Kundentermin bei Mangold Caspar GbR", .person).isEmpty)
        #expect(values("- Victor Hugo, Les Misérables, ISBN 978-0-927385-67-1", .person).isEmpty)
        #expect(values("- \"Educated\" by Tara Westover — 978-0-525-29333-0", .person).isEmpty)
        #expect(values("- \"Frankenstein\", Mary Shelley (we'll talk about it)", .person).isEmpty)
        // A person next to a firm's name stays.
        #expect(values("Ansprechpartnerin: Sylvana Bähr, Mangold GbR", .person) == ["Sylvana Bähr"])
    }

    @Test func versionsNamedByWhatIsDeployed() {
        for text in [
            "deployed reporting-api 9.10.10.20 with role-based access", "rc for 7.1.0.6 is cut",
            "# values.yaml (chart 4.1.20.15)", "  tag: \"16.15.2.17\"",
            "image: registry.example/acme/worker:9.20.20.13",
            "- Rollout Workday 7.5.15.13 verschoben", "rollback to 7.10.20.19 started",
        ] {
            #expect(values(text, .ipAddress).isEmpty, "\(text)")
        }
        // A product's version after a slash (a user agent) or a package's after `@`.
        #expect(values("User-Agent: MyApp/9.10.11.12 (Linux)", .ipAddress).isEmpty)
        #expect(values("uses: actions/checkout@9.10.11.12", .ipAddress).isEmpty)
        // A version word after the number.
        #expect(values("throwing 401s again after the 12.18.7.2 deploy", .ipAddress).isEmpty)
        #expect(values("- Grafana 4.8.20.1 shipped on Monday", .ipAddress).isEmpty)
        #expect(values("Seit dem Update auf 19.13.5.13 kann ich mich nicht anmelden", .ipAddress).isEmpty)
        #expect(values("ssh 10.0.0.5 build server is down", .ipAddress) == ["10.0.0.5"])
        // Hosts stay addresses.
        #expect(values("DATABASE_URL=postgres://app:pw-1234@10.89.91.233:5432/app", .ipAddress) == ["10.89.91.233"])
        #expect(values("Accepted publickey for deploy from 10.12.0.45 port 60210", .ipAddress) == ["10.12.0.45"])
        #expect(values("  501  ssh deploy@172.31.18.204", .ipAddress) == ["172.31.18.204"])
        #expect(values("deploy to Prod 10.0.0.5", .ipAddress) == ["10.0.0.5"])
        #expect(values("Server Alpha 10.0.0.5 is down", .ipAddress) == ["10.0.0.5"])
    }

    @Test func sqlInsertColumns() {
        let sql = """
            INSERT INTO patients (mrn, full_name, dob, phone, home_address)
            VALUES
              ('INV-2026-1486', 'Kimberly Reynolds', '1949/10/15', '424.737.6544x3309', 'Unit 5408 Box 7413, DPO AP 36488'),
              ('ORD-3834348', 'Traci Williams', '15 Sep 1974', '226.870.8414x514', NULL);
            SELECT created_at FROM visits WHERE day = '2026-05-04';
            """
        #expect(values(sql, .dateOfBirth) == ["1949/10/15", "15 Sep 1974"])
        #expect(values(sql, .streetAddress) == ["Unit 5408 Box 7413, DPO AP 36488"])
        // A column named otherwise keeps its dates.
        #expect(values("INSERT INTO visits (id, visit_date) VALUES (1, '2024-03-05');", .dateOfBirth).isEmpty)
    }

    @Test func secondTemplateSet() {
        #expect(values("Computer Name:  lt-83.example-host.com/206.166.43.100", .ipAddress) == ["206.166.43.100"])
        #expect(values("TEL;TYPE=WORK,VOICE:752-994-6484x646", .phone) == ["752-994-6484x646"])
        #expect(values("Hospital ref: 402882566\n\nDear Patient,\n\nYou have been", .person).isEmpty)
        #expect(values("Dear Anna,\n\nYou have been", .person) == ["Anna"])
        #expect(values("User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", .person).isEmpty)
        #expect(values("Cordialement,\nHugues REY", .person) == ["Hugues REY"])
        #expect(values("2) Ms. Tara May: your flu shot is due", .person) == ["Tara May"])
        #expect(values("Name des Kindes: Juergen Naser", .person) == ["Juergen Naser"])
        #expect(values("Name of project: Apollo", .person).isEmpty)
        #expect(values("Praxis Dr. med. Bonbach – Innere Medizin", .person) == ["Bonbach"])
        #expect(values("From: Grant, Rivera and Morgan Orders <orders@example.org>", .person).isEmpty)
        #expect(values("After upgrading to 15.5.16.6 the sync command fails", .ipAddress).isEmpty)
        // Code that reads a secret is no secret.
        #expect(values("client = OpenAI(api_key=SETTINGS[\"api_key\"], timeout=30)", .genericSecret).isEmpty)
        #expect(values("src=\"maps/api/js?key=\" + config.mapsApiKey + \"&callback=init\"", .genericSecret).isEmpty)
        #expect(values("api_key=\"q8Zr2vLx9TbW4nKe7YpD3sHf\"", .genericSecret) == ["q8Zr2vLx9TbW4nKe7YpD3sHf"])
    }

    @Test func drawnTablesAndAttendeeLists() {
        let mysql = """
            +------+--------------+-------------+------------+---------------------+
            | id   | full_name    | ssn         | dob        | created_at          |
            +------+--------------+-------------+------------+---------------------+
            | 1042 | Mary Jackson | 687-44-6370 | 2005-09-27 | 2026-04-03T02:05:56 |
            +------+--------------+-------------+------------+---------------------+
            """
        #expect(values(mysql, .dateOfBirth) == ["2005-09-27"])
        let minutes = "Présents : Michelle Rossi (cheffe de projet), Nath Munoz (ventes), Maggie (stagiaire)"
        #expect(values(minutes, .person) == ["Michelle Rossi", "Nath Munoz", "Maggie"])
    }

    @Test func peopleMentionedInProse() {
        #expect(values("new procurement lead. According to Blankenship, the W-9 is fine", .person) == ["Blankenship"])
        #expect(values("ok merci. selon Hamel, le client attend", .person) == ["Hamel"])
        #expect(values("According to Gartner, the market grew.", .person).isEmpty)
        #expect(values("Die Bescheinigung schicke ich per Post.", .person).isEmpty)
        #expect(values("Thanks - looping in Erik from legal.", .person) == ["Erik"])
        #expect(values("so I asked Garcia from procurement to check", .person) == ["Garcia"])
        #expect(values("Robert in HR said it was fine", .person) == ["Robert"])
        #expect(values("Paris in sales is growing", .person).isEmpty)
        #expect(values("we can recover a week if Albert takes over the rollout", .person) == ["Albert"])
        #expect(values("je suis dessus. Timothée me remplace cet après-midi", .person) == ["Timothée"])
        #expect(values("Danke!\n\nGruß Antoinette", .person) == ["Antoinette"])
        #expect(values("Viele Grüße Anna Weber", .person) == ["Anna Weber"])
        #expect(values("Stayed at the Best Western", .person).isEmpty)
    }

    @Test func cardsAndBirthDatesInSentences() {
        #expect(
            values("payment of $33.03 from my card (5358103930715585) despite", .creditCard) == ["5358103930715585"]
        )
        #expect(values("call (555) 234-5678 today", .phone) == ["(555) 234-5678"])
        #expect(values("bin am 24. April 1947 in Höxter geboren", .dateOfBirth) == ["24. April 1947"])
        #expect(values("Ich bin am 24/07/78 in Teterow geboren.", .dateOfBirth) == ["24/07/78"])
        #expect(values("am 01.02.2020 in Berlin eröffnet, geboren wurde die Idee später", .dateOfBirth).isEmpty)
    }

    @Test func replyHeadersTablesAndPlaces() {
        #expect(values("> Le 27/12/2021, Arnaude Lambert a écrit :\n> Vous", .person) == ["Arnaude Lambert"])
        #expect(values("On Tue, 5 Mar 2024 at 10:02, Jane Doe <jane@corp.io> wrote:\n> hi", .person) == ["Jane Doe"])
        #expect(values("Am 05.03.2024 um 10:02 schrieb Friedo Mies <f@m.de>:", .person) == ["Friedo Mies"])
        #expect(values("On Monday, the team wrote: nothing new", .person).isEmpty)
        #expect(values("Name\tPhone\nDennis, Maria\tJackson-Cole", .person) == ["Dennis, Maria"])
        #expect(values("I'm referring Janice Lane, who joined us in May", .person) == ["Janice Lane"])
        #expect(values("le dossier pendant l'absence de Amélie.", .person) == ["Amélie"])
        #expect(values("la ville de Paris.", .person).isEmpty)
        #expect(values("Contact sur place : Alphonse Pages au 05 24 00 00 00", .person) == ["Alphonse Pages"])
    }

    @Test func thirdTemplateSet() {
        let booking = "PASSENGER 1: Howard/Ryan MR PASSPORT 985270054\nPASSENGER 2: Benson/Timothy MRS"
        #expect(values(booking, .person) == ["Howard/Ryan", "Benson/Timothy"])
        #expect(values("Familienname: Patberg\nVornamen: Marliese", .person) == ["Patberg", "Marliese"])
        #expect(values("[2026-05-07T10:42:09.615558Z] Agent (Matthew): Done.", .person) == ["Matthew"])
        #expect(values("> Best,\n> Kara\n>\n> On Mon, 11 Mar", .person) == ["Kara"])
        #expect(values("Wulf AG, Personalabteilung, i. A. Blümel", .person) == ["Blümel"])
        #expect(values("Demande spéciale de Mathilde : chambre au calme", .person) == ["Mathilde"])
        #expect(values("Zeugin: Gereon Hiller.", .person) == ["Gereon Hiller"])
        #expect(values("Property Manager, Johnson-Robson Lettings", .person).isEmpty)
        #expect(values("Schadennummer: 560730102", .phone).isEmpty)
        #expect(values("Handynummer: 0171 2345678", .phone) == ["0171 2345678"])
        #expect(values("  SENTRY_RELEASE: 19.1.15.10", .ipAddress).isEmpty)
        #expect(values("  image: postgres:14.12.15.6", .ipAddress).isEmpty)
        #expect(values("- Sortie de Jenkins 4.18.6.19 décalée", .ipAddress).isEmpty)
        let url = "DATABASE_URL=postgres://billing_app:Udxwx049&JLs@web-86.example-host.com:5432/billing"
        #expect(values(url, .email).isEmpty)
        #expect(values(url, .password) == ["Udxwx049&JLs"])
    }

    @Test func secretsInKeyValueObjects() {
        let postman = """
              {"key": "X-Api-Key", "value": "9tpdamu5z9ulie0ifvyau3rwetvvbgv1"},
              {"key": "Accept", "value": "application/json"}
            """
        #expect(values(postman, .genericSecret) == ["9tpdamu5z9ulie0ifvyau3rwetvvbgv1"])
        let docker = "{\"auths\": {\"registry.example.com\": {\n  \"auth\": \"ngk920gnzggpgf5u2bc5iq3sd2s1edxk\"\n }"
        #expect(values(docker, .genericSecret) == ["ngk920gnzggpgf5u2bc5iq3sd2s1edxk"])
        #expect(values("{\"auth\": \"basic\", \"mode\": \"strict\"}", .genericSecret).isEmpty)
        #expect(values("{\"key\": \"color\", \"value\": \"9tpdamu5z9ulie0ifvyau3rwetvvbgv1\"}", .genericSecret).isEmpty)
    }

    @Test func variablesAndReferences() {
        #expect(values("git push https://x-access-token:$GH_TOKEN@github.com/org/repo", .email).isEmpty)
        #expect(values("Amy called about reservation 993063434 yesterday", .phone).isEmpty)
    }

    @Test func phoneWordsInsideOtherWords() {
        #expect(values("Kostenstelle: 867448802", .phone).isEmpty)
        #expect(values("Mobiltelefon: 0171 2345678", .phone) == ["0171 2345678"])
    }
}
