/// The part of an address after the street: `, City, ST 12345`, `, City AB1 2CD`, `, Town, County AB1 2CD`,
/// `, 12345 City`.
enum AddressTail {
    /// Returns the end of the address when a postcode tail follows `e` (after `, `, a newline or both),
    /// maybe after a unit such as `, Apt 3` or ` Suite 200`.
    static func match(_ t: ScanText, _ e: Int) -> Int? {
        if t.at(e) == 0x3B, let end = vCardFields(t, e) { return end }
        let street = directional(t, e) ?? e
        if let u = unit(t, street), let end = postcodeTail(t, u) { return end }
        return postcodeTail(t, street)
    }

    /// The locality, region, postcode and country after the street of a vCard's `ADR` property, set apart by `;`
    /// (`ADR;TYPE=HOME:;;Schillerstraße 9;Erfurt;;99096;Deutschland`): the end of the line's last field.
    private static func vCardFields(_ t: ScanText, _ e: Int) -> Int? {
        let ls = t.lineStart(e, notBefore: e - 256)
        guard t.matches("adr", at: ls), t.at(ls + 3) == 0x3B || t.at(ls + 3) == 0x3A else { return nil }
        var end = t.lineEnd(e, notAfter: e + 256)
        while end > e && (t[end - 1] == 0x3B || t[end - 1] == 0x0D || t[end - 1] == 0x20) { end -= 1 }
        return end > e + 1 ? end : nil
    }

    /// ` NW`, ` N.W.`, ` S` after the street type (US): returns its end.
    private static func directional(_ t: ScanText, _ e: Int) -> Int? {
        guard t.at(e) == 0x20 else { return nil }
        var k = e + 1
        var letters = 0
        while letters < 2, [0x4E, 0x53, 0x45, 0x57].contains(t.at(k)) {
            k += 1
            letters += 1
            if t.at(k) == 0x2E { k += 1 }
        }
        guard letters > 0, !Byte.isAlnum(t.at(k)) else { return nil }
        return k
    }

    private static let unitWords: [StaticString] = [
        "apartment", "apt", "suite", "ste", "unit", "flat", "floor", "fl", "room", "rm", "building", "bldg",
    ]

    /// `[,] Apt 3`, `Suite 200`, `Unit 5B`, `# 12`: returns the end of the unit's number.
    private static func unit(_ t: ScanText, _ e: Int) -> Int? {
        var k = e
        if t.at(k) == 0x2C { k += 1 }
        guard t.at(k) == 0x20 else { return nil }
        k += 1
        if t.at(k) == 0x23 {
            k += 1
        } else {
            guard
                let w = unitWords.first(where: { t.matches($0, at: k) && !Byte.isAlpha(t.at(k + $0.utf8CodeUnitCount)) }
                )
            else { return nil }
            k += w.utf8CodeUnitCount
            if t.at(k) == 0x2E { k += 1 }
            guard t.at(k) == 0x20 else { return nil }
            k += 1
            if t.at(k) == 0x23 { k += 1 }
        }
        let ns = k
        var digits = 0
        while (Byte.isAlnum(t.at(k)) || t.at(k) == 0x2D) && k - ns < 6 {
            if Byte.isDigit(t.at(k)) { digits += 1 }
            k += 1
        }
        guard k > ns, digits > 0 || k - ns == 1, !Byte.isAlnum(t.at(k)) else { return nil }
        return k
    }

