import BulwarkShield
import Testing

/// Cases from the twenty-ninth session: what the blind sets' leaks and false alarms have in common (read in the sets
/// `evals/templates/268-` and `270-blind-final.txt`, and earlier read sets), and the look-alikes the rules must not
/// take.
@Suite("PII scanner: degrees after names, German call openings, one-letter phone labels, fingerprints")
struct DLPTwentyNinthTests {
    @Test func fingerprintIsNoIPv6Address() {
        let sha256 =
            "SHA-256 fingerprint 9C:4E:1A:77:0B:D2:65:F3:88:21:AC:5D:0E:B9:3F:62:71:C8:9C:4E:1A:77:0B:D2:65:F3 ok"
        #expect(values(sha256, .ipAddress).isEmpty)
        #expect(values("SHA1 9C:4E:1A:77:0B:D2:65:F3:88:21:AC:5D:0E:B9:3F:62:71:C8:9C:4E", .ipAddress).isEmpty)
        // An address with its port after it, unbracketed, is still one.
        let log = "connect to 2001:db8:85a3:1:2:8a2e:370:7334:51460 failed"
        #expect(values(log, .ipAddress) == ["2001:db8:85a3:1:2:8a2e:370:7334"])
    }

    @Test func degreeAfterATitledNameKeepsTheName() {
        #expect(values("Provider: Brightline Optical #117, Dr. Rodriguez OD\nSignature", .person) == ["Rodriguez"])
        #expect(values("with Dr. Rodriguez DDS and", .person) == ["Rodriguez DDS"])
        #expect(values("with Dr. Rodriguez MD and", .person) == ["Rodriguez MD"])
        #expect(values("Nurse: Anna Rodriguez RN", .person) == ["Anna Rodriguez"])
        // A word and an acronym that is no degree stay a product.
        #expect(values("Runs on Intel Mac OS X", .person).isEmpty)
    }

    @Test func lastFirstCellOfANameColumnWithNamesNoLexiconKnows() {
        let rota = "Name;Funktion;Mo;Di\nFechner, Nadeschda;Auszubildende;Berufsschule;7-13\n"
        #expect(values(rota, .person) == ["Fechner, Nadeschda"])
        #expect(values("Name\tRolle\tTel\nFechner, Nadeschda\tMFA\t123\n", .person) == ["Fechner, Nadeschda"])
        // A place and its district under `Name` is no one; nor is a word.
        #expect(values("Name;Ort;Mo\nBerlin, Mitte;x;y\n", .person).isEmpty)
        #expect(values("Name;Typ;Mo\nSupport, Internal;x;y\n", .person).isEmpty)
        // Goods and German nouns in a `Name` column (review).
        #expect(values("Name;Menge;Einheit\nSchrauben, Senkkopf;100;Stk\nDübel, Nylon;50;Stk", .person).isEmpty)
        #expect(values("Name\tTyp\tStatus\nRechnungslauf, Monatlich\tx\ty", .person).isEmpty)
        #expect(values("Name;Funktion;Mo\nArbeitsplatz, Empfang;x;y\nSchulung, Hygiene;x;y", .person).isEmpty)
    }

    @Test func germanCallerNamesThemselfBeforeHier() {
        #expect(values("„Lehmann hier, ich rufe wegen des Termins an.", .person) == ["Lehmann"])
        #expect(values("Hallo, Anna Weber hier. Ich rufe an", .person) == ["Anna Weber"])
        #expect(values("Ja, Bloch hier – ich wollte fragen", .person) == ["Bloch"])
        #expect(values("Technik hier, bitte melden", .person).isEmpty)
        #expect(values("Ich bin hier, wenn ihr mich braucht", .person).isEmpty)
        // Weather after a colon, a firm in French (`hier`: yesterday) — review.
        #expect(values("Wetterlage am Standort: Nebel hier, Sonne im Süden.", .person).isEmpty)
        #expect(values("Les pics de charge. Orange hier, SFR aujourd'hui", .person).isEmpty)
        #expect(values("[09:14] Lehmann hier, ich rufe wegen der Lieferung an", .person) == ["Lehmann"])
    }

    @Test func listedGivenNameWithTheirTeamBeforeWhatTheyDid() {
        let notes = "Internal notes:\n- Donna (billing): confirmed duplicate charge"
        #expect(values(notes, .person) == ["Donna"])
        // A setting's label with a note, and a given name that is a word, stay labels.
        #expect(values("- Max (default): use the highest value", .person).isEmpty)
        #expect(values("- Grace (tests): passed all of them", .person).isEmpty)
        #expect(values("- Jordan (optional): set the region", .person).isEmpty)
        #expect(values("- Alice (db01): restarted the service", .person).isEmpty)
    }

