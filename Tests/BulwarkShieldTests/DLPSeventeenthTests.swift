import BulwarkShield
import Testing

/// Cases from the seventeenth session's blind sets (`evals/templates/52-blind.txt` to `56-blind.txt`), scored before
/// they were read: readers addressed at a paragraph's start, French chat times, phone numbers after an order's word,
/// firms named after two families or by a family name after their role — each with the look-alike it must not take.
@Suite("PII scanner: paragraphs addressed, French chat times, firms of families")
struct DLPSeventeenthTests {
    @Test func readersAddressedAndSpeakers() {
        let mail = "Subject: RE: Lost pallet\n\nNicholas, the pallet with PO INV-2025-6049 never got scanned."
        #expect(values(mail, .person) == ["Nicholas"])
        let chat = "#dsi\nÉlodie 09:41 : quelqu'un a vu ?\nLuce 09:43 : c'est laquelle ?"
        #expect(values(chat, .person) == ["Élodie", "Luce"])
        #expect(values("Also Marie from the robotics lab asked.", .person) == ["Marie"])
        // A list, a letter's place and date, a given name that is a word: no one addressed.
        #expect(values("Max, min and avg are computed per hour.", .person).isEmpty)
        #expect(values("97687 Devaux\n\nCharles, le 26/04/2024\n\nObjet : relance", .person).isEmpty)
        #expect(values("Thanks.\n\nWill, the pallet never got scanned.", .person).isEmpty)
    }

    @Test func phoneNumbersAfterOtherLabels() {
        #expect(values("Questions about this invoice? Call 6928139389", .phone) == ["6928139389"])
        #expect(values("Questions about this invoice? Call 001-978-920-8582x359", .phone) == ["001-978-920-8582x359"])
        #expect(values("Office: 7315511246", .phone) == ["7315511246"])
        #expect(values("Officer 73155112 on duty, Office 365 seats 20250101", .phone).isEmpty)
        #expect(values("Thanks,\n\nBest,\nKelly\n6503110945", .phone) == ["6503110945"])
        #expect(values("Warmly,\nGabrielle Jones\nMendoza Inc Travel\n3354585855", .phone) == ["3354585855"])
        // An order's number or a date's digits under a signature are none.
        #expect(values("Best,\nKelly\nOrder 6503110945", .phone).isEmpty)
        #expect(values("Best,\nKelly\n19850105", .phone).isEmpty)
        // An order's number after its label stays an order's number.
        #expect(values("Order 5592529770 shipped", .phone).isEmpty)
        #expect(values("Ticket 869976383 call back", .phone).isEmpty)
    }

    @Test func firmsOfFamiliesAndRoles() {
        #expect(values("Legal name: Wilson-Hodges\nDBA: n/a", .person).isEmpty)
        #expect(values("Applicant: Cole-Jones. Officer recommendation: approve", .person).isEmpty)
        #expect(values("Le prestataire Allain à Lemonnier-sur-Lemoine relivre demain.", .person).isEmpty)
        #expect(values("retard de livraison du transporteur Gilles sur la tournée.", .person).isEmpty)
        #expect(values("Ansprechpartner ist Sönke Cichorius, Handy (09010) 102807", .person) == ["Sönke Cichorius"])
        // Titled, labelled as a family name, after a given name's cell, or hyphenated given names: people.
        #expect(values("Mrs Kirby-Smith called.", .person) == ["Kirby-Smith"])
        #expect(values("Last name: Kirby-Smith", .person) == ["Kirby-Smith"])
        #expect(values("last_name=Beaumont-Ricci\n", .person) == ["Beaumont-Ricci"])
        #expect(values("id,first,last\nM-1,Alistair,Fenwick-Moore,1974\n", .person) == ["Alistair", "Fenwick-Moore"])
        #expect(values("Hinweis: Hans-Dieter bittet um Rückruf", .person) == ["Hans-Dieter"])
        #expect(values("Le prestataire Jean Dupont arrive.", .person) == ["Jean Dupont"])
    }

