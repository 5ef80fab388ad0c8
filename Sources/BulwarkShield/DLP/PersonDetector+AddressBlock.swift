extension PersonDetector {
    /// `Sieghard Döring` on the line right above `Maurice-Schlosser-Str. 5` (an address found in `out[..<first]`): the
    /// recipient heads an address block. The line must hold a name and nothing else (after a title, before a degree):
    /// two to four capitalised words, one of them a known given name or family name.
    func namesAboveAddresses(_ t: ScanText, before first: Int, into out: inout [Candidate]) {
        for k in 0..<first where out[k].type == .streetAddress {
            let s = out[k].start
            guard t.at(s - 1) == 0x0A else { continue }
            var le = s - 1
            while le > 0 && (t[le - 1] == 0x20 || t[le - 1] == 0x0D) { le -= 1 }
            var ls = t.lineStart(le, notBefore: le - 96)
            guard ls == 0 || t[ls - 1] == 0x0A else { continue }
            while t.at(ls) == 0x20 { ls += 1 }
            // Titles in a row (`Univ.Prof. Dr.`), as after a greeting.
            for _ in 0..<3 {
                guard let n = PersonLabels.titleLength(t, ls) else { break }
                ls += n
            }
            guard let tok = NameTokens.read(t, ls, max: 4), tok.count >= 2, Self.suffixEnd(t, tok.start, tok.end) == le
            else { continue }
            let lex = tok.lexiconHits(t)
            guard lex.first || lex.surname else { continue }
            // The block's label is no recipient (`ADRESSE DU FOYER`, `Billing Address`).
            let labelled = (0..<tok.count).contains {
                Self.addressLabelWords.contains(t.hashLowercased(tok.starts[$0], tok.ends[$0]))
            }
            if !labelled { out.append(person(tok.start, le, 0.8)) }
        }
    }

    static let addressLabelWords = NameLexicon.hashes(
        "address adresse anschrift domicile wohnort wohnanschrift residence billing shipping postal mailing delivery "
            + "livraison facturation lieferadresse rechnungsadresse postanschrift"
    )
}
