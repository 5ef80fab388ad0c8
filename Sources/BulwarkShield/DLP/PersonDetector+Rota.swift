/// Shift rotas: a given name beside a shift's hours (`Mon: Sarah 06-14, Tom 14-22`, `Mon  08-16 Michael / Leslie
/// 16-00 Joshua`).
extension PersonDetector {
    /// Whether a shift's hours follow `e` after a space (`Mon: Sarah 06-14, Tom 14-22`, `Kevin 9:00–17:30`, `Cory
    /// 5-close`, `Martha 11am-7pm`): two times of one or two digits (with minutes, `am` or `pm` or not), or a time and
    /// closing, joined by a dash, then no digit, dash or dot going on (a date `12-03-2024` is none).
    static func shiftHoursFollow(_ t: ScanText, _ e: Int) -> Bool {
        guard t.at(e) == 0x20 else { return false }
        func time(_ k: Int) -> Int? {
            var d = k
            while Byte.isDigit(t.at(d)) && d - k < 3 { d += 1 }
            guard d > k, d - k <= 2 else { return nil }
            if t.at(d) == 0x3A || t.at(d) == 0x68 {
                guard Byte.isDigit(t.at(d + 1)), Byte.isDigit(t.at(d + 2)) else { return t.at(d) == 0x68 ? d + 1 : nil }
                d += 3
            }
            // (`11am-7pm`, `9:30AM–5PM`: as US rotas write hours.)
            let m = t.at(d) | 0x20
            if (m == 0x61 || m == 0x70) && t.at(d + 1) | 0x20 == 0x6D && !Byte.isAlpha(t.at(d + 2)) { d += 2 }
            return d
        }
        func hour(_ k: Int) -> Int {
            Byte.isDigit(t.at(k + 1)) ? Int(t.at(k) - 0x30) * 10 + Int(t.at(k + 1) - 0x30) : Int(t.at(k) - 0x30)
        }
        guard let a = time(e + 1), let dash = dashLength(t, a) else { return false }
        let k = a + dash
        // (A shift may run until closing: `Jennifer 4-close`, `Gregg 11-cl`.)
        var closing: Int?
        for word: StaticString in ["close", "cl", "late", "end"] where t.matches(word, at: k) {
            closing = k + word.utf8CodeUnitCount
            break
        }
        guard let b = closing ?? time(k), hour(e + 1) <= 24, closing != nil || hour(k) <= 24 else { return false }
        // The item ends there (`Noah 6-9 years` and a score's `Charlotte 24-18 Carolina` go on in words).
        let c = t.at(b)
        return c == 0 || c == 0x0A || c == 0x0D || c == 0x2C || c == 0x3B || c == 0x29 || c == 0x7C || c == 0x09
            || (c == 0x20 && (t.at(b + 1) == 0x20 || t.at(b + 1) == 0x28 || t.at(b + 1) == 0x7C))
    }

    /// Whether a shift's hours stand right before `i`, after spaces or a tab (`Mon  08-16 Michael`, `| 06:00-14:00 |
    /// Priya`, `Sa: 22-06 Jonas`): two times joined by a dash, each of two digits or with minutes (a score's `2-1
    /// Chelsea` is none), hours up to 24, and before them a cell's start, a colon, a column's gap or a weekday.
    static func shiftHoursBefore(_ t: ScanText, _ i: Int) -> Bool {
        var k = i
        while k > 0 && i - k < 8 && (t[k - 1] == 0x20 || t[k - 1] == 0x09 || t[k - 1] == 0x7C) { k -= 1 }
        guard k < i, let b = timeStart(t, ending: k) else { return false }
        // (The dash before it: `-`, or `–`/`—` in three bytes.)
        let dashStart = dashLength(t, b - 1) == 1 ? b - 1 : b - 3
        guard dashLength(t, dashStart) == b - dashStart else { return false }
        // (A one-digit hour opens the shift only after a weekday, a colon or a cell's start: `Thu  8-13 David`.)
        let oneDigit =
            Byte.isDigit(t.at(dashStart - 1)) && !Byte.isDigit(t.at(dashStart - 2))
            && t.at(dashStart - 2) != 0x2E && t.at(dashStart - 2) != 0x3A && t.at(dashStart - 2) != 0x2D
        guard let a = oneDigit ? dashStart - 1 : timeStart(t, ending: dashStart) else { return false }
        var p = a
        while p > 0 && a - p < 8 && (t[p - 1] == 0x20 || t[p - 1] == 0x09) { p -= 1 }
        let c = t.at(p - 1)
        if oneDigit {
            guard p < a else { return false }
            if c == 0x7C || c == 0x3A { return true }
            return t.wordBefore(p + 1, maxLength: 10).map { weekdayWords.contains(t.hashLowercased($0.start, $0.end)) }
                ?? false
        }
        // (A gap of two spaces or a tab before them is a column's: `Leslie     16-00 Joshua`; the line's start alone is
        // a booking's as often: `10:00-11:00 Albert` for a room.)
        if c == 0x7C || c == 0x3A || (p > 0 && c != 0x0A && (a - p >= 2 || (p < a && t[p] == 0x09))) { return true }
        guard p < a, let w = t.wordBefore(p + 1, maxLength: 10) else { return false }
        return weekdayWords.contains(t.hashLowercased(w.start, w.end))
    }

