import BulwarkShield
import Foundation
import Testing

@Suite("Redaction and pseudonyms")
struct DLPRedactionTests {
    let text =
        "Hi Priya, mail priya.raman@northwind-mail.com or priya.raman@northwind-mail.com; key AKIAZ7QX3R5T2W4Y6N8P"

    @Test func masksWithTypeLabels() {
        let findings = PIIScanner().scan(text)
        var table = PseudonymTable()
        let result = Redactor(actions: [:], default: .mask).redact(text, findings: findings, pseudonyms: &table)
        #expect(result.text == "Hi [PERSON], mail [EMAIL] or [EMAIL]; key [AWS_ACCESS_KEY]")
        #expect(!result.isBlocked)
        #expect(table.count == 0)
    }

    @Test func defaultPolicyBlocksSecretsAndPseudonymizesPersonalData() {
        let findings = PIIScanner().scan(text)
        var table = PseudonymTable()
        let result = Redactor().redact(text, findings: findings, pseudonyms: &table)
        #expect(result.blockedTypes == [.awsAccessKey])
        #expect(result.text.hasPrefix("Hi <PERSON_1>, mail <EMAIL_1> or <EMAIL_1>; key AKIA"))
        #expect(result.applied.map(\.action) == [.pseudonymize, .pseudonymize, .pseudonymize, .block])
    }

    @Test func pseudonymsRoundTripThroughAStreamSplitAnywhere() {
        let findings = PIIScanner().scan(text)
        var table = PseudonymTable()
        let redacted = Redactor(actions: [.awsAccessKey: .mask]).redact(text, findings: findings, pseudonyms: &table)
            .text
        let answer = "Sure — I will write to <EMAIL_1> and greet <PERSON_1>. Unknown <EMAIL_9> stays; a < b too."
        let expected = answer.replacingOccurrences(of: "<EMAIL_1>", with: "priya.raman@northwind-mail.com")
            .replacingOccurrences(of: "<PERSON_1>", with: "Priya")
        #expect(table.restore(redacted).contains("priya.raman@northwind-mail.com"))
        let chars = Array(answer)
        for size in 1...12 {
            var restorer = PseudonymRestorer(table: table)
            var out = ""
            var i = 0
            while i < chars.count {
                out += restorer.feed(String(chars[i..<min(i + size, chars.count)]))
                i += size
            }
            out += restorer.finish()
            #expect(out == expected, "chunk size \(size)")
        }
    }

    @Test func restorerHoldsBackOnlyAPossiblePlaceholder() {
        var table = PseudonymTable()
        _ = table.placeholder(for: "a@b.io", type: .email)
        var restorer = PseudonymRestorer(table: table)
        #expect(restorer.feed("Mail <EMA") == "Mail ")
        #expect(restorer.feed("IL_1> now <3") == "a@b.io now <3")
        #expect(restorer.finish() == "")
    }

    @Test func pseudonymTableIsCodable() throws {
        var table = PseudonymTable()
        let p = table.placeholder(for: "Jo Bloggs", type: .person)
        let data = try JSONEncoderShim.encode(table)
        let back = try JSONEncoderShim.decode(data)
        #expect(back.value(for: p) == "Jo Bloggs")
        #expect(table.placeholder(for: "Jo Bloggs", type: .person) == "<PERSON_1>")
    }

    @Test(arguments: [RedactionAction.mask, .pseudonymize])
    func redactedTextScansClean(action: RedactionAction) {
        let sample = """
            From: Jane Fowler <jane.fowler@acme-mail.com>
            DB_PASSWORD=Tr0ub4dor&3 card 4539 1488 0343 6467, IBAN DE89 3704 0044 0532 0130 00
            Anschrift: Lindenstraße 12a, 50667 Köln — Tel. +49 176 2345678
            """
        let scanner = PIIScanner()
        var table = PseudonymTable()
        let redacted = Redactor(actions: [:], default: action).redact(
            sample,
            findings: scanner.scan(sample),
            pseudonyms: &table
        )
        #expect(scanner.scan(redacted.text).isEmpty, "\(redacted.text)")
    }

    @Test func repeatedRoundsCountValuesLeftInPlaceOnce() {
        let text = "blocked 203.0.113.77 after mail from maria.keller@bergwerk-logistik.de, key AKIAZ7QX3R5T2W4Y6N8P"
        var table = PseudonymTable()
        let redactor = Redactor(actions: [.ipAddress: .flag, .email: .pseudonymize, .awsAccessKey: .block])
        let result = redactor.scanAndRedact(text, scanner: PIIScanner(), pseudonyms: &table)
        #expect(result.text == "blocked 203.0.113.77 after mail from <EMAIL_1>, key AKIAZ7QX3R5T2W4Y6N8P")
        #expect(result.applied.map(\.finding.type) == [.ipAddress, .email, .awsAccessKey])
        #expect(result.blockedTypes == [.awsAccessKey])
    }

    @Test func cleanTextIsScannedOnceAndLeftAlone() {
        var table = PseudonymTable()
        let text = "The quarterly numbers look fine; ship it on Tuesday."
        let result = Redactor().scanAndRedact(text, scanner: PIIScanner(), pseudonyms: &table)
        #expect(result.text == text && result.applied.isEmpty && !result.isBlocked)
    }

    @Test func offsetsStayRightAroundNonASCIIText() {
        let text = "Grüße 🚀 — schreib an maria.keller@bergwerk-logistik.de, Tel. +49 176 2345678 (Köln) ✓"
        var table = PseudonymTable()
        let result = Redactor(default: .pseudonymize).scanAndRedact(text, scanner: PIIScanner(), pseudonyms: &table)
        #expect(result.text == "Grüße 🚀 — schreib an <EMAIL_1>, Tel. <PHONE_1> (Köln) ✓")
        #expect(table.restore(result.text) == text)
        let masked = StreamingRedactor.redact(text, redactor: Redactor(default: .mask))
        #expect(masked.text == "Grüße 🚀 — schreib an [EMAIL], Tel. [PHONE] (Köln) ✓")
    }
}
