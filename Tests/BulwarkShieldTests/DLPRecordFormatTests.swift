import BulwarkShield
import Testing

/// Record formats beyond prose and `key: value` lines: travel records, contact cards, lists of people,
/// closing phrases in more languages, and their look-alikes.
@Suite("PII scanner: record formats")
struct DLPRecordFormatTests {
    @Test(arguments: [
        ("Passenger: KOWALSKI/TOMASZ MR\nSeat 14C", EntityType.person, ["KOWALSKI/TOMASZ"]),
        ("Traveller: NAKAMURA/HIROSHI", .person, ["NAKAMURA/HIROSHI"]),
        ("PNR X7KQ2P for NGUYEN/THI LAN MS on VN 54", .person, ["NGUYEN/THI LAN"]),
        ("Passenger name: O'NEILL/MARY ANN MRS", .person, ["O'NEILL/MARY ANN"]),
        ("Passengers: KOWALSKI/TOMASZ MR, KOWALSKA/ANNA MRS", .person, ["KOWALSKI/TOMASZ", "KOWALSKA/ANNA"]),
        ("Card: 4539.1488.0343.6467 exp 04/27", .creditCard, ["4539.1488.0343.6467"]),
        ("BEGIN:VCARD\nFN:Ann Lee\nBDAY:1979-03-14\nEND:VCARD", .dateOfBirth, ["1979-03-14"]),
        ("BDAY;VALUE=DATE:19790314", .dateOfBirth, ["19790314"]),
        ("Geboortedatum: 14-03-1979", .dateOfBirth, ["14-03-1979"]),
        ("Fecha de nacimiento: 14/03/1979", .dateOfBirth, ["14/03/1979"]),
        ("wifi pass for guests is BlueHeron2024! (changes monthly)", .password, ["BlueHeron2024!"]),
        ("root pw -> T4ngerine$ky", .password, ["T4ngerine$ky"]),
        ("mot de passe : Chat-Noir-77", .password, ["Chat-Noir-77"]),
        ("Attendees: A. Kaminski, B. Thornton, C. Delacroix", .person, ["A. Kaminski", "B. Thornton", "C. Delacroix"]),
        (
            "Attendees: J. Morales (chair), R. Iqbal and Dr. S. Oyelaran", .person,
            ["J. Morales", "R. Iqbal", "S. Oyelaran"]
        ),
        (
            "To: Ana Ruiz <ana.ruiz@corp.com>, Li Wei <li.wei@corp.com>", .person, ["Ana Ruiz", "Li Wei"]
        ),
        ("Teilnehmer: Jonas Becker, Lea Wolf und Max Schubert", .person, ["Jonas Becker", "Lea Wolf", "Max Schubert"]),
        ("Reviewers: Priya Raman; Tom Fischer", .person, ["Priya Raman", "Tom Fischer"]),
        ("Merci pour ton retour.\nBien à toi,\nGaëtan", .person, ["Gaëtan"]),
        ("Met vriendelijke groet,\nPieter de Vries", .person, ["Pieter de Vries"]),
        ("Atentamente,\nLucía Romero", .person, ["Lucía Romero"]),
        ("pasaporte: AB1234567", .passport, ["AB1234567"]),
        (
            "env:\n  - name: LOG_LEVEL\n    value: debug\n  - name: SMTP_PASS\n    value: \"Vx8#mQ2pL9\"", .password,
            ["Vx8#mQ2pL9"]
        ),
        (
            "variable \"region\" {\n  default = \"eu-west-1\"\n}\nvariable \"db_password\" {\n  type = string\n"
                + "  default = \"Vx8#mQ2pL9\"\n}", .password, ["Vx8#mQ2pL9"]
        ),
        ("<user>admin</user><password>Vx8#mQ2pL9</password>", .password, ["Vx8#mQ2pL9"]),
        (
            "<apiKey>q8Zx2Lm9Pv4Rt7Wy1Bn5Cd3Fg6Hj0Kl8</apiKey><timeout>30</timeout>", .genericSecret,
            ["q8Zx2Lm9Pv4Rt7Wy1Bn5Cd3Fg6Hj0Kl8"]
        ),
        ("name,dob\nAnna Weber,1985-05-03\nLuc Martin,1990-01-02", .dateOfBirth, ["1985-05-03", "1990-01-02"]),
        ("Passport;Name\nC01X00T47;Anna Weber", .passport, ["C01X00T47"]),
        ("Erreichbar unter 626-118-1590 oder per Mail", .phone, ["626-118-1590"]),
        (
            "GET /unsubscribe?u=jane.doe%40gmail.com&email=nbrooks%40corp.io", .email,
            ["jane.doe%40gmail.com", "nbrooks%40corp.io"]
        ),
        ("<firstName>Greta</firstName><lastName>Lindqvist</lastName>", .person, ["Greta", "Lindqvist"]),
        ("<customer><name>John Carter</name><phone>n/a</phone></customer>", .person, ["John Carter"]),
        ("Studio 4b\nKing's Road\nLondon\nSW3 4TR", .streetAddress, ["Studio 4b\nKing's Road\nLondon\nSW3 4TR"]),
        ("Flat 3\nBaker Street\nManchester M3 2BB", .streetAddress, ["Flat 3\nBaker Street\nManchester M3 2BB"]),
        (
            "Deliver to 8 Rose Lane, Little Snoring, Norfolk NR21 0AA.", .streetAddress,
            ["8 Rose Lane, Little Snoring, Norfolk NR21 0AA"]
        ),
        (
            "14 Cherry Tree Close\nBurnham-on-Sea\nSomerset\nTA8 1AB", .streetAddress,
            ["14 Cherry Tree Close\nBurnham-on-Sea\nSomerset\nTA8 1AB"]
        ),
        ("Studio 7\n41 Baker Street\nLondon W1U 6AA", .streetAddress, ["Studio 7\n41 Baker Street\nLondon W1U 6AA"]),
    ])
    func findsValuesInRecordFormats(text: String, type: EntityType, expected: [String]) {
        #expect(values(text, type) == expected, "\(found(text))")
    }

