/// A phone's number right after a given name (`| Amanda – 001-389-381-3671x906 |`, `Erica 875.354.2267`).
extension PersonDetector {
    /// Whether a phone number follows `e` after a spaced dash, an opening parenthesis or a comma, perhaps behind its
    /// label (`| Amanda – 001-389-381-3671x906 |`, `please call Matthew - (244) 445-6497`, `From Renee ((732)692-9165):`,
    /// `approval (Sydney, 658.755.1260)`, `Remarque de Aimée (tél. +33 (0)2 96 86 23 47)`): at least nine digits among
    /// digits, spaces, `+ ( ) . -`, then no letter (`Release - 2024.1` and `Room - 12` are too short). (Only for a
    /// given name that is no family name too, see `loneGivenName`: in a signature a firm named after its founder stands
    /// there, `Responsable grands comptes, Laurent – +33 4 49 54 87 29`.)
    static func phoneFollows(_ t: ScanText, _ e: Int) -> Bool {
        var k: Int
        var plain = false
        if t.at(e) == 0x20, let dash = spacedDashLength(t, e + 1) {
            k = e + 2 + dash
        } else if t.at(e) == 0x20 && (Byte.isDigit(t.at(e + 1)) || t.at(e + 1) == 0x2B) {
            // (Or a space alone before a number written as a phone's, with `+`, `.`, `-` or parentheses and ten digits
            // or more: `Contacts: … / Erica 875.354.2267 / …`.)
            k = e + 1
            plain = true
        } else if (t.at(e) == 0x20 && t.at(e + 1) == 0x28) || (t.at(e) == 0x2C && t.at(e + 1) == 0x20) {
            k = e + 2
            if let n = NumberDetector.phoneWords.matchLength(in: t, at: k), !Byte.isAlpha(t.at(k + n)) {
                k += n
                if t.at(k) == 0x2E || t.at(k) == 0x3A { k += 1 }
                guard t.at(k) == 0x20 else { return false }
            }
        } else {
            return false
        }
        // (Dates are no phone number: `Trip: to Port Katherine, 01.05.2022 - 2023-05-12`.)
        if DateParser.date(t, at: k) != nil { return false }
        let from = k
        var digits = 0
        var marks = 0
        while k - from < 32 {
            let c = t.at(k)
            if Byte.isDigit(c) {
                digits += 1
            } else if !(c == 0x20 || c == 0x2B || c == 0x28 || c == 0x29 || c == 0x2E || c == 0x2D) {
                break
            } else if c != 0x20 {
                marks += 1
            }
            k += 1
        }
        // (Not an IPv4 address: `Luna 192.168.100.254`.)
        if plain && (digits < 10 || marks == 0 || NumberDetector.dottedQuadEnd(t, from) != nil) { return false }
        // (An extension goes on in letters: `x906`.)
        return digits >= 9 && (!Byte.isAlpha(t.at(k)) || t.at(k) == 0x78)
    }
}
