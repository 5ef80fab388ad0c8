/// Names in forms laid out without a colon: the value on the line below its label, or after dot leaders, an arrow or a
/// label in parentheses.
extension PersonDetector {
    /// `NOM DE L'ÉLÈVE\nMartel`, `Surname\n\nAndrews`: a name label alone on the line ending at the newline `nl`, and
    /// its value opening the next line (after one blank line at most), alone or before the next field.
    func valueBelowLabel(_ t: ScanText, _ nl: Int) -> Candidate? {
        // The value line first (a capital opening it), the cheap test: most lines are followed by prose.
        var vs = nl + 1
        if t.at(vs) == 0x0A {
            vs += 1
        } else if t.at(vs) == 0x0D && t.at(vs + 1) == 0x0A {
            vs += 2
        }
        guard Byte.isUpper(t.at(vs)) || t.at(vs) == 0xC3 else { return nil }
        var le = nl
        while le > 0 && (t[le - 1] == 0x20 || t[le - 1] == 0x0D || t[le - 1] == 0x3A) { le -= 1 }
        guard le > 0, Byte.isAlpha(t[le - 1]) || t[le - 1] >= 0x80 || t[le - 1] == 0x29 else { return nil }
        let ke = Self.withoutGenderEnding(t, le)
        guard PersonLabels.mayEndNameLabel(t, ke), let ks = Self.labelLineStart(t, le),
            PersonLabels.isNameLabel(t, ks, ke), let value = labelValue(t, ks, ke, vs),
            Self.endsLine(t, value.end) || Self.fieldFollows(t, value.end)
        else { return nil }
        // After an address's header the name is a firm's or a place's as often (`Ship to:\nNorthwind Traders`,
        // `Shipping from:\nVictoria`): there a known given name and a family name (`send the contract to\n\nBirgid
        // Löchel`).
        var lw = ke
        while lw > ks && Byte.isAlpha(t[lw - 1]) { lw -= 1 }
        if Self.addressHeaders.contains(t.hashLowercased(lw, ke)) {
            guard let fe = NameTokens.word(t, value.start), fe < value.end, NameLexicon.isFirstName(t, value.start, fe)
            else { return nil }
        }
        return value
    }

    /// Whether the name ending at `e` is followed on its line by the next field: a comma or a spaced dash
    /// (`Contact\nJane Doe, Head of Sales`, `Interlocuteur\nNath Robin – 02 97 17 68 00`).
    static func fieldFollows(_ t: ScanText, _ e: Int) -> Bool {
        t.at(e) == 0x2C || (t.at(e) == 0x20 && spacedDashLength(t, e + 1) != nil)
    }

    /// Last words of labels that head an address block as often as a name (`Ship to:`, `Von:`).
    static let addressHeaders = NameLexicon.hashes("to from an von de cc bcc attn")

    /// `Surname ........ Andrews`, `GIVEN NAMES → Jean`, `(Prénoms) Mathilde`: the name at `vs` after a name label that
    /// opens its line and ends in dot leaders, an arrow or a closing parenthesis instead of a colon.
    func valueAfterSeparator(_ t: ScanText, _ vs: Int) -> Candidate? {
        var p = vs - 1
        while p > 0 && t[p] == 0x20 && vs - p < 40 { p -= 1 }
        guard p < vs - 1 else { return nil }
        var ke: Int
        switch t[p] {
        case 0x2E:  // dot leaders
            var d = p
            while d > 0 && t[d - 1] == 0x2E { d -= 1 }
            guard p - d >= 2 else { return nil }
            ke = d
        case 0x92 where t.at(p - 1) == 0x86 && t.at(p - 2) == 0xE2:  // →
            ke = p - 2
        case 0x3E where t.at(p - 1) == 0x2D:  // ->
            ke = p - 1
        case 0x29:  // `(Nom) Payet`: the label in parentheses opens the line
            guard p > 0 else { return nil }
            var o = p - 1
            while o > 0 && t[o] != 0x28 && t[o] != 0x0A && p - o < 40 { o -= 1 }
            guard t[o] == 0x28, o == 0 || t[o - 1] == 0x0A, PersonLabels.isNameLabel(t, o + 1, p) else { return nil }
            return labelValue(t, o + 1, p, vs)
        default:
            return nil
        }
        while ke > 0 && t[ke - 1] == 0x20 { ke -= 1 }
        guard ke > 0, let ks = Self.labelLineStart(t, ke) else { return nil }
        ke = Self.withoutGenderEnding(t, ke)
        guard PersonLabels.isNameLabel(t, ks, ke) else {
            return t[p] == 0x2E ? nameBetweenLeaders(t, ks, ke, vs) : nil
        }
        return labelValue(t, ks, ke, vs)
    }