    private static func postcodeTail(_ t: ScanText, _ e: Int) -> Int? {
        var k = e
        if t.at(k) == 0x2C {
            k += 1
        } else if t.matchesExactly(" in ", at: k) && Byte.isDigit(t.at(k + 4)) {
            // Goethestraße 12 in 80336 München
            k += 3
        }
        var breaks = 0
        while t.at(k) == 0x20 || lineBreak(t, k) > 0 {
            if t[k] != 0x20 { breaks += 1 }
            k += max(1, lineBreak(t, k))
        }
        guard k > e, breaks <= 1 else { return nil }
        // A line of its own for the building, the flat or a post box before the postcode (`Bâtiment C, 2e étage`,
        // `Appartement 52`, `Résidence Les Acacias, apt 14`).
        if !Byte.isDigit(t.at(k)), complements.forEachMatch(in: t, at: k, { _, n in !Byte.isAlpha(t.at(k + n)) }) {
            let le = t.lineEnd(k, notAfter: k + 64)
            guard le < t.count, t[le] == 0x0A, Byte.isDigit(t.at(le + 1)) else { return nil }
            k = le + 1
        }
        // DE / FR: 12345 City
        if Byte.isDigit(t.at(k)) {
            let zs = k
            while Byte.isDigit(t.at(k)) { k += 1 }
            guard k - zs == 5, t.at(k) == 0x20 else { return nil }
            return city(t, k + 1)
        }
        // US / CA / AU / GB: City[,] ST 12345 | City[,] ON M5V 2T6 | City NSW 2000 | City POSTCODE | City\nPOSTCODE;
        // in GB a locality and a county may come between street and postcode (`Didsbury\nManchester\nGreater
        // Manchester\nM20 6QT`, `Great Shelford, Cambridge, Cambridgeshire CB22 5JE`).
        var p = k
        for _ in 0..<3 {
            guard let ce = city(t, p) else { return nil }
            p = ce
            if t.at(p) == 0x2C { p += 1 }
            let lineBreak = lineBreak(t, p)
            guard t.at(p) == 0x20 || lineBreak > 0 else { return nil }
            p += max(1, lineBreak)
            // Lines may be indented alike.
            if lineBreak > 0 { while t.at(p) == 0x20 && t.at(p + 1) != 0x0A { p += 1 } }
            if let end = regionAndPostcode(t, p) { return end }
            if let end = gbPostcode(t, p) { return end }
        }
        return nil
    }

    /// Words that open an address line for the building, the flat or a post box (FR, DE, GB).
    private static let complements = KeywordSet([
        "bâtiment", "batiment", "bât", "bat.", "résidence", "residence", "appartement", "appt", "apt", "escalier",
        "esc.", "étage", "etage", "bp", "cs", "gebäude", "haus", "hinterhaus", "wohnung", "whg", "postfach", "block",
    ])

    /// The length of a line break at `k`: a newline, or `\n` as JSON and string literals write it inside a pasted
    /// value (`"742 Evergreen Terrace\nSpringfield, OR 97403"`); 0 for anything else.
    @inline(__always) static func lineBreak(_ t: ScanText, _ k: Int) -> Int {
        t.at(k) == 0x0A ? 1 : t.at(k) == 0x5C && t.at(k + 1) == 0x6E ? 2 : 0
    }

    /// `ST 12345[-6789]` (US), `ON M5V 2T6` (CA), `NSW 2000` (AU): a region code of two or three capitals, then
    /// that country's postcode. Returns the end of the postcode.
    private static func regionAndPostcode(_ t: ScanText, _ p: Int) -> Int? {
        var r = p
        while Byte.isUpper(t.at(r)) && r - p < 3 { r += 1 }
        guard r - p >= 2, t.at(r) == 0x20 else { return nil }
        let region = t.hashLowercased(p, r)
        let z = r + 1
        if r - p == 2 && StreetLexicon.usStates.contains(region), let end = usZip(t, z) { return end }
        if r - p == 2 && StreetLexicon.caProvinces.contains(region), let end = caPostcode(t, z) { return end }
        if StreetLexicon.auStates.contains(region) {
            var k = z
            while Byte.isDigit(t.at(k)) { k += 1 }
            return k - z == 4 && !Byte.isAlnum(t.at(k)) ? k : nil
        }
        return nil
    }

