import BulwarkShield
import Testing

/// Cases from the sixteenth session's later blind sets (`evals/templates/45-blind.txt` to `47-blind.txt`), scored
/// before they were read: tables padded with spaces, owners' columns, titles and signatures of offices, genitives,
/// devices, command-line secrets — each with the look-alike it must not take.
@Suite("PII scanner: padded tables, offices, genitives, devices and flags")
struct DLPSixteenthLaterTests {
    @Test func paddedTablesAndOwnersColumns() {
        let table = "NOM ; Prénom ; Né(e) le ; Portable\nJoseph ; Michèle ; 24/02/54 ; 0612345678\n"
        #expect(values(table, .person) == ["Joseph", "Michèle"])
        let owners = "Flurstueck;Eigentuemer;Stand\n118/5;Sölzer, Ulf;02.04.2021\n"
        #expect(values(owners, .person) == ["Sölzer, Ulf"])
        let words = "Nachname;Vorname;Geburtsdatum\nBien;Luis;1949/04/15\nRing;Marcel;1950/01/02\n"
        #expect(values(words, .person) == ["Bien", "Luis", "Ring", "Marcel"])
        // A product column holds words, not names.
        #expect(values("Product;Colour;Price\nKettle;Forest Green;£20\n", .person).isEmpty)
    }

    @Test func titlesSignaturesAndPrepositions() {
        #expect(values("Thanks for the conference.\n\n- Councilmember Johnson\n(574)933-9736", .person) == ["Johnson"])
        #expect(values("Wiedervorlage: 2020-05-14\ngez. Siglinde, SG 50.2", .person) == ["Siglinde"])
        #expect(values("insp 17.03.2026 ~10:30, w/ Lauren\nprop: 067 Davis", .person) == ["Lauren"])
        #expect(values("contact stays as is.\n\nTa,\nChristopher\nBackend Engineer", .person) == ["Christopher"])
        #expect(values("Bitte zurückhalten und Annas Team informieren.", .person) == ["Anna"])
        #expect(values("> **Agathe** a commenté `deploy.sh`", .person) == ["Agathe"])
        #expect(values("je réécris l'historique. Hélène, tu pourras valider ?", .person) == ["Hélène"])
        // A firm after `w/`, a fair named after an office, a plural family name, English plurals: no one.
        #expect(values("Q3 vendor review w/ Vaughn Group @ Thu", .person).isEmpty)
        #expect(values("Assigned to: Streets Maintenance - District 3", .person).isEmpty)
        #expect(values("Check Marks Team update", .person).isEmpty)
        #expect(values("Williams Team won the cup", .person).isEmpty)
    }

    @Test func devicesFlagsAndPrompts() {
        #expect(values("  key_name      = \"Cory-laptop\"\n  tags = {}", .person) == ["Cory"])
        #expect(values("ssh from Jess-MacBook-Pro.local failed", .person) == ["Jess"])
        #expect(values("    command: redis-server --requirepass eNRfB098*hRW", .password) == ["eNRfB098*hRW"])
        #expect(
            values("the X-Api-Key header (5ag6niz6s12q6z9pxazdy4lza66rn5db). Please strip it", .genericSecret)
                == ["5ag6niz6s12q6z9pxazdy4lza66rn5db"]
        )
        #expect(values("Best number: 3714961789", .phone) == ["3714961789"])
        #expect(
            values("geb. 15. August 1986, Reisepass CT0735H28, gültig bis 05.2030", .dateOfBirth) == ["15. August 1986"]
        )
        // A setting inside the parentheses, a password prompt and a town with a hyphen are none of these.
        #expect(
            values("swapped in a new token (GH_TOKEN=ghp_iJ4rAipmBEdJKNU679qWcABLf5zYmLJwxOVy), rotate", .genericSecret)
                .isEmpty
        )
        #expect(values("deploy@web-22.corp.biz's password:", .email).isEmpty)
        #expect(values("Le Gall-sur-Martel", .person).isEmpty)
        #expect(values("2026-08-05T23:00:07Z Kit de traitement lancé", .person).isEmpty)
    }

    @Test func speakersQuotationsAndColumnsOfSetsFortyEightToFifty() {
        #expect(values("#inc-claims-portal\nShannon [09:02] portal is down again", .person) == ["Shannon"])
        #expect(values("mise à jour du poste\nÉlise (Support N1) — 14:06\nle VPN tombe", .person) == ["Élise"])
        #expect(
            values("Lindenhof\n\nGesine 09:03\nMoin, im Lindenhof Haus B ist die Heizung aus", .person) == ["Gesine"]
        )
        #expect(values("\"Already ordered a second one.\" — David, Kimberlychester", .person) == ["David"])
        #expect(values("email;Vorname;Nachname\ngklemt@hiller.com;August;Naser\n", .person) == ["August", "Naser"])
        #expect(values("Name: Stephanie House\nEmail on file: none", .person) == ["Stephanie House"])
        #expect(values("Konto entsperrt, dein Initialpasswort ist XoFyn669%bVr", .password) == ["XoFyn669%bVr"])
        #expect(
            values(
                "const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET || 'mvei4k2v4yvl1bkhoexydft32ohq3xqz';",
                .genericSecret
            )
                == ["mvei4k2v4yvl1bkhoexydft32ohq3xqz"]
        )
        #expect(values("PID|1||12345^^^KLN^MR||Jopich^Aloys||May. 25, 1963|F", .dateOfBirth) == ["May. 25, 1963"])
        // Campaigns, test rows, firms' words, variables, English words and a year before a street are no one's.
        #expect(values("Campaign: Autumn Restock (sent 09/06/2025)", .person).isEmpty)
        #expect(values("email;Vorname;Nachname\nx@test.invalid;Test;Agentur\n", .person).isEmpty)
        #expect(values("email,role,source\nk@example.org,QA,Agency\n", .person).isEmpty)
        #expect(values("To: Provider Network Ops\nCc: none", .person).isEmpty)
        #expect(values("Nationality: Irish", .person).isEmpty)
        #expect(values("        headers={\"X-Api-Key\": lock_api_key},", .genericSecret).isEmpty)
        #expect(values("validating provider credentials: retrieving caller identity", .genericSecret).isEmpty)
        #expect(values("\"checkout_token\": \"a27fa9e0-c3a4-4a54-a6eb-8d9ffdea53f3\",", .genericSecret).isEmpty)
        #expect(values("> On February 18, 2022, Maple Court Leasing wrote:", .streetAddress).isEmpty)
        #expect(values("- Neues WMS-Release 10.19.7.1 seit März", .ipAddress).isEmpty)
        #expect(
            values("Unit 4, Riverside Business Park, Leeds LS11 5DJ", .streetAddress)
                == ["Unit 4, Riverside Business Park, Leeds LS11 5DJ"]
        )
    }

    @Test func teamsRestaurantsTopicsAndHyphenatedProducts() {
        #expect(values("| Juniper | Growth Squad | Amber | Waiting on legal |", .person).isEmpty)
        #expect(values("- Pizzeria Bella Vista: 3 Stimmen", .person).isEmpty)
        #expect(values("Decommissioning Merlin: Platform (R), Architecture (A)", .person).isEmpty)
        #expect(values("Titel: Update KIS-Konnektor auf 10.16.8.3", .ipAddress).isEmpty)
        // People under the same shapes stay.
        #expect(values("Name: Stephanie House", .person) == ["Stephanie House"])
        #expect(values("Jennifer Lopez: can you check the rota?", .person) == ["Jennifer Lopez"])
        #expect(values("ssh to web-01 at 10.1.2.3", .ipAddress) == ["10.1.2.3"])
    }
}
