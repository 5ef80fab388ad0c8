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
    }

    @Test func germanCallerNamesThemselfBeforeHier() {
        #expect(values("„Lehmann hier, ich rufe wegen des Termins an.", .person) == ["Lehmann"])
        #expect(values("Hallo, Anna Weber hier. Ich rufe an", .person) == ["Anna Weber"])
        #expect(values("Ja, Bloch hier – ich wollte fragen", .person) == ["Bloch"])
        #expect(values("Technik hier, bitte melden", .person).isEmpty)
        #expect(values("Ich bin hier, wenn ihr mich braucht", .person).isEmpty)
    }

    @Test func listedGivenNameWithTheirTeamBeforeWhatTheyDid() {
        let notes = "Internal notes:\n- Donna (billing): confirmed duplicate charge"
        #expect(values(notes, .person) == ["Donna"])
        // A setting's label with a note, and a given name that is a word, stay labels.
        #expect(values("- Max (default): use the highest value", .person).isEmpty)
        #expect(values("- Grace (tests): passed all of them", .person).isEmpty)
        #expect(values("- Jordan (optional): set the region", .person).isEmpty)
    }

    @Test func oneLetterPhoneLabelsOfASignature() {
        #expect(values("Brightline Optical | Support Center\nm. 5912733210", .phone) == ["5912733210"])
        #expect(values("Acme | t. 0123 456789", .phone) == ["0123 456789"])
        // A page or a length is no label.
        #expect(values("see p. 1234567890", .phone).isEmpty)
        #expect(values("Box 5 m. 12345678 deep", .phone).isEmpty)
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
    }

    @Test func childrenListedWithTheirAges() {
        #expect(values("Kinder: Lissy (10), Kai-Uwe (5)\nNettoeinkommen", .person) == ["Lissy", "Kai-Uwe"])
        #expect(values("Enfants : Agnès (10 ans), Margaud (4 ans)", .person) == ["Agnès", "Margaud"])
        #expect(values("Children: Billy (12), Emma (9)", .person) == ["Billy", "Emma"])
        // Words with a count, or a name-like word under another label, are no children.
        #expect(values("Kids: Rooms (10), Items (5)", .person).isEmpty)
        #expect(values("Items: Lissy (10)", .person).isEmpty)
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
    }

    @Test func addresseeAfterZuHaendenWithAGivenNameTheLexiconsLack() {
        #expect(values("Otto KGaA\nz. Hd. Traute Martin\nFranz-Josef-Mosemann-Gasse 0", .person) == ["Traute Martin"])
        #expect(values("z. Hd. Buchhaltung Abteilung", .person).isEmpty)
    }

    @Test func signOffAfterAnExclamationMark() {
        #expect(values("Merci ! Anna", .person) == ["Anna"])
        #expect(values("Thanks! Anna", .person) == ["Anna"])
        #expect(values("Thanks! Monday", .person).isEmpty)
    }

    @Test func driversColumnOfARota() {
        let rota = "Fahrer;Mo;Di;Handy\nErika Kade;F1;F1;0559\nJan-Peter Schottin;S2;S2;0499"
        #expect(values(rota, .person) == ["Erika Kade", "Jan-Peter Schottin"])
        let planning = "conducteur\tlun\tmar\nOcéane Pruvost\tR\tN\nTristan Couturier\tM\tM"
        #expect(values(planning, .person) == ["Océane Pruvost", "Tristan Couturier"])
        // A vehicle in the drivers' column is no one.
        #expect(values("Fahrer;Mo\nSprinter Blau;F1", .person).isEmpty)
    }

    @Test func messageSignedWithAGivenNameAfterItsLastSentence() {
        #expect(values("Please bring the updated evacuation plan. Gregory", .person) == ["Gregory"])
        #expect(values("We moved the event. Victoria", .person).isEmpty)
        #expect(values("The meeting is done. Thanks", .person).isEmpty)
    }

    @Test func givenNameAskedToDoSomething() {
        #expect(values("Son is upset, rang twice. Jade please call him first thing", .person) == ["Jade"])
        #expect(values("Note please check the totals", .person).isEmpty)
        #expect(values("Austin please send the figures", .person).isEmpty)
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
}
