import BulwarkShield
import Testing

/// Cases from the thirty-third session: what the read blind sets' leaks have in common, and the look-alikes the rules
/// must not take.
@Suite("PII scanner: phones after calling someone, passports as PP, b. after a dash, roles and departments, O'Brien")
struct DLPThirtyThirdTests {
    @Test func phoneAfterCallingSomeone() {
        #expect(values("Text Stacy on 4237958897 if you're running late.", .phone) == ["4237958897"])
        #expect(values("If you can't make it please text Darius on 3574619465.", .phone) == ["3574619465"])
        #expect(values("Refund it to the same card. I'm at 4374302324 if you need anything.", .phone) == ["4374302324"])
        #expect(values("Approved by phone. Call back no. 615.923.9875.", .phone) == ["615.923.9875"])
        // Ten digits after a place or a thing, or an order's number.
        #expect(values("The truck is parked at Gate B on 4237958897 units", .phone).isEmpty)
        #expect(values("Ship order 4237958897 on Monday.", .phone).isEmpty)
    }

    @Test func roleNamedAfterAnIdentifier() {
        #expect(values("Questions: Ms. Dana Watts, Case Manager, 627-324-8626x5555", .phone) == ["627-324-8626x5555"])
        #expect(values("Contact: Mrs. Bea Benton, Case Worker, 574-501-7056", .phone) == ["574-501-7056"])
        // The identifier's word itself still labels what follows.
        #expect(values("Case 627-324-8626 was closed.", .phone).isEmpty)
        #expect(values("Order no. 615.923.9875 shipped", .phone).isEmpty)
    }

    @Test func passportAbbreviated() {
        #expect(values("CA - Brooks, Samuel - US - PP 372877472 exp 2029-05-31", .passport) == ["372877472"])
        #expect(values("Simpson, Victor - pp no 859802752 - British", .passport) == ["859802752"])
        #expect(values("PP#: C63776021", .passport) == ["C63776021"])
        // Pages, or a lowercase abbreviation with no number's word.
        #expect(values("See pp. 12-15 and pp 1234567 in the manual.", .passport).isEmpty)
        #expect(values("PP 12 kg bags", .passport).isEmpty)
    }

    @Test func bornAfterAFieldsDash() {
        #expect(values("Jessica Lawrence - b. 25/01/69 - passport 463619436", .dateOfBirth) == ["25/01/69"])
        #expect(values("Carolyn Poole – b. Jul 16, 1974 – British", .dateOfBirth) == ["Jul 16, 1974"])
        #expect(values("Rosie Walker | b. 2001-12-23 | British", .dateOfBirth) == ["2001-12-23"])
        // A list item lettered b.
        #expect(values("a. Review\nb. 12/07/2025 deadline", .dateOfBirth).isEmpty)
    }

    @Test func familyNamesWithAnApostrophe() {
        #expect(values("[14:03] O'Brien, Carole: it's in the DMS under 10234-0012", .person) == ["O'Brien, Carole"])
        #expect(values("Attendees: PC O'Neill (Neighbourhood Policing)", .person) == ["O'Neill"])
    }

