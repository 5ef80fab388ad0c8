/// A second full name paired with one found: `Egbert Schmidt und Gunar Klemt`, `Maria Lopez and Tomasz Wrzesniewski`.
extension PersonDetector {
    /// Appends, for each person of two words in `out[first..<end]`, the two words after ` and `, ` und `, ` et ` or
    /// ` & ` that are written as a name (capitalised, no common word, no stopword, no place, no firm's word, no German
    /// noun), when no capitalised word follows them (`Anna Schmidt und Partner GmbH` is a firm).
    func pairedFullNames(_ t: ScanText, from first: Int, into out: inout [Candidate]) {
        let end = out.count
        for k in first..<end where out[k].type == .person {
            let c = out[k]
            guard t.at(c.end) == 0x20, let s = Self.afterConjunction(t, c.end + 1), t.at(c.end + 1) != 0x2D,
                t.at(c.end + 1) != 0xE2, let tok = NameTokens.read(t, s, max: 2), tok.count == 2,
                let first = NameTokens.word(t, c.start), first < c.end, t.at(first) == 0x20,
                NameTokens.word(t, first + 1) == c.end
            else { continue }
            let nameLike = (0..<2).allSatisfy { n in
                let (ws, we) = (tok.starts[n], tok.ends[n])
                return we - ws >= 3 && (Byte.isLower(t.at(ws + 1)) || t.at(ws + 1) >= 0x80)
                    && !NameLexicon.isStopword(t, ws, we) && !NameLexicon.isCommonWord(t, ws, we)
                    && !Self.placeOrFirmWords.contains(t.hashLowercased(ws, we))
                    && !Self.placeNames.contains(t.hashLowercased(ws, we)) && !Self.germanNounEnding(t, ws, we)
            }
            guard nameLike, !(t.at(tok.end) == 0x20 && (Byte.isUpper(t.at(tok.end + 1)) || t.at(tok.end + 1) >= 0xC3))
            else { continue }
            out.append(person(tok.start, tok.end, 0.7))
        }
    }
}
