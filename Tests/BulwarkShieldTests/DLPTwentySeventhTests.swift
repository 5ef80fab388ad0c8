import BulwarkShield
import Testing

/// Cases from the twenty-seventh session: what the blind sets' leaks and false alarms have in common (read in the sets
/// `evals/templates/216-`, `218-`, `220-`,
/// `222-`, `224-`, `226-`, `228-` and `230-blind-final.txt`), and the look-alikes the rules must not take.
@Suite("PII scanner: handovers, cards, nicknames, relatives in apposition, French places and firms")
struct DLPTwentySeventhTests {
    @Test func handoversBetweenShifts() {
        #expect(values("Night handover\nFrom Laura to whoever is on days", .person) == ["Laura"])
        #expect(values("Handover\nFrom Laura to Craig\n- 2 new cases", .person) == ["Laura", "Craig"])
        #expect(values("Übergabe\nVon Hubertus, an Lea\n\n- Gastlieger an Steg G", .person) == ["Hubertus", "Lea"])
        #expect(values("Relève de nuit\nDe Chloé à Marc", .person) == ["Chloé", "Marc"])
        // Only where a handover or a shift is spoken of: elsewhere the same words are journeys and brands.
        #expect(values("From Chester to Liverpool.", .person).isEmpty)
        #expect(values("De Nancy à Metz.", .person).isEmpty)
        #expect(values("From Morgan Stanley to Goldman Sachs, banks are cutting staff.", .person).isEmpty)
        // Ranges of months, places and departments are no handovers.
        #expect(values("From Jan to Mar the office is closed.", .person).isEmpty)
        #expect(values("From April to June we hire.", .person).isEmpty)
        #expect(values("From Austin to Dallas takes three hours.", .person).isEmpty)
        #expect(values("From Sales to Support, everyone joins.", .person).isEmpty)
    }

    @Test func cardsSignedInsideALine() {
        let card = "The card should read \"Forever in our hearts — love, Jay and the kids.\""
        #expect(values(card, .person) == ["Jay"])
        // `Love, Anna` capitalised is a family name first as often (a list's `Last, First`).
        #expect(values("10442,\"Love, Anna\",2024-01-02", .person) == ["Love, Anna"])
        #expect(values("I would love, if possible, a window seat.", .person).isEmpty)
    }

    @Test func familyNamesAfterANickname() {
        let notice = "She is survived by her children Ian (Michelle) Gonzalez, Linda Hill and Jeremy Thomas."
        #expect(values(notice, .person) == ["Ian", "Michelle", "Gonzalez", "Linda Hill", "Jeremy Thomas"])
        // A note in parentheses that is no given name leaves `Last, First` alone.
        #expect(values("Attendees (Finance) Smith, John", .person) == ["Smith, John"])
        #expect(values("Invite Anna (Max) Excel sheet attached", .person).contains("Excel") == false)
        let rota = "Mo: Bernd Mühle (TA) Früh, Mark Wulf (TFA) Spät\nDi: Bernd Mühle (TA) Spät"
        #expect(values(rota, .person) == ["Bernd Mühle", "Mark Wulf", "Bernd Mühle"])
    }

    @Test func doubleGivenNamesWithASpace() {
        #expect(values("Super, trag ich ein. Hans Jörg macht Samstag Hafendienst.", .person) == ["Hans Jörg"])
        #expect(values("Update: Jean Pierre a dit oui.", .person) == ["Jean Pierre"])
    }

    @Test func relativesInApposition() {
        #expect(values("Sinon ma femme, Olivie, au 04 92 12 29 79.", .person) == ["Olivie"])
        // Only after one's own relative: a partner firm in apposition is no one.
        #expect(values("Our partner, Acme, will call.", .person).isEmpty)
        #expect(values("Call the wife, Olivie, tomorrow.", .person).isEmpty)
    }

    @Test func minutesVerbsAndDeceasedLabels() {
        #expect(values("- Trauerredner: Lehmann schlägt vor, den Termin zu verschieben.", .person) == ["Lehmann"])
        #expect(values("Lea aktualisiert die Preisliste.", .person) == ["Lea"])
        #expect(values("Nom du défunt : Moreau\nPrénoms : Victor", .person) == ["Moreau", "Victor"])
        #expect(values("Deceased: Margaret Ellis", .person) == ["Margaret Ellis"])
        // A system updates things too: only a known name before `aktualisiert`.
        #expect(values("Jenkins aktualisiert die Pakete.", .person).isEmpty)
    }

