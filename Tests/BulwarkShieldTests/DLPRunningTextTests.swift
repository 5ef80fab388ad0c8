import BulwarkShield
import Testing

/// People named in running text and in SQL, and the firm, place and acronym look-alikes of names.
@Suite("PII scanner: running text and SQL")
struct DLPRunningTextTests {
    @Test(arguments: [
        ("She lives in Bergen with her husband Erik.", ["Erik"]),
        ("My colleague Sam will join; meine Kollegin Anja auch.", ["Sam", "Anja"]),
        ("Please ask my manager Chris about it.", ["Chris"]),
        ("The shipment is late. Best, Annika", ["Annika"]),
        ("Thanks for the quick fix! Cheers, Tom", ["Tom"]),
        ("[2025-02-11 09:03] marco.bellini: user is admin", ["marco.bellini"]),
        (
            "I have worked with Aleksandra Nowak for years. Aleksandra exceeded expectations; Nowak-Smith did not.",
            ["Aleksandra Nowak", "Aleksandra"]
        ),
        ("Dear Mr. Whitaker, thanks. Whitaker Street is closed. WHITAKER.", ["Whitaker", "Whitaker"]),
        ("Agent: Hi, you're chatting with Bella. How can I help?", ["Bella"]),
        ("The note was left by Nicole at reception. Approved by Tom Baker.", ["Nicole", "Tom Baker"]),
        ("The audit was led by our auditor, Dörthe Scheel, in March.", ["Dörthe Scheel"]),
        (
            "Welcome to Acme, Tomás! See you soon, Mark. We knew. Jack, welcome to the family!",
            [
                "Tomás", "Mark", "Jack",
            ]
        ),
        (
            "Katrin and I will visit; book a room for Katrin’s assistant after Ben's review.",
            ["Katrin", "Katrin", "Ben"]
        ),
        (
            "{\"users\":[{\"first\":\"Clara\",\"last\":\"Oswald\"}]}\nBitte an Familie Krause schicken.",
            [
                "Clara", "Oswald", "Krause",
            ]
        ),
        (
            "Patient Harold Jenkins, 72, lives with his daughter Susan; candidate Fatou Diallo applied.",
            [
                "Harold Jenkins", "Susan", "Fatou Diallo",
            ]
        ),
        (
            "I spoke with Kwame yesterday and spoke to Anna; we met with Priya and talked to Tom.",
            [
                "Kwame", "Anna", "Priya", "Tom",
            ]
        ),
        ("Hey team, Fatima is out today so Jonah will cover the on-call rotation.", ["Fatima", "Jonah"]),
        ("Hallo zusammen, Lea übernimmt heute. Bonjour, Julie est en congé cette semaine.", ["Lea", "Julie"]),
        ("Sure, Thursday works. — Omar\nGreat work - Tom Baker", ["Omar", "Tom Baker"]),
        (
            "The new hire, Oluwaseun Adeyemi, starts Monday; Kwame Asante and Chidi Okafor too.",
            [
                "Oluwaseun Adeyemi", "Kwame Asante", "Chidi Okafor",
            ]
        ),
        (
            "INSERT INTO staff (first_name, last_name) VALUES ('Ivo', 'Brandt'), ('Tamika', 'Holloway');",
            ["Ivo", "Brandt", "Tamika", "Holloway"]
        ),
        ("INSERT INTO users (name, email)\nVALUES\n  ('Grace Liu', 'g@corp.io');", ["Grace Liu"]),
        (
            "Ed Sheeran and Al Gore met Jo Bloggs; she met Grace Park and Jessica Hall.",
            [
                "Ed Sheeran", "Al Gore", "Jo Bloggs", "Grace Park", "Jessica Hall",
            ]
        ),
    ])
    func findsPeople(text: String, names: [String]) {
        #expect(values(text, .person) == names, "\(found(text))")
    }

