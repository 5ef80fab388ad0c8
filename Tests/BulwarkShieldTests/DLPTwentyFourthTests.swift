import BulwarkShield
import Testing

/// Cases from the twenty-fourth session: what the blind sets' leaks have in common (read in the sets
/// `evals/templates/164-` and `166-blind-final.txt` and earlier read sets), and the look-alikes the rules must not take.
@Suite("PII scanner: subjects of minutes and handovers")
struct DLPTwentyFourthTests {
    @Test func aFamilyNameBeforeWhatSomeoneTakesOn() {
        #expect(values("Trois départs en juin. Lopez souhaite un point hebdomadaire.", .person) == ["Lopez"])
        // (Firms launch things: `Boulanger lance un appel d’offres`.)
        #expect(values("- Boulanger lance un appel d’offres", .person).isEmpty)
        #expect(values("88 dB(A) au poste 3. Sauvage fera réaliser un capotage.", .person) == ["Sauvage"])
        #expect(values("- Rieger bestellt Ersatz für die Pumpe", .person) == ["Rieger"])
        #expect(values("No first aider on Saturdays. Ritter to enroll two people.", .person) == ["Ritter"])
        #expect(values("3. Gloves: Acosta to trial A4 gloves at deburr", .person) == ["Acosta"])
        // Nouns that read as verbs after an article or a document's name are no subjects.
        #expect(values("Nous ne pouvons plus attendre. La commande 4411 devait arriver.", .person).isEmpty)
        #expect(values("Pourquoi la CI refuse ce commit ? Le contrôle DCO échoue.", .person).isEmpty)
        #expect(
            values("3. Herr Ullrich Bender – Pass beantragt, bisher nur Personalausweis", .person) == ["Ullrich Bender"]
        )
        // A firm named like a family in the news stays a firm.
        #expect(values("Bosch to cut 2,000 jobs", .person).isEmpty)
    }

    @Test func aGivenNameThatIsAWordInARotaWhoseRowAndColumnNamePeople() {
        let rota = """
            | Day | Primary | Backup |
            |---|---|---|
            | Thu | Rebekah | Grant |
            | Fri | Paul | Sarah |
            """
        #expect(values(rota, .person) == ["Rebekah", "Grant", "Paul", "Sarah"])
        // One neighbour is not enough for a word: a month beside a name, a grant's column of words.
        #expect(!values("| Name | Start |\n| Rebekah | April |", .person).contains("April"))
        #expect(
            !values("| Lead | Funding |\n|---|---|\n| Rebekah | Grant |\n| Paul | Loan |", .person).contains("Grant")
        )
    }

    @Test func aGivenNameBeforeADashAndAPhoneNumber() {
        #expect(values("| Sat | 9:00–12:00 | Davis | Amanda – 001-389-381-3671x906 |", .person).contains("Amanda"))
        // A firm named after a family in a signature's line.
        #expect(values("Responsable grands comptes, Laurent – +33 4 49 54 87 29", .person).isEmpty)
        #expect(values("please call Matthew - (244) 445-6497 after six", .person) == ["Matthew"])
        // Not a release, a room or a short number.
        #expect(values("Aurora - 2024.1.4 shipped", .person).isEmpty)
        #expect(values("Room Victoria - 12 seats", .person).isEmpty)
    }

    @Test func aGivenNameInATimedEntryOrBeforeAShiftsHours() {
        #expect(
            values("Sign-in sheet\n2026-03-02 09:14 Audrey\n2026-03-02 09:20 Kevin", .person) == ["Audrey", "Kevin"]
        )
        #expect(
            values("2026-03-02 09:00 Sarah     10:30 room 4\n2026-03-02 10:30 Kevin", .person) == ["Sarah", "Kevin"]
        )
        #expect(values("Mon: Sarah 06-14, Kevin 14-22", .person) == ["Sarah", "Kevin"])
        #expect(values("Late cover: Priya 9:00–17:30", .person) == ["Priya"])
        // Not a product in a log line, nor a date after a name's look-alike.
        #expect(values("2026-03-02 09:14 Jenkins\n2026-03-02 09:20 Kafka", .person).isEmpty)
        #expect(!values("Release Aurora 12-03-2024", .person).contains("Aurora"))
    }

    @Test func aCallerSpellingOutAPartOfTheirName() {
        #expect(values("My last name is spelled Navarro. Thanks, bye.", .person) == ["Navarro"])
        #expect(values("and my surname is Okafor", .person) == ["Okafor"])
    }

    @Test func lastAndFirstNamesUnderATempWorkersHeader() {
        let sheet = "Intérimaire\tClient\tSemaine\tLun\nBertrand Anastasie\tGosselin Royer et Fils\tS42\t8"
        #expect(values(sheet, .person) == ["Bertrand Anastasie"])
    }

    @Test func someoneFromADepartmentNamedInACompoundOrAPlacesUnit() {
        #expect(
            values("Hans-Ludwig klärt das mit Löwer aus der Steuerabteilung.", .person) == ["Hans-Ludwig", "Löwer"]
        )
        #expect(values("can you check if Walsh from the Gary yard has a sprinter free?", .person) == ["Walsh"])
        #expect(values("Crawford from the float pool can do Sat", .person) == ["Crawford"])
        // A place's or a firm's name before the same words is none.
        #expect(values("Trucks from the Gary yard leave at six", .person).isEmpty)
    }

    @Test func aSpeakerInSquareBracketsAndANameInAnSQLPattern() {
        #expect(values("[Sarah] can you check the logs?\n[Kevin] yes", .person) == ["Sarah", "Kevin"])
        #expect(values("[Sarah | 09:14] hi all\n\n[Kevin | 09:15] hi", .person) == ["Sarah", "Kevin"])
        #expect(values("WHERE c.name LIKE '%Stokes%' OR c.first ILIKE '%Sarah%'", .person) == ["Stokes", "Sarah"])
        // Tags and products in brackets, patterns of other words.
        #expect(values("[Draft] notes\n[Aurora] release\n[Urgent] fix", .person).isEmpty)
        #expect(values("WHERE sku LIKE '%Widget%'", .person).isEmpty)
    }

    @Test func aFamilyNameAnsweringAQuestionInATranscript() {
        #expect(
            values("Interviewer: Where were you that night?\nMiller: At home with the kids.", .person) == ["Miller"]
        )
        // A form's labels that are family names too do not speak, nor does one word after a question.
        #expect(values("Any questions?\nReason: domain renewal for their mail", .person).isEmpty)
        #expect(values("Name: Ann Lee\nReason: switched bank\nDates: every Sunday", .person) == ["Ann Lee"])
        #expect(values("Where were you?\nMiller: home", .person).isEmpty)
    }

    @Test func aGivenNameQuotedAsAnItemOfATuple() {
        #expect(values("rows = [(\"Sarah\", 34), ('Kevin', 41)]", .person) == ["Sarah", "Kevin"])
        // Words and places quoted so, and a quoted key, are none.
        #expect(values("days = (\"Sun\", \"Mon\")\ncity = ('Denver', 3)", .person).isEmpty)
        #expect(values("{\"Luna\": 1}", .person).isEmpty)
    }

    @Test func givenNamesInATableWithoutSpacesAroundItsPipes() {
        #expect(values("|Day|Early|Late|\n|---|---|---|\n|Mon|Sarah|Kevin|", .person) == ["Sarah", "Kevin"])
        #expect(values("|SKU|Name|\n|12|Aurora|\n|13|Phoenix|", .person).isEmpty)
    }

    @Test func aGivenNameAddressedAfterTheWordAMessageOpensWith() {
        #expect(values("Morning Sarah, quick one", .person) == ["Sarah"])
        #expect(values("Yes Kevin, that works", .person) == ["Kevin"])
        #expect(values("FYI Priya, the form is in", .person) == ["Priya"])
        #expect(values("Okay Kevin, will do", .person) == ["Kevin"])
        // A title or a product after the same words is none.
        #expect(values("Evening Standard, page 4", .person).isEmpty)
        #expect(values("OK Google, play music", .person).isEmpty)
        #expect(values("yes Aurora, the product", .person).isEmpty)
    }

    @Test func aFamilyNameOpeningAnItemBeforeAComma() {
        #expect(values("Zuständig:\n- Rieger, Einkauf\n- Miller, Finance", .person) == ["Rieger", "Miller"])
        // A partnership's names and words are none.
        #expect(values("- Curry, Pope and Carlson: renewal\n- Parking, level 2", .person).isEmpty)
    }

    /// Look-alikes from the review of this session's rules.
    @Test func lookAlikesOfThisSessionsRules() {
        // Log tags in brackets repeat one word; firms and storms in patterns and lists; colours and trades.
        #expect(values("[Hugo] building site in 120ms\n[Hugo] done", .person).isEmpty)
        #expect(values("SELECT * FROM vendors WHERE name2 = 1 AND vendor LIKE '%Ford%'", .person).isEmpty)
        #expect(!values("storms = [\"Katrina\", \"Sandy\", \"Harvey\"]", .person).contains("Sandy"))
        #expect(values("- Carpenter to install new shelving\n- Painter to quote for hallway", .person).isEmpty)
        #expect(values("- Thompson to check in weekly\n- Nurse to update the health plan", .person) == ["Thompson"])
        #expect(values("Attendees: my boss Carpenter and her partner", .person) == ["Carpenter"])
        #expect(values("Winter bringt Glatteis.\nFrost macht den Pflanzen zu schaffen.", .person).isEmpty)
        #expect(values("Departures\n14:20 Charlotte\n15:05 Austin", .person).isEmpty)
        #expect(values("Final: Charlotte 24-18 Carolina\nKids club: Noah 6-9 years", .person).isEmpty)
        #expect(values("Grant from the Lottery pool covers the roof", .person).isEmpty)
        #expect(values("Watch Morning Joe.", .person).isEmpty)
        #expect(values("Q: Where were you?\nMiller : home", .person).isEmpty)
        // And the real cases next to them.
        #expect(
            values("[Sarah | Support]: Hello, how can I help?\n[Kevin]: my login fails", .person) == ["Sarah", "Kevin"]
        )
        #expect(values("WHERE c.last_name ILIKE '%Stokes%'", .person) == ["Stokes"])
        #expect(values("Interviewer: Where were you?\n\nBrown: At home with the kids.", .person) == ["Brown"])
        #expect(values("2026-03-02 09:14 Audrey\r\n2026-03-02 09:20 Kevin\r\n", .person) == ["Audrey", "Kevin"])
        #expect(values("- Smith to send by Friday", .person) == ["Smith"])
    }
}
