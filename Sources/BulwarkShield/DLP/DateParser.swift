/// Recognises a calendar date at a position: numeric (`1991-11-11`, `04/19/1988`, `23.12.1994`, `19911111`) or written
/// in English, German or French (`June 16, 1967`, `22. Dezember 1987`, `9 avril 1980`).
enum DateParser {
    private static let months = KeywordSet([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier",
        "février", "fevrier", "mars", "avril", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre",
        "décembre", "decembre", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "janv", "févr", "déc",
    ])

    /// Whether `s..<e` is a whole month's name or abbreviation, in English, German or French (`March`, `Jan`, `Mai`).
    static func isMonth(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        months.mayMatch(in: t, at: s) && months.forEachMatch(in: t, at: s, { _, n in s + n == e })
    }

    /// Longer forms first: the first that matches is taken.
    private static let weekdays = KeywordSet([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tues", "tue", "wed",
        "thurs", "thur", "thu", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonnabend", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ])

    /// End of the date starting at `p`, or nil. A weekday may open it (`Thursday, November 05, 1981`, `Do., 5.
    /// November 1981`, `jeudi 5 novembre 1981`).
    static func date(_ t: ScanText, at p: Int) -> Int? {
        if Byte.isDigit(t.at(p)) {
            // (Not inside a longer dotted number: `14.20.1.16` is a version.)
            if t.at(p - 1) == 0x2E && Byte.isDigit(t.at(p - 2)) { return nil }
            return numeric(t, p) ?? dayMonthYear(t, p) ?? compact(t, p)
        }
        if let n = weekdays.matchLength(in: t, at: p), !Byte.isAlpha(t.at(p + n)) {
            var k = p + n
            if t.at(k) == 0x2E { k += 1 }
            if t.at(k) == 0x2C { k += 1 }
            if t.at(k) == 0x20, let e = dateAfterWeekday(t, k + 1) { return e }
        }
        return monthDayYear(t, p)
    }

    private static func dateAfterWeekday(_ t: ScanText, _ p: Int) -> Int? {
        Byte.isDigit(t.at(p)) ? numeric(t, p) ?? dayMonthYear(t, p) : monthDayYear(t, p)
    }

    /// `19850105`: eight digits that read as a year from 1900 to 2099, a month and a day.
    private static func compact(_ t: ScanText, _ p: Int) -> Int? {
        guard digits(t, p) == 8, !Byte.isAlnum(t.at(p + 8)) else { return nil }
        func value(_ k: Int, _ n: Int) -> Int { (0..<n).reduce(0) { $0 * 10 + Int(t[k + $1] - 0x30) } }
        let (year, month, day) = (value(p, 4), value(p + 4, 2), value(p + 6, 2))
        guard (1900...2099).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return p + 8
    }

    private static func digits(_ t: ScanText, _ p: Int) -> Int {
        var k = p
        while Byte.isDigit(t.at(k)) { k += 1 }
        return k - p
    }

    /// `19 08 1974`: a day, a month and a four-digit year separated by spaces, that read as a date.
    private static func spaced(_ t: ScanText, _ p: Int, _ a: Int) -> Int? {
        guard a == 2, digits(t, p + 3) == 2, t.at(p + 5) == 0x20, digits(t, p + 6) == 4,
            !Byte.isAlnum(t.at(p + 10))
        else { return nil }
        let day = Int(t[p] - 0x30) * 10 + Int(t[p + 1] - 0x30)
        let month = Int(t[p + 3] - 0x30) * 10 + Int(t[p + 4] - 0x30)
        let year = Int(t[p + 6] - 0x30) * 10 + Int(t[p + 7] - 0x30)
        return (1...31).contains(day) && (1...12).contains(month) && (19...20).contains(year) ? p + 10 : nil
    }

    private static func numeric(_ t: ScanText, _ p: Int) -> Int? {
        let a = digits(t, p)
        let s1 = t.at(p + a)
        if s1 == 0x20 { return spaced(t, p, a) }
        guard a >= 1 && a <= 4, s1 == 0x2D || s1 == 0x2F || s1 == 0x2E else { return nil }
        let b = digits(t, p + a + 1)
        guard b >= 1 && b <= 2, t.at(p + a + 1 + b) == s1 else { return nil }
        let c = digits(t, p + a + b + 2)
        let end = p + a + b + 2 + c
        guard (a == 4 && c <= 2 && c >= 1) || (a <= 2 && (c == 4 || c == 2)) else { return nil }
        return Byte.isAlnum(t.at(end)) ? nil : end
    }

    private static func month(_ t: ScanText, _ p: Int) -> Int? {
        guard Byte.isAlpha(t.at(p)) else { return nil }
        var best: Int?
        _ = months.forEachMatch(in: t, at: p) { _, n in
            var e = p + n
            guard !Byte.isAlpha(t.at(e)) && t.at(e) < 0x80 else { return false }
            if t.at(e) == 0x2E { e += 1 }
            if best == nil || e > best! { best = e }
            return false
        }
        return best
    }

    /// 16 June 1967, 22. Dezember 1987, 1er mai 1980, 05-Jun-1988, 5-Jan-85, 4th of July, 1976
    private static func dayMonthYear(_ t: ScanText, _ p: Int) -> Int? {
        let d = digits(t, p)
        guard d >= 1 && d <= 2 else { return nil }
        var k = p + d
        if t.matches("er", at: k) || t.matches("st", at: k) || t.matches("nd", at: k) || t.matches("rd", at: k)
            || t.matches("th", at: k)
        {
            k += 2
            // the 4th of July, 1976
            if t.matches(" of ", at: k) { k += 3 }
        }
        if t.at(k) == 0x2E { k += 1 }
        // 05-Jun-1988: dashes on both sides of the month, right after the day.
        let dashed = t.at(k) == 0x2D && k == p + d
        guard t.at(k) == 0x20 || dashed, let me = month(t, k + 1) else { return nil }
        k = me
        if dashed {
            guard t.at(k) == 0x2D else { return nil }
        } else {
            if t.at(k) == 0x2C { k += 1 }
            guard t.at(k) == 0x20 else { return nil }
        }
        let y = digits(t, k + 1)
        // 05-Jun-88: a two-digit year only in the dashed form, which is always a date.
        guard y == 4 || (dashed && y == 2) else { return nil }
        return k + 1 + y
    }

    /// June 16, 1967 / Jun 16 1967
    private static func monthDayYear(_ t: ScanText, _ p: Int) -> Int? {
        guard let me = month(t, p), t.at(me) == 0x20 else { return nil }
        let d = digits(t, me + 1)
        guard d >= 1 && d <= 2 else { return nil }
        var k = me + 1 + d
        if t.matches("st", at: k) || t.matches("nd", at: k) || t.matches("rd", at: k) || t.matches("th", at: k) {
            k += 2
        }
        if t.at(k) == 0x2C { k += 1 }
        guard t.at(k) == 0x20, digits(t, k + 1) == 4 else { return nil }
        return k + 5
    }
}
