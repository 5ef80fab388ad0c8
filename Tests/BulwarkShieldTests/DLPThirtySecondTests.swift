import BulwarkShield
import Testing

/// Cases from the thirty-second session: what the blind sets' leaks have in common (read in the sets
/// `evals/templates/332-blind-final.txt` and `334-blind-final.txt`), and the look-alikes the rules must not take.
@Suite("PII scanner: ranks before a family name, lists of names in parentheses")
struct DLPThirtySecondTests {
    @Test func rankBeforeAFamilyName() {
        #expect(values("Einklarierung erledigt, Beamter Köster.", .person) == ["Köster"])
        #expect(values("01:15 Anruf Kapitän Söding: Matrose mit Fieber", .person) == ["Söding"])
        #expect(values("Skipper Linke fährt die Barkasse.", .person) == ["Linke"])
        #expect(values("CAPITAINE : Bonjour, capitaine Dias. Nous serons", .person) == ["Dias"])
        // The rank alone, or before a label.
        #expect(values("Der Kapitän des Schiffes meldet sich.", .person).isEmpty)
        #expect(values("Kapitän Training: Montag", .person).isEmpty)
    }

    @Test func namesListedInParentheses() {
        #expect(
            values("Airport pickup – 3 joining crew (Gomez, Weaver, Johnson), AA 2231", .person) == [
                "Gomez", "Weaver", "Johnson",
            ]
        )
        #expect(values("Orientation: new hires (Amy, Debra, Christopher)", .person) == ["Amy", "Debra", "Christopher"])
        // Words, places and firms listed.
        #expect(values("colours (Red, Green, Brown)", .person).isEmpty)
        #expect(values("offices (Berlin, Paris, London)", .person).isEmpty)
        #expect(values("we sell (Apple, Samsung, Google)", .person).isEmpty)
    }
}
