/// libFuzzer entry point: scan, redact (mask and pseudonymize), restore, and re-scan arbitrary input.
///
/// Traps when a property fails: findings out of bounds or overlapping, a redacted text in which the
/// scanner still finds something, or pseudonym restoration (whole or streamed in small chunks) that
/// does not give back the original text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scanner = PIIScanner()
    let findings = scanner.scan(text)
    let scalarCount = text.unicodeScalars.count
    var previousEnd = 0
    for f in findings {
        precondition(f.start >= previousEnd && f.start < f.end && f.end <= scalarCount, "bad finding \(f)")
        previousEnd = f.end
    }
    for action in [RedactionAction.mask, .pseudonymize] {
        var table = PseudonymTable()
        let result = Redactor(actions: [:], default: action).scanAndRedact(text, scanner: scanner, pseudonyms: &table)
        let again = scanner.scan(result.text)
        precondition(again.isEmpty, "re-scan after \(action) found \(again)")
        if action == .pseudonymize && !text.contains("<") {
            precondition(table.restore(result.text) == text, "restore mismatch")
            var restorer = PseudonymRestorer(table: table)
            var streamed = ""
            let chars = Array(result.text.unicodeScalars)
            var i = 0
            let step = 1 + size % 5
            while i < chars.count {
                streamed += restorer.feed(String(String.UnicodeScalarView(chars[i..<min(i + step, chars.count)])))
                i += step
            }
            streamed += restorer.finish()
            precondition(streamed == text, "streamed restore mismatch")
        }
    }
    return 0
}
