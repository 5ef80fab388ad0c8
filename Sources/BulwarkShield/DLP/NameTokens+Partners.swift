extension NameTokens {
    /// Whether the single word `s..<e` is one of the names of a partnership (`Koch, Bryant and Scott`, `Read, Porter &
    /// Palmer`, `Martin, Roux et Fabre`): three capitalised words written `A, B and C`, all of them known family names or
    /// one a family name that is no given name. People listed that way are given names (`Anna, Tom and Luis`).
    static func inPartnerList(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        // A comma after the word, or a comma or a conjunction's last letter two bytes before it (`, `, `and `, `& `,
        // `et `, `und `): most names stand in no list, and are let go here.
        let before = t.at(s - 2)
        guard t.at(e) == 0x2C || before == 0x2C || before == 0x64 || before == 0x26 || before == 0x74 else {
            return false
        }
        // The list's first word: this one, or the one or two before it.
        var a: Int? = s
        for _ in 0..<3 {
            guard let start = a else { return false }
            a = itemBefore(t, start)
            guard let ae = word(t, start), t.at(ae) == 0x2C, t.at(ae + 1) == 0x20, let be = word(t, ae + 2),
                t.at(be) == 0x20, let c = PersonDetector.afterListConjunction(t, be + 1), let ce = word(t, c),
                s == start || s == ae + 2 || s == c
            else { continue }
            // A title before the first makes them people (`Mr. Bernier, Anne and Virginie`); an acronym last makes
            // it no firm's name (`Dalton, Hall and HRBP Stephanie`).
            if titled(t, start) || !(Byte.isLower(t.at(c + 1)) || t.at(c + 1) >= 0x80) { return false }
            let surnames = [(start, ae), (ae + 2, be), (c, ce)].reduce((any: false, all: true)) { r, w in
                let surname = NameLexicon.isSurname(t, w.0, w.1)
                return (r.any || (surname && !NameLexicon.isFirstName(t, w.0, w.1)), r.all && surname)
            }
            return surnames.any || surnames.all
        }
        return false
    }

    /// Whether the single word `s..<e` joins two known family names with a hyphen, the second no given name
    /// (`Wilson-Hodges`, `Cole-Jones`): alone, without a given name or a title, that is how firms are named; a person
    /// named so alone is titled or under a family name's label (`Mrs Kirby-Smith`, `Last name: Kirby-Smith`).
    /// Hyphenated given names are no such pair (`Hans-Dieter`, `Anna-Lena`).
    static func isFirmOfTwoFamilies(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var h = s + 2
        while h < e - 2 && t[h] != 0x2D { h += 1 }
        // One hyphen between two capitalised family names, the second no given name (`doubleSurname`).
        guard h < e - 2, Byte.isUpper(t[h + 1]), Byte.isLower(t[h + 2]), Byte.isLower(t[s + 1]),
            !(h + 1..<e).contains(where: { t[$0] == 0x2D }), NameLexicon.isSurname(t, s, h),
            PersonDetector.doubleSurname(t, s, e), !titled(t, s)
        else { return false }
        // Under a label for a family name (`Last name: `, `last_name=`), or in the cell after a given name's
        // (`Alistair,Fenwick-Moore`).
        var sep = s - 1
        if t.at(sep) == 0x20 { sep -= 1 }
        switch t.at(sep) {
        case 0x3A, 0x3D:
            return !PersonLabels.isNamePartLabel(t, t.lineStart(sep, notBefore: sep - 40), sep)
        case 0x2C, 0x3B, 0x09, 0x7C:
            var ws = sep
            while ws > 0 && (Byte.isAlpha(t[ws - 1]) || t[ws - 1] >= 0x80) && sep - ws < 20 { ws -= 1 }
            return !(ws < sep && NameLexicon.isFirstName(t, ws, sep))
        default:
            return true
        }
    }

    /// Whether a courtesy title ends one space before `s` (`Mr. `, `M. `, `Frau `).
    static func titled(_ t: ScanText, _ s: Int) -> Bool {
        guard t.at(s - 1) == 0x20 else { return false }
        var ts = s - 1
        if t.at(ts - 1) == 0x2E { ts -= 1 }
        while ts > 0 && Byte.isAlpha(t[ts - 1]) && s - ts < 8 { ts -= 1 }
        return ts < s - 1 && PersonLabels.titleLength(t, ts) == s - ts
    }

    /// The start of the capitalised word before `s` in a list (`Koch, ` or `Bryant and `), or nil.
    private static func itemBefore(_ t: ScanText, _ s: Int) -> Int? {
        guard t.at(s - 1) == 0x20 else { return nil }
        var k = s - 1
        if t.at(k - 1) == 0x2C {
            k -= 1
        } else {
            // ` and `, ` & `, ` et `, ` und `
            var w = k
            while w > 0 && (Byte.isLower(t[w - 1]) || t[w - 1] == 0x26) && k - w < 4 { w -= 1 }
            guard w < k, t.at(w - 1) == 0x20, PersonDetector.afterListConjunction(t, w) == s else { return nil }
            k = w - 1
        }
        var ws = k
        while ws > 0 && (Byte.isAlpha(t[ws - 1]) || t[ws - 1] >= 0x80 || t[ws - 1] == 0x2D) && k - ws < 32 { ws -= 1 }
        return ws < k && word(t, ws) == k ? ws : nil
    }
}
