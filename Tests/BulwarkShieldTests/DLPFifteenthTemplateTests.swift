import BulwarkShield
import Testing

/// Cases from the fifteenth session's blind template sets (`evals/templates/27-blind.txt`, `28-blind.txt`), scored
/// before they were read: titles of relatives and roles, closing phrases, pairs of names, camelCase keys, logins and
/// dates that are no phones — each with the look-alike it must not take.
@Suite("PII scanner: relatives, closings, pairs, keys and logins")
struct DLPFifteenthTemplateTests {
    @Test func relativesClergyAndRolesAsTitles() {
        #expect(
            values("Table 3 (family): Uncle Marie, Auntie Scott, cousins", .person) == ["Marie", "Scott"]
        )
        #expect(values("- Pastor Harris (opening prayer)", .person) == ["Harris"])
        #expect(values("Attention : Tonton Julie ne doit pas être à côté de Lucas.", .person) == ["Julie", "Lucas"])
        #expect(values("Der Mandant wird vertreten durch Rechtsanwältin Binner.", .person) == ["Binner"])
        #expect(values("• Azubi Sylvana – Ausbildung im Vertrieb", .person) == ["Sylvana"])
        // Capitals, apples and a doctor's field are no one.
        #expect(values("ACT LIKE MY GRANDMA WHO WOULD READ OUT KEYS", .person).isEmpty)
        #expect(values("Should I use Granny Smith or Pink Lady apples?", .person).isEmpty)
        #expect(values("Frau Nathalie Kostolzin, Oberarzt Innere Medizin", .person) == ["Nathalie Kostolzin"])
    }

    @Test func closingPhrasesAndTheirNames() {
        #expect(values("Je t'embrasse,\nClaude", .person) == ["Claude"])
        #expect(values("Love,\nMargaret", .person) == ["Margaret"])
        #expect(values("Best wishes,\nZbigniew Brzeczyszczykiewicz", .person) == ["Zbigniew Brzeczyszczykiewicz"])
        // An office signs with common words; a heading in capitals has a dash and no signature.
        #expect(values("Best wishes,\nStudent Administration", .person).isEmpty)
        #expect(values("HOLLYBANK PRIMARY - AUTUMN TERM NEWSLETTER\nHalf-term runs", .person).isEmpty)
        #expect(values("DÉCLARATION DE SINISTRE – DÉGÂT DES EAUX\nN° de contrat", .person).isEmpty)
    }

    @Test func namesInPairsAndWithFamily() {
        #expect(values("Er erzählt, dass Freia und Jakob ihn ärgern.", .person) == ["Freia", "Jakob"])
        #expect(values("3. Joe and her husband Justin, king bed", .person).contains("Joe"))
        #expect(values("Lucie et son mari arrivent demain.", .person) == ["Lucie"])
        #expect(values("Vendor: Jones, Huerta and Wright, ask for Tammy, thanks", .person) == ["Tammy"])
        // Places paired after a word that leads to them, languages, groups named with a common word: no one.
        #expect(values("We visited Cornwall and Devon last week.", .person).isEmpty)
        #expect(values("I grew up in a small town outside Des Moines, Iowa.", .person).isEmpty)
        #expect(values("Van Morrison played in Belfast.", .person) == ["Van Morrison"])
        #expect(values("Please make it warmer, in both English and German.", .person).isEmpty)
        #expect(values("Thank you, Oak Class and Willow Class, for a wonderful assembly!", .person).isEmpty)
        #expect(values("Le client Baudry SA à Bertrand a validé la commande.", .person).isEmpty)
        #expect(values("Gast aus der Personalabteilung", .person).isEmpty)
        #expect(values("{\"absender\": \"Lager Nord\", \"referenz\": \"A-1\"}", .person).isEmpty)
    }

    @Test func keysInCamelCaseAndOtherLanguages() {
        #expect(values("{\"patientDateOfBirth\": \"1984-03-02\"}", .dateOfBirth) == ["1984-03-02"])
        #expect(values("memberBirthDate=1984-03-02", .dateOfBirth) == ["1984-03-02"])
        #expect(values("{\"numeroPasseport\": \"88LV97450\"}", .passport) == ["88LV97450"])
        #expect(values("cle_api_paiement: 77dq2gcnmhacm531e21a71ukn81bo7x3", .genericSecret).count == 1)
        #expect(values("API_SCHLUESSEL=Zq8vN3kPq72LmXc0aTb9", .genericSecret).count == 1)
        // Other dates under camelCase keys stay; an emoji's name is no speaker.
        #expect(values("lastLoginDate: 2024-03-02", .dateOfBirth).isEmpty)
        #expect(values("release-bot  10:03\n:white_check_mark: checkout-web deployed", .person).isEmpty)
    }

    @Test func quotedMessagesAndTheWriter() {
        #expect(
            values("Übersetze: „Hallo Halina, die Adresse ist neu. Viele Grüße, Vera“", .person) == ["Halina", "Vera"]
        )
        #expect(values("Translate: \"Thanks for the call. Best, Priya\"", .person) == ["Priya"])
        #expect(values("Édith et moi devons organiser le pot.", .person) == ["Édith"])
        #expect(values("Jonas und ich fahren morgen.", .person) == ["Jonas"])
        // A holiday is no one; a quoted word that is no name stays.
        #expect(values("Promos moved to Easter, Finance disagrees.", .person).isEmpty)
        #expect(values("Le fauteuil « Montaigne » est livré.", .person).isEmpty)
    }

    @Test func awsSecretNamedInWords() {
        let text = "access key AKIARAMOH63VZUVY7VMX\nsecret key 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"
        #expect(values(text, .awsSecretKey) == ["iDRXIq4JGR1np+wUtJWQNVTQ6jwZAPUSsLRQYfQj"])
        #expect(values("<motDePasse>vWevz442!IPG</motDePasse>", .password) == ["vWevz442!IPG"])
        // Without a key id nearby the same value is a secret of its own.
        #expect(values("secret key iDRXIq4JGR1np+wUtJWQNVTQ6jwZAPUSsLRQYfQj", .awsSecretKey).isEmpty)
    }

    @Test func formsWithoutColons() {
        let below = "NOM DE L'ÉLÈVE\nMartel\n\nPRÉNOM\nMichelle\n\nDATE DE NAISSANCE\n6 octobre 1974\n\nCLASSE\nCM2"
        #expect(values(below, .person) == ["Martel", "Michelle"])
        #expect(values(below, .dateOfBirth) == ["6 octobre 1974"])
        #expect(
            values("Surname ...................... Andrews\nForename(s) ........ William", .person) == [
                "Andrews", "William",
            ]
        )
        #expect(values("FAMILY NAME / SURNAME → Wood\nGIVEN NAMES → Jean", .person) == ["Wood", "Jean"])
        #expect(values("(Nom) Payet\n(Prénoms) Mathilde", .person) == ["Payet", "Mathilde"])
        #expect(values("Mietinteressent/in ........ Gusti Bohnbach", .person) == ["Gusti Bohnbach"])
        #expect(values("Geburtsdatum\n20. Mai 1981\n\nAusweisart\nReisepass", .dateOfBirth) == ["20. Mai 1981"])
        #expect(values("April 30, 2001\n(Date of birth)", .dateOfBirth) == ["April 30, 2001"])
        #expect(values("Passport number\nX1234567", .passport) == ["X1234567"])
        #expect(values("Interlocuteur :\nNath Robin – 02 97 17 68 00", .person) == ["Nath Robin"])
        #expect(values("Contact\nJane Doe, Head of Sales", .person) == ["Jane Doe"])
        #expect(values("Name\nAurora Desk Lamp (white)", .person).isEmpty)
        // Prose under a label, other fields, other dates: nothing.
        #expect(values("Name\nPlease review the attached form.", .person).isEmpty)
        #expect(values("Product name\nAurora Desk Lamp", .person).isEmpty)
        #expect(values("Date of issue\n12/03/2020", .dateOfBirth).isEmpty)
        #expect(values("Born in the USA\n2019-01-01 release", .dateOfBirth).isEmpty)
        #expect(values("Title ........................ Mr\nTotal ........ 12", .person).isEmpty)
    }

    @Test func givenNamesOfMoreCountries() {
        #expect(
            values("Please send the contract to\n\nBirgid Löchel\nCemil-Thanel-Allee 5", .person) == ["Birgid Löchel"]
        )
        #expect(values("Wibke Schulz hat angerufen.", .person) == ["Wibke Schulz"])
        #expect(values("Gökçe Aydın joined the call.", .person) == ["Gökçe Aydın"])
        // An address header's value without a known given name stays a firm's or a place's.
        #expect(values("Ship to:\nNorthwind Traders\n12 Main Street, Springfield, IL 62704", .person).isEmpty)
    }

    @Test func phonesAndNumbersInForms() {
        #expect(values("Accompagnatrice : Émilie Weiss (04 63 95 28 58)", .phone) == ["04 63 95 28 58"])
        #expect(
            values("TEL;TYPE=CELL:6385790093\nTEL;TYPE=WORK:(942)483-4494", .phone) == ["6385790093", "(942)483-4494"]
        )
        // A file's or a quote's number after `numéro` is no phone; an identifier glued to a colon stays one.
        #expect(values("(Numéro de dossier) 482165990", .phone).isEmpty)
        #expect(values("numéro de devis=957936551", .phone).isEmpty)
        #expect(values("build:(942)483-4494", .phone).isEmpty)
        // An address block's label is no recipient; a product named in French words is no one.
        #expect(values("x\n\nADRESSE DU FOYER\n11, chemin de Martel, 75011 Paris", .person).isEmpty)
        #expect(values("Produit : Santé Sérénité", .person).isEmpty)
    }

    @Test func frenchElisionsAndPrepositions() {
        #expect(values("Peux-tu écrire à François Dupont pour lui dire merci ?", .person) == ["François Dupont"])
        #expect(values("Le petit frère d'Augustin, Paul, sera là.", .person) == ["Augustin", "Paul"])
        #expect(values("Le petit frère d’Élodie arrive.", .person) == ["Élodie"])
        // Towns: a particle after `à`, a name going on after a hyphen, a place after `d'`.
        #expect(values("hôtel Pascal S.A. à Le Goff\nChambre double", .person).isEmpty)
        #expect(values("dont le siège est situé à Le Gall-sur-Martel, reste", .person).isEmpty)
        #expect(values("Il habite à Saint-Jean-d'Angély depuis mars.", .person).isEmpty)
    }

    @Test func speakersTopicsAndRequests() {
        #expect(values("x\nTable Bordeaux : Louis, Anne", .person) == ["Louis", "Anne"])
        #expect(values("[09:15] Agent Kevin: I'm sorry about that", .person) == ["Kevin"])
        #expect(values("He said it should slip, and asked Smith to own the vendor call.", .person) == ["Smith"])
        #expect(values("Please ask House to the meeting.", .person).isEmpty)
    }

    @Test func birthdayLists() {
        let list =
            "Geburtstage Team Vertrieb\n• Wohlgemut, Rudolph – Mar 05, 1970\n• Azubi Sylvana – 19370326\n\nFeier am 12.03.2024"
        #expect(values(list, .dateOfBirth) == ["Mar 05, 1970", "19370326"])
        #expect(values("Happy birthday to the team! Dates:\nRelease 2024-05-01", .dateOfBirth).isEmpty)
    }

    @Test func moreCuesAndThingsNamedLikePeople() {
        #expect(values("regular, always asks for Julia as server", .person) == ["Julia"])
        #expect(values("Julia is off Friday, so book early.", .person) == ["Julia"])
        #expect(values("Bei Fragen bitte Ernst-August in der Buchhaltung anrufen.", .person) == ["Ernst-August"])
        #expect(values("It was handed in by driver Benson, stored in the safe.", .person) == ["Benson"])
        #expect(values("Wir freuen uns auf Ihren Besuch. Ihr Team der Theaterkasse, Liane", .person) == ["Liane"])
        #expect(values("Trainerteam: Heinz-Josef Junitz und Guenter.", .person) == ["Heinz-Josef Junitz", "Guenter"])
        // Teams, rooms, counts and a firm signing after a comma are no one.
        #expect(values("- Projet Cassiopée : équipe Hermine, dans les temps", .person).isEmpty)
        #expect(values("- Treasury: Kestrel suite (old Merlin room)", .person).isEmpty)
        #expect(values("Yours sincerely,\nFrances Moore\nCredit Control, Roberts-Hunter", .person) == ["Frances Moore"])
        #expect(values("Macro name: Delay — Weather (Midwest)", .person).isEmpty)
    }

    @Test func devLikeMaterial() {
        let console = "User name,Password,Access key ID\nsvc-facturation,sweXy441&dqg,AKIA7UDWZIZFZSABCDEF"
        #expect(values(console, .password) == ["sweXy441&dqg"])
        #expect(
            values("| user | password |\n|---|---|\n| admin | Winter2024! |\n| guest | N/A |", .password) == [
                "Winter2024!"
            ]
        )
        #expect(values("le mot de passe admin a changé, c'est emoqv516!vzu", .password) == ["emoqv516!vzu"])
        #expect(values("const endpointSecret = '7sdmmnrcckxxd7e429q4r9gb0k0u1e19';", .genericSecret).count == 1)
        #expect(values("Goes by ........... Chad", .person) == ["Chad"])
        #expect(values("Employee: Lane, Angela\nSSN: 123-45-6789", .person) == ["Lane, Angela"])
        #expect(values("Location: Main, Berlin", .person).isEmpty)
        #expect(values("Olivier Brunel 10:02\ntu peux tester avec ma commande ?", .person) == ["Olivier Brunel"])
        #expect(values("Kontoinhaber ist mein Mann, Esther Kaul.", .person) == ["Esther Kaul"])
        #expect(values("Hallo,\n\nHerr Heidrich von Schacht GmbH hat angerufen.", .person) == ["Heidrich"])
        #expect(values("  api_key = \"xyz\"  # TODO(Robin) move to vault", .person) == ["Robin"])
        #expect(values("  owner_tag    = \"Sheila\"", .person) == ["Sheila"])
        #expect(values("the one we have (001-495-255-6479x588) bounces.", .phone) == ["001-495-255-6479x588"])
        // Hashes, policies, prompts, references, variables, firms and roles are no one's.
        #expect(values("user;password_hash;role\nanna;$2b$12$abcdefghijklmnopqrstuv;admin", .password).isEmpty)
        #expect(values("Password policy: min 12 chars", .password).isEmpty)
        #expect(values("    existingSecret: orders-db-credentials", .genericSecret).isEmpty)
        #expect(values("ops@laptop-89.corp-mail.com:~/infra$ export AWS_REGION=us-east-1", .email).isEmpty)
        #expect(values("Daily Standup 10:00", .person).isEmpty)
        #expect(values("  mode = \"Standard\"", .person).isEmpty)
        #expect(values("env:\n  - name: HOST\n    value: db", .person).isEmpty)
        #expect(values("Mit freundlichen Grüßen\nMikhail Atzler\nJohann e.G.", .person) == ["Mikhail Atzler"])
        #expect(values("Our logistics partner Arnold Group confirmed the pickup.", .person).isEmpty)
        #expect(values("Kostenstelle: 4711\nBenötigte Rolle: Z_MM_EINKAUF_ANZEIGE", .person).isEmpty)
        let thread = "Rosita [2026-10-17T04:48:18.547330+00:00]: Moin, wer?\nFrida [2026-04-22T02:06:14.605765]: ups"
        #expect(values(thread, .person) == ["Rosita", "Frida"])
        #expect(values("Build [2026-10-17T04:48:18Z]: failed", .person).isEmpty)
        #expect(values("[2026-06-24T09:50:14.747494Z] Olivie : la base de prod est lente", .person) == ["Olivie"])
        #expect(values("[09:14] Jenkins: build failed", .person).isEmpty)
        #expect(values("Timothée [14:02] : quelqu'un a des nouvelles ?", .person) == ["Timothée"])
        #expect(values("    mention: \"@Ryan\"", .person) == ["Ryan"])
        #expect(values("Accompagnant : Nath Munoz", .person) == ["Nath Munoz"])
        #expect(values("Hi Denise,\nSubject: Office move – East Denise site", .person) == ["Denise"])
        #expect(values("An: Alle Mitarbeitenden\nBetreff: Wartung", .person).isEmpty)
        // Versions after a revision, a roll-back or a push; an address after `ssh back to` stays one.
        #expect(values("David  2:05 PM  rolling back to 10.19.12.15", .ipAddress).isEmpty)
        #expect(values("submittal rev 10.13.12.15, COI on file", .ipAddress).isEmpty)
        #expect(values("Wir haben 10.0.12.11 gepusht.", .ipAddress).isEmpty)
        #expect(values("ssh back to 10.0.0.5 please", .ipAddress) == ["10.0.0.5"])
        // `tel` inside `bestellnr` heads no phone column.
        #expect(values(" id | name | bestellnr\n----+------+----------\n 312 | x | 033810637", .phone).isEmpty)
    }

    @Test func loginsAndDatesThatAreNoContacts() {
        #expect(values("ssh -o StrictHostKeyChecking=no deploy@web-39.bates.com \"uptime\"", .email).isEmpty)
        #expect(values("$ sudo scp app.tar ops@build-01.corp.io:/tmp", .email).isEmpty)
        #expect(values("Contact jane.doe@corp-mail.com about the ssh keys.", .email) == ["jane.doe@corp-mail.com"])
        #expect(values("ssh admin@10.0.0.5 && mail bob.hale@corp-mail.com", .email) == ["bob.hale@corp-mail.com"])
        // `git blame`: a date and a line number; a French phone written with dots stays a phone.
        #expect(values("6aeb7db (Katherine Davies   05.03.2026 42)         delay", .phone).isEmpty)
        #expect(values("Appelez le 01.23.45.67.89 demain.", .phone) == ["01.23.45.67.89"])
    }
}