    @Test func frenchPriests() {
        #expect(values("est-ce que le prêtre, le père Perez, peut venir ?", .person) == ["Perez"])
        // Only a known family name: `père` is a father as often as a priest.
        #expect(values("le père Fournisseur viendra", .person).isEmpty)
    }

    @Test func germanFirmsAndOfficesAsCompounds() {
        #expect(values("Kunde: Bestattungshaus Lindenhof, Filiale Nord", .person).isEmpty)
        #expect(values("An: Hafenbüro Yachthafen Seeblick\nBetreff: Kündigung", .person).isEmpty)
        // A known family name ending the same way is still one.
        #expect(values("Kunde: Neuhaus", .person) == ["Neuhaus"])
    }

    @Test func frenchPlacesAndFirmsNamedLikePeople() {
        #expect(values("la concession au cimetière de Guibert est encore valable.", .person).isEmpty)
        #expect(values("remplacement des catways (entreprise Laine, marché n° 4).", .person).isEmpty)
        #expect(values("la société Laine a livré.", .person).isEmpty)
    }

    @Test func estatesAndVenuesNamedAfterTrees() {
        #expect(values("EV-24-0813,Residence,Erik Rose,Spouse,Burial - Cedar Hill", .person) == ["Erik Rose"])
        #expect(values("ORD-1251741,Maple Grove Senior Living,2025-01-08", .person).isEmpty)
        #expect(values("3. Cedar Hill: ground too wet for Section F burials.", .person).isEmpty)
    }

    @Test func literalValuesAreNoNames() {
        #expect(values("Approved: True (by workflow)", .person).isEmpty)
        #expect(values("owner=True", .person).isEmpty)
        #expect(values("Deceased: NULL", .person).isEmpty)
    }

    @Test func desksOfSeveralWordsNameNoOneThemselves() {
        #expect(values("[10:02] Sales Team - Austin: target met", .person).isEmpty)
        #expect(values("[10:02] Office Admin - Kitchen: cleaned", .person).isEmpty)
    }

    @Test func whomSomeoneIsCalled() {
        #expect(values("eventually told by a lady called Josh that it had been sent away.", .person) == ["Josh"])
        #expect(values("a nurse named Dana took the call.", .person) == ["Dana"])
        // Not a place, a product, or a firm phoned (`Called` capitalised opens a note).
        #expect(values("a town called Florence, a speaker called Alexa.", .person).isEmpty)
        #expect(values("E-17. Called Warner-Cole, tech scheduled Wed.", .person).isEmpty)
        // Only after a word for a person: things are called so too.
        #expect(values("a town called Florence, then I called Chase fraud team", .person).isEmpty)
        #expect(values("I love, Florence in spring, the architecture.", .person).isEmpty)
    }

    @Test func peopleOnDutyAndPostsOpenedByARank() {
        #expect(values("Caddie master on duty: Thompson (Mon-Fri)", .person) == ["Thompson"])
        #expect(values("Dear Membership Secretary,\n\nI've just checked my statement.", .person).isEmpty)
        #expect(values("Junior Organiser: Josephine Williams", .person) == ["Josephine Williams"])
        #expect(values("van 3, owner: Senior Dispatcher\nSouth 2", .person).isEmpty)
        #expect(values("Home club: Royal Ashdown Forest (handicap 9.2)", .person).isEmpty)
        // A rank before a name is no post.
        #expect(values("owner: Senior Sarah Miller", .person).first?.hasSuffix("Sarah Miller") == true)
    }

