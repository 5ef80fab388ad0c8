import BulwarkShield
import Testing

/// Cases from the twentieth session's blind sets (`evals/templates/94-`, `96-`, `98-` and `100-blind-final.txt`, read
/// after their first score; 95, 97, 99 and 101 unread): rows whose dates hold commas, call sheets with dot leaders,
/// rotas of `Last, First` pairs, and the look-alikes they must not take.
@Suite("PII scanner: comma dates in rows, call sheets, rotas")
struct DLPTwentiethTests {
    @Test func unquotedCommasInCellsKeepTheColumns() {
        // The header's commas have no space after them; a row's `, ` is inside a cell (`February 15, 2006`).
        let csv = """
            last_name,first_name,dob,phone,email
            Hall,Julie,February 15, 2006,5912733210,shawnaklein@henderson.com
            """
        #expect(values(csv, .phone) == ["5912733210"])
        #expect(values(csv, .person) == ["Hall", "Julie"])
        let aides = """
            client_id,last_name,dob,phone,visit_time,assigned_aide
            HC-10482,Nguyen,Saturday, August 04, 2001,6233592563,08:30,Maureen
            """
        #expect(values(aides, .person) == ["Nguyen", "Maureen"])
        #expect(values(aides, .phone) == ["6233592563"])
        // Under a header written with `, ` the same comma still separates cells.
        let spaced = "name, dob, status\nAnna Berg, 1980-01-02, open\nRef 12, 2006, closed"
        #expect(values(spaced, .person) == ["Anna Berg"])
    }

    @Test func mysqlSaysWhetherAPasswordWasSent() {
        let log = "ERROR 1045 (28000): Access denied for user 'app'@'10.0.0.5' (using password: YES)"
        #expect(values(log, .password).isEmpty)
        #expect(values("Access denied for user 'root'@'localhost' (using password: NO)", .password).isEmpty)
        #expect(values("password: YES1", .password) == ["YES1"])
    }

    @Test func namesAfterARolesDotLeaders() {
        let sheet = """
            Regie ...................... Hilma Scheuermann ........ +49(0) 79807160
            Tonmeister ................. Kunigunde Wernecke ........ (03728) 73383
            Gaffer ............ Alan Koch ............ 6:30A
            """
        #expect(values(sheet, .person) == ["Hilma Scheuermann", "Kunigunde Wernecke", "Alan Koch"])
        // A table of contents, a venue, a menu.
        let toc = "Chapter 1 ........ Getting Started ........ 5\nLocation ........ Memorial Park ........ 3"
        #expect(values(toc, .person).isEmpty)
        #expect(values("Caesar Salad ........ 12.00\nGrilled Salmon ........ 18.50", .person).isEmpty)
    }

    @Test func rotasOfInvertedNames() {
        let rota = "Mo: Früh Jacob, Ignaz / Spät Spieß, Alois\nDi: Früh Pruschke, Ariane / Spät Lehmann, Bernt"
        #expect(values(rota, .person) == ["Jacob, Ignaz", "Spieß, Alois", "Pruschke, Ariane", "Lehmann, Bernt"])
        let referee = "So 15:00 VfB Rotenbach II – TSV Grünwald: SR Zorbach, Kai-Uwe, Tel. +49 (0) 0796 04349"
        #expect(values(referee, .person) == ["Zorbach, Kai-Uwe"])
        #expect(values("cn: Villa, Paul\nsn: Villa", .person).first == "Villa, Paul")
        // A weekday's abbreviation alone may still be someone speaking; a team's name before a sign-off's given name
        // is no family name.
        #expect(values("Mo: hi all, any news?", .person) == ["Mo"])
        #expect(values("Ihr Team der Theaterkasse, Waltraut", .person) == ["Waltraut"])
        #expect(values("Vertrieb Innendienst, Walter", .person) == ["Walter"])
    }

    @Test func rolesAndRelativesBeforeNamesThatArePlacesToo() {
        #expect(values("Family caregiver training completed by daughter Victoria", .person) == ["Victoria"])
        #expect(values("Your site guy Chelsea told me he'd talk to them.", .person) == ["Chelsea"])
        #expect(values("the costume designer, Billy, could send the mood board", .person) == ["Billy"])
        #expect(values("et a insulté l'arbitre assistant Bonnet. Il a reçu un carton rouge.", .person) == ["Bonnet"])
        // A relation firms fill, and places without a relation.
        #expect(values("our partner Madison said. Our client Georgia wrote.", .person).isEmpty)
        #expect(values("We flew to Victoria and then Chelsea.", .person).isEmpty)
    }