    /// Where a time of day ending at `end` starts: two digits (`08`, `16`), or one or two digits, a colon and two
    /// digits (`6:00`, `14:30`), the hour up to 24 and no digit before it; nil otherwise.
    private static func timeStart(_ t: ScanText, ending end: Int) -> Int? {
        guard Byte.isDigit(t.at(end - 1)), Byte.isDigit(t.at(end - 2)) else { return nil }
        var h = end - 2
        if t.at(h - 1) == 0x3A {
            guard Byte.isDigit(t.at(h - 2)) else { return nil }
            h = Byte.isDigit(t.at(h - 3)) ? h - 3 : h - 2
        }
        guard !Byte.isDigit(t.at(h - 1)), t.at(h - 1) != 0x2E, t.at(h - 1) != 0x3A else { return nil }
        let hour = Byte.isDigit(t.at(h + 1)) ? Int(t[h] - 0x30) * 10 + Int(t[h + 1] - 0x30) : Int(t[h] - 0x30)
        return hour <= 24 ? h : nil
    }

    /// Whether the word at `i` follows someone found right before it and ` / ` (`Michael / Leslie`): a rota's shift
    /// taken by two.
    static func slashedAfter(_ t: ScanText, _ i: Int, _ last: Candidate?) -> Bool {
        guard let last, last.type == .person, t.at(i - 1) == 0x20, t.at(i - 2) == 0x2F, t.at(i - 3) == 0x20 else {
            return false
        }
        return last.end == i - 3
    }

    /// Whether a capitalised weekday, or the last of a range of them, stands one space before `i`, or a colon after it
    /// (`Mon-Wed John,`, `Sat Lauren,`, `Fri-Sun Dakota (…)`, `Mardi : Corinne – Colmar`): the days of a rota's item.
    static func daysBefore(_ t: ScanText, _ i: Int) -> Bool {
        guard t.at(i - 1) == 0x20 else { return false }
        let w = t.at(i - 2) == 0x3A ? t.labelBefore(colon: i - 2, maxLength: 9) : t.wordBefore(i, maxLength: 9)
        guard let w, Byte.isUpper(t[w.start]) else { return false }
        return weekdayWords.contains(t.hashLowercased(w.start, w.end))
    }

    /// Whether a rota's item ends at `e`: the line, the text, a cell, a gap of two spaces, or ` / `, ` + `, `,` or `;`
    /// before the next one, a note in parentheses (`David ((449)428-2272)`) or a spaced dash (`Corinne – Colmar`).
    static func endsRotaItem(_ t: ScanText, _ e: Int) -> Bool {
        let c = t.at(e)
        if c == 0 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x7C || c == 0x2C || c == 0x3B { return true }
        guard c == 0x20 else { return false }
        let n = t.at(e + 1)
        return n == 0x20 || n == 0x7C || n == 0x28 || ((n == 0x2F || n == 0x2B) && t.at(e + 2) == 0x20)
            || spacedDashLength(t, e + 1) != nil
    }
}

extension PersonDetector {
    /// `Mo: Früh Hahn, Sölzer | Spät Eckbauer | Nacht Anders`: a known family or given name after a German shift's word
    /// that opens a rota's cell (after a colon, a bar or the line's start), ending its item; the end of the name, or
    /// nil.
    static func nameAfterShiftWord(_ t: ScanText, _ i: Int, _ e: Int) -> Int? {
        guard t.at(i - 1) == 0x20, let w = t.wordBefore(i, maxLength: 16), Byte.isUpper(t[w.start]),
            shiftWords.contains(t.hashLowercased(w.start, w.end)), endsRotaItem(t, e)
        else { return nil }
        var k = w.start
        while k > 0 && t[k - 1] == 0x20 { k -= 1 }
        guard k == 0 || t[k - 1] == 0x3A || t[k - 1] == 0x7C || t[k - 1] == 0x0A || t[k - 1] == 0x09 else { return nil }
        return familyNameAlone(t, i, e) || givenNameAlone(t, i) == e ? e : nil
    }

    /// German words for shifts that open a rota's cells before whoever works them.
    static let shiftWords = NameLexicon.hashes(
        "früh spät nacht frühdienst spätdienst nachtdienst tagdienst frühschicht spätschicht nachtschicht "
            + "bereitschaft rufbereitschaft"
    )
}
