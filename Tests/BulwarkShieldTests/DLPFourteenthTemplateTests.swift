import BulwarkShield
import Testing

/// Cases from the fourteenth blind template set (`evals/templates/14-blind.txt`), scored before it was read: speakers
/// with a role, possessives, signatures, given-name pairs, cells of people columns, weak cues before family names —
/// each with the look-alike it must not take.
@Suite("PII scanner: names with roles, possessives, cells and cues")
struct DLPFourteenthTemplateTests {
    @Test func speakersWithARole() {
        #expect(values("Anthony (Support): Guten Tag, wie kann ich helfen?", .person) == ["Anthony"])
        #expect(values("[09:14] Benjamin (conseiller) : Bonjour", .person) == ["Benjamin"])
        #expect(values("[09:14] Philippine (conseiller) : Bonjour", .person) == ["Philippine"])
        #expect(values("Agent_Liam: Sorry to hear that", .person) == ["Liam"])
        // The role is no name; a role with the name in parentheses is the older form; a field is no speaker.
        #expect(values("[10:02] Tracy (Agent): Thanks for contacting us.", .person) == ["Tracy"])
        #expect(values("[14:21] Conseiller (Karim) : Bonjour", .person) == ["Karim"])
        #expect(values("Regina (Höfig) sagt: ich kann", .person).isEmpty)
        #expect(values("Max (default): 10", .person).isEmpty)
        #expect(values("Step_Three: run the tests", .person).isEmpty)
    }

    @Test func familyNamesOwningSomething() {
        #expect(values("ORD-4597764 disputed, per Reynolds's note legal is fine", .person) == ["Reynolds"])
        #expect(values("Discharged home with Sanders’s daughter", .person) == ["Sanders"])
        // A firm, a common word, a label, a pair that makes a brand: no one.
        #expect(values("Procter & Gamble's dividend policy", .person).isEmpty)
        #expect(values("Upload a copy of your Driver's license", .person).isEmpty)
        #expect(values("Child's name: Amelia", .person) == ["Amelia"])
        #expect(values("Ben and Jerry's is a brand", .person).isEmpty)
        #expect(values("We met at McDonald's last week", .person).isEmpty)
    }