    @Test func familyNameAfterReportingTo() {
        #expect(
            values("Controller: Susan Atkinson, reporting to Smith from 17.07.2025", .person) == [
                "Susan Atkinson", "Smith",
            ]
        )
        // A department.
        #expect(values("The ticket was escalated to Security yesterday.", .person).isEmpty)
    }

    @Test func givenNameBeforeAPhoneWithAnAreaCodeInParentheses() {
        #expect(values("Van 2 - Deborah ((0151) 4960385) - Kent", .person) == ["Deborah"])
    }

    @Test func rolesAndDepartmentsAreNoPeople() {
        let rota = "name\trole\tlicence\tMon\nJane Doe\tDriver\tC1\toff\nCheryl Smith\tPorter (agency)\tB\toff\n"
        #expect(values(rota, .person) == ["Jane Doe", "Cheryl Smith"])
        #expect(values("Actions: Fleet to chase tail lift; Warehouse to send the list", .person).isEmpty)
        // A family name that is a word still acts in minutes.
        #expect(values("- Marsh to chase the landlord", .person) == ["Marsh"])
    }

    @Test func phoneNotedInParentheses() {
        #expect(
            values("Christopher Erickson\n5073024800 (office) | 320.583.3743x78556 (cell)", .phone) == [
                "5073024800", "320.583.3743x78556",
            ]
        )
        #expect(values("Item 5073024800 (work order) shipped", .phone).isEmpty)
    }

    @Test func familyNamesBeforeWhatTheyDid() {
        #expect(values("Left a voicemail. Phillips hasn't been in touch yet.", .person) == ["Phillips"])
        #expect(values("Plaintes récurrentes. Lagarde suggère un planning de rangement.", .person) == ["Lagarde"])
        #expect(values("- Reuter ruft den Geschäftsführer an", .person) == ["Reuter"])
        #expect(values("Right, I'll deactivate 4471. Newman will need to pop by reception.", .person) == ["Newman"])
    }

    @Test func roleMailboxesAreNoPersonalData() {
        #expect(values("To: bookings@lexiconbridge.co.uk\nFrom: noreply@x-corp.com", .email).isEmpty)
        #expect(values("Cc: claims-ops@harbourline.co.uk, service.client@norvane.fr", .email).isEmpty)
        // A person's address, or one with a name or a number in it.
        #expect(
            values("me: jane.doe@gmail.com, info.smith@corp.com, sales2@corp.com", .email) == [
                "jane.doe@gmail.com", "info.smith@corp.com", "sales2@corp.com",
            ]
        )
        // A role mailbox's password is still a password.
        #expect(values("SMTP: noreply@mail.corp.com:Wq8#kLm22zP", .password) == ["Wq8#kLm22zP"])
    }

    @Test func germanNounsEndingLikeStreetsAndTagsInLogs() {
        #expect(values("Sichtkontrolle (Lupe, Arbeitsplatz 2).", .streetAddress).isEmpty)
        #expect(values("Das Schiff wird an Liegeplatz 4 erwartet.", .streetAddress).isEmpty)
        #expect(values("Marktplatz 3, 10115 Berlin", .streetAddress) == ["Marktplatz 3, 10115 Berlin"])
        #expect(values("scan ok tag=0482738114 flight=RG2214", .phone).isEmpty)
    }

    @Test func givenNameAfterWithBeforeALowercaseWord() {
        #expect(
            values("Collection for Kimberley is with Joanne on the third floor.", .person) == ["Kimberley", "Joanne"]
        )
        #expect(values("The handover with Sabine takes place before the pilot boards.", .person) == ["Sabine"])
        // Models and products named like people, as prompts to an assistant name them.
        #expect(values("Can you compare this with Claude and translate it into German?", .person).isEmpty)
        // A firm, a double name, a place.
        #expect(values("Parts are on order with Williams and Sons, tracking pending.", .person).isEmpty)
        #expect(values("I'll confirm with Grant-Gay by Friday.", .person).isEmpty)
        #expect(values("We flew with Virginia on the way back.", .person).isEmpty)
    }

    @Test func familyNameDoingAnActionNamedBeforeDurch() {
        #expect(values("Einarbeitung durch Hartung. Carl soll vorher noch", .person) == ["Hartung", "Carl"])
        #expect(values("Druckprüfung durch Rädel am Dienstag.", .person) == ["Rädel"])
        // A thing after durch.
        #expect(values("Verzögerung durch Regen am Dienstag.", .person).isEmpty)
    }

    @Test func officesAddressedAndRolesBeforeFamilyNames() {
        #expect(values("Monsieur le Directeur de la publication,", .person).isEmpty)
        #expect(values("Veuillez agréer, Madame la Présidente, mes salutations.", .person).isEmpty)
        #expect(values("Monsieur Le Goff a signé.", .person) == ["Le Goff"])
        #expect(values("Your reporter Jackson did not record our conversation.", .person) == ["Jackson"])
    }

    @Test func referenceAfterAPhonesWord() {
        #expect(values("Paid by card over the phone, ref 829898533", .phone).isEmpty)
        #expect(values("Phone on order: 562-282-6422x51526", .phone) == ["562-282-6422x51526"])
    }

    @Test func birthDateAsTheItemAfterAName() {
        #expect(values("1. Colin Benson, 02/02/1959, of 28 Jones Islands", .dateOfBirth) == ["02/02/1959"])
        #expect(values("  Jill Murphy, 04 June 1952, parent Tony Scott", .dateOfBirth) == ["04 June 1952"])
        // A recent date after a name is a letter's or a visit's.
        #expect(values("Letter from Peter Brown, 1998-04-02, re: lease", .dateOfBirth).isEmpty)
    }

    @Test func capitalisedWordsOnlyAreNoName() {
        #expect(values("[09:02] Carl Smith (Parts Counter): Morning, anyone know", .person) == ["Carl Smith"])
        #expect(values("| 5 | HOA resale certificate requested | Listing Agent | 30.01.2025 |", .person).isEmpty)
        // Given names that are words open names of words.
        #expect(values("Signed: Mark Price", .person) == ["Mark Price"])
    }

    @Test func shortPhoneWordsEndNoLongerWord() {
        // `spring` and `during` end with `ring`, which labels a phone only as a word of its own.
        #expect(values("\"GET /spring-sale HTTP/1.1\" 200 18422 \"https://www.google.com/\"", .phone).isEmpty)
        #expect(values("Subject: Damage to my car during tow — job 2026-77310", .phone).isEmpty)
        #expect(values("Please ring 0161 496 0000 after six.", .phone) == ["0161 496 0000"])
    }

    @Test func rankBeforeAGivenNameThatNamesAPlaceAndToDo() {
        #expect(values("Report filed, case #24-0519-3312, Officer Jordan", .person) == ["Jordan"])
        #expect(values("We flew to Jordan last May.", .person).isEmpty)
        #expect(values("3. Lozano to do co-branded flyers.", .person) == ["Lozano"])
    }

    @Test func phonesUnderGermanUnterInFrenchPairsAndInKeys() {
        #expect(values("Sie erreichen mich tagsüber unter 00642 76313.", .phone) == ["00642 76313"])
        #expect(values("numéro laissé pour suivi : 02 61 17 71 37", .phone) == ["02 61 17 71 37"])
        #expect(values("TWILIO_FROM_NUMBER=3097095826", .phone) == ["3097095826"])
        // A number under an amount, an order written in pairs of four.
        #expect(values("Rechnungen unter 10000 Euro zahlt die Filiale.", .phone).isEmpty)
        #expect(values("Commande n° 01 23 45 67", .phone).isEmpty)
    }

    @Test func birthDateWithATwoDigitYearInParentheses() {
        #expect(
            values("e.g. Brittney Hartman (25/02/84) and Cody Beasley (08.02.44).", .dateOfBirth) == [
                "25/02/84", "08.02.44",
            ]
        )
        #expect(values("Meeting with Anna Berg (12/03/24) went well.", .dateOfBirth).isEmpty)
    }

    @Test func moreVerbsAfterFamilyNames() {
        #expect(values("Retour RMA-55140. Turpin attend la réponse du fabricant.", .person) == ["Turpin"])
        #expect(values("Rappel : Legros n'a toujours pas payé sa caution.", .person) == ["Legros"])
        #expect(values("Tausch am Mittwoch gebeten, Riehl würde tauschen.", .person) == ["Riehl"])
        // A thing before the verb.
        #expect(values("Kunde sagt, der Keller kommt dazu.", .person).isEmpty)
    }

    @Test func germanPoliceRanks() {
        #expect(values("Aktenzeichen 4711-24-00893, Sachbearbeitung PHK Spieß.", .person) == ["Spieß"])
        #expect(values("Vernommen durch: KOK Bien", .person) == ["Bien"])
    }

    @Test func aGermanNounAfterAFamilyNamesComma() {
        #expect(values("Kunde: Jacob, Kundennummer K-3381", .person) == ["Jacob"])
        #expect(values("Kunde: Jacob, Hans", .person) == ["Jacob, Hans"])
    }
}