    @Test func actionItemsAndModalsAfterANameOpeningASentence() {
        #expect(values("2. Aide shortage in Westfield area - Frank to post 2 per diem shifts.", .person) == ["Frank"])
        #expect(values("We are short four umpires. Megan will ask the high school.", .person) == ["Megan"])
        // (A family name alone before a modal is as often a firm in a headline: `Bosch will open`.)
        #expect(values("We are short four umpires. Hendricks will ask the high school.", .person).isEmpty)
        // Words before `to` and a verb, firms and seasons before `will`.
        #expect(values("Hi Eric,\n\nLovely to speak earlier. Due to port congestion we wait.", .person) == ["Eric"])
        #expect(values("Teams will meet. Apple will launch. Summer will come. Sales to review.", .person).isEmpty)
    }

    @Test func paddedTableCellsAndHouseholds() {
        let psql = """
             client_id | last_name | first_name | last_visit
            -----------+-----------+------------+---------------------
             40117     | Taylor    | Jonathan    | 2026-01-30T08:17:23Z
            """
        #expect(values(psql, .person) == ["Taylor", "Jonathan"])
        #expect(values("send me the door code for the Hernandez house again", .person) == ["Hernandez"])
        #expect(values("homestay with the Hall family, the Norman twins", .person) == ["Hall", "Norman"])
        #expect(values("The Green house is warm. Lake house. The Opera house.", .person).isEmpty)
    }

    @Test func callersNotesClubsAndHeadings() {
        #expect(values("Caller ID: 562.963.1355", .phone) == ["562.963.1355"])
        #expect(values("\"Hey its Shelly from brightpath, just letting you know\"", .person) == ["Shelly"])
        #expect(values("It's Monday. its Summer collection. It's Apple's fault.", .person).isEmpty)
        #expect(values("Ashley (client 40117) definitely had a visit", .person) == ["Ashley"])
        #expect(values("Lake (zone 4) is closed. Ashley (2024 edition) film.", .person).isEmpty)
        // Sports clubs and grounds, a post of two roles, a heading in capitals.
        #expect(values("Match : ES Saint-Aubin – FC Val de Loire, 2022-06-17", .person).isEmpty)
        #expect(values("  - name: Lincoln HS Turf\nCustomer: Millbrook Athletic Youth FC", .person).isEmpty)
        #expect(values("Role applied for: Assistant Coach, U11 Girls", .person).isEmpty)
        #expect(values("Agent Guy (2026-07-04T10:35:35):\nJennifer Park called.", .person) == ["Guy", "Jennifer Park"])
        let heading = "JUNIOR PLAYER MEDICAL INFORMATION\nPlayer: Jasmin Jenkins"
        #expect(values(heading, .person) == ["Jasmin Jenkins"])
        #expect(values("FROM: THIBAUT BIGOT <THIBAUTB@GMAIL.COM>", .person) == ["THIBAUT BIGOT"])
    }

