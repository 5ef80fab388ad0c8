import BulwarkShield
import Testing

/// Cases from the nineteenth session's blind sets (`evals/templates/78-blind-final.txt` and `81-blind-final.txt`, read
/// after their first score; 79 and 80 unread): couples and pairs of given names, a team and its member after a slash,
/// owners named in parentheses, notes after a name, a phone before ` | ` in a signature, and the look-alikes they must
/// not take — posts, mailboxes of shops, German compounds and place names, times before a title, a password's status.
@Suite("PII scanner: couples, teams, owners in parentheses, posts and statuses")
struct DLPNineteenthTests {
    @Test func couplesAndPairsOfGivenNames() {
        #expect(values("Thanks,\nLori and Connie Turner", .person) == ["Lori", "Connie Turner"])
        let row = "12 Oak Lane, Angelaville, VT 52312 | Steven & Charles | 001-252-790-1234"
        #expect(values(row, .person) == ["Steven", "Charles"])
        #expect(values("I called Lisa and Mark from procurement.", .person) == ["Lisa", "Mark"])
        // Firms named by two names, and one name twice.
        #expect(values("We accept Marks & Spencer and John Lewis vouchers.", .person).isEmpty)
        #expect(values("a Johnson & Johnson baby set", .person).isEmpty)
        #expect(values("Visit the Victoria and Albert Museum today.", .person).isEmpty)
    }

    @Test func teamThenMemberAndOwnersInParentheses() {
        #expect(values("Assigned: Client Services / Jimmy\nSession: 8695e", .person) == ["Jimmy"])
        #expect(values("Owner: IT Support / Jane Doe\n", .person) == ["Jane Doe"])
        #expect(values("Assigned: Client Services\n", .person).isEmpty)
        let owners = "Der Schlüssel liegt im Büro, die Eigentümer (Neureuther) sind informiert."
        #expect(values(owners, .person) == ["Neureuther"])
        #expect(values("10:45 Uhr Ehepaar Mitschke, 06727 045578", .person) == ["Mitschke"])
        #expect(values("5. Bryan (seller, listing 070712584) – asking why", .person) == ["Bryan"])
        // A firm's double name, a place in a label's note.
        #expect(values("10/02/2025 – contractor (Davey-Taylor) visited", .person).isEmpty)
        #expect(values("    HR Business Partner (Leeds): Chelsea West", .person) == ["Chelsea West"])
    }

    @Test func postsMailboxesAndCompoundsAreNoPeople() {
        #expect(values("Thanks.\n\nJessica Montgomery\nSenior Loan Officer", .person) == ["Jessica Montgomery"])
        #expect(values("Our Senior Loan Officer will call.", .person).isEmpty)
        #expect(values("To: Meter Shop <kdavis@example.org>", .person).isEmpty)
        #expect(values("To: Anna Berg <anna@example.org>", .person) == ["Anna Berg"])
        #expect(values("Änderungsantrag 983674561 – Prozessleittechnik Wasser\nAntragsteller: OT", .person).isEmpty)
        #expect(values("Grüße – Anna Wasser", .person) == ["Anna Wasser"])
        #expect(values("Units left at Maple Ridge, Moranville.", .person).isEmpty)
    }

    @Test func hostsInTablesAndFamilyNamesWithUmlauts() {
        let visitors =
            "| Badge | Name | Host |\n|---|---|---|\n| V-1021 | Kevin Russo | Maynard |\n| V-1034 | Frank Hawkins | Butler |"
        #expect(values(visitors, .person) == ["Kevin Russo", "Maynard", "Frank Hawkins", "Butler"])
        #expect(values("| Host | Status |\n|---|---|\n| db-prod-01 | up |\n| Mercury | down |", .person).isEmpty)
        // The English lists spell umlauts out (`Koester`); German text writes them.
        #expect(values("Ausschussmitglied Köster beantragt Vertagung.", .person) == ["Köster"])
        #expect(values("Ausschussmitglied Koester beantragt Vertagung.", .person) == ["Koester"])
        #expect(values("Ausschussmitglied Lärmschutz beantragt Vertagung.", .person).isEmpty)
    }

    @Test func phoneOpeningTheLastLineOfASignature() {
        let signed = "Thank you for considering us,\nLori and Connie Turner\n7067010008 | carr@example.net"
        #expect(values(signed, .phone) == ["7067010008"])
        #expect(values("Best,\nKelly\n6503110945 | kelly@example.com", .phone) == ["6503110945"])
        #expect(values("Batch\n6503110945 | done", .phone).isEmpty)
    }

    @Test func timesAndPlacesAreNoStreets() {
        let agenda = "Termine:\n10:00 Uhr Dr. Michelle Gute, Beraterin\n12:15 Uhr Dr. Giovanni Häring"
        #expect(values(agenda, .streetAddress).isEmpty)
        #expect(values(agenda, .person) == ["Michelle Gute", "Giovanni Häring"])
        #expect(values("Ursache vermutlich Tierkontakt (Marder) im Schaltfeld 3.", .streetAddress).isEmpty)
        #expect(values("Treffen im Biergarten 2 um 18 Uhr", .streetAddress).isEmpty)
        #expect(values("Lieferung an Lindenhof 3, 10115 Berlin", .streetAddress) == ["Lindenhof 3, 10115 Berlin"])
        #expect(values("Adresse: Hauptstraße 5", .streetAddress) == ["Hauptstraße 5"])
    }

    @Test func passwordStatusIsNoPassword() {
        #expect(values("Doorstep password: chosen by customer, reset on request", .password).isEmpty)
        #expect(values("Password: changed by IT on Monday", .password).isEmpty)
        #expect(values("Password: sunshine42 for the guest wifi", .password) == ["sunshine42"])
        #expect(values("password = \"rotated\"", .password) == ["rotated"])
    }
}