    /// `Gaffer ........ Alan Koch ........ 6:30A`, `Regie ....... Madlen Löffler ....... +49 …`: after a role's dot
    /// leaders (a call sheet, a contact list), two or three capitalised words that open with a known given name or end
    /// with a known family name, and end at the next dot leaders, a gap of two spaces or the line's end. Not after the
    /// label of a thing or a firm.
    func nameBetweenLeaders(_ t: ScanText, _ ks: Int, _ ke: Int, _ vs: Int) -> Candidate? {
        guard let tok = NameTokens.read(t, vs, max: 3), tok.count >= 2 else { return nil }
        let e = tok.end
        let ends =
            Self.endsLine(t, e)
            || (t.at(e) == 0x20 && (t.at(e + 1) == 0x20 || (t.at(e + 1) == 0x2E && t.at(e + 2) == 0x2E)))
        // (A known given name that is no word and no place first: not `Kings Cross`, `Early Morning`.)
        guard ends, !Self.inCapitals(t, tok.start, e), Self.givenNameAlone(t, tok.starts[0]) == tok.ends[0],
            !PersonLabels.isThingLabel(t, ks, ke), !PersonLabels.isFirmLabel(t, ks, ke),
            !PersonLabels.isProductLabel(t, ks, ke)
        else { return nil }
        return person(tok.start, e, 0.8)
    }

    /// The start of a label that opens its line and ends at `ke`: letters and what joins them in a label, 48 bytes at
    /// most, after a list number or bullet (`3. Surname`, `- Name`); nil when the line holds anything else.
    static func labelLineStart(_ t: ScanText, _ ke: Int) -> Int? {
        var ks = ke
        while ks > 0 && ke - ks < 48 {
            let b = t[ks - 1]
            guard
                Byte.isAlpha(b) || b >= 0x80 || b == 0x20 || b == 0x27 || b == 0x2D || b == 0x28 || b == 0x29
                    || b == 0x2F || b == 0x5F || b == 0x2E || b == 0x09
            else { break }
            ks -= 1
        }
        // A list number (`3.`, `12)`) may open the line before the label.
        var ls = ks
        while ls > 0 && Byte.isDigit(t[ls - 1]) && ks - ls < 3 { ls -= 1 }
        guard ls == 0 || t[ls - 1] == 0x0A else { return nil }
        var k = ks
        while k < ke && (t[k] == 0x20 || t[k] == 0x09 || t[k] == 0x2D || t[k] == 0x2A || t[k] == 0x2E || t[k] == 0x29) {
            k += 1
        }
        return k < ke ? k : nil
    }

    /// The end of the label ending at `ke` without its other gender's ending in German (`Patient/in`, `Mitarbeiter*in`,
    /// `Reisende/r`) or French (`Excusé(e)`).
    static func withoutGenderEnding(_ t: ScanText, _ ke: Int) -> Int {
        if ke >= 4 && t[ke - 1] == 0x6E && t[ke - 2] == 0x69 && (t[ke - 3] == 0x2F || t[ke - 3] == 0x2A)
            && Byte.isAlpha(t[ke - 4])
        {
            return ke - 3
        }
        if ke >= 3 && t[ke - 1] == 0x72 && (t[ke - 2] == 0x2F || t[ke - 2] == 0x2A) && Byte.isAlpha(t[ke - 3]) {
            return ke - 2
        }
        // (French: `Excusé(e)`, `Invité(e)s`.)
        if ke >= 4 && t[ke - 3] == 0x28 && t[ke - 2] == 0x65 && t[ke - 1] == 0x29 { return ke - 3 }
        if ke >= 5 && t[ke - 4] == 0x28 && t[ke - 3] == 0x65 && t[ke - 2] == 0x29 && t[ke - 1] == 0x73 { return ke - 4 }
        return ke
    }
}