    @Test func compoundGivenNamesAndLabelsOfFirms() {
        #expect(values("Hinweis: Hans-J. Hettner bittet darum", .person) == ["Hans-J. Hettner"])
        #expect(values("Name: Hettner, Hans-J.\nGeburtsdatum: 1950", .person) == ["Hettner, Hans-J."])
        #expect(values("We go with Plan-B. Then we wait.", .person).isEmpty)
        #expect(values("laut Bank passt der BIC nicht\nErnst-August 08:20\nDas war", .person) == ["Ernst-August"])
        // A street named after someone keeps its initial inside; firms' labels and departments name no one.
        #expect(
            values("Anschrift: Klaus-D.-Schmidt-Platz 73, 30821 Hannover", .streetAddress)
                == ["Klaus-D.-Schmidt-Platz 73, 30821 Hannover"]
        )
        #expect(values("Legal business name: Booker-Booker\nBusiness type: LLC", .person).isEmpty)
        #expect(values("Attendees: Asset Management, Leasing, Facilities, Legal", .person).isEmpty)
    }

    @Test func secretsAfterAClauseAndRolesOfHelpers() {
        let posted = "Jemand hat den CMS-API-Key in den Kanal gepostet: 7togrkaud7eiqybe0xqg6oq736e61x9k – bitte sofort"
        #expect(values(posted, .genericSecret) == ["7togrkaud7eiqybe0xqg6oq736e61x9k"])
        #expect(values("Die Aushilfe Arif (Minijob) läuft Ende März aus.", .person) == ["Arif"])
        // A key that opens no secret, or a value that is no random string, is none.
        #expect(values("the key in the lock drawer: 7togrkaud7eiqybe0xqg6oq736e61x9k", .genericSecret).isEmpty)
        #expect(values("the API key in the wiki: see the vault entry", .genericSecret).isEmpty)
    }

    @Test func passwordsWithoutAWordNamingThem() {
        #expect(values("crypto isakmp key NTSnq843!jsT address 172.28.160.1", .password) == ["NTSnq843!jsT"])
        #expect(values("Standardzugang admin/VIhVj747!dxh.", .password) == ["VIhVj747!dxh"])
        #expect(values("<td>zwhitaker@davila.com</td><td>Nwjsv560*vPI</td>", .password) == ["Nwjsv560*vPI"])
        #expect(values("Temp password set by Shaw: wetvv015&prm\nNeeds access", .password) == ["wetvv015&prm"])
        #expect(
            values("the old one was Dhtkh494&jbr and the new one is gkHeV676#cMa", .password)
                == ["Dhtkh494&jbr", "gkHeV676#cMa"]
        )
        // Punctuation, languages, firms, links, escapes, variables, handles, logins at hosts, hashes' parameters and
        // HL7 fields are none.
        let lookAlikes = [
            "Is it Windows11? Yes! C#8 and F#5 R&D2024 P&L2025Q1 AT&T5G",
            "see https://x.com/a?b=1&c=2 and %20Hello%20World1",
            "Email: John.Smith99@acme.com, export PATH=$HOME/bin2:$PATH",
            "brought to you by cosmosaoi#8888",
            "git@build-01 and scrypt$10$8$1$garbage",
            "OBX|1|NM|2345-7^Glucose||98|mg/dL",
            "https://confluence.internal.example.com/Runbook2#Step4 and Ticket#48213, Admin@Host01",
        ]
        for text in lookAlikes { #expect(values(text, .password).isEmpty, "\(text)") }
    }

    @Test func secretsNamedAFewWordsBefore() {
        let pasted =
            "Hat jemand den GitLab-Token für die Pipeline hier reinkopiert? x4je74v06d0exyykm70xsgcr0g7guqfy - bitte"
        #expect(values(pasted, .genericSecret) == ["x4je74v06d0exyykm70xsgcr0g7guqfy"])
        let french =
            "voici la clé API du portail fournisseurs à lui transmettre : oswkkbuvods17hpekm2djnr1wvhumuap\nMerci"
        #expect(values(french, .genericSecret) == ["oswkkbuvods17hpekm2djnr1wvhumuap"])
        // A commit, a request's UUID, an identifier's part, a fingerprint and an SSH public key are none.
        let lookAlikes = [
            "commit a513aebb5f97c966e96dbf21d4bb0e48 fixed the token refresh",
            "token refresh request id 3f2a9c1e-77aa-4b1c-9d1e-0b9e6c1d2a3f",
            "the token session x4je74v06d0exyykm70xsgcr0g7guqfy-backup",
            "new deploy key added, fingerprint SHA256:2c9Pq0Xw7kY3lH1uFf0bA9nV4e6RtZs8mJd5oQyLxIc",
            "authorized_keys:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAInQ3jnDTLz7OdXFLjUkDKSH97ugoPp0l2 deploy@ci",
        ]
        for text in lookAlikes { #expect(values(text, .genericSecret).isEmpty, "\(text)") }
    }

    @Test func homeFoldersTeamsProductsEventsAndFirmsOfSets62And63() {
        #expect(values("debug1: Trying private key: /Users/Crystal/.ssh/charity_deploy", .person) == ["Crystal"])
        #expect(values("debug1: Trying private key: /Users/Crystal/.ssh/charity_deploy", .genericSecret).isEmpty)
        #expect(values("Other names used: Berg\nDate of birth: 1980", .person) == ["Berg"])
        #expect(values("best # is 919.840.0694, prefers texts", .phone) == ["919.840.0694"])
        // An address after a path's slash (an ARN's identity); a retina image and a link's user are none.
        #expect(
            values("arn:aws:ses:eu-west-1:123456789012:identity/patrick28@gamble.com", .email) == [
                "patrick28@gamble.com"
            ]
        )
        #expect(values("path/to/image@2x.png and https://gitlab.com/group/user@example.com", .email).isEmpty)
        // (The judge's title stays inside the span; the name is covered.)
        #expect(values("Court 1 - HHJ Wood\n10:00 T202477", .person).contains { $0.hasSuffix("Wood") })
        let noOne = [
            "App: Jira\nAssigned to: SOC Tier 1 queue", "Hallo SOC-Team,\n\nanbei die Meldung",
            "Von: DHL Paket <aloys69@hotmail.de>", "Device: web-64.johnson.com (Dell Latitude 7440), Intune",
            "Thanks for confirming the Spring Gala for 08.08.2020", "Insurance: Rose-Spencer, policy 6204c5",
            "Assureur : Tanguy, contrat 1d377", "cp /Users/Shared/file .",
        ]
        for text in noOne { #expect(values(text, .person).isEmpty, "\(text)") }
        #expect(values("Approved by: Change Advisory Board, Infrastructure Services", .person).isEmpty)
        #expect(values("Mr John Smith 1234, rue de la Paix", .person) == ["John Smith"])
        // An image's tag after its path is a version; a gateway's address stays one.
        #expect(values("srv-68.george.org/platform/api-gateway:2.13.11.18 (debian 12.5)", .ipAddress).isEmpty)
        #expect(values("gateway:10.0.0.1", .ipAddress) == ["10.0.0.1"])
    }

    @Test func requestsShiftsDashedSignaturesAndRoleLabels() {
        #expect(
            values("[07:34] Jessica Clarke: Brilliant 🙄 Rebecca can you get it", .person) == [
                "Jessica Clarke", "Rebecca",
            ]
        )
        #expect(values("the alarm on SCADA at about 03:40, Brenda on nights reset it", .person) == ["Brenda"])
        #expect(values("resent to aashley@shepard-hunt.com. -Veronica", .person) == ["Veronica"])
        #expect(values("Recruiter: Julia\nStage: onsite", .person) == ["Julia"])
        #expect(values("Zeugen: Freia Hering", .person) == ["Freia Hering"])
        #expect(values("Comment from John: please revert", .person) == ["John"])
        #expect(values("the link was fake. sorry!!\n\n- Andrea", .person) == ["Andrea"])
        #expect(values("Shopping:\n- Milk\n- Andrea", .person).isEmpty)
        // A place asked about, a rota's word and a statement's label are no one.
        #expect(values("Florence can you believe it", .person).isEmpty)
        #expect(values("the server on call rotation", .person).isEmpty)
        #expect(values("Witness statement attached", .person).isEmpty)
    }

    @Test func passportsAfterLongNotesAndInReplies() {
        let note = "Reisepassnummer (nur für den Tagesausflug nach Salzburg): CF0M5WH2Z\nAllergien: keine"
        #expect(values(note, .passport) == ["CF0M5WH2Z"])
        let reply =
            "Agent: For the booking I also need the passport number.\nCustomer: It's K38164513, expires in 2031."
        #expect(values(reply, .passport) == ["K38164513"])
        // A request not answered by a speaker leaves the next line's numbers alone.
        #expect(values("Please bring your passport.\nMeeting at 10:00, ticket 7781AB22.", .passport).isEmpty)
    }

    @Test func speakersByFamilyNameAndFrenchAddressees() {
        #expect(values("Present: HR, union rep\nQ (Patel): When did you first notice?", .person) == ["Patel"])
        #expect(values("Actions :\n- envoyer le compte rendu à Camille", .person) == ["Camille"])
        // A setting's note in parentheses and a town after a verb of going are no one.
        #expect(values("Step (Optional): run the script", .person).isEmpty)
        #expect(values("On part à Florence lundi", .person).isEmpty)
    }

    @Test func germanWorkplacesBooksAndInstitutions() {
        #expect(values("Quetschung rechte Hand. Ersthelfer Marcel vor Ort", .person) == ["Marcel"])
        #expect(values("Anwesend: 14 von 16 MA (Lidia krank, Anthony im Urlaub)", .person) == ["Lidia", "Anthony"])
        #expect(values("R-103 | Deborah Van der Meer | Lyon", .person) == ["Deborah Van der Meer"])
        // German nouns after articles or named like families, a book's number, an institution: no one.
        #expect(values("[05:50] Hans: Hat der Drucker die Adresse? Ich komm per Ping nicht drauf", .person) == ["Hans"])
        #expect(values("Stichpunkte vom Meister:\n- Presse P7 steht", .person).isEmpty)
        #expect(values("Sachbearbeitung: Zimmer 2.14, Sachgebiet 3", .person).isEmpty)
        #expect(values("Bookmobile     978-1-71627-348-3     Board book", .phone).isEmpty)
        // Military addresses on one line, in parentheses or a table's cell.
        #expect(
            values("home address (PSC 7410, Box 4090, APO AE 54703), so", .streetAddress)
                == ["PSC 7410, Box 4090, APO AE 54703"]
        )
        #expect(
            values("V-20031|Mary Foster|Unit 8946 Box 4570, DPO AP 63042|€3164,21", .streetAddress)
                == ["Unit 8946 Box 4570, DPO AP 63042"]
        )
        #expect(values("To: Board of Zoning Appeals <zba@cityhall.gov>", .person).isEmpty)
    }

    @Test func salutationsTeamsBirthListsAndFirmsOfSets58And59() {
        let letter = "Subject: Redline - our comments on draft v9.15.61\n\nKelly,\n\nThanks for the markup."
        #expect(values(letter, .person) == ["Kelly"])
        #expect(values("I'm out this week, but Cassandra on my team can help.", .person) == ["Cassandra"])
        #expect(values("Gästeliste:\n- Nadeschda Lehmann, geb. 14.05.1990, DZ", .person) == ["Nadeschda Lehmann"])
        #expect(values("Notiz\nHans-J.: Der Konnektor ist neu", .person) == ["Hans-J."])
        // A closing alone, a role before the name, a department, a firm's word, a lawyer's title: not these.
        #expect(values("stays as is.\n\nTa,\nChristopher", .person) == ["Christopher"])
        #expect(
            values("für unsere Patientin Wenzel Reuter, geb. 21. Dezember 1996, wohnhaft", .person) == ["Wenzel Reuter"]
        )
        #expect(
            values("[09:18] Jean: cheers. Sean Forster from Risk wants a sign-off", .person) == [
                "Jean", "Sean Forster",
            ]
        )
        #expect(values("Edward: heads up, Benjamin and Sons wants to extend", .person) == ["Edward"])
        #expect(values("Bonjour Maître,\n\nJ'ai bien reçu votre facture.", .person).isEmpty)
        #expect(values("Anne Martin\nService Groupes\nLouis Voyages", .person) == ["Anne Martin"])
        #expect(values("Fehler: Periode nicht geöffnet\nJob-ID: fab6ba08-062d-4bca", .person).isEmpty)
    }
}
