import BulwarkShield
import Testing

/// Cases from the twenty-sixth session: what the blind sets' leaks and false alarms have in common (read in the sets
/// `evals/templates/196-` and `198-blind-final.txt` and the older read sets), and the look-alikes the rules must not
/// take.
@Suite("PII scanner: ISO-stamped speakers, SQL patterns, departments, spoken phones")
struct DLPTwentySixthTests {
    @Test func speakersAfterAnISOStamp() {
        let export = """
            2026-02-03T18:38:31.717976 Stewart: there's a £4 exchange fee, does she know?
            2026-02-03T18:40:02.100000+00:00 Amber: yes, told her
            """
        #expect(values(export, .person) == ["Stewart", "Amber"])
        // A log line's stamp before a component's label is no speaker.
        #expect(values("2026-02-03T18:38:31Z INFO: worker started", .person).isEmpty)
        #expect(values("2026-02-03T18:38:31Z Scheduler: job queued", .person).isEmpty)
    }

    @Test func namesInSQLPatterns() {
        #expect(values("AND p.last_name NOT LIKE 'Houston%'", .person) == ["Houston"])
        #expect(values("WHERE surname ILIKE 'Ramos'", .person) == ["Ramos"])
        // Other columns' patterns name things.
        #expect(values("WHERE product_name LIKE 'Houston%'", .person).isEmpty)
        #expect(values("WHERE city LIKE 'Ramos%'", .person).isEmpty)
    }

    @Test func frenchTitlesInLowercase() {
        #expect(values("mais le docteur Seguin m'en a refait une.", .person) == ["Seguin"])
        #expect(values("Il faut appeler maître Lefebvre demain.", .person) == ["Lefebvre"])
        // Only before a known name, on every path to the title (here after the cue `appeler`).
        #expect(values("Il faut appeler maître Fournisseur demain.", .person).isEmpty)
        // (Not a word ending in the title's letters, nor a title before a lowercase word.)
        #expect(values("le prédocteur Seguin", .person).isEmpty)
        #expect(values("le docteur est absent", .person).isEmpty)
    }

    @Test func givenNamesListedWithOneFamilyName() {
        let line = "Wed mat: Benjamin, Angela Mann, Veronica — HM cover Jacqueline Soto"
        #expect(values(line, .person).contains("Angela Mann"))
        #expect(!values(line, .person).contains("Benjamin, Angela"))
        // `Last, First` with a second given name, or ending its clause, is still one name.
        #expect(values("Nguyen, Thi Lan, the new hire", .person) == ["Nguyen, Thi Lan"])
        #expect(values("Smith, John Paul, CEO", .person) == ["Smith, John Paul"])
    }

    @Test func unitsAfterAName() {
        #expect(values("To: Box Office\nSubject: seats", .person).isEmpty)
        #expect(values("Merchant \"Blue Fern Florist\" still can't log in.", .person).isEmpty)
        #expect(values("To: Megan Office", .person).isEmpty)
        #expect(values("To: Megan Hall", .person) == ["Megan Hall"])
    }

    @Test func peopleOfATeamOrADesk() {
        #expect(values("Wirth aus dem Netzwerkteam meldet sich.", .person) == ["Wirth"])
        #expect(values("soll ich Reuter aus dem DB-Team wecken?", .person) == ["Reuter"])
        #expect(values("Optional: Frank from Claims IT", .person) == ["Frank"])
        #expect(values("Thompson in Benefits needs the W-4.", .person) == ["Thompson"])
        // Steam is a store, not a team; a product from a desk is no one. (Whoever says something from there is
        // someone: `Gabe from Steam said hi`.)
        #expect(values("Gift card: Gabe from Steam", .person).isEmpty)
        #expect(values("Gabe from Steam said hi", .person) == ["Gabe"])
        #expect(values("Jira from admin", .person).isEmpty)
    }

