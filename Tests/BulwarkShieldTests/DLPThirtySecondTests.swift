import BulwarkShield
import Testing

/// Cases from the thirty-second session: what the blind sets' leaks have in common (read in the sets
/// `evals/templates/332-blind-final.txt` and `334-blind-final.txt`), and the look-alikes the rules must not take.
@Suite("PII scanner: seafarers' and officials' ranks before a family name")
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
}
