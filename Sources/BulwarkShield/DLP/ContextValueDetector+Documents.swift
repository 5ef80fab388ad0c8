/// Identity documents' numbers that only the lines before name as a passport's (`List A document: U.S. Passport` …
/// `Document number: 291465548`, `doc_type=P` … `doc_number=700913270`).
extension ContextValueDetector {
    /// Labels of an identity document's number, which names no kind of document itself.
    static let documentNumberWords = KeywordSet([
        "document number", "document no", "doc_number", "doc number", "doc no", "document_number", "documentnumber",
    ])

    /// Whether a key named `number` alone starts at `i`: quoted (`"number":`) or opening its line (`  number: …`).
    static func numberKey(_ t: ScanText, _ i: Int) -> Bool {
        guard t.matches("number", at: i) else { return false }
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

    /// Whether a `type` key of the same object or item, on one of the four lines above the one at `i`, says passport
    /// (`"type": "passport",`, `- kind: Passport`, `doc_type: P`): no line opening or closing an object, no other
    /// item's dash and no key indented less than the number's (a parent's) between them.
    static func passportTypeAbove(_ t: ScanText, _ i: Int) -> Bool {
        var ls = t.lineStart(i, notBefore: i - 400)
        var indent = ls
        while t.at(indent) == 0x20 || t.at(indent) == 0x09 { indent += 1 }
        let depth = indent - ls
        for _ in 0..<4 where ls > 0 {
            let le = ls - 1
            ls = t.lineStart(le, notBefore: max(0, le - 200))
            var k = ls
            while t.at(k) == 0x20 || t.at(k) == 0x09 { k += 1 }
            let item = t.at(k) == 0x2D && t.at(k + 1) == 0x20
            if item { k += 2 }
            if k - ls < depth || t.at(k) == 0x7B || t.at(k) == 0x7D { return false }
            if t.at(k) == 0x22 { k += 1 }
            var ke = k
            while Byte.isAlpha(t.at(ke)) || t.at(ke) == 0x5F { ke += 1 }
            let key = ke > k ? t.hashLowercased(k, ke) : 0
            if key != 0 && (documentTypeKeys.contains(key) || documentCodeKeys.contains(key)) {
                var v = ke
                while t.at(v) == 0x22 || t.at(v) == 0x20 || t.at(v) == 0x3A || t.at(v) == 0x3D { v += 1 }
                var ve = v
                while Byte.isAlpha(t.at(ve)) { ve += 1 }
                // (The value ends there, or another key follows it on the line: `"type": "passport", "country": …`.)
                guard !Byte.isAlpha(t.at(ve)), t.at(ve) != 0x2D, t.at(ve) != 0x5F else { return false }
                if ve - v == 8 && t.matches("passport", at: v) { return true }
                // (A one-letter `P` only under a document's code key: `doc_type: P`; a `type: P` is a parking's.)
                return ve - v == 1 && t.at(v) | 0x20 == 0x70 && documentCodeKeys.contains(key)
            }
            if item || (ls..<le).contains(where: { t[$0] == 0x7B || t[$0] == 0x7D }) { return false }
        }
        return false
    }

    /// Keys that give a document's kind.
    static let documentTypeKeys = NameLexicon.hashes("type kind document_type documenttype id_type")
    /// Keys that give a document's kind as a code (`doc_type: P`, the passport's MRZ letter).
    static let documentCodeKeys = NameLexicon.hashes("doc_type doctype document_code")
}
