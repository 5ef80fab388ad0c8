/// Names as values of markup elements and as lists after labels for several people.
extension PersonDetector {
    /// `<firstName>Greta</firstName>`, `<customer>Greta Lindqvist</customer>`: the text of a markup element whose
    /// name is a name label, read as that label's value.
    func tagValue(_ t: ScanText, _ i: Int) -> Candidate? {
        let ke = i - 1
        var ks = ke
        while ks > 0 && ke - ks < 40 && (Byte.isWord(t[ks - 1]) || t[ks - 1] == 0x2D || t[ks - 1] == 0x5F) { ks -= 1 }
        guard ks > 0, ke > ks, t[ks - 1] == 0x3C, PersonLabels.isNameLabel(t, ks, ke) else { return nil }
        return labelValue(t, ks, ke, i)
    }

    /// `Attendees: A. Kaminski, B. Thornton and Dr. C. Delacroix`, `Cc: Ana Ruiz <ana@corp.com>, Li Wei`: the names
    /// after the first one of a list on the label's line, each after `, `, `; `, ` and ` or ` & ` (an address or
    /// a note in brackets after a name is passed over). Every name but the last goes to `out`; the last is
    /// returned. A further name must look like one (`looksLikeName`): a list also holds teams (`Sales`). After a
    /// label only people answer to (`Teilnehmer:`, `Présents :`, not `To:`), `onlyPeople`, a whole item of one to
    /// three words the lexicons lack is a name too, when no word of it is a common word (`Willfried`, `Anastasie
    /// Voisin`).
    func listed(_ t: ScanText, after first: Candidate, onlyPeople: Bool, into out: inout [Candidate]) -> Candidate {
        var last = first
        var k = first.end
        while true {
            if t.at(k) == 0x20 && (t.at(k + 1) == 0x3C || t.at(k + 1) == 0x28) {
                let close: UInt8 = t.at(k + 1) == 0x3C ? 0x3E : 0x29
                var p = k + 2
                while p < t.count && t[p] != close && t[p] != 0x0A && p - k < 80 { p += 1 }
                guard t.at(p) == close else { break }
                k = p + 1
            }
            var s = k
            if t.at(s) == 0x2C || t.at(s) == 0x3B { s += 1 }
            guard t.at(s) == 0x20 else { break }
            s += 1
            if let next = Self.afterConjunction(t, s) {
                s = next
            } else if s == k + 1 {
                break  // only a space: the list has ended
            }
            if let len = PersonLabels.titleLength(t, s) { s += len }
            guard let tok = NameTokens.read(t, s, max: 3, labelled: true),
                Self.looksLikeName(t, s) || (onlyPeople && Self.unknownNameItem(t, tok))
            else { break }
            out.append(last)
            last = person(tok.start, tok.end, last.score)
            k = tok.end
        }
        return last
    }

    /// Whether `tok` is a whole list item (a separator, a conjunction, a note or the line's end after it) of words
    /// written as names that no lexicon of words holds.
    static func unknownNameItem(_ t: ScanText, _ tok: NameTokens) -> Bool {
        let a = t.at(tok.end)
        guard
            a == 0x2C || a == 0x3B || a == 0x0A || a == 0x0D || a == 0
                || (a == 0x20 && (t.at(tok.end + 1) == 0x28 || afterListConjunction(t, tok.end + 1) != nil)),
            !NameTokens.firmNameFollows(t, tok.end)
        else { return false }
        for k in 0..<tok.count where !writtenAsUnknownName(t, tok.starts[k], tok.ends[k]) { return false }
        return true
    }

    /// Whether the words at `s` start with initials or a known given name, end with a known surname (one word
    /// only before a comma), are one word before a comma and a known given name (`Okafor, Chidi`), or are a
    /// travel-record name (`SMITH/JOHN`).
    static func looksLikeName(_ t: ScanText, _ s: Int) -> Bool {
        if NameTokens.initials(t, s) != nil || slashName(t, s, labelled: true) != nil { return true }
        guard let tok = NameTokens.read(t, s, max: 3, labelled: true) else { return false }
        if NameLexicon.isFirstName(t, tok.starts[0], tok.ends[0]) { return true }
        if tok.count == 1 && t.at(tok.end) == 0x2C && t.at(tok.end + 1) == 0x20,
            let g = NameTokens.word(t, tok.end + 2), NameLexicon.isFirstName(t, tok.end + 2, g)
        {
            return true
        }
        return (tok.count >= 2 || t.at(tok.end) == 0x2C)
            && NameLexicon.isSurname(t, tok.starts[tok.count - 1], tok.ends[tok.count - 1])
    }
}