    @Test func givenNamesAloneInMorePositions() {
        #expect(
            values("Insured says Nguyen was texting at the light; Monica has dashcam footage.", .person) == [
                "Nguyen", "Monica",
            ]
        )
        #expect(values("Please copy in Oliver from the Internal Audit team.", .person) == ["Oliver"])
        #expect(values("- Demander à Susanne d'envoyer le planning", .person) == ["Susanne"])
        #expect(values("Thanks for the update.\nYou can reach me on (0909)8790767.\nGail", .person) == ["Gail"])
        #expect(
            values("Gespräch mit mir und Hans-Herbert\n- Klaus-Dieter hat 8 Jahre Erfahrung", .person) == [
                "Hans-Herbert", "Klaus-Dieter",
            ]
        )
        // A town after `à`, a street or a school named after someone, a firm of two family names, a last line that
        // is a place: no one.
        #expect(values("Le séminaire aura lieu à Florence demain.", .person).isEmpty)
        #expect(values("Le séminaire commencera au lycée Victor-Hugo, puis", .person).isEmpty)
        #expect(values("balade avenue Victor-Hugo, visite", .person).isEmpty)
        #expect(values("to confirm the cutover window with Johnson-Houston\n- invoices", .person).isEmpty)
        #expect(values("Vendor ticket with May-Henry open under ORD-1", .person).isEmpty)
        #expect(values("Shipping from:\nVictoria", .person).isEmpty)
    }

    @Test func peopleListsAndColumns() {
        #expect(
            values("Teilnehmer: Beate Ehlert, Paulo Schleich, Willfried, Frau Schomber", .person) == [
                "Beate Ehlert", "Paulo Schleich", "Willfried", "Schomber",
            ]
        )
        #expect(
            values("Présents : François Mace, Anastasie Voisin, Honoré", .person) == [
                "François Mace", "Anastasie Voisin", "Honoré",
            ]
        )
        let actions =
            "| # | Action | Owner | Due |\n|---|---|---|---|\n| 1 | Refresh the risk log | Alan | 11.01.2020 |\n"
            + "| 2 | Send the paper | Holmes | 17/10/2025 |\n| 3 | Rotate keys | Platform | 01/11/2025 |"
        #expect(values(actions, .person) == ["Alan", "Holmes"])
        // Teams after a label that also lists them, a common-word family name in a people column: no one.
        #expect(values("Cc: Jane Roe, Platform Team, Billing", .person) == ["Jane Roe"])
        #expect(values("| Owner | Task |\n|---|---|\n| Page | docs |", .person).isEmpty)
        #expect(values("Bewerbung: Monja Hermighausen, Stelle Teamleitung", .person) == ["Monja Hermighausen"])
        #expect(values(" # reviewed-by: Jennifer, see Casey's comment", .person) == ["Jennifer", "Casey"])
    }

    @Test func familyNamesAfterWeakCues() {
        #expect(values("# TODO: ask Robinson whether the bug is fixed", .person) == ["Robinson"])
        #expect(values("please ping Morales about it", .person) == ["Morales"])
        // A common word, a build server: no one.
        #expect(values("In order to ask House a question", .person).isEmpty)
        #expect(values("ask Jenkins to rebuild the branch", .person).isEmpty)
        #expect(values("as the report says Friday is the deadline", .person).isEmpty)
    }

    /// From sets 16 and 17 (`16-blind.txt`, `17-blind.txt`), scored before they were read.
    @Test func notesRolesAndLabelsOfSetsSixteenAndSeventeen() {
        #expect(values("- As agreed with Torres (building manager), the lift", .person) == ["Torres"])
        #expect(values("factures à conserver 10 ans ; Nicolas (DPO) valide la liste", .person) == ["Nicolas"])
        #expect(values("Avis du médecin-conseil (Marchand) : acceptation", .person) == ["Marchand"])
        #expect(values("Thanks to Crystal for the intro", .person) == ["Crystal"])
        #expect(values("Merci à Paul pour la mise en relation", .person) == ["Paul"])
        #expect(values("Checked in by: Melissa (counter), photos", .person) == ["Melissa"])
        #expect(values("{\"approved_by\": \"Ramos\", \"created\": 1}", .person) == ["Ramos"])
        #expect(values("same lure received by Shane and Kathryn in Treasury", .person) == ["Shane", "Kathryn"])
        #expect(values("Frau Koch II ist schuld.", .person) == ["Koch II"])
        #expect(values("Cllr Cameron (education portfolio) said", .person) == ["Cameron"])
        let crm = "Firma;Ansprechpartner;Phase;Volumen\nKambs GmbH;Klingelhöfer, Veronica;Demo;€8563,93"
        #expect(values(crm, .person) == ["Klingelhöfer, Veronica"])
        #expect(values("pendant la semaine, et Fournier m'a confirmé que", .person) == ["Fournier"])
        let csv = "Firma;Ansprechpartner;E-Mail\nKambs GmbH;Klingelhöfer, Veronica;v@kambs.de"
        #expect(values(csv, .person) == ["Klingelhöfer, Veronica"])
        // A label's value, a relation after a name, a choice of names, a count, a school, a date or year in
        // parentheses, words that are family names: no one.
        #expect(values("Priorität: Hoch (Produktion eingeschränkt)", .person).isEmpty)
        #expect(values("Erben:\n1. Rüdiger Brückner (Sohn), Lessingstraße 5", .person) == ["Rüdiger Brückner"])
        #expect(
            values("Suggest names for a cat: something like Milo, Luna or Oliver but more unusual.", .person).isEmpty
        )
        #expect(values("Anreise: 31/07/2020, Abreise zwei Tage später", .person).isEmpty)
        #expect(values("Per Lincoln Middle School policy, phones stay off", .person).isEmpty)
        #expect(values("as noted by the court (2019) and Morales (2021)", .person).isEmpty)
        #expect(values("- Samples logged to freezer B", .person).isEmpty)
        #expect(values("fehl? Das ist der Schlüssel", .person).isEmpty)
    }

    @Test func rareGermanAndFrenchGivenNames() {
        #expect(values("Rücksprache mit Volkhard aus der Recherche", .person) == ["Volkhard"])
        #expect(
            values("[22:58] Sven: Übergabe\nDanke, Dietlind hat den Worker neu gestartet", .person) == [
                "Sven", "Dietlind",
            ]
        )
        // Words of the word lists are no rare names (`Perle`, `Prosper` as in `prosper`).
        #expect(values("Die Kette hat eine Perle verloren.", .person).isEmpty)
    }

    /// From sets 18 and 19, scored before they were read.
    @Test func roleFieldsHoldGivenNames() {
        #expect(values("Analyst: Angela. Notes follow.", .person) == ["Angela"])
        #expect(values("Team leader: Rebecca\nPicks: 22,940", .person) == ["Rebecca"])
        #expect(values("Bearbeiter: Ignatz. Rücksprache mit dem Team", .person) == ["Ignatz"])
        #expect(values("apologies: Patrick\n- adult subs", .person) == ["Patrick"])
        #expect(values("An Fam. Rohleder\nSelma hatte heute", .person).contains("Rohleder"))
        // Things, places and firms named like people, and family names alone, stay.
        #expect(values("Project: Athena\nTeam: Phoenix\nStatus: Open", .person).isEmpty)
        #expect(values("Place of birth: Birmingham\nGläubiger: Schulz", .person).isEmpty)
        // (Each name is masked; `Melanie, Kathryn` may be read as one `Last, First` span.)
        let present = values("Present: Melanie, Kathryn, Jonathan Simpson", .person)
        #expect(["Melanie", "Kathryn", "Jonathan Simpson"].allSatisfy { n in present.contains { $0.contains(n) } })
    }

    @Test func speakersAgesTitlesAndMentionsOfSetsEighteenAndNineteen() {
        #expect(values("Cathleen 03:12: Alert disk full", .person) == ["Cathleen"])
        #expect(values("please text Ms. West at 244-733-0991", .person) == ["West"])
        #expect(values("Rang the helpline, Alexandra was lovely but", .person) == ["Alexandra"])
        #expect(values("kids fed. Breanna (7) stayed home", .person) == ["Breanna"])
        #expect(values("hard-coded; Morrison is rotating it", .person) == ["Morrison"])
        #expect(values("merci @Lacroix pour le signal", .person) == ["Lacroix"])
        #expect(values("the customer read out the full number (076-65-5204) on the call", .usSSN) == ["076-65-5204"])
        #expect(values("will confirm by text at 3766568280.", .phone) == ["3766568280"])
        // A carrier, German words for relatives, a verb, a town, a risk, an annotation, a firm of two names: no one.
        #expect(values("Bravecto and Milbemax go out by Royal Mail, tracking", .person).isEmpty)
        #expect(values("Der Vater lebt laut Mutter in Wusterhausen. Mutter wirkt überfordert.", .person).isEmpty)
        #expect(values("Signe la réponse avec mon nom", .person).isEmpty)
        #expect(values("Damian from New Benjamin asked", .person) == ["Damian"])
        #expect(values("Risk is increasing in the region", .person).isEmpty)
        #expect(values("@Override public void run()", .person).isEmpty)
        #expect(values("Under the agreement, Scott-Bailey will license it", .person).isEmpty)
    }

    @Test func roleListsAgentsAndBirthDateKeys() {
        #expect(values("Review: Harry, Karl-Dieter.", .person) == ["Harry", "Karl-Dieter"])
        #expect(values("der Zeitarbeit eingearbeitet durch Bolander.", .person) == ["Bolander"])
        #expect(values("Thanks to Banks for the edit", .person) == ["Banks"])
        #expect(values("{\"firstName\": \"Ana\", \"dateOfBirth\": \"26.08.95\"}", .dateOfBirth) == ["26.08.95"])
        // A list with a full name in it is read elsewhere; a firm after a French participle; a building after durch.
        #expect(values("Fabriqué par Lebrun dans son atelier", .person).isEmpty)
        #expect(values("ersetzt durch Neubau im Mai", .person).isEmpty)
    }

    @Test func germanAddressesAfterADashAndTownsWithParticles() {
        let deed = "Kaufvertragsentwurf UR-Nr. 1187/2024 – Steuerallee 6721, 97431 Peine"
        #expect(values(deed, .streetAddress) == ["Steuerallee 6721, 97431 Peine"])
        let move = "Einzug: Björn-Stoll-Straße 19, 01028 Neunburg vorm Wald\nTermin"
        #expect(values(move, .streetAddress) == ["Björn-Stoll-Straße 19, 01028 Neunburg vorm Wald"])
        #expect(values("Hauptstr. 5, 84453 Mühldorf a. Inn", .streetAddress) == ["Hauptstr. 5, 84453 Mühldorf a. Inn"])
    }

    /// From set 20 (dev-like office prompts), scored before it was read.
    @Test func frenchSpeakersFillersAndNameColumns() {
        #expect(
            values("le job a échoué\nJean : le runner ne répond plus\nNathalie : merci", .person) == [
                "Jean", "Nathalie",
            ]
        )
        #expect(values("Objet : Relance facture", .person).isEmpty)
        let chat = "Theres: Admin-Passwort ist übrigens vEOJu905&XVI, hab ich gestern neu gesetzt"
        #expect(values(chat, .password) == ["vEOJu905&XVI"])
        let csv = "nom;email;telephone\nMarguerite Leconte;mvoisin@gimenez.fr;0579600225"
        #expect(values(csv, .person) == ["Marguerite Leconte"])
        #expect(values("product,price\nAurora Desk Lamp,29.99", .person).isEmpty)
    }

    /// From set 21, scored before it was read.
    @Test func addressesOverVersionWordsTitledListsAndTeams() {
        #expect(values("login ok user=x@y.com ip=216.183.68.205 build=19.15.5.4", .ipAddress) == ["216.183.68.205"])
        #expect(values("the 12.18.7.2 build shipped", .ipAddress).isEmpty)
        #expect(values("Accompagnateurs : M. Bernier, Anne et Virginie.", .person) == ["Bernier", "Anne", "Virginie"])
        #expect(values("Karteninhaber: Drewes, Mirko", .person) == ["Drewes, Mirko"])
        let roster = "| Role | Name | Phone |\n|---|---|---|\n| Tail walker | Marian | - |"
        #expect(values(roster, .person) == ["Marian"])
        // A team, a firm of partners, a customer number, a firm of two names with a note: no one, no phone.
        #expect(values("Media contact: Corporate Communications, Investor Relations", .person).isEmpty)
        #expect(values("quote from Johnson, Morris and Hughes today", .person).isEmpty)
        #expect(values("numéro client 951938524.", .phone).isEmpty)
        #expect(values("LEASE dated 2024-05-27 between Martin-Fox (Landlord) and", .person).isEmpty)
    }

    @Test func capitalisedPasswordWordsAndFamiliesInLowercase() {
        #expect(values("Mot de passe provisoire de l'espace client : BVSAp978&tin", .password) == ["BVSAp978&tin"])
        #expect(values("Kennwort ist Sommer2024!x", .password) == ["Sommer2024!x"])
        #expect(values("Visite à domicile, famille Lefort\nAdresse : 36", .person) == ["Lefort"])
        #expect(values("une famille de produits", .person).isEmpty)
    }

    /// From set 22 (dev-like office prompts), scored before it was read.
    @Test func bulletedSpeakersAndLogFields() {
        #expect(values("- Martin : le déploiement est prévu", .person) == ["Martin"])
        #expect(values("- Nächster Termin: 2021-10-19", .person).isEmpty)
        #expect(values("- Livraisons Roger : retards récurrents", .person).isEmpty)
        let log = "login failed ip=163.193.22.84 reason=bad_password req=5710b7ae-bb22-4620-af98-eabc7b800057"
        #expect(found(log).map(\.0) == [.ipAddress])
        #expect(values("set db_password Winter2024!Blue", .password) == ["Winter2024!Blue"])
    }

    /// From set 23, scored before it was read.
    @Test func bracketedTimesFamiliesAndRoleColumns() {
        #expect(values("Ruben [9:12 AM]: @Jo can you check", .person).contains("Ruben"))
        #expect(values("Accommodation: homestay with the Hall family", .person) == ["Hall"])
        let csv = "account,arr,reason,account_manager\n\"Stokes-Dunn\",£2561.76,moved to competitor,David"
        #expect(values(csv, .person) == ["David"])
        // Firms of two family names, a film's family.
        #expect(values("Biggest losses: Moran-Davis (9840 EUR ARR)", .person).isEmpty)
        #expect(values("the Addams family movie", .person).isEmpty)
        #expect(values("Gespräch mit mir und Hans-Herbert", .person) == ["Hans-Herbert"])
    }

    @Test func familyNamesBeforePresentTenseVerbsOfSaying() {
        #expect(values("respiratory clinic on 04/07/2023. Richards reports worsening cough", .person) == ["Richards"])
        #expect(values("The audit reports progress on every line", .person).isEmpty)
    }

    /// From set 24, scored before it was read.
    @Test func linksWithPasswordsAndKeysOfPairs() {
        #expect(
            values("MAILER_DSN=smtp://facturation:zTDWu246*qnn@desktop-12.mary.com:587", .password) == ["zTDWu246*qnn"]
        )
        #expect(found("DEBUG boto3 credentials: AccessKeyId=AKIAWA67QAZZLTT2ABCD").map(\.0) == [.awsAccessKey])
        let azure =
            "DefaultEndpointsProtocol=https;AccountName=nwdata;AccountKey=q8Zx4Lm0Tn7Vb2Kc9Rp1Ws6Yd3Hf5Jg8Ae0Cu2Io4Np7Tk1=="
        #expect(values(azure, .genericSecret) == ["q8Zx4Lm0Tn7Vb2Kc9Rp1Ws6Yd3Hf5Jg8Ae0Cu2Io4Np7Tk1=="])
        #expect(values("Site 03 (Stewarttown Royal Infirmary)", .person).isEmpty)
        // From set 25: a family name beside the writer.
        #expect(values("Dixon and I canvassed the street", .person) == ["Dixon"])
        #expect(values("House and I are both in the team name", .person).isEmpty)
    }
}
