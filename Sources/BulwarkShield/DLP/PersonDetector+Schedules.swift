/// People in a schedule's line, each before their hours: `Mo: Dana 8–16 Uhr (Bus 1), Burghard 10–18 Uhr`, `lun. :
/// Sébastien 9h–17h camion 1 ; Tristan 10h–18h`, `Sat: Kevin 9am-5pm`.
extension PersonDetector {
    /// The end of a known given name at `i` (no word, no place; its word ending at `e`) right before a span of hours of
    /// a day; nil elsewhere.
    static func nameBeforeHours(_ t: ScanText, _ i: Int, _ e: Int) -> Int? {
        // (Or after a colon, or in parentheses: `Dana: 8–16 Uhr`, `Dana (8–16 Uhr)`.)
        var h = e + 1
        if t.at(e) == 0x3A || (t.at(e) == 0x20 && t.at(e + 1) == 0x28) { h += 1 }
        guard t.at(h - 1) == 0x20 || t.at(h - 1) == 0x28, Byte.isDigit(t.at(h)), let end = hoursEnd(t, h) else {
            return nil
        }
        // The name opens its line, its cell or an item of the line (after `: `, `, `, `; `, `/ `, `+ `): not a room's,
        // a ward's or a shop's name after its noun (`Besprechungsraum Anna 10–12 Uhr`, `Pizzeria Marco 11–23 Uhr`).
        let b = t.at(i - 1)
        guard i == 0 || b == 0x0A || b == 0x09 || b == 0x7C || (b == 0x20 && ":,;/+|(".utf8.contains(t.at(i - 2))),
            !weekdayWords.contains(t.hashLowercased(i, e))
        else { return nil }
        // (Not ages: `Kids club: Noah 6-9 years`.)
        if t.at(end) == 0x20 {
            var w = end + 1
            while Byte.isAlpha(t.at(w)) { w += 1 }
            if ageWords.contains(t.hashLowercased(end + 1, w)) { return nil }
        }
        return givenNameAlone(t, i) == e ? e : nil
    }

    /// The end of a span of hours at `s`: two times of day joined by a dash, maybe spaced (`8–16`, `9h–17h`,
    /// `10:30 - 18:00`, `9am-5pm`), the second later than the first or a night's (`22–6`), or nil.
    static func hoursEnd(_ t: ScanText, _ s: Int) -> Int? {
        guard let (from, k0) = hour(t, s) else { return nil }
        var k = k0
        let spaced = t.at(k) == 0x20
        if spaced { k += 1 }
        if t.at(k) == 0x2D {
            k += 1
        } else if t.at(k) == 0xE2 && t.at(k + 1) == 0x80 && (t.at(k + 2) == 0x93 || t.at(k + 2) == 0x94) {
            k += 3
        } else {
            return nil
        }
        if spaced {
            guard t.at(k) == 0x20 else { return nil }
            k += 1
        }
        guard let (to, end) = hour(t, k), !Byte.isAlnum(t.at(end)), to > from || (from >= 18 && to <= 8) else {
            return nil
        }
        return end
    }

    /// The hour of a time of day at `s` (`8`, `16`, `9h`, `9h30`, `10:30`, `5pm`) and where it ends, or nil.
    private static func hour(_ t: ScanText, _ s: Int) -> (Int, Int)? {
        guard Byte.isDigit(t.at(s)) else { return nil }
        var h = Int(t[s] - 0x30)
        var k = s + 1
        if Byte.isDigit(t.at(k)) {
            h = h * 10 + Int(t[k] - 0x30)
            k += 1
        }
        guard h <= 24 else { return nil }
        if (t.at(k) == 0x3A || t.at(k) == 0x2E) && Byte.isDigit(t.at(k + 1)) && Byte.isDigit(t.at(k + 2)) {
            k += 3
        } else if t.at(k) == 0x68 {
            k += 1
            if Byte.isDigit(t.at(k)) && Byte.isDigit(t.at(k + 1)) { k += 2 }
        } else if (t.at(k) == 0x61 || t.at(k) == 0x70) && t.at(k + 1) == 0x6D {
            if t.at(k) == 0x70 && h < 12 { h += 12 }
            k += 2
        }
        return (h, k)
    }
}