    @Test(arguments: [
        "My friend Paris is here. Our manager May approve it. His boss Jenkins called. The manager Kafka said.",
        "The best, Paris offers is food. Regards, the team",
        "[INFO] max.retries: 3\n[WARN] mark.parametrize: slow\n@mark.parametrize and @marco.bellini",
        "INSERT INTO jobs (id, state) VALUES (1, 'Grace'), (2, 'Kafka'); SELECT 'Tamika' FROM dual;",
        "Employer: Delta Air Lines\nDelta Air Lines, Victoria Falls, Albert Museum, Morgan Stanley and Goldman Sachs.",
        "The AI Safety team, IT Support and the HR Director; Print 'AI Injection succeeded.' once; Center, Nevada",
        "Max is out of range. Kafka will cover it. Omega believes it.\nStatus - Done\nRange 1 - Max\nBuild - Jenkins",
        "The town hall is in the Lincoln Room. Write a product description for the Aurora Desk Lamp.",
        "Sample record: John Doe and Jane Doe, joe@example.com. Yes Man's writing style. Jordan's plan, Victoria's market.",
        "Sent by Georgia and by Friday, by May, by Kafka, by Amazon. Customer Support and client Acme Corp replied.",
        "{\"last\": \"Updated\", \"first\": true}\nFollow these instructions exactly as given: \"Dan tell me\"",
        "Registrant Name: Registration Private\nRegistrar Registration Expiration Date: 2026-01-01",
        "<add name=\"Main\" connectionString=\"Server=sql01\" />\nI was talking to Kafka devs and speaking with Support.",
    ])
    func ignoresNameLookAlikes(text: String) {
        #expect(found(text).filter { $0.0 == .person }.isEmpty, "\(found(text))")
    }
}

/// Street addresses, secrets and documentation values in the formats of this suite.
@Suite("PII scanner: numbered streets, auth pairs, documentation keys")
struct DLPStreetAndSecretTests {
    @Test(arguments: [
        (
            "Send it to Apt 4B, 221 West 57th Street, New York, NY 10019.", EntityType.streetAddress,
            [
                "Apt 4B, 221 West 57th Street, New York, NY 10019"
            ]
        ),
        ("Office: 40 E 12th St, New York, NY 10003", .streetAddress, ["40 E 12th St, New York, NY 10003"]),
        (
            "Dentist at 250 Park Avenue South, New York, NY 10003.", .streetAddress,
            [
                "250 Park Avenue South, New York, NY 10003"
            ]
        ),
        ("r = requests.get(url, auth=(\"svc_reports\", \"Winter!Falcon88\"))", .password, ["Winter!Falcon88"]),
        ("session.auth = ('deploy', 'hunter22x')", .password, ["hunter22x"]),
        (
            "machine api.heroku.com login ops password 29326ml64lg2tjf8cz2ka7edcmpb3u2m", .password,
            [
                "29326ml64lg2tjf8cz2ka7edcmpb3u2m"
            ]
        ),
        ("docker login -u deploy -p Dk9!vR2#qL7x registry.internal:5000", .password, ["Dk9!vR2#qL7x"]),
        ("props.setProperty(\"password\", \"APyhz630%ZLt\");", .password, ["APyhz630%ZLt"]),
        ("os.environ.setdefault(\"DB_PASSWORD\", \"s3cr3t-Value\")", .password, ["s3cr3t-Value"]),
        (
            "AWS_ACCESS_KEY_ID=AKIA3CK6IQ3MPCZXXJG5\nJWT_SIGNING_SECRET=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",
            .genericSecret, ["ZyDvLpxmOeMHQsF6sy53yJIu6DM7JZnmAQP1G5QO"]
        ),
        (
            "config.set(\"db\", \"api_key\", \"f3a9c1e07b2d4e8fa6c5d3b1e9f70a2c\")", .genericSecret,
            [
                "f3a9c1e07b2d4e8fa6c5d3b1e9f70a2c"
            ]
        ),
    ])
    func findsValues(text: String, type: EntityType, expected: [String]) {
        #expect(values(text, type) == expected, "\(found(text))")
    }

    @Test(arguments: [
        "On 3 West we have 2 beds. In 2019 East teams grew. We sold 5 5th edition books.",
        "auth = ['admin', '${PASS}']; oauth=(a, b); auth=(user, password)",
        "git log -p main; docker run -p 8080:80 nginx; the password abcdefghijklmnopqrst is too weak a word",
        "required = (\"username\", \"password\", \"email\"); fields = [\"password\", \"token\"]; log(\"token\", token)",
        "Use the sample key AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY for the docs.",
    ])
    func ignoresLookAlikes(text: String) {
        #expect(found(text).isEmpty, "\(found(text))")
    }
}
