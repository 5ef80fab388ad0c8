import Testing

@testable import BulwarkShield

/// Long and repetitive prompts: every rule's work stays bounded per position, and overlapping findings are resolved
/// the same way however many there are.
@Suite("PII scanner: long and repetitive input")
struct DLPLongInputTests {
    /// Repetitions that once cost the square of their length (each position re-read the whole line or the whole
    /// table) or, for `Herr `, recursed once per title until the stack ran out.
    static let repeated = [
        "Herr ", "Ab: cd ", "- ", "— Tom ", "born ", "name,dob\n", "12-34-56 ", "(555) ", "a@b.io ", "@Anna ",
        "by Anna ", "Anna Smith ", "John, ", "'a', ", "\"k\", \"v\", ", "Mr. Ab ", "a,b,c ",
        // Forms added later, each bounded by its line or a few words.
        "PID|1||A^B||19580214|F|||1 A St^^C^WI^5\n", "Raymond Osei  10:42\n", "password (currently Ab1!xyz9) ",
        "DOB 01/02/1980, ", "Agent (Bella): ", "ID  NAME  DOB\n1  Ann  2020-01-01\n",
    ]

    @Test(arguments: repeated)
    func scansLongRepetitionsWithWellFormedFindings(unit: String) {
        let text = String(repeating: unit, count: 200_000 / unit.utf8.count)
        let findings = PIIScanner().scan(text)
        let scalars = text.unicodeScalars.count
        var previousEnd = 0
        for f in findings {
            #expect(f.start >= previousEnd && f.start < f.end && f.end <= scalars)
            previousEnd = f.end
        }
    }

    @Test func titlesInARowEndAtTheName() {
        #expect(values("Sehr geehrter Herr Prof. Dr. Dr. Weber,", .person) == ["Weber"])
        #expect(values(String(repeating: "Herr ", count: 100_000) + "Weber", .person).count <= 1)
    }

    /// The linear-time painting gives exactly what inserting into the sorted list of kept spans gives.
    @Test func paintingResolvesOverlapsAsInsertionDoes() {
        var rng = SystemRandomNumberGenerator()
        let types: [EntityType] = [.person, .email, .phone, .password, .streetAddress, .genericSecret]
        for _ in 0..<3000 {
            let count = Int.random(in: 2...60, using: &rng)
            let candidates = (0..<count).map { _ -> Candidate in
                let start = Int.random(in: 0..<200, using: &rng)
                let end = start + Int.random(in: 0...40, using: &rng)
                return Candidate(
                    types.randomElement(using: &rng)!,
                    start,
                    end,
                    score: 0.5,
                    priority: [30, 40, 50, 75].randomElement(using: &rng)!
                )
            }
            let ranked = candidates.filter { $0.end > $0.start }.sorted {
                if $0.priority != $1.priority { return $0.priority > $1.priority }
                if $0.end - $0.start != $1.end - $1.start { return $0.end - $0.start > $1.end - $1.start }
                return $0.start < $1.start
            }
            guard !ranked.isEmpty else { continue }
            let inserted = PIIScanner.insertKept(ranked).map { [$0.start, $0.end, $0.priority] }
            let painted = PIIScanner.paintKept(ranked).map { [$0.start, $0.end, $0.priority] }
            #expect(inserted == painted, "\(ranked.map { ($0.start, $0.end, $0.priority) })")
            if inserted != painted { return }
        }
    }
}
