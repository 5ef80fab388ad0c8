/// Later mentions of someone already named: once `Aleksandra Nowak` or `Dear Mr. Whitaker` is found, `Aleksandra`
/// and `Whitaker` alone elsewhere in the same text are the same person, whether or not a lexicon knows them.
extension PersonDetector {
    /// Appends a candidate for each capitalised word that repeats a word of a name found so far (`first` is the
    /// index in `out` where this detector's candidates begin).
    func mentions(_ t: ScanText, _ triggers: Triggers, from first: Int, into out: inout [Candidate]) {
        var words: [UInt64] = []
        var spans: [(Int, Int)] = []
        // The first bytes of the words (bit `b & 63`), to pass over most capitalised words with one test.
        var firstBytes: UInt64 = 0
        for c in out[first...] where c.type == .person {
            spans.append((c.start, c.end))
            // Each capitalised word of the name (not initials, not particles, not handles), when some word of it is
            // a known given name or surname: a field that only looked like a name (`Registrant Name: Registration
            // Private`) spreads nothing.
            let before = words.count
            var known = false
            var k = c.start
            while k < c.end {
                if let e = NameTokens.word(t, k), e <= c.end, e - k >= 3, !NameLexicon.isStopword(t, k, e) {
                    words.append(t.hashLowercased(k, e))
                    firstBytes |= 1 << UInt64(t[k] & 63)
                    known = known || NameLexicon.isFirstName(t, k, e) || NameLexicon.isSurname(t, k, e)
                    k = e
                } else {
                    k += 1
                }
            }
            if !known { words.removeSubrange(before...) }
        }
        guard !words.isEmpty else { return }
        var span = 0
        spans.sort { $0.0 < $1.0 }
        triggers.forEach(Triggers.capital) { i in
            guard firstBytes & (1 << UInt64(t[i] & 63)) != 0 else { return i + 1 }
            guard i == 0 || !(Byte.isWord(t[i - 1]) || t[i - 1] == 0x2D || t[i - 1] == 0x27 || t[i - 1] == 0x2E),
                let e = NameTokens.word(t, i)
            else { return i + 1 }
            while span < spans.count && spans[span].1 <= i { span += 1 }
            if span < spans.count && spans[span].0 <= i { return spans[span].1 }
            // A mention is written as a name: capitalised, not in capitals (`MAY`), and not the start of a path.
            guard Byte.isLower(t.at(i + 1)) || t.at(i + 1) >= 0x80, t.at(e) != 0x2F,
                t.at(e) != 0x2E || !Byte.isAlpha(t.at(e + 1))
            else { return e }
            let h = t.hashLowercased(i, e)
            if words.contains(h) { out.append(person(i, e, 0.7)) }
            return e
        }
    }
}
