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
}