    @Test(arguments: [
        ("Rachel, can you review this? — Tom", ["Rachel", "Tom"]),
        ("Lisa and Mark from procurement will join.", ["Lisa", "Mark"]),
        ("Excuse me Dan and Anna, the code you wrote fails.", ["Dan", "Anna"]),
        ("Welcome aboard, Priya!\nGood morning Jennifer,\nCongrats Ahmed.", ["Priya", "Jennifer", "Ahmed"]),
        ("Happy birthday, Jennifer!", ["Jennifer"]),
        ("Sehr geehrter Herr Prof. von Weizsäcker,\nDear Mr. van der Berg,", ["von Weizsäcker", "van der Berg"]),
        ("Bonjour M. de Villepin, Kunde: Herr Dipl.-Ing. Stefan Maier", ["de Villepin", "Stefan Maier"]),
        ("Dear Mr. and Mrs. Smith,", ["Smith"]),
        ("[09:14] <mlindgren> deploy is green\n10:15 hnguyen: on it", ["mlindgren", "hnguyen"]),
    ])
    func findsGivenNamesAddressedOrPaired(text: String, names: [String]) {
        #expect(values(text, .person) == names, "\(found(text))")
    }

    @Test(arguments: [
        "Max, min and avg are computed per window.\nSummer, autumn and winter rates differ.",
        "Art, music and sport are electives.\nGrant, if approved, funds two posts.\nHope, a virtue.",
        "Chase and Wells Fargo both declined; Ben and Jerry's is a brand; Virginia and Georgia both filed.",
        "Welcome Pack, Welcome Email and Welcome Kit are ready. Welcome to the team! Good morning everyone,",
        "Congratulations to all winners! Well done team! Great job on the release, Nice work on Kafka!",
        "Hello, ChatGPT! Hi Copilot, Hey Siri, hello Gemini.\nHello, world!\nHi, all,\nthe build is green.",
        "[09:15] <admin> ok\n<layer> <mark>\n@layer base; @apply px-4; @State var x",
    ])
    func ignoresWordsThatOnlyLookAddressed(text: String) {
        #expect(found(text).isEmpty, "\(found(text))")
    }

    @Test(arguments: [
        "Switch DEV/PROD MS Teams channels; check the PRIMARY/SECONDARY DR site; FE/BE MR !482 needs a review.",
        "Use TCP/IP and AND/OR logic; JAMES/BOND is a folder; Name: TBD/TBC",
        "Owners: Platform Team, Data Platform\nReviewers: Security Guild, Legal\nMembers: Engineering, Sales",
        "Contacts: Support Desk; Billing Office\nParticipants: Team Alpha, Team Beta\nRecipients: All Staff",
        "Guests: 4 adults, 2 children\nEmployees: 250 (as of March)\nSpeakers: TBD\nCc: Finance Team, Legal",
        "I'll pass. It is fine as is. Your boarding pass is B12 at gate 4. The pass rate is 98.5% now.",
        "Passenger count: 184\nPassengers: 184 booked\nBypass is enabled: true\nImpasse: talks stalled",
        "Passe-partout is French for master key; password -> Settings > Security > Reset",
        "ref 1234.5678.9012.3456 in the ledger; measured 1000.2000.3000.4000 ms; account 0123.4567.8901.2345",
        "BDAY reminder: team lunch on 2025-03-14; Geboortedatum onbekend",
        "<b>Welcome</b> <name>Support Desk</name> <title>Report</title> <host>Berlin</host> <Name>Kafka</Name>",
        "progress 100%40 items, 50%40s, discount 20%40off; mailto:test%40example.com and x%40y",
        "Hello, world\n1985-05-03, the release date\nName, Date\nRelease, 2025-03-14",
        "<password></password><password>${DB_PASS}</password><passwordPolicy>strict</passwordPolicy><token>abc</token>",
        "<password>see the vault</Password> <b>bold</b> <secret_name>prod-db</secret_name>",
        "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n- name: MODE\n  value: production-eu-west",
        "Résidence Les Pins is closed; Les Halles reopens.",
        "Agenda\nStation Road works\nLondon N1 9GU\n\nStudio 4\nrelease notes",
        "Best,\nThe Platform Team\n\nBR,\nOps\n\nTake care when rotating the keys. Respectfully, the board declined.",
    ])
    func ignoresRecordLookAlikes(text: String) {
        #expect(found(text).isEmpty, "\(found(text))")
    }
}
