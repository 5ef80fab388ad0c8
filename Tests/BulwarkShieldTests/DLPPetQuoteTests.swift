import Testing

@testable import BulwarkShield

/// A pet's name in quotation marks after its species, checked on the candidate itself (a quoted name is rarely found
/// as a person by the scan's rules, so the scanner's output alone would not show the check).
@Suite("PII scanner: a pet's quoted name")
struct DLPPetQuoteTests {
    private func namesAPet(_ text: String, _ name: String) -> Bool {
        let bytes = Array(text.utf8)
        let needle = Array(name.utf8)
        let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle } ?? 0
        return bytes.withUnsafeBufferPointer { buf in
            let c = Candidate(.person, start, start + name.utf8.count, score: 0.7, priority: 30)
            return PersonDetector.namesAPet(ScanText(bytes: buf), c)
        }
    }

    @Test func quotedNameAfterItsSpecies() {
        #expect(namesAPet("mon chien « Oscar » est malade", "Oscar"))
        #expect(namesAPet("my dog \"Oscar\" is sick", "Oscar"))
        #expect(namesAPet("mon chien Oscar est malade", "Oscar"))
        // A quoted name after no species is no pet.
        #expect(!namesAPet("mon voisin « Oscar » est malade", "Oscar"))
    }
}
