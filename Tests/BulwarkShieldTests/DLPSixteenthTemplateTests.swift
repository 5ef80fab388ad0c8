import BulwarkShield
import Testing

/// Cases from the sixteenth session's blind template sets (`evals/templates/36-blind.txt` to `38-blind.txt`), scored
/// before they were read: owners of things, agents, hand-overs, secret names read word by word, groups after labels —
/// each with the look-alike it must not take.
@Suite("PII scanner: owners, agents, hand-overs, secret names and groups")
struct DLPSixteenthTemplateTests {
    @Test func ownersOfThingsAndPossessives() {
        #expect(values("Seit dem Update startet der Laptop von Sergio nicht mehr.", .person) == ["Sergio"])
        #expect(values("attention, le portable de Faure a encore l'ancien certificat", .person) == ["Faure"])
        #expect(values("done. Also Evans's laptop is still on the old build.", .person) == ["Evans"])
        #expect(values("Hab Knud's Rollback freigegeben", .person) == ["Knud"])
        #expect(values("Check Jessica's PR before the merge", .person) == ["Jessica"])
        #expect(values("reconciled against the account of Natalie Brooks (finance)", .person) == ["Natalie Brooks"])
        // Places and shops named with a possessive, a firm's own name: no one.
        #expect(values("a short walk from King's Cross and Chapel Market", .person).isEmpty)
        #expect(values("Give me three slogans for Franklin's Bakery on Queen Street", .person).isEmpty)
        #expect(values("We ate at Wendy's Burgers after the offsite.", .person).isEmpty)
    }

    @Test func agentsAndHandOvers() {
        #expect(values("INFO vpn-gw certificat renouvelé par Nath Lesage (v4.29)", .person) == ["Nath Lesage"])
        #expect(values("export of payroll.csv by Ingram, Julia (request 6388c)", .person) == ["Ingram, Julia"])
        #expect(values("delivered 14:02, signed for by \"Stewart\"\n- customer emailed", .person) == ["Stewart"])
        #expect(values("oncall handover 18.05.2024, Brandon -> Ryan\n- payments-gw", .person) == ["Brandon", "Ryan"])
        #expect(values("Übergabe: Jonas → Mia", .person) == ["Jonas", "Mia"])
        #expect(values("\"name\": [{ \"family\": \"Hall\", \"given\": [\"Sean\"] }]", .person) == ["Hall", "Sean"])
        #expect(values("Bearbeiter: Hildegart Weller\nProdukt: Workday", .person) == ["Hildegart Weller"])
        // A firm after `by`, a migration between tools: no one.
        #expect(values("shipped by Fedex, Paris and Lyon", .person).isEmpty)
        #expect(values("Rollout Jenkins -> Argo next sprint", .person).isEmpty)
    }

    @Test func secretNamesReadWordByWord() {
        #expect(values("ADMIN_PASSWORD=Xk2!abcd", .password) == ["Xk2!abcd"])
        #expect(values("adminPassword: \"Xk2!abcd\"", .password) == ["Xk2!abcd"])
        #expect(values("  ALGOLIA_ADMIN_KEY: \"19183zcs9o8qgg8lbggj8pzxgpqzfhd6\"", .genericSecret).count == 1)
        #expect(values("SETTLEMENT_TOKEN=ab12Cd34Ef56Gh78", .genericSecret) == ["ab12Cd34Ef56Gh78"])
        #expect(values("OKTA_IDP_SECRET=ab12Cd34Ef56Gh78", .genericSecret) == ["ab12Cd34Ef56Gh78"])
        // Settings about a secret, record keys and references to a variable hold none.
        #expect(values("password_min_length=12345678", .password).isEmpty)
        #expect(values("minPasswordLength: 12345678", .password).isEmpty)
        #expect(values("api_key_id=ab12Cd34Ef56Gh78", .genericSecret).isEmpty)
        #expect(values("Cache key: e6ba7666-47bd-4ce9-ba87-1d7b60aae2c6", .genericSecret).isEmpty)
        #expect(values("Idempotency-Key: e6ba7666-47bd-4ce9-ba87-1d7b60aae2c6", .genericSecret).isEmpty)
        #expect(values("  access_key = var.aws_access_key   # set via TF_VAR", .genericSecret).isEmpty)
        #expect(values("password = settings.db_password", .password).isEmpty)
    }

