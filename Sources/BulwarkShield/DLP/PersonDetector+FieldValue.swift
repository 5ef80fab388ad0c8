/// A field whose label names no name but a role (`Analyst: Angela`, `Bearbeiter: Ignatz`, `Handover to nights:
/// Timothy`): a person when the whole value is one known given name. (A family name alone there is as often a firm,
/// a place or a word: `Gläubiger: Schulz`, `Place of birth: Birmingham`, `Priorität: Hoch`.)
extension PersonDetector {
    /// The value at `vs` of the field labelled `ks..<ke`: one known given name (no word, no place, no product, no
    /// pair of family names), ending the field (line end, `.`, `,`, `;`, `|`, or a note in parentheses). Not after
    /// labels of things (`Project:`, `Team:`, `Host:`) or firms.
    /// A list of such names is read whole (`Review: Harry, Karl-Dieter.`, or up to a comma before other words:
    /// `Mittwoch: Cathleen, Fahrdienst …`), or not at all (`Present: Melanie, Kathryn, Jonathan Simpson` is read as a
    /// list elsewhere).
    func fieldValueName(_ t: ScanText, _ ks: Int, _ ke: Int, _ vs: Int, into out: inout [Candidate]) -> Candidate? {
        // (The value first: most values are no given name, and the label's words cost more to read.)
        guard Self.givenNameAlone(t, vs) != nil, !PersonLabels.isThingLabel(t, ks, ke) else { return nil }
        var names: [Candidate] = []
        var s = vs
        while names.count < 6, let e = Self.givenNameAlone(t, s) {
            names.append(person(s, e, 0.7))
            let a = t.at(e)
            guard a == 0x2C || a == 0x20, let next = a == 0x2C ? Self.afterComma(t, e) : Self.afterConjunction(t, e + 1)
            else {
                // The field ends: the line, `.`, `;`, `|`, a quote, a gap of two spaces before the next field (`Early:
                // Sarah    Late: Kevin`), a note in parentheses or a spaced dash before a
                // note in lowercase (`Caseworker: Denise – home visit Tuesday`; not a route, `Trajet : Delmas - Étienne`).
                guard
                    a == 0x0A || a == 0 || a == 0x0D || a == 0x3B || a == 0x22
                        || (a == 0x2E && (Byte.isSpace(t.at(e + 1)) || t.at(e + 1) == 0))
                        || (a == 0x20 && (t.at(e + 1) == 0x28 || t.at(e + 1) == 0x7C || t.at(e + 1) == 0x20))
                        || (a == 0x20
                            && PersonDetector.spacedDashLength(t, e + 1).map { Byte.isLower(t.at(e + 2 + $0)) } ?? false)
                        || (a == 0x20 && t.at(e + 1) == 0x2F && t.at(e + 2) == 0x20)
                else { return nil }
                out.append(contentsOf: names.dropLast())
                return names.last
            }
            // (A comma after the last name ends the field too: `Analyst: Angela, Reviewer: …`; so does a hand-over's
            // arrow before the next field: `Outgoing: Stephanie -> Incoming: Marcus`.)
            let arrow = t.at(e + 1) == 0x2D || t.at(e + 1) == 0xE2
            guard Byte.isUpper(t.at(next)) || t.at(next) >= 0xC3, !arrow || Self.givenNameAlone(t, next) != nil else {
                if arrow {
                    out.append(contentsOf: names.dropLast())
                    return names.last
                }
                out.append(contentsOf: names.dropLast())
                return a == 0x2C ? names.last : nil
            }
            s = next
            // (A comma before words that are no given name ends the field too: `Mittwoch Nachmittag: Cathleen,
            // Fahrdienst mit …`.)
            if a == 0x2C, let w = NameTokens.word(t, s), !NameLexicon.isFirstName(t, s, w),
                PersonLabels.titleLength(t, s) == nil
            {
                out.append(contentsOf: names.dropLast())
                return names.last
            }
        }
        // (A comma before the next short label ends the field too: `Fahrer S1: Anneliese, S2: Ditmar`.)
        guard let last = names.last, t.at(last.end) == 0x2C, t.at(last.end + 1) == 0x20,
            (last.end + 3..<last.end + 8).contains(where: { t.at($0) == 0x3A && t.at($0 + 1) == 0x20 }),
            (last.end + 2..<last.end + 8).allSatisfy({ t.at($0) != 0x20 || t.at($0 - 1) == 0x3A })
        else { return nil }
        out.append(contentsOf: names.dropLast())
        return last
    }

