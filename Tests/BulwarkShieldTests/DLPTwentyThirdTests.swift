import BulwarkShield
import Testing

/// Cases from the twenty-third session: what the blind sets' leaks have in common (counted over the never-read sets,
/// read in the sets `evals/templates/152-` and `154-blind-final.txt`), and the look-alikes the rules must not take.
@Suite("PII scanner: given names in tables")
struct DLPTwentyThirdTests {
    @Test func givenNamesInTheCellsOfARotaOrAListBesidePeople() {
        let rota = """
            | Day | Early | Late |
            |---|---|---|
            | Mon | Sarah | Priya |
            | Tue | Kevin | Sarah |
            """
        #expect(values(rota, .person) == ["Sarah", "Priya", "Kevin", "Sarah"])
        // One name per row: the cell above or below names someone too.
        #expect(values("| Shift | Lead |\n| Early | Sarah |\n| Late | Kevin |", .person) == ["Sarah", "Kevin"])
        // Beside an e-mail address in its row, in a CSV export or a tab-separated paste.
        #expect(values("id,name,email,owner\n12,Ann Lee,ann@x.org,Kevin", .person) == ["Ann Lee", "Kevin"])
        #expect(values("Sarah\tKevin\tMon", .person) == ["Sarah", "Kevin"])
        // Alone in their column, a place, a product or a team is no one.
        #expect(values("| City | Office |\n| Austin | Dallas |\n| Jordan | Chelsea |", .person).isEmpty)
        #expect(values("| Release | Name | Date |\n| 4.2 | Aurora | 2024-03-01 |", .person).isEmpty)
        #expect(values("| Customer | Region |\n| Acme Ltd | North |\n| Globex | South |", .person).isEmpty)
        #expect(values("We shipped Aurora, Phoenix and Atlas last quarter.", .person).isEmpty)
    }
}
