/// People paired or listed with a slash beside someone already found (`Thomas / Cohen / Jennifer Jackson`, `Kelly/Jodi`,
/// `Adalbert Sorgatz / Hecker`): a rota's or an approval's names, each a known given or family name.
extension PersonDetector {
    /// Appends a candidate for each name joined by `/` (or ` / `) to a person candidate of `out[first...]`, and so on
    /// along the list.
    func slashPartners(_ t: ScanText, from first: Int, into out: inout [Candidate]) {
        // (The first 256 seeds only: the overlap search stays linear in the text.)
        var k = first
        var seeds = 0
        while k < out.count && seeds < 256 {
            let c = out[k]
            k += 1
            // (A known name's partners only: a field's word found as a name spreads nothing, `Name/Title`; nor a
            // path's segment: `/home/Amanda/Patricia`.)
            guard c.type == .person,
                t.at(c.end) == 0x2F || t.at(c.end + 1) == 0x2F || t.at(c.start - 1) == 0x2F
                    || t.at(c.start - 2) == 0x2F, Self.holdsKnownName(t, c),
                !(t.at(c.start - 1) == 0x2F && Byte.isLower(t.at(c.start - 2)))
            else { continue }
            seeds += 1
            for partner in [Self.slashPartner(t, after: c.end), Self.slashPartner(t, before: c.start)] {
                guard let (s, e) = partner, !out[first...].contains(where: { $0.start < e && s < $0.end }) else {
                    continue
                }
                out.append(person(s, e, 0.7))
            }
        }
    }

    /// The name after a slash right after `e`, or nil.
    static func slashPartner(_ t: ScanText, after e: Int) -> (Int, Int)? {
        let s: Int
        if t.at(e) == 0x2F {
            s = e + 1
        } else if t.at(e) == 0x20 && t.at(e + 1) == 0x2F && t.at(e + 2) == 0x20 {
            s = e + 3
        } else {
            return nil
        }
        guard Byte.isUpper(t.at(s)) || t.at(s) >= 0xC3, let e1 = NameTokens.word(t, s) else { return nil }
        // (A given and a family name: `/ Jennifer Jackson`.)
        if t.at(e1) == 0x20, NameLexicon.isFirstName(t, s, e1), let e2 = NameTokens.word(t, e1 + 1),
            Byte.isUpper(t[e1 + 1]), NameLexicon.isSurname(t, e1 + 1, e2), writtenAsName(t, e1 + 1, e2)
        {
            return partnerName(t, s, e1) ? (s, e2) : nil
        }
        return partnerName(t, s, e1) ? (s, e1) : nil
    }

    /// The name before a slash right before `s`, or nil.
    static func slashPartner(_ t: ScanText, before s: Int) -> (Int, Int)? {
        let e: Int
        if t.at(s - 1) == 0x2F {
            e = s - 1
        } else if t.at(s - 1) == 0x20 && t.at(s - 2) == 0x2F && t.at(s - 3) == 0x20 {
            e = s - 3
        } else {
            return nil
        }
        var ws = e
        while ws > 0 && (Byte.isAlpha(t[ws - 1]) || t[ws - 1] >= 0x80 || t[ws - 1] == 0x2D) && e - ws < 24 { ws -= 1 }
        guard ws < e, ws == 0 || !Byte.isWord(t[ws - 1]), NameTokens.word(t, ws) == e else { return nil }
        return partnerName(t, ws, e) ? (ws, e) : nil
    }

    /// Whether `s..<e` is written as a name, ends its item (what follows is no word: `Grass cutting`, `Ball LLC`; nor a
    /// firm's partners: `Berry, Yates and Roberts`) and is a known given name (no word, no place) or a known family
    /// name that is no word (`Cohen`, not `Herald`).
    private static func partnerName(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 2, writtenAsName(t, s, e), !inCapitals(t, s, e), !NameTokens.inPartnerList(t, s, e) else {
            return false
        }
        // (A rota's item's end, or the next slash, a closing parenthesis, a full stop or a quote.)
        let a = t.at(e)
        let endsItem = endsRotaItem(t, e) || a == 0x2F || a == 0x29 || a == 0x2E || a == 0x22 || endsLine(t, e)
        return endsItem && (givenNameAlone(t, s) == e || familyNameAsWord(t, s, e))
    }

    /// `Jeremiah/Patricia/Amanda`, `Kelly/Jodi`: known given names (no word, no place) joined by a slash with no space,
    /// the slash at `i`; appends the first (unless found already) and returns the second.
    static func slashedGivenNames(_ t: ScanText, _ i: Int, into out: inout [Candidate]) -> Candidate? {
        var s = i
        while s > 0 && (Byte.isAlpha(t[s - 1]) || t[s - 1] >= 0x80) && i - s < 24 { s -= 1 }
        // (After a slash only in the list found so far, which opens after no word and no slash: `…/Patricia/Amanda`,
        // not a path's `/home/Amanda/Patricia`.)
        var ls = s
        while t.at(ls - 1) == 0x2F && Byte.isAlpha(t.at(ls - 2)) && s - ls < 80 {
            ls -= 1
            while ls > 0 && (Byte.isAlpha(t[ls - 1]) || t[ls - 1] >= 0x80) { ls -= 1 }
        }
        let chained =
            ls < s && (out.last.map { $0.start == s && $0.end == i } ?? false)
            && !(Byte.isWord(t.at(ls - 1)) || t.at(ls - 1) == 0x2F || t.at(ls - 1) == 0x2E)
        guard s < i, s == 0 || chained || !(Byte.isWord(t[s - 1]) || t[s - 1] == 0x2F || t[s - 1] == 0x2E),
            givenNameAlone(t, s) == i, let e = givenNameAlone(t, i + 1),
            // (Not a range's ends: `(Min/Max)`.)
            !rangeWords.contains(t.hashLowercased(s, i)), !rangeWords.contains(t.hashLowercased(i + 1, e)),
            !(Byte.isWord(t.at(e)) || t.at(e) == 0x2E && Byte.isAlpha(t.at(e + 1)))
        else { return nil }
        if !chained {
            out.append(Candidate(.person, s, i, score: 0.7, priority: 30))
        }
        return Candidate(.person, i + 1, e, score: 0.7, priority: 30)
    }
}
