import BulwarkShield
import Foundation
import Testing

/// Replays the inputs kept in `Fuzz/Regressions` (each one broke a property of `scripts/fuzz-shield` once) and
/// checks the fuzzer's properties on them: findings in bounds, sorted and disjoint, and nothing left to find
/// after masking or pseudonymizing.
@Suite("DLP fuzzer regressions")
struct DLPFuzzRegressionTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Regressions")

    static func regressionInputs() throws -> [(name: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".bin") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            return (name, String(decoding: data, as: UTF8.self))
        }
    }

    @Test func maskingOrPseudonymizingLeavesNothingToFind() throws {
        let inputs = try Self.regressionInputs()
        #expect(inputs.count >= 30)
        let scanner = PIIScanner()
        for (name, text) in inputs {
            let findings = scanner.scan(text)
            let scalarCount = text.unicodeScalars.count
            var previousEnd = 0
            for f in findings {
                #expect(f.start >= previousEnd && f.start < f.end && f.end <= scalarCount, "\(name): \(f)")
                previousEnd = f.end
            }
            for action in [RedactionAction.mask, .pseudonymize] {
                var table = PseudonymTable()
                let redactor = Redactor(actions: [:], default: action)
                let result = redactor.scanAndRedact(text, scanner: scanner, pseudonyms: &table)
                let again = scanner.scan(result.text)
                #expect(again.isEmpty, "\(name) after \(action): \(again)")
            }
        }
    }

    @Test func partsOfAWeakerFindingOutsideAStrongerOneAreKept() {
        // A password that starts with an e-mail address: the address wins its bytes, the rest stays a password,
        // so a policy that blocks passwords still sees one.
        let text = "password=jane.doe@corp.io#42 ok"
        let findings = PIIScanner().scan(text)
        #expect(findings.map(\.type) == [.email, .password], "\(findings)")
        #expect(findings.map(\.start) == [9, 25] && findings.map(\.end) == [25, 28], "\(findings)")
    }

    @Test func urlUserNameMayBeAnEmailAddress() {
        let text = "postgres://jane.doe@corp.io:Tr0ub4dor3x@db.internal:5432/app"
        let scalars = Array(text.unicodeScalars)
        let found = PIIScanner().scan(text).map { f in
            (f.type, String(String.UnicodeScalarView(scalars[f.start..<f.end])))
        }
        #expect(found.contains { $0.0 == .password && $0.1 == "Tr0ub4dor3x" }, "\(found)")
    }

    @Test func aDottedListAfterACommaIsNoDecimal() {
        let found = PIIScanner().scan("allow 192.168.0.4,8.8.4.4 only")
        #expect(found.filter { $0.type == .ipAddress }.count == 2, "\(found)")
    }
}
