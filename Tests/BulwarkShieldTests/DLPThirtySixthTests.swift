import BulwarkShield
import Testing

/// Cases from the thirty-sixth session.
@Suite("PII scanner: names in notes and labels, sentences that are no password")
struct DLPThirtySixthTests {
    @Test func familyNameFirstInsideParentheses() {
        #expect(
            values("uploaded 14 images for chart 10442 (Gonzalez, Crystal) to db-39", .person) == ["Gonzalez, Crystal"]
        )
        #expect(values("Invoice to our AP as usual (account: Day, Anne).", .person) == ["Day, Anne"])
    }

    @Test func givenNameAloneBeforeAFullNameIsAList() {
        #expect(
            values("Reviewer: Hornich (Tech Lead), Eric, Aleksandr Blümel (QA)", .person)
                == ["Hornich", "Eric", "Aleksandr Blümel"]
        )
        #expect(values("Analyst: Raymond. Reviewer: Webster.", .person) == ["Raymond", "Webster"])
    }

    @Test func nameFromOnesOwnOrTheirDepartment() {
        #expect(
            values("Die Lasttests laufen bis Freitag, Kostolzin aus unserem QA-Team meldet keine Fehler.", .person)
                == ["Kostolzin"]
        )
        #expect(values("Bei Fragen lieber direkt Beier aus deren IT anrufen.", .person) == ["Beier"])
    }

    @Test func titledNameAfterAPracticesWordUnderAnEmployersLabel() {
        #expect(values("Vorherige Arbeitgeber: Praxis Dr. Wulf, Leipziger Land (2019–2024)", .person) == ["Wulf"])
        // The employer's label still keeps a firm's words unnamed.
        #expect(values("Arbeitgeber: Praxis Wendt", .person).isEmpty)
    }

    @Test func quotedSentenceIsNoPasswordAndJSONLinesHaveNoHeader() {
        let tickets = """
            [
              {"id": 4812, "name": "Patrick Smith", "subject": "Can't reset my password", "body": "The reset link \
            says expired every time, tried 3x."},
              {"id": 4813, "name": "John Castillo", "subject": "Charged twice", "body": "I was charged twice."}
            ]
            """
        #expect(values(tickets, .password).isEmpty)
        #expect(values(tickets, .person) == ["Patrick Smith", "John Castillo"])
        // A table's password column still is one.
        #expect(values("user,password,role\nsvc-backup,Qz7!vLp2#rT,admin\n", .password) == ["Qz7!vLp2#rT"])
    }

    @Test func germanWordsOpeningASentenceAreNoNames() {
        #expect(
            values("Claudius 08:41: Guten Morgen zusammen! Ab Montag bin ich zwei Wochen weg", .person) == ["Claudius"]
        )
        // `Da` stays a particle of family names.
        #expect(values("Cc : Claire Da Silva\nObjet : Retard", .person) == ["Claire Da Silva"])
    }

    @Test func buildingBeforeAPartOfItNamesNoOne() {
        #expect(values("> Assistant Director, International Admissions\n> Franklin Hall, Room 210", .person).isEmpty)
        #expect(values("12:00  Lunch - Jordan Hall lawn (rain location: Morgan Commons)", .person).isEmpty)
        #expect(values("post it in two locations (suggest Kelley Hall lobby + main office)", .person).isEmpty)
        // A person whose family name is a place's word is still one.
        #expect(values("Contact: Franklin Hall, Director", .person) == ["Franklin Hall"])
    }

    @Test func frenchTitlesBeforeAFamilyNameTheLexiconsLack() {
        #expect(values("les conclusions, à valider par Me Gaudin avant le 15.", .person) == ["Gaudin"])
        #expect(values("secrétaire du cabinet du docteur Launay. Je vous appelle", .person) == ["Launay"])
        // English writes `me` in lowercase inside a sentence; a heading's `Me` is no title, nor `maître` a word's.
        #expect(values("All About Me Tomorrow", .person).isEmpty)
        #expect(values("voir avec maître Fournisseur demain", .person).isEmpty)
        #expect(values("docteur Honoris Causa", .person).isEmpty)
    }

    @Test func lowercaseNoteAfterAFirmsLabelNamesNoFirm() {
        #expect(values("- Reference from previous employer (Smith-Noble): chased by Debra", .person) == ["Debra"])
        #expect(
            values("Insurance: claim to be raised by Gerard Robertson (Ops Manager)", .person) == ["Gerard Robertson"]
        )
        #expect(values("Employer: Smith, Johnson and Williams", .person).isEmpty)
    }
    @Test func firmsJoinedByAmpersandParticlesAloneAndSquares() {
        #expect(
            values("Department: Food & Beverage (Banqueting)    Line manager: Cheryl Brooks", .person) == [
                "Cheryl Brooks"
            ]
        )
        #expect(values("Oui, vérifié avec la famille. Le frère m'a rappelé : 0183076781", .person).isEmpty)
        #expect(values("Van assigned: Van 5 (Ford Transit, kit K-5)", .person).isEmpty)
        #expect(values("Saint-Étienne (place Jean Jaurès). Horaires : 9h–12h30", .person).isEmpty)
        // A couple stays two people; on site is no square.
        #expect(values("Subject: Balance payment - Glover & Rees wedding", .person) == ["Glover", "Rees"])
        #expect(
            values("livraison salon, contact sur place Arthur Potier 0387427578", .person) == ["Arthur Potier"]
        )
    }

    @Test func memberOfAnObjectIsNoSecret() {
        #expect(values("  res.json({ clientSecret: intent.client_secret });", .genericSecret).isEmpty)
        #expect(values("client_secret: 9fJk2LmQ8vRt5wXz1aBc", .genericSecret) == ["9fJk2LmQ8vRt5wXz1aBc"])
    }
    @Test func roleMailboxesOfBranchesAndCalendarsAreNoOnesAddress() {
        #expect(values("To: registrar@northvalleysoccer.org", .email).isEmpty)
        #expect(values("To: Store Orders <orders.leipzig@rivervalley-care.com>", .email).isEmpty)
        #expect(values("An: filiale.muenster@klarsicht-optik.de", .email).isEmpty)
        #expect(values("calendar_id = \"surgery.riverbend@group.calendar.google.com\"", .email).isEmpty)
        // A person's address stays one, also beside a role's word.
        // Role words that are names too stay roles among role words (`do` is a given name).
        #expect(values("From: do-not-reply@acme.com", .email).isEmpty)
        #expect(values("To: anna.sales@acme.com", .email) == ["anna.sales@acme.com"])
        #expect(values("Cc: dkrause@gmx.de", .email) == ["dkrause@gmx.de"])
    }
    @Test func productsClientVersionIsNoAddress() {
        #expect(values("- 09:20 User on BrokerHub client 5.18.8.6, portal server db-48", .ipAddress).isEmpty)
        #expect(values("OpenSSH client 11.6.12.3", .ipAddress).isEmpty)
        #expect(values("# listing_copy.py  (tested with client 11.17.17.4)", .ipAddress).isEmpty)
        // A machine that is a client keeps its address.
        #expect(values("dhcpd: lease granted to client 10.1.2.3", .ipAddress) == ["10.1.2.3"])
        #expect(values("BrokerHub client 203.0.113.54 connected", .ipAddress) == ["203.0.113.54"])
    }
    @Test func frenchAndGermanLabelsOfPeople() {
        #expect(values("Conseiller : Adélaïde", .person) == ["Adélaïde"])
        #expect(values("Rapporteur : Pereira.", .person) == ["Pereira"])
        #expect(values("Victime : Boulay Thomas\nNé le : 7 avril 1956", .person) == ["Boulay Thomas"])
        #expect(values("la veille au soir (agent de permanence : Laurence), qui m'a répondu", .person) == ["Laurence"])
        #expect(values("Congés : Margaud Peron", .person) == ["Margaud Peron"])
        // A ward's word after a place's label stays a place.
        #expect(values("Location: Ward 23 (Acute Medical Unit), Bay C", .person).isEmpty)
    }
    @Test func givenNameInParenthesesAfterADeskOrAPost() {
        #expect(values("The agent I spoke to at the counter (Laura, I think?) told me", .person) == ["Laura"])
        #expect(values("Driver (Kayla) waited 3 hrs before the lead sent him home", .person) == ["Kayla"])
        // Towns qualify desks, firms stand in parentheses as landlords.
        #expect(values("Apologies: Tax Desk (Kehl)", .person).isEmpty)
        #expect(values("Ms. Jones says the landlord (Davis-Moreno) threatened eviction", .person) == ["Jones"])
        #expect(values("handover with the Service Desk (Columbus).", .person).isEmpty)
    }
    @Test func whoDidAThingAfterAFrenchParticipleAndPar() {
        #expect(values("- Clé du local vélos : rendue par Neveu à l'accueil", .person) == ["Neveu"])
        #expect(values("Analyse bactério prélevée par Blondel, résultats sous 48 h.", .person) == ["Blondel"])
        #expect(values("# maintenu par Georges Richard, relu par Klein", .person) == ["Georges Richard", "Klein"])
        // What firms do stays theirs.
        #expect(values("Fabriqué par Torres dans son atelier", .person).isEmpty)
        #expect(values("les colis ont été expédiés par Legrand, suivi 7738", .person).isEmpty)
    }
    @Test func frenchImperativesAndThanksBeforeAPerson() {
        #expect(
            values("Le code du coffre a changé, demande-le à Margaud (je ne le mets pas ici).", .person) == ["Margaud"]
        )
        #expect(values("Pour toute question, adressez-vous à Franck.", .person) == ["Franck"])
        #expect(values("Grâce à Jacquet, l'équipe a tenu les délais", .person) == ["Jacquet"])
        #expect(
            values("présidée par Mme Ferreira. Merci à Arnaude pour la saisie.", .person) == ["Ferreira", "Arnaude"]
        )
        // Data handed to a firm named like a family stays unnamed.
        #expect(values("les enregistrements et les données transmises à Launay.", .person).isEmpty)
    }
    @Test func birthplacesAndNumberedRoomsNameNoOne() {
        #expect(values("Prénom : Arthur\nLieu de naissance : Rémy\nAdresse :", .person) == ["Arthur"])
        #expect(values("Geburtsort: Bernd", .person).isEmpty)
        let chat = """
            [08:12] Randolf: Morgen zusammen, Zimmer 2 hat keinen Strom am Stuhl
            [08:40] Monika: Die Abdrücke für Frau Sophia Zimmer sind noch nicht beim Labor
            """
        #expect(values(chat, .person) == ["Randolf", "Monika", "Sophia Zimmer"])
    }
    @Test func petsAfterTheirKindAndFirmsByTheirTrade() {
        #expect(
            values("Betreff: Rechnung - Kater Moritz\n\nFür die Zahnsanierung bei Moritz wurde mir", .person).isEmpty
        )
        #expect(values("C-1003,Morgan & Reed Landscaping,Essentials,Semimonthly,NC", .person).isEmpty)
        #expect(!values("Oestrovsky / Fritsch / Immo (Leiharbeiter, Fa. Aumann)", .person).contains("Aumann"))
        #expect(values("Rückfragen an Fa. Aumann, bitte", .person).isEmpty)
        // A person's name after `&` stays one.
        #expect(values("Subject: Balance payment - Glover & Rees wedding", .person) == ["Glover", "Rees"])
    }
}
