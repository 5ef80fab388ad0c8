/// Handovers between shifts, opened by who hands over to whom (`From Laura to whoever is on days`, `Von Hubertus, an
/// Lea`, `De Chloé à Marc`), where the text speaks of a handover or a shift.
extension PersonDetector {
    /// `From X to Y` (`Von X an Y`, `De X à Y`) opening the line at `i`, where X or Y is a known given name standing
    /// alone and the other one is a name too (or, for Y, a lowercase word: `to whoever`, `to the day team`): appends X
    /// and returns Y, or returns X alone. Not a range of months or places (`From Jan to Mar`, `From Austin to Dallas`).
    func handover(_ t: ScanText, _ i: Int, into out: inout [Candidate]) -> Candidate? {
        let xs: Int
        if t.matchesExactly("From ", at: i) {
            xs = i + 5
        } else if t.matchesExactly("Von ", at: i) {
            xs = i + 4
        } else if t.matchesExactly("De ", at: i) {
            xs = i + 3
        } else {
            return nil
        }
        // (Only where a handover or a shift is spoken of, above the line or on it: `From Chester to Liverpool`, `De
        // Nancy à Metz` are journeys.)
        guard let x = Self.handoverName(t, xs),
            Self.handoverWords.occurs(in: t, i - 300, t.lineEnd(i, notAfter: i + 120))
        else { return nil }
        var k = x.end
        if t.at(k) == 0x2C { k += 1 }
        guard t.at(k) == 0x20 else { return nil }
        k += 1
        let ys: Int
        switch t[i] {
        case 0x46: ys = t.matchesExactly("to ", at: k) ? k + 3 : 0
        case 0x56: ys = t.matchesExactly("an ", at: k) ? k + 3 : 0
        default: ys = t.matchesExactly("à ", at: k) ? k + 3 : 0
        }
        guard ys > 0 else { return nil }
        if Byte.isLower(t.at(ys)) {
            return x.known ? person(xs, x.end, 0.75) : nil
        }
        guard let y = Self.handoverName(t, ys), x.known || y.known, Self.endsClause(t, y.end) else { return nil }
        out.append(person(xs, x.end, 0.75))
        return person(ys, y.end, 0.75)
    }

    /// One or two words at `s` written as a name (no stopword, place, month or common word): their end, and whether
    /// the first is a known given name standing alone (`givenNameAlone`).
    private static func handoverName(_ t: ScanText, _ s: Int) -> (end: Int, known: Bool)? {
        guard let tok = NameTokens.read(t, s, max: 2) else { return nil }
        for k in 0..<tok.count {
            let (ws, we) = (tok.starts[k], tok.ends[k])
            guard !DateParser.isMonth(t, ws, we), !placeNames.contains(t.hashLowercased(ws, we)),
                NameLexicon.isFirstName(t, ws, we) || NameLexicon.isSurname(t, ws, we)
                    || writtenAsUnknownName(t, ws, we)
            else { return nil }
        }
        return (tok.end, givenNameAlone(t, s) == tok.ends[0])
    }

    /// Whether a clause ends at `e`: the line's end, a comma, a full stop, a semicolon, or a spaced dash or a
    /// parenthesis after a space.
    private static func endsClause(_ t: ScanText, _ e: Int) -> Bool {
        let c = t.at(e)
        return endsLine(t, e) || c == 0x2C || c == 0x2E || c == 0x3B
            || (c == 0x20 && (t.at(e + 1) == 0x28 || spacedDashLength(t, e + 1) != nil))
    }

    /// Words that say a shift is handed over (`Night handover`, `Übergabe Spätschicht`, `Passation de service`).
    private static let handoverWords = KeywordSet([
        "handover", "hand-over", "hand over", "shift", "übergabe", "schicht", "passation", "relève", "releve",
    ])
}