    @Test func groupsAfterLabelsAndHeadings() {
        #expect(values("Client: Northgate Hospitals (EPR rollout)", .person).isEmpty)
        #expect(values("Owner: Clinical Apps squad", .person).isEmpty)
        #expect(values("PERSONALFRAGEBOGEN – Filiale Bad Brückenau\nName, Vorname:", .person).isEmpty)
        #expect(values("FICHE SALARIÉ – Magasin de Dias\nNom : Vincent", .person) == ["Vincent"])
        // Names that end in a plural-looking family name stay names.
        #expect(values("Name: Anna Banks", .person) == ["Anna Banks"])
        #expect(values("Contact: Peter Sales", .person) == ["Peter Sales"])
        #expect(values("Sure, Thursday works. — Omar Khan", .person) == ["Omar Khan"])
    }

    @Test func datesAndVersionsThatAreNoNumbersOfPeople() {
        #expect(values("-rw-rw-r-- 1 oncall oncall 1679 23.11.2025 /home/oncall/.ssh/id_rsa", .phone).isEmpty)
        #expect(values("-rw------- 1 deploy deploy 3243 2023-11-21 id_ed25519", .phone).isEmpty)
        #expect(values("did we roll back to 10.20.12.1 already?", .ipAddress).isEmpty)
        #expect(values("Tel: +49 30 12.34.56", .phone) == ["+49 30 12.34.56"])
        #expect(values("ssh deploy@10.20.12.1", .ipAddress) == ["10.20.12.1"])
    }