    /// One known given name at `s` (no word, no place, no product), or a pair of them: its end.
    static func givenNameAlone(_ t: ScanText, _ s: Int) -> Int? {
        guard let e = NameTokens.word(t, s), e - s >= 3 else { return nil }
        let h = t.hashLowercased(s, e)
        guard NameLexicon.firstNames.contains(h) || NameLexicon.isGivenNamePair(t, s, e), writtenAsName(t, s, e),
            !isWordName(t, s, e), !namedLikePeople.contains(h)
        else { return nil }
        return e
    }

    /// Where a double given name written with a space starts that ends with the given name at `i` (`Hans Jörg macht`,
    /// `Jean Pierre a dit`): the word before when it opens such names (`NameLexicon.compoundOpeners`), else `i`.
    static func compoundGivenStart(_ t: ScanText, _ i: Int) -> Int {
        guard let w = t.wordBefore(i, maxLength: 8), Byte.isUpper(t[w.start]), Byte.isLower(t.at(w.start + 1)),
            NameLexicon.compoundOpeners.contains(t.hashLowercased(w.start, w.end))
        else { return i }
        return w.start
    }

    /// Where the next item starts after the comma at `c` (`, ` or `, and `), or nil.
    static func afterComma(_ t: ScanText, _ c: Int) -> Int? {
        guard t.at(c + 1) == 0x20 else { return nil }
        return afterConjunction(t, c + 2) ?? c + 2
    }

    /// `Assigned to: Service Desk UK – Neil`: a team, a spaced dash and a known given name ending the field's line.
    static func nameAfterTeam(_ t: ScanText, _ vs: Int) -> Candidate? {
        var k = vs
        while k - vs < 48 && t.at(k) != 0x0A && t.at(k) != 0 {
            if t[k] == 0x20, let dash = spacedDashLength(t, k + 1), let e = givenNameAlone(t, k + dash + 2),
                endsLine(t, e)
            {
                return Candidate(.person, k + dash + 2, e, score: 0.75, priority: 30)
            }
            k += 1
        }
        return nil
    }

    /// Whether the label at `ks` is a YAML list item's `name` whose next line holds a CI step's or an automation
    /// task's key (`- name: Lint` above `run: …`, `uses: …`; `- name: Install nginx` above `apt: …`): the step's name.
    static func namesAStep(_ t: ScanText, _ ks: Int, _ vs: Int) -> Bool {
        // (The label read back from its colon may hold the item's dash.)
        let ns = t.at(ks) == 0x2D ? ks + 2 : ks
        guard t.at(ns - 2) == 0x2D, t.at(ns - 1) == 0x20, t.matches("name:", at: ns) else { return false }
        var k = t.lineEnd(vs, notAfter: vs + 200) + 1
        while t.at(k) == 0x20 { k += 1 }
        var e = k
        while Byte.isLower(t.at(e)) || t.at(e) == 0x2D || t.at(e) == 0x5F { e += 1 }
        return e > k && t.at(e) == 0x3A && stepKeys.contains(t.hashLowercased(k, e))
    }

    /// Keys of CI steps and automation tasks.
    static let stepKeys = NameLexicon.hashes(
        "run uses shell command script apt yum dnf copy template become working-directory timeout-minutes "
            + "continue-on-error lineinfile systemd"
    )

    /// Whether a person's title and a name no firm's legal form follows start at `vs` (`Frau Ramazan Jopich`), or after
    /// the word a practice or an office opens with (`Praxis Dr. Wulf`, `Cabinet Me Durand`).
    static func titledPersonAt(_ t: ScanText, _ vs: Int) -> Bool {
        if let e = NameTokens.word(t, vs), t.at(e) == 0x20, placeOpeners.contains(t.hashLowercased(vs, e)),
            PersonLabels.titleLength(t, e + 1) != nil
        {
            return titledPersonAt(t, e + 1)
        }
        guard let n = PersonLabels.titleLength(t, vs), let tok = NameTokens.read(t, vs + n, max: 3, titled: true) else {
            return false
        }
        return !NameTokens.firmNameFollows(t, tok.end)
    }
}
