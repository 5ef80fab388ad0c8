/// Identity documents' numbers that only the lines before name as a passport's (`List A document: U.S. Passport` …
/// `Document number: 291465548`, `doc_type=P` … `doc_number=700913270`).
extension ContextValueDetector {
    /// Labels of an identity document's number, which names no kind of document itself.
    static let documentNumberWords = KeywordSet([
        "document number", "document no", "doc_number", "doc number", "doc no", "document_number", "documentnumber",
    ])

    /// Whether a key named `number` alone starts at `i`: quoted (`"number":`) or opening its line (`  number: …`).
    static func numberKey(_ t: ScanText, _ i: Int) -> Bool {
        guard t.matchesExactly("number", at: i) else { return false }
        var k = i + 6
        if t.at(i - 1) == 0x22 {
            guard t.at(k) == 0x22 else { return false }
            k += 1
        } else {
            var b = i - 1
            while t.at(b) == 0x20 { b -= 1 }
            guard b < 0 || t.at(b) == 0x0A else { return false }
        }
        while t.at(k) == 0x20 { k += 1 }
        return t.at(k) == 0x3A || t.at(k) == 0x3D
    }

    /// Whether one of the three lines before the one at `i` gives a passport as a document's kind: a field's value
    /// that names one (`List A document: U.S. Passport`, `doc_type=P`), not a mention (`verified with passport.`).
    static func passportNamedBefore(_ t: ScanText, _ i: Int) -> Bool {
        var ls = t.lineStart(i, notBefore: i - 240)
        for _ in 0..<3 where ls > 0 && ls > i - 240 {
            let le = ls - 1
            ls = t.lineStart(le, notBefore: max(0, i - 240))
            // The value after the line's last `:` or `=`.
            var v = le
            while v > ls && t[v - 1] != 0x3A && t[v - 1] != 0x3D { v -= 1 }
            guard v > ls, le - v <= 40 else { continue }
            if passportWords.occurs(in: t, v, le) { return true }
            var k = v
            while k < le && t[k] == 0x20 { k += 1 }
            if t.matches("doc_type=", at: v - 9), t.at(k) | 0x20 == 0x70, !Byte.isAlnum(t.at(k + 1)) { return true }
        }
        return false
    }
}
