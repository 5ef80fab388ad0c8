/// Names in the time slots of a schedule: `09:00 Patricia - intake`, `lun. 9h Patricia / part. R-041`,
/// `Thu  09:00-12:00  Timothy`.
extension PersonDetector {
    /// Week days as schedules abbreviate or write them, in English, German and French.
    static let weekdays = NameLexicon.hashes(
        "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday "
            + "mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag "
            + "lun mar mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche"
    )

    /// The known given name (no word, no place) right after the time or time range that opens the line at `ls`
    /// (after a list mark or a week day), when the slot's cell ends there and the line goes on: ` / `, a spaced dash,
    /// a gap of two spaces or a tab, ` (` or `: `. (`09:00 Begrüßung` is a programme's item; a name going on in
    /// lowercase is `timelineActor`'s.)
    static func slotName(_ t: ScanText, _ ls: Int) -> Candidate? {
        var k = ls
        if (t.at(k) == 0x2D || t.at(k) == 0x2A) && t.at(k + 1) == 0x20 { k += 2 }
        if Byte.isAlpha(t.at(k)) {
            var w = k
            while Byte.isAlpha(t.at(w)) && w - k < 10 { w += 1 }
            guard w - k >= 2, weekdays.contains(t.hashLowercased(k, w)) else { return nil }
            if t.at(w) == 0x2E { w += 1 }
            guard t.at(w) == 0x20 else { return nil }
            k = w
            while t.at(k) == 0x20 && k - w < 4 { k += 1 }
        }
        guard var e = slotTimeEnd(t, k) else { return nil }
        // A range: `09:00-11:00`, `9h–12h`.
        if t.at(e) == 0x2D, let r = slotTimeEnd(t, e + 1) {
            e = r
        } else if t.at(e) == 0xE2 && t.at(e + 1) == 0x80 && t.at(e + 2) == 0x93, let r = slotTimeEnd(t, e + 3) {
            e = r
        }
        guard t.at(e) == 0x20 || t.at(e) == 0x09 else { return nil }
        var s = e
        while (t.at(s) == 0x20 || t.at(s) == 0x09) && s - e < 6 { s += 1 }
        guard Byte.isUpper(t.at(s)) || t.at(s) >= 0xC3, let ne = givenNameAlone(t, s) else { return nil }
        // (Not alone after the time: `Departures\n14:20 Charlotte`, `10:00-11:00 Victoria` name places and rooms.)
        let a = t.at(ne)
        var next = ne
        while (t.at(next) == 0x20 || t.at(next) == 0x09) && next - ne < 8 { next += 1 }
        let cellEnds =
            (a == 0x09 && next > ne + 1) || (a == 0x3A && t.at(ne + 1) == 0x20)
            || (a == 0x20
                && (t.at(ne + 1) == 0x20 || t.at(ne + 1) == 0x28 || (t.at(ne + 1) == 0x2F && t.at(ne + 2) == 0x20)
                    || spacedDashLength(t, ne + 1) != nil))
        return cellEnds && !endsLine(t, next) ? Candidate(.person, s, ne, score: 0.75, priority: 30) : nil
    }

    /// Where a time of day at `i` ends: `09:00`, `9:30 am` (`timeOfDay`), `9h`, `10h30`, `9am`; nil if none does.
    static func slotTimeEnd(_ t: ScanText, _ i: Int) -> Int? {
        if let e = timeOfDay(t, i) { return e }
        var k = i
        while Byte.isDigit(t.at(k)) && k - i < 2 { k += 1 }
        guard k > i else { return nil }
        if t.at(k) == 0x68 {
            k += 1
            if Byte.isDigit(t.at(k)) && Byte.isDigit(t.at(k + 1)) { k += 2 }
        } else if t.matches("am", at: k) || t.matches("pm", at: k) {
            k += 2
        } else {
            return nil
        }
        return Byte.isAlnum(t.at(k)) ? nil : k
    }
}