    @Test func oneLetterPhoneLabelsOfASignature() {
        #expect(values("Brightline Optical | Support Center\nm. 5912733210", .phone) == ["5912733210"])
        #expect(values("Acme | t. 0123 456789", .phone) == ["0123 456789"])
        // A page or a length is no label.
        #expect(values("see p. 1234567890", .phone).isEmpty)
        #expect(values("Box 5 m. 12345678 deep", .phone).isEmpty)
        // A lettered list's item, a date (review).
        #expect(values("a. 12\nb. 7\nc. 4471029384", .phone).isEmpty)
        #expect(values("Lieferschein\nd. 20240115", .phone).isEmpty)
    }

    @Test func militaryAddressAfterACalendarColon() {
        #expect(
            values("LOCATION:Unit 9303 Box 4596, DPO AE 47652\nDESCRIPTION:visit", .streetAddress) == [
                "Unit 9303 Box 4596, DPO AE 47652"
            ]
        )
        #expect(values("LOCATION:USNV Hodge, FPO AP 82688", .streetAddress) == ["USNV Hodge, FPO AP 82688"])
    }

    @Test func placeOrFirmWordInThePluralEndsNoName() {
        #expect(values("FLU AND COVID JABS – AUTUMN CLINICS\nOur Saturday clinics", .person).isEmpty)
        #expect(values("Thanks, Tyler Banks", .person) == ["Tyler Banks"])
        #expect(values("met Lisa Woods at the gate", .person) == ["Lisa Woods"])
        // Family names in the plural after a given name that is no word (review).
        #expect(values("Please forward to Ana Villas", .person) == ["Ana Villas"])
        #expect(values("Spoke with Carlos Plazas today", .person) == ["Carlos Plazas"])
    }

    @Test func childrenListedWithTheirAges() {
        #expect(values("Kinder: Lissy (10), Kai-Uwe (5)\nNettoeinkommen", .person) == ["Lissy", "Kai-Uwe"])
        #expect(values("Enfants : Agnès (10 ans), Margaud (4 ans)", .person) == ["Agnès", "Margaud"])
        #expect(values("Children: Billy (12), Emma (9)", .person) == ["Billy", "Emma"])
        // Words with a count, or a name-like word under another label, are no children.
        #expect(values("Kids: Rooms (10), Items (5)", .person).isEmpty)
        #expect(values("Items: Lissy (10)", .person).isEmpty)
        // Groups counted after the label, with no child's name among them (review).
        #expect(values("Kinder: Krippe (12), Kita (25), Hort (18)", .person).isEmpty)
        #expect(values("Enfants : Garçons (12), Filles (9)", .person).isEmpty)
        #expect(values("Kids: Lego (3), Duplo (2), Playmobil (4)", .person).isEmpty)
        #expect(values("Children: Billy (age 12), Lissy (age 9)", .person) == ["Billy", "Lissy"])
    }

    @Test func nameAfterTheirRoleAsAuPair() {
        #expect(values("our au pair Julia is supposed to fly home", .person) == ["Julia"])
        #expect(values("We work with au pair Ireland agency", .person).isEmpty)
    }

    @Test func germanTimeWithUhrBeforeWhoActed() {
        #expect(values("Notizen:\n- 5:40 Uhr Helmut merkt, dass die Brötchen fehlen", .person) == ["Helmut"])
        #expect(values("- 5:40 Uhr Lieferung kommt an", .person).isEmpty)
    }

    @Test func signOffWithAGivenNameThatIsAMonth() {
        #expect(values("Thanks a lot,\nApril\n\n--\nApril Hoffman", .person) == ["April", "April Hoffman"])
        #expect(values("Thanks a lot,\nApril", .person) == ["April"])
        #expect(values("Thanks,\nMay 2024 report attached", .person).isEmpty)
        #expect(values("Thanks,\nWill do", .person).isEmpty)
        // A month heading a paragraph after a blank line is none (review); CRLF and a full stop are.
        #expect(values("The files are off.\n\nThanks!\n\nMay\n\nRevenue was up", .person).isEmpty)
        #expect(values("Thanks a lot,\r\nApril\r\n\r\n-- \r\nsent", .person) == ["April"])
        #expect(values("Thanks a lot,\nApril.", .person) == ["April"])
    }

    @Test func addresseeAfterZuHaendenWithAGivenNameTheLexiconsLack() {
        #expect(values("Otto KGaA\nz. Hd. Traute Martin\nFranz-Josef-Mosemann-Gasse 0", .person) == ["Traute Martin"])
        #expect(values("z. Hd. Buchhaltung Abteilung", .person).isEmpty)
    }

    @Test func signOffAfterAnExclamationMark() {
        #expect(values("Merci ! Anna", .person) == ["Anna"])
        #expect(values("Thanks! Anna", .person) == ["Anna"])
        #expect(values("Thanks! Monday", .person).isEmpty)
        // Wishes and one-word replies after `!` (review).
        #expect(values("Danke! Schönes Wochenende", .person).isEmpty)
        #expect(values("Vielen Dank! Frohe Ostern", .person).isEmpty)
        #expect(values("Merci ! Parfait.", .person).isEmpty)
    }

    @Test func driversColumnOfARota() {
        let rota = "Fahrer;Mo;Di;Handy\nErika Kade;F1;F1;0559\nJan-Peter Schottin;S2;S2;0499"
        #expect(values(rota, .person) == ["Erika Kade", "Jan-Peter Schottin"])
        let planning = "conducteur\tlun\tmar\nOcéane Pruvost\tR\tN\nTristan Couturier\tM\tM"
        #expect(values(planning, .person) == ["Océane Pruvost", "Tristan Couturier"])
        // A vehicle in the drivers' column is no one.
        #expect(values("Fahrer;Mo\nSprinter Blau;F1", .person).isEmpty)
        // The rota's stand-in (review).
        #expect(values("Fahrer;Tour;Fahrzeug\nSpringer;T3;B-XY 12", .person).isEmpty)
        #expect(values("Fahrer;Mo;Di\nFrei;F1;F1", .person).isEmpty)
    }

    @Test func messageSignedWithAGivenNameAfterItsLastSentence() {
        #expect(values("Please bring the updated evacuation plan. Gregory", .person) == ["Gregory"])
        #expect(values("We moved the event. Victoria", .person).isEmpty)
        #expect(values("The meeting is done. Thanks", .person).isEmpty)
        // After a question the word is its answer (review).
        #expect(values("Which accent colour should the flyer use? Jade", .person).isEmpty)
    }

    @Test func givenNameAskedToDoSomething() {
        #expect(values("Son is upset, rang twice. Jade please call him first thing", .person) == ["Jade"])
        #expect(values("Note please check the totals", .person).isEmpty)
        #expect(values("Austin please send the figures", .person).isEmpty)
        // An assistant addressed by its name (review); a chat's time stamp opens a sentence too.
        #expect(values("Here is the draft. Claude please make it shorter", .person).isEmpty)
        #expect(values("[10:02] Jade please call him back", .person) == ["Jade"])
    }

    @Test func givenNameAsTheUserOfALinksCredentials() {
        let remote = "url = https://Ellen:ghp_3GmjUdxwxb5rLzJL6ssWsxhOs4TDesGXkLGh@github.com/x.git"
        #expect(values(remote, .person) == ["Ellen"])
        #expect(values(remote, .githubToken) == ["ghp_3GmjUdxwxb5rLzJL6ssWsxhOs4TDesGXkLGh"])
        #expect(values("https://Ellen:8080/path", .person).isEmpty)
    }

    @Test func frenchAbsenceAfterAFullName() {
        #expect(values("- Édith Faivre absent demain (enfant malade)", .person) == ["Édith Faivre"])
    }

    @Test func bareNorthAmericanNumberAfterAGivenName() {
        let list = "Lisa (633)919-2981\nBenjamin 205.975.9530\nVeronica 4242800318"
        #expect(values(list, .phone) == ["(633)919-2981", "205.975.9530", "4242800318"])
        #expect(values("Backup: Keith Moore 8195969551", .phone) == ["8195969551"])
        // After a word, a place or a given name that is a word, ten digits are an order's or a reference.
        #expect(values("Order 4242800318 shipped", .phone).isEmpty)
        #expect(values("Victoria 4242800318", .phone).isEmpty)
        #expect(values("Mark 4242800318", .phone).isEmpty)
        // A date with a counter, a number before more words, an identifier's label (review).
        #expect(values("Rechnung an Sabine 2023110402", .phone).isEmpty)
        #expect(values("SEPA-Lastschrift Thomas Weber 4012345678 Beitrag 2024", .phone).isEmpty)
        #expect(values("Neue Kundennummer: Stefan Braun 7012345678", .phone).isEmpty)
        // A colon or an aligned column's gap between (review).
        #expect(values("Veronica: 4242800318", .phone) == ["4242800318"])
        #expect(values("Keith Moore  8195969551", .phone) == ["8195969551"])
        #expect(values("Order: 4242800318", .phone).isEmpty)
    }

    @Test func apprenticesTutorAndFirstAiderLabels() {
        let tutor = "Tuteur en entreprise : Lorraine Valentin, joignable au +33 2 98 28 29 00"
        #expect(values(tutor, .person) == ["Lorraine Valentin"])
        #expect(values("Ersthelfer: Bettina Junk", .person) == ["Bettina Junk"])
        #expect(values("Tuteur : voir contrat", .person).isEmpty)
        #expect(values("Ersthelfer: 2 pro Schicht", .person).isEmpty)
    }

    @Test func peopleBeforeTheirHoursInASchedule() {
        let plan = "Dienstplan KW 14\nMo: Dana 8–16 Uhr (Bus 1), Burghard 10–18 Uhr (Bus 2)\nDi: Dana 8–16 Uhr (Bus 1)"
        #expect(values(plan, .person) == ["Dana", "Burghard", "Dana"])
        #expect(
            values("lun. : Sébastien 9h–17h camion 1 ; Tristan 10h–18h camion 2", .person) == ["Sébastien", "Tristan"]
        )
        #expect(values("Sat: Kevin 9am-5pm", .person) == ["Kevin"])
        // A place or a word before hours is a room or a task.
        #expect(values("Room Victoria 9-17", .person).isEmpty)
        #expect(values("Mark 9-17", .person).isEmpty)
        // A room's, a ward's or a shop's name after its noun (review); night shifts and spaced dashes are hours.
        #expect(values("Besprechungsraum Anna 10–12 Uhr belegt", .person).isEmpty)
        #expect(values("Pizzeria Marco 11–23 Uhr, Bistro Lena 8–15 Uhr", .person).isEmpty)
        #expect(values("Dienstplan:\nMo: Dana 8:00 – 16:00\nDi: Dana 22–6 Uhr", .person) == ["Dana", "Dana"])
        // After a colon or in parentheses (review).
        #expect(values("Dienstplan\nDana: 8–16 Uhr\nLisa (9–17 Uhr)", .person) == ["Dana", "Lisa"])
        #expect(values("Raum: 8–16 Uhr", .person).isEmpty)
    }

    @Test func nameAfterWordsSayingWhatSomeoneIsCalledBy() {
        #expect(values("il faut sonner à l'interphone au nom de Schmitt. Vous pouvez", .person) == ["Schmitt"])
        #expect(values("booked under the name Okafor for 7pm", .person) == ["Okafor"])
        #expect(values("the domain is in the name of Acme", .person).isEmpty)
        #expect(values("in the name of Love", .person).isEmpty)
        // A pet answers to its name (review).
        #expect(values("Der Kater hört auf den Namen Felix", .person).isEmpty)
    }

    @Test func hairdresserAsARoleBeforeAName() {
        #expect(values("am Samstag war Ihre Friseurin Carl bei mir zu Hause", .person) == ["Carl"])
        // Salons and levels are no one (review).
        #expect(values("Stylist: Junior", .person).isEmpty)
        #expect(values("Friseur Salon Marion, Hauptstraße 12", .person).isEmpty)
    }

    @Test func storageNamesAndSPFRecords() {
        // A Fibre Channel WWN is eight groups of two hex digits, no IPv6 address (review).
        #expect(values("WWN 50:06:01:60:3b:a0:12:34 on port 3", .ipAddress).isEmpty)
        // An SPF record glues its mechanism to the address.
        let spf = "v=spf1 ip6:2001:0db8:85a3:0000:0000:8a2e:0370:7334 -all"
        #expect(values(spf, .ipAddress) == ["2001:0db8:85a3:0000:0000:8a2e:0370:7334"])
    }

    @Test func militaryCommunityMailRoomAddress() {
        #expect(values("Ship to CMR 480 Box 1234, APO AE 09128", .streetAddress) == ["CMR 480 Box 1234, APO AE 09128"])
    }
}