    @Test func tenBareDigitsSpokenOfAsAPhone() {
        #expect(values("my number is 3704719617, thanks", .phone) == ["3704719617"])
        #expect(values("you can call me at 8566640110 tomorrow", .phone) == ["8566640110"])
        // (The words must stand right before the number, as whole words.)
        #expect(values("The sequence counter is at 2147483647 and will overflow.", .phone).isEmpty)
        #expect(values("LONGTEXT columns hold up to 4294967295 bytes.", .phone).isEmpty)
        #expect(values("resume at offset 2345678901 after reconnect", .phone).isEmpty)
        #expect(values("Time on task: 2345678901 ms", .phone).isEmpty)
        // Order numbers, ids after other words, and numbers no North American phone can have.
        #expect(values("my order number is 4105008550", .phone).isEmpty)
        #expect(values("The order number is 4105008550", .phone).isEmpty)
        #expect(values("my number is 1705008550", .phone).isEmpty)
        #expect(values("Vorgang bitte unter 614578179 anlegen", .phone).isEmpty)
        #expect(values("counter drop comment \"change 805745361\"", .phone).isEmpty)
    }

    @Test func familyNamesNoLexiconKnowsTakingOnTasksInMinutes() {
        #expect(values("TOP 1: Quartalszahlen – Bolzmann stellt vor, Umsatz unter Plan", .person) == ["Bolzmann"])
        #expect(values("Termin am 23/09/2023. Mitschke klärt die Zeugenliste.", .person) == ["Mitschke"])
        #expect(values("2. Godard prépare le support de formation.", .person) == ["Godard"])
        // Systems and departments, German nouns before a participle, and words before an inverted subject.
        #expect(values("- Jira ist down", .person).isEmpty)
        #expect(values("- Vertrieb klärt das mit dem Kunden", .person).isEmpty)
        #expect(values("Anmeldeschluss: 2021-03-04\nLehrbücher bestellt bei Johann AG", .person).isEmpty)
        #expect(!values("- Liste schickt Kambs", .person).contains("Liste"))
        #expect(values("Gerne möchte ich künftig flexibler arbeiten.", .person).isEmpty)
        #expect(values("- Kubernetes prépare le déploiement", .person).isEmpty)
        #expect(values("- Anschließend prüft das Team die Logs", .person).isEmpty)
        #expect(values("- Danach meldet sich der Kunde", .person).isEmpty)
        #expect(values("- Hotline übernimmt die Anrufe", .person).isEmpty)
    }

    @Test func minutesTakersAndDeputiesLabelled() {
        #expect(values("Protokoll: Traute Martin\n\nTOP 1: Reiseplanung", .person) == ["Traute Martin"])
        #expect(values("Vertretung: Anna Stiffel", .person) == ["Anna Stiffel"])
        #expect(values("Schlüsselträger 2: Bärer, Klaus-Peter (Werkstattleiter)", .person) == ["Bärer, Klaus-Peter"])
        // Labels that head documents or name things as often need a known name.
        #expect(values("Vertretung: Siehe Aushang", .person).isEmpty)
        #expect(values("Famille : Produits Laitiers", .person).isEmpty)
        #expect(values("Booker: Online Portal", .person).isEmpty)
        #expect(values("Kunde – Xiadani Tlalli", .person) == ["Xiadani Tlalli"])
        // A protocol's name is no one.
        #expect(values("Protokoll: TLS 1.3", .person).isEmpty)
        #expect(values("Protokoll: HTTP Basic", .person).isEmpty)
        #expect(values("Protokoll: siehe Anhang", .person).isEmpty)
    }

    @Test func givenNamesAfterARotasDays() {
        let posts = """
            Post A days: Mon-Wed John, Thu-Fri Patrick, weekend OPEN
            Post B nights: Fri-Sun Dakota ((574)590-0522x116)
            """
        #expect(values(posts, .person) == ["John", "Patrick", "Dakota"])
        // Not after a month or a lowercase word, and not a name going on in a sentence.
        #expect(values("I told you so. Mar Lago", .person).isEmpty)
        #expect(values("Closed Sun Valley, open Mon-Fri", .person).isEmpty)
    }

    @Test func whomSomeoneTold() {
        #expect(values("Tire pressure light on. Told Taylor to get it checked.", .person) == ["Taylor"])
        #expect(values("as i told Dawn and Washington last week", .person).contains("Dawn"))
        #expect(values("I told Support to escalate.", .person).isEmpty)
    }

    @Test func keyHoldersEscortsAndTheExcused() {
        #expect(values("Schlüsselträger 2: Bärer, Klaus-Peter (Werkstattleiter)", .person) == ["Bärer, Klaus-Peter"])
        #expect(values("Escort: Mark (Mon/Wed/Fri), Richard (Tue/Thu)", .person) == ["Mark", "Richard"])
        #expect(values("Excusé : Olivie Fabre", .person) == ["Olivie Fabre"])
        #expect(values("Famille : Laroche", .person) == ["Laroche"])
        // (A font's family is no one's.)
        #expect(values("font-family: Georgia, serif;", .person).isEmpty)
    }

