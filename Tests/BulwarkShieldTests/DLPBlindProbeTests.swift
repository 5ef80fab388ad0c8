import BulwarkShield
import Testing

/// Cases from the blind probe set (`evals/probes/12-blind-session11.txt`, written without sight of the rules): firms
/// that read like people, acronyms that read like titles, numbers labelled by words hidden inside other words, and
/// what the detectors missed there, each with the look-alike it must not take.
@Suite("PII scanner: blind probes")
struct DLPBlindProbeTests {
    @Test(arguments: [
        ("FROM: Northgate Ceramics Ltd, Unit 9", [String]()),
        ("Beneficiary: Whitcombe Joinery Ltd\nIBAN follows", []),
        ("Quarterly vendor review – Kessler & Brandt GmbH\nWhen: Tuesday", []),
        ("Supplier: Van Dijk Verpakkingen B.V.\nKvK: 58210", []),
        ("Client : Atelier Lacombe SARL, à l'attention de la compta", []),
        ("Rechnung an: Hanse Analytik GmbH, Kostenstelle 4100", []),
        ("Shares in Tesco plc fell.", []),
        // People stay people next to firms.
        ("Name: Anna Müller\nFirma: Nordlicht Logistik GmbH", ["Anna Müller"]),
        ("Contact: Tom Baker, CEO of Acme Foods Ltd", ["Tom Baker"]),
        ("Jessica Moore as the lead and Tom Baker as co-chair", ["Jessica Moore", "Tom Baker"]),
    ])
    func firmsAreNoPeople(text: String, people: [String]) {
        #expect(values(text, .person) == people)
    }

    @Test func capitalAcronymsAreNoTitles() {
        #expect(values("I need to soften this before it goes to HR. Keep the substance.", .person).isEmpty)
        #expect(values("Made in FR. Great quality.", .person).isEmpty)
        #expect(values("Termin mit Hr. Weber und Fr. Lange", .person) == ["Weber", "Lange"])
    }

    @Test func functionWordsOpenNoNames() {
        #expect(values("(4) Bei Zahlungsverzug von mehr als zwei Monaten kann gekündigt werden.", .person).isEmpty)
        #expect(values("MAPLE RIDGE ELEMENTARY – STUDENT ENROLMENT", .person).isEmpty)
    }

    @Test func ssnLabelsAreWords() {
        // `routing` holds `tin`, `Martinez` too: neither labels a nine-digit number as a taxpayer number.
        #expect(values("New account: Peach State Credit Union, routing 061119888, checking", .usSSN).isEmpty)
        #expect(values("E3954,Nicholas Martinez,575224361,Oct 15, 1965", .usSSN).isEmpty)
        #expect(values("TIN: 575224361", .usSSN) == ["575224361"])
        #expect(values("employeeSSN=575224361", .usSSN) == ["575224361"])
    }

    @Test func addressInParentheses() {
        #expect(values("I copied it from the deploy server (10.40.2.77) into a file.", .ipAddress) == ["10.40.2.77"])
        #expect(values("Call (415) 555-0134 today.", .ipAddress).isEmpty)
    }
}