    /// `12345` or `12345-6789`.
    private static func usZip(_ t: ScanText, _ z: Int) -> Int? {
        var k = z
        while Byte.isDigit(t.at(k)) { k += 1 }
        guard k - z == 5 else { return nil }
        if t.at(k) == 0x2D && Byte.isDigit(t.at(k + 1)) {
            k += 1
            while Byte.isDigit(t.at(k)) { k += 1 }
        }
        return Byte.isAlnum(t.at(k)) ? nil : k
    }

    /// `A1A 1A1` (or without the space): letter-digit-letter, digit-letter-digit; D, F, I, O, Q and U are never used.
    static func caPostcode(_ t: ScanText, _ z: Int) -> Int? {
        func letter(_ k: Int) -> Bool { Byte.isUpper(t.at(k)) && !"DFIOQU".utf8.contains(t.at(k)) }
        guard letter(z), Byte.isDigit(t.at(z + 1)), letter(z + 2) else { return nil }
        let k = t.at(z + 3) == 0x20 ? z + 4 : z + 3
        guard Byte.isDigit(t.at(k)), letter(k + 1), Byte.isDigit(t.at(k + 2)), !Byte.isAlnum(t.at(k + 3)) else {
            return nil
        }
        return k + 3
    }

    /// One to four capitalised words (with `am`, `sur`, `upon` … between): the city.
    static func city(_ t: ScanText, _ s: Int) -> Int? {
        var k = s
        var words = 0
        var end = -1
        while words < 4 {
            if let e = NameTokens.word(t, k) {
                // A GB postcode, or a region code before its postcode (`Sydney NSW 2000`), is not a city word.
                if words > 0 && (gbPostcode(t, k) != nil || regionAndPostcode(t, k) != nil) { break }
                end = e
                words += 1
                k = e
            } else if words > 0, let e = connector(t, k) {
                k = e
            } else {
                break
            }
            guard t.at(k) == 0x20 || t.at(k) == 0x2D else { break }
            if t.at(k) == 0x20 && (Byte.isDigit(t.at(k + 1))) { break }
            k += 1
        }
        guard words > 0 else { return nil }
        // A river or region in parentheses is part of the city's name (`Halle (Saale)`, `Frankfurt (Oder)`).
        if t.at(end) == 0x20 && t.at(end + 1) == 0x28, let e = NameTokens.word(t, end + 2), t.at(e) == 0x29 {
            return e + 1
        }
        // Uppercase-only words are allowed only in CEDEX-like suffixes; keep the plain end.
        return end
    }

    private static func connector(_ t: ScanText, _ k: Int) -> Int? {
        for w: StaticString in [
            "am", "an der", "im", "upon", "on", "sur", "sous", "en", "les", "la", "le", "de", "in der", "vorm",
            "vor der",
            "ob der", "bei", "b.", "i.", "a.", "a.d.", "a. d.",
        ]
        where t.matchesExactly(w, at: k) {
            let e = k + w.utf8CodeUnitCount
            if t.at(e) == 0x20 || t.at(e) == 0x2D { return e }
        }
        return nil
    }

    /// GB postcode: outward code (A9, A99, AA9, AA99, A9A, AA9A), space, inward code (9AA).
    static func gbPostcode(_ t: ScanText, _ p: Int) -> Int? {
        var k = p
        var letters = 0
        while Byte.isUpper(t.at(k)) && letters < 2 {
            k += 1
            letters += 1
        }
        guard letters >= 1, Byte.isDigit(t.at(k)) else { return nil }
        k += 1
        if Byte.isDigit(t.at(k)) || Byte.isUpper(t.at(k)) { k += 1 }
        guard t.at(k) == 0x20, Byte.isDigit(t.at(k + 1)), Byte.isUpper(t.at(k + 2)), Byte.isUpper(t.at(k + 3)),
            !Byte.isAlnum(t.at(k + 4))
        else { return nil }
        return k + 4
    }
}