    @Test func codesInATabSeparatedColumnOfCodes() {
        let entries =
            "Cand\tSurname\tCentre\tSyllabus codes\n4012\tClark\tGB771\t0580 0500 0620 0625\n4013\tCox\tGB771\t0580 0510 0455"
        #expect(values(entries, .phone).isEmpty)
        // The same numbers under a phone's header, or in a cell of code that only starts like a table's, are phones.
        let phones = "Cand\tSurname\tPhone\n4012\tClark\t0580 0500 0620\n4013\tCox\t0161 496 0455"
        #expect(values(phones, .phone) == ["0580 0500 0620", "0161 496 0455"])
        let code = "cases := []struct {\n\t\t{\"Henry Parker\", \"0306 9990758\"},\n\t}"
        #expect(values(code, .phone) == ["0306 9990758"])
    }

    @Test func headingsAfterALabelAndADash() {
        #expect(values("Protokoll – Teambesprechung Station Ost\nTOP 1", .person).isEmpty)
        #expect(values("Protokoll – Traute Martin\nTOP 1", .person) == ["Traute Martin"])
    }

    @Test func wordsOpeningSentencesThatAreGivenNamesToo() {
        #expect(values("Morgen! Von wo arbeitest du gerade?", .person).isEmpty)
        #expect(values("Transporteur : Geodis\nÉdité depuis SAP le 2026-09-01", .person).isEmpty)
        #expect(values("Hi. Von Miller called.", .person) == ["Von Miller"])
        #expect(values("Dear Cardholder,\n\nYour statement is ready.", .person).isEmpty)
        #expect(values("Booker: Shirley in Training Admin", .person) == ["Shirley"])
    }

    @Test func datesWhoseMonthIsAGivenName() {
        #expect(values("Ref NCR-3382. Due August 08, 2021.", .person).isEmpty)
        #expect(values("Du June 15, 2024 au 2022-10-30", .person).isEmpty)
        #expect(values("# ajouté par Suzanne le April 19, 2024", .person) == ["Suzanne"])
        #expect(values("Paul Smith August 8th", .person) == ["Paul Smith"])
        #expect(values("Ernst-August 08:20\nDas war meine Änderung", .person) == ["Ernst-August"])
    }

    @Test func givenNamesUnderAnAreasHeader() {
        let rota = """
            | Day | Open (7:00-15:00) | Late (12:00-20:00) | Plant area | Tills |
            |---|---|---|---|---|
            | Mon | Eddie | Jonathan | Rickey | Crystal |
            | Tue | Rebecca | Brian | Mary | William |
            """
        #expect(
            values(rota, .person) == ["Eddie", "Jonathan", "Rickey", "Crystal", "Rebecca", "Brian", "Mary", "William"]
        )
        // A plan's column still names things.
        #expect(values("Customer;Plan\nACME;Grace Premium", .person).isEmpty)
    }

    @Test func aNumberToText() {
        #expect(
            values("Swaps via the duty manager — text 2986123364 if you can't make a shift.", .phone) == ["2986123364"]
        )
        #expect(values("see the text 1986123364 in the log", .phone).isEmpty)
    }

    @Test func whomAParcelIsFor() {
        #expect(values("Alvarado Group (attn. Mark)| DHL", .person) == ["Mark"])
        #expect(values("Seidel GbR z. Hd. Ulf Schmiedt | Deutsche Post", .person) == ["Ulf Schmiedt"])
        #expect(values("Acme Ltd (attn. Accounts Payable)", .person).isEmpty)
        #expect(values("Acme Ltd (attn. Mark Receiving Dept)", .person).isEmpty)
        #expect(values("attn. Grant Applications Team", .person).isEmpty)
    }

    @Test func mailboxesAndTownHalls() {
        #expect(values("To: Hive Haven Membership <zadams@garza.com>", .person).isEmpty)
        #expect(values("To: Dana Haven <zadams@garza.com>", .person) == ["Dana Haven"])
        #expect(values("PRJ-2024-318 | Mairie de Maillot | FR > AR", .person).isEmpty)
        #expect(values("Form W-9 (Rev. March 2024)", .person).isEmpty)
    }
}