    @Test func chatSpeakersAndSignatures() {
        #expect(values("dropped off the scheduler again\nJohn [9:16 AM]\nugh.", .person) == ["John"])
        #expect(values("avec qui fait quoi.\n\nLaurent — 14:02\nle serveur est HS", .person) == ["Laurent"])
        #expect(values("2026-05-29T12:38:05Z\nWork notes (Jill, L1): Profile reset", .person) == ["Jill"])
        #expect(values("Asked twice about hold time (22 min).\n-Melanie", .person) == ["Melanie"])
        #expect(
            values("Knud  07:43\nBin dran.\nMarius  07:52\nHab Knuds Rollback freigegeben.", .person)
                == ["Knud", "Marius", "Knud"]
        )
        // A firm of partners and a dash opening a sentence hold no one.
        #expect(values("Attorney Maxwell at Padilla, Smith and Williams\nMatter: H-1B", .person) == ["Maxwell"])
        #expect(values("-Melanie is on call", .person).isEmpty)
    }

    @Test func departmentsAndHeadings() {
        #expect(values("Attn: Subrogation Unit", .person).isEmpty)
        #expect(values("before each minor release (owner: Claims Eng)", .person).isEmpty)
        #expect(values("Attendees: Underwriting Eng, Pricing, Actuarial", .person).isEmpty)
        #expect(values("Cc: Vendor Management <vm@corp.example>", .person).isEmpty)
        #expect(values("An: Prüfungsamt Fakultät für Informatik", .person).isEmpty)
        #expect(values("Liebe Studierende, liebe Beschäftigte,", .person).isEmpty)
        #expect(values("Hello Westbrook University Records team,", .person).isEmpty)
        #expect(values("Ship-to: Dock 3, Life Sciences Building", .person).isEmpty)
        #expect(values("SIU REFERRAL – Claim INV-2025-1234", .person).isEmpty)
        #expect(values("Logged with the Service Desk (Columbus).", .person).isEmpty)
        // People under the same labels stay.
        #expect(values("Name: Peter Fleming", .person) == ["Peter Fleming"])
        #expect(values("JOHN SMITH – Claims", .person) == ["JOHN SMITH"])
        #expect(values("To: Lane, Christine <lc@corp.example>", .person) == ["Lane, Christine"])
    }

    @Test func phonesLinksAndVersions() {
        #expect(values("Best callback #: 677.563.1706x6907\nPolicy no.: PA-1", .phone) == ["677.563.1706x6907"])
        #expect(values("T: 030 1234567\nM: 0171 2345678", .phone) == ["030 1234567", "0171 2345678"])
        #expect(values("Kundennummer laut CRM: 710586620, Fehlerticket", .phone).isEmpty)
        #expect(values("LEDGER_WEBHOOK_URL=https://srv-06.acme.info/hooks/ledger", .genericSecret).isEmpty)
        #expect(
            values("SENTRY_DSN=https://3f2a9c81d4e54b6a9d2f0e7c1b8a6d5e@o123.ingest.sentry.io/456", .genericSecret)
                .count == 1
        )
        #expect(values("run: ./scripts/build.sh --version 10.9.15.15", .ipAddress).isEmpty)
        #expect(values("Build: payments-gw 15.5.12.0, config commit", .ipAddress).isEmpty)
        #expect(values("le passage à Slurm 10.1.18.19 est prévu", .ipAddress).isEmpty)
        #expect(values("X-Real-IP: 10.1.2.3", .ipAddress) == ["10.1.2.3"])
        #expect(
            values("Student: Jones    DOB: 02 June 1962    SSN: 685-83-3217\nSelected on 2025-10-25.", .dateOfBirth)
                == ["02 June 1962"]
        )
    }

    @Test func logsThreadsAndLogins() {
        #expect(
            values("2025-06-10 14:02 <Devraj Singh> heads up, rotating the key", .person) == ["Devraj Singh"]
        )
        #expect(values("Work notes:\nApril 22, 2024 – Emily: client on 7.1", .person) == ["Emily"])
        #expect(values("> **Linda** commented on this\n> ok", .person) == ["Linda"])
        #expect(values("Outgoing: Stephanie -> Incoming: Marcus\n- open items", .person) == ["Stephanie", "Marcus"])
        #expect(values("Assigned to: Service Desk UK – Neil\nLast updated: 2024", .person) == ["Neil"])
        #expect(values("Teilnehmer: August Naser, Alwina Hiller", .person) == ["August Naser", "Alwina Hiller"])
        #expect(values("user: kstewart\npass: WzJQf433", .person) == ["kstewart"])
        #expect(values("username=tomas.ruiz", .person) == ["tomas.ruiz"])
        #expect(values("Date of birth: 19 08 1974", .dateOfBirth) == ["19 08 1974"])
        // Accounts, acronyms that speak, and firms of partners beside a mention are no one.
        #expect(values("user: svc_reports", .person).isEmpty)
        #expect(values("user: again", .person).isEmpty)
        #expect(values("Human: Hello, who are you?\nAI: I am an AI", .person).isEmpty)
        #expect(values("ESTA : demandée le 3 mai", .person).isEmpty)
        #expect(
            values("Account: Anthony, Cummings and Cohen\nContact: Anthony Parker, Purchasing", .person)
                == ["Anthony Parker"]
        )
    }

    @Test func productsFirmsAndVersions() {
        #expect(values("PLC: Allen-Bradley ControlLogix 5580, firmware 33.11", .person).isEmpty)
        #expect(values("Exported from Maximo v6.0.1 on 2026-01-02", .person).isEmpty)
        #expect(values("Account name: Gardner Group\nIBAN: see below", .person).isEmpty)
        #expect(values("To: Sheffield HR\nSubject: Weekend shifts", .person).isEmpty)
        #expect(values("Name: Douglas MacArthur", .person) == ["Douglas MacArthur"])
        #expect(values("Docker-Version auf dem Server: 13.18.13.5, compose plugin", .ipAddress).isEmpty)
        #expect(values("Pin wkhtmltopdf to 10.12.0.10, the newer build breaks", .ipAddress).isEmpty)
        #expect(values("IP version 4 address: 8.8.4.4", .ipAddress) == ["8.8.4.4"])
        #expect(values("ssh into server to 10.1.2.3", .ipAddress) == ["10.1.2.3"])
        #expect(
            values(
                "git remote set-url origin https://x-access-token:ghp_CAgnzggp9g4UW95U92fO4FuCbcFWRi14qODs@github.com/a/b.git",
                .genericSecret
            )
            .isEmpty
        )
    }
}