    @Test func couplesEventsAndShortPassportWords() {
        #expect(values("my daughter's wedding, the Coleman wedding in June.", .person) == ["Coleman"])
        #expect(values("Subject: Balance payment – Dunn & Williams wedding", .person) == ["Dunn", "Williams"])
        // (`Hochzeit` and `mariage` title places and seasons as often: `Hochzeit Finca Es Rafal`, `Hochzeit – Sommer`.)
        #expect(values("Gruppenreise Hochzeit Finca Es Rafal – Anfrage Hochzeit – Sommer, 80 Gäste", .person).isEmpty)
        #expect(
            values("The Royal wedding. Our Spring wedding fair. Homestay with the King family", .person) == ["King"]
        )
        let trip = "Anna Wernecke – Geburtsdatum 22. September 1970, Pass C5YG2PCC0, reist später"
        #expect(values(trip, .passport) == ["C5YG2PCC0"])
        #expect(values("Travel document: 472677239", .passport) == ["472677239"])
        #expect(values("Boarding pass 12345678. Pass PENDING. Pass: ABCDEFGHJ", .passport).isEmpty)
    }

    @Test func namesAroundDashesAndRoleColumns() {
        #expect(
            values("evening desk handover – Samuel\n- Kristen Brown called", .person) == ["Samuel", "Kristen Brown"]
        )
        let rota = "Rota w/c 20/08/2026\nLesley – Mon, Thu, Sun – (01632) 960 111"
        #expect(values(rota, .person) == ["Lesley"])
        // Below a signature's name, a post or a firm and a dash; topics and places before a dash.
        #expect(
            values("Sébastien Giraud\nChargé d'affaires – Maurice\nTél. : 04 49 96 62 81", .person) == [
                "Sébastien Giraud"
            ]
        )
        #expect(values("Release notes – Victoria\nSales – Q3 plan\nBudget review – Grace", .person).isEmpty)
        let rows = "moniteur;lundi;mardi\nSchmitt Maryse;7;7\nGérard Victor;0;8"
        #expect(values(rows, .person) == ["Schmitt Maryse", "Gérard Victor"])
        let hosts = "Name | Host institution\nAnna Berg | Universidad de Chile"
        #expect(values(hosts, .person) == ["Anna Berg"])
    }

    @Test func publishableKeysFirmsAndVenuesAreNoFindings() {
        let env = "STRIPE_PUBLISHABLE_KEY=pk_test_51Nw2kLq\nSTRIPE_SECRET_KEY=sk_test_51Nw2kLqAbCdEfGhIjKlMnOpQrStUv"
        #expect(found(env).map(\.0) == [.stripeKey])
        #expect(values("Dear Hartwell Events,\nAn: Fahrschule Sonnenweg – Büro", .person).isEmpty)
        // A venue or a season before `wedding` without `the`.
        #expect(values("1. Harbor wedding recap – went well", .person).isEmpty)
    }

    @Test func petsNamedBySpeciesBreedOrLabel() {
        let row = "PW-US-0093341,Lori Mercado,aprilhoffman@yahoo.com,Luna,Canine,Oak Hollow Vet Center"
        #expect(values(row, .person) == ["Lori Mercado"])
        #expect(values("the handling of my claim for my cat Olive's dental surgery. Olive is fine.", .person).isEmpty)
        #expect(values("Patient: \"Tank\" - Canine, Labrador Retriever", .person).isEmpty)
        #expect(values("\"pet\": {\"name\": \"Rosie\", \"species\": \"feline\"}", .person).isEmpty)
        #expect(values("Pet: Archie, Cockapoo. J'ai assuré mon chien Oscar le 09/06/2021.", .person).isEmpty)
        #expect(
            values("Karen Miller, dog walker. Reported by: Joshua Mcdonald, Tutor", .person) == [
                "Karen Miller", "Joshua Mcdonald",
            ]
        )
    }

    @Test func keyFilesBareKeyHeadersAndFrenchCallers() {
        #expect(
            values("tls: client_key=clinique-parc.key, api_key=Zx81kLmq0PwErT5y", .genericSecret) == [
                "Zx81kLmq0PwErT5y"
            ]
        )
        let quoted = "ERROR: Encountered unexpected whitespace at [\"-----BEGIN RSA PRIVATE KEY-----]."
        #expect(values(quoted, .privateKey).isEmpty)
        let key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun"
        #expect(values(key, .privateKey).count == 1)
        #expect(values("« Oui bonjour, c'est Olivie Blanc, je vous appelle »", .person) == ["Olivie Blanc"])
        #expect(values("Brunel, Christine : 18 h cours particuliers", .person) == ["Brunel, Christine"])
    }

    @Test func quotedValuesComparedWithNameColumns() {
        let query = "SELECT * FROM policyholders ph WHERE ph.last_name NOT IN ('Ortiz', 'Soto') AND ph.zip = '02110'"
        #expect(values(query, .person) == ["Ortiz", "Soto"])
        let other = "WHERE status IN ('Active', 'Pending') AND city IN ('Boston', 'Paris') AND username IN ('Smith')"
        #expect(values(other, .person).isEmpty)
    }

    /// The review's examples: look-alikes the session's rules first took, and names its vetoes first dropped.
    @Test func reviewedLookAlikesAndKeptNames() {
        #expect(values("WHERE table_name IN ('Users', 'Orders') AND country_name IN ('France')", .person).isEmpty)
        let pass = "User: admin Pass: ADMIN2024\nWiFi Pass: GUEST2024X\nSeason pass SP2024001. Pass QA2024RC1 today"
        #expect(values(pass, .passport).isEmpty)
        #expect(values(pass, .password) == ["ADMIN2024", "GUEST2024X"])
        #expect(values(pass, .person).isEmpty)
        #expect(
            values("Contact: Kevin, dog walker, 555-0101\nKevin will bring the keys", .person) == ["Kevin", "Kevin"]
        )
        #expect(values("Emergency contact - Sarah, Horse riding coach", .person) == ["Sarah"])
        #expect(values("Name: EMILY SKY WATSON", .person) == ["EMILY SKY WATSON"])
        #expect(
            values("- Bosch to cut 2,000 jobs\n- Philips will open a new plant\n- Renault va fermer", .person).isEmpty
        )
        #expect(values("Contact the Country Manager Jordan for visa questions.", .person).isEmpty)
        #expect(values("Her assistant Jordan handles scheduling.", .person) == ["Jordan"])
        #expect(values("SV Thomas Weber hat den Schaden begutachtet.", .person) == ["Thomas Weber"])
        #expect(values("Attendees: Smith, Mann, Driver, Foreman", .person).contains("Driver"))
        #expect(!values("Static sites: Gatsby, Hugo", .person).contains("Gatsby, Hugo"))
        let dashes = "Release 4.2 – Athena\nMargherita – tomato, mozzarella, basil\nAlan – 12 seats"
        #expect(values(dashes, .person).isEmpty)
        #expect(values("id,last_name,city\n1, Kowalczyk, Paris", .person) == ["Kowalczyk"])
        let quoted = "Error: expected -----BEGIN RSA PRIVATE KEY----- header but found none in config file"
        #expect(values(quoted, .privateKey).isEmpty)
        #expect(values("We bought a Tudor house in Kent.\nUnit Base ........ Kings Cross", .person).isEmpty)
        // (A parenthesis opening the text once read the byte before it.)
        #expect(found(")  Anna").isEmpty)
    }

    /// A dash far into a long line after a name costs a bounded look-back (it once walked back to the line's start).
    @Test func longLineOfDashesAfterANameStaysLinear() {
        let text = "Anna Smith wrote this.\n" + String(repeating: "x - y ", count: 20_000)
        #expect(values(text, .person) == ["Anna Smith"])
    }

    @Test func tenDigitPhonesBesideWhomTheyReach() {
        let row = "| Sat | 11:00 | Field 2 | U19B | Albert Jarvis (4242800318) | Danny Anderson |"
        #expect(values(row, .phone) == ["4242800318"])
        #expect(values("Inspector: Dr. Andrew Brown, 9855509083", .phone) == ["9855509083"])
        #expect(values("Queries: Peter Smith, tinasolomon@hotmail.com, 3835630838", .phone) == ["3835630838"])
        // A parcel's or a batch's number, a place before a comma.
        let others = "My parcel (tracking 1795958056) is late. Batch (4105008550) failed. Totals: Berlin, 4242800318"
        #expect(values(others, .phone).isEmpty)
    }

    @Test func recruitersPhonesInParenthesesAndOnePersonTrades() {
        let table =
            "| Candidate | Role | Stage | Recruiter |\n|---|---|---|---|\n| Francisco Jones | RN | Offer sent | Ivan |"
        #expect(values(table, .person) == ["Francisco Jones", "Ivan"])
        let cover = "Cover list if someone drops out: Jeffrey (0191 4960069), Samuel (+44(0)3069990320)"
        #expect(values(cover, .person) == ["Jeffrey", "Samuel"])
        #expect(
            values("INVOICE #0047\nThomas Mccoy Photography\n71544 Taylor Road", .person) == [
                "Thomas Mccoy Photography"
            ]
        )
        #expect(values("Dear Hartwell Events,", .person).isEmpty)
        #expect(values("Dienstplan KW 41\nMo: geschlossen\nDi 16–22: Lisa, Pierre", .person) == ["Lisa", "Pierre"])
        #expect(values("Frühdienst im Pflegeheim St. Josef, Klinik Sankt Georg", .person).isEmpty)
    }

    @Test func aVCardsAddressKeepsItsLocalityAndPostcode() {
        let card = "BEGIN:VCARD\nFN:Anna Berg\nADR;TYPE=HOME:;;Schillerstraße 9;Erfurt;;99096;Deutschland\nEND:VCARD"
        #expect(values(card, .streetAddress) == ["Schillerstraße 9;Erfurt;;99096;Deutschland"])
        #expect(values("Address: 12 Main Street; call first", .streetAddress) == ["12 Main Street"])
    }
}