    @Test func familyEventsNamedByTheFamily() {
        #expect(values("I'm the father of the groom for the Kowalski wedding in June.", .person) == ["Kowalski"])
        #expect(values("Die Hochzeit Dowerg am Samstag hat jetzt 112 Gäste.", .person) == ["Dowerg"])
        #expect(values("Cline / Wood wedding (August 30, 2020):", .person) == ["Cline", "Wood"])
        #expect(values("Besprechung Dienstleister – Hochzeit Wagner/Seifert", .person) == ["Wagner", "Seifert"])
        #expect(
            values("2. relance le domaine pour le mariage Rousset / Bouvet, acompte non reçu.", .person) == [
                "Rousset", "Bouvet",
            ]
        )
        // Venues and seasons name weddings too.
        #expect(values("hey, she's from the Hilltop wedding", .person).isEmpty)
        #expect(values("1. Harbor wedding recap – went well", .person).isEmpty)
        #expect(values("the Christmas wedding, the Royal wedding, Hochzeit Schloss Elmau", .person).isEmpty)
        // Styles, seasons, anniversaries and what a wedding needs are no families.
        #expect(values("Please send me the Summer wedding brochure, or the Church wedding package.", .person).isEmpty)
        #expect(values("the Golden wedding anniversary; Gold / Silver wedding packages", .person).isEmpty)
        #expect(values("Anbei die Hochzeit Checkliste als PDF. Betreff: Angebot Hochzeit Fotograf", .person).isEmpty)
        #expect(values("Kosten Hochzeit Standesamt: 120 €. Devis mariage Provence juin 2025.", .person).isEmpty)
    }

    @Test func staffInAppositionAndWhoComesAlong() {
        #expect(values("Ihre Mitarbeiterin, Eitel, konnte mir nicht weiterhelfen.", .person) == ["Eitel"])
        #expect(values("Votre employé, Paulette, m'a dit que le responsable me rappelle.", .person) == ["Paulette"])
        #expect(values("My supervisor, Robinson, approved a refund yesterday.", .person) == ["Robinson"])
        #expect(values("[Mi 18:10] Milka: Ich und Engin kommen zusammen", .person) == ["Milka", "Engin"])
        #expect(values("me and Sarah will cover the desk", .person) == ["Sarah"])
        // A firm in apposition is no one, with or without a possessive, after words firms fill too.
        #expect(values("Our partner, Acme, will call.", .person).isEmpty)
        #expect(values("my landlord, Foxtons, has not replied. My agent, Savills, says no.", .person).isEmpty)
        #expect(values("Mein Vermieter, Vonovia, reagiert nicht.", .person).isEmpty)
    }

    @Test func speakersAfterADeskOfSeveralWords() {
        let chat = "[09:15] IT Helpdesk - Linda: Hi Gary! Did you get the reset email?"
        #expect(values(chat, .person) == ["Linda", "Gary"])
        #expect(values("[07/06, 08:13] Primrose Weddings - David: Yes, all set.", .person) == ["David"])
    }

    @Test func formalClosingsBeforeAFamilyName() {
        #expect(values("Yours faithfully,\n\nGoddard", .person) == ["Goddard"])
        let letter = "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nLaroche"
        #expect(values(letter, .person) == ["Laroche"])
        // A firm of partners signs too; a desk after a given name is still the writer's.
        #expect(values("Yours faithfully,\nOwen, Marshall and Begum Solicitors", .person).isEmpty)
        #expect(values("Regards,\nBarbara, Leasing Office", .person) == ["Barbara"])
        #expect(values("Thanks,\nDiane, Health and Safety Committee", .person) == ["Diane"])
        // Under a formal letter's closing only a known name: offices and firms sign those.
        #expect(values("Yours faithfully,\nVodafone", .person).isEmpty)
        #expect(values("Hochachtungsvoll\nFinanzamt Köln-Mitte", .person).isEmpty)
        #expect(values("Mit freundlichen Grüßen\nWagenknecht\nQualitätssicherung", .person) == ["Wagenknecht"])
    }

    @Test func fittersApprovalsAndRelativesReached() {
        #expect(values("Monteur: Marten\nZahlung: EC-Karte", .person) == ["Marten"])
        #expect(values("Genehmigt: Kunibert Henck, Wachenleitung", .person) == ["Kunibert Henck"])
        #expect(values("Approved: Yes\nGenehmigt: ja", .person).isEmpty)
        #expect(values("Angehörige (Tabea Junk, Tel. 08417186159) verständigt.", .person) == ["Tabea Junk"])
        #expect(values("Angehörige (Sohn Tim, Tel. 08417186159) verständigt.", .person) == ["Tim"])
        // A court's division is no one's family.
        #expect(values("Court: Superior Court, Dept. 14 (Family Law)", .person).isEmpty)
    }

    @Test func passwordsBeforeAnUnbracketedIPv6Host() {
        let url = "DATABASE_URL=postgres://booking_app:HqbRa028%Aip@::1:5433/bookings"
        #expect(values(url, .password) == ["HqbRa028%Aip"])
    }

    @Test func givenNamesThatAreWordsInsideSentences() {
        #expect(values("Our staging stack won't start since Jack changed the compose file.", .person) == ["Jack"])
        #expect(values("Please join me in thanking them, and do drop Terry a note.", .person) == ["Terry"])
        #expect(values("Legal review with Ray pending.", .person) == ["Ray"])
        // Not where a capitalised word follows, after an article, or after French `de`, where towns are named so.
        #expect(values("Use the Mark as Read button.", .person).isEmpty)
        #expect(values("Poste : chargé(e) d'accueil, agence de Roger", .person).isEmpty)
        #expect(values("We will meet in May and again in June.", .person).isEmpty)
    }
}
