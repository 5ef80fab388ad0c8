/// Chat handles: `@sara.oliver` mentions, `<m.christensen>` and `<mlindgren>` speakers and `10:12 Sara:` speaker
/// labels.
extension PersonDetector {
    /// `[10:12] <sara.oliver>` or `10:12 <m.christensen>` at the start of a line: the speaker's handle; after a
    /// time stamp also a speaker label (`10:12 sara_oliver:`, `[10:12] Sara:`).
    func lineStartHandle(_ t: ScanText, _ ls: Int) -> Candidate? {
        var k = ls
        let stamped = t.at(k) == 0x5B || Byte.isDigit(t.at(k))
        if t.at(k) == 0x5B {
            while k < t.count && t[k] != 0x5D && t[k] != 0x0A && k - ls < 24 { k += 1 }
            guard t.at(k) == 0x5D else { return nil }
            k += 1
            while t.at(k) == 0x20 { k += 1 }
            if let header = timedHeader(t, ls, k) { return header }
        } else if Byte.isDigit(t.at(k)) {
            // (An item's number is no time: `4. SI : migration`.)
            if PersonDetector.itemNumberEnd(t, k) != nil { return nil }
            // A time, or a date and a time (`2025-06-10 14:02 <Devraj Singh>`).
            for _ in 0..<2 where Byte.isDigit(t.at(k)) {
                while Byte.isDigit(t.at(k)) || t.at(k) == 0x3A || t.at(k) == 0x2D || t.at(k) == 0x2E { k += 1 }
                while t.at(k) == 0x20 { k += 1 }
            }
        }
        if t.at(k) == 0x3C {
            // (An IRC log's display name of words: `<Devraj Singh> heads up`, a known name among them.)
            if stamped, let tok = NameTokens.read(t, k + 1, max: 3), tok.count >= 2, t.at(tok.end) == 0x3E {
                let lex = tok.lexiconHits(t)
                return lex.first || lex.surname ? person(tok.start, tok.end, 0.8) : nil
            }
            return chatHandle(t, k + 1, form: .bracketed, stamped: stamped)
        }
        return stamped && k > ls ? chatHandle(t, k, form: .speaker, stamped: true) : nil
    }

    /// `[9:12 AM] Cody` alone on its line, what was said on the next (a chat copied from Teams): a time of day in
    /// brackets, then one to three words that stand as a name (`standsAsName`).
    private func timedHeader(_ t: ScanText, _ ls: Int, _ s: Int) -> Candidate? {
        guard Byte.isUpper(t.at(s)) || t.at(s) >= 0xC3, let te = Self.timeOfDay(t, ls + 1), t.at(te) == 0x5D,
            let tok = NameTokens.read(t, s, max: 3), Self.endsLine(t, tok.end), Self.messageLineFollows(t, tok.end),
            Self.standsAsName(t, tok)
        else { return nil }
        return person(tok.start, tok.end, 0.8)
    }

    /// Where a chat handle stands: after `@`, inside `<…>`, as a speaker label before `:`, or as a home directory.
    enum HandleForm {
        case mention, bracketed, speaker
        /// A home directory's name in a path (`/home/jmiller/`).
        case path
        /// A login's value (`user: kstewart`, `username=tomas.ruiz`).
        case login
    }

    /// A chat handle at `s` made of name parts: `sara.oliver`, `m_christensen`, `dörthe-scheel` (every part a
    /// known given name or surname, or an initial, and at least one a name; after a time stamp one known part is
    /// enough: `[09:03] marco.bellini:`), or after `@` or as a speaker label a
    /// lone known given name (`cc @marie`, `10:12 Sara:`), after `@` with a known surname after it (`@Sarah
    /// Mitchell`). Mentions of groups (`@here`), decorators (`@dataclass`, `@pytest.mark.skip`) and package scopes
    /// (`@types/node`) name no person; `<…>` needs two parts (HTML tags such as `<mark>` have one).
    /// `stamped`: a time stamp opens the line, so the handle stands where a speaker does.
    func chatHandle(_ t: ScanText, _ s: Int, form: HandleForm, stamped: Bool = false) -> Candidate? {
        if form == .mention {
            let before = t.at(s - 2)
            // (Also quoted: `mention: "@Ryan"`.)
            guard
                s < 2 || before == 0x20 || before == 0x0A || before == 0x28 || before == 0x2C || before == 0x22
                    || before == 0x27
            else { return nil }
        }
        var e = s
        var parts = 1
        var named = 0
        var unknown = 0
        var partStart = s
        func closePart(_ end: Int) -> Bool {
            let length = end - partStart
            if length == 1 { return true }
            guard length >= 2 else { return false }
            if NameLexicon.isStopword(t, partStart, end) {
                // `@April`, `@will.turner`: after `@`, a given name that is also a word is a name part (`12 May:`
                // is a date, not a speaker).
                guard form == .mention, NameLexicon.nameStopwords.contains(t.hashLowercased(partStart, end)) else {
                    return false
                }
            }
            if NameLexicon.isFirstName(t, partStart, end) || NameLexicon.isSurname(t, partStart, end) {
                named += 1
            } else {
                unknown += 1
            }
            return true
        }
        while e < t.count && e - s <= 40 {
            let c = t[e]
            if Byte.isAlpha(c) || c >= 0x80 {
                e += 1
            } else if (c == 0x2E || c == 0x5F || c == 0x2D) && Byte.isAlpha(t.at(e + 1)) && e > partStart {
                guard closePart(e) else { return nil }
                parts += 1
                e += 1
                partStart = e
            } else {
                break
            }
        }
        guard e > partStart else { return nil }
        // `[09:14] <mlindgren>`, `10:12 hnguyen:`: an initial glued to a known surname, as user names are made; only
        // after a time stamp, where a speaker stands (`@layer`, `<layer>` are a CSS rule and a markup tag).
        let glued =
            (stamped || form == .path || form == .login) && parts == 1 && e - s >= 5
            && (s..<e).allSatisfy { Byte.isLower(t[$0]) }
            && !NameLexicon.isFirstName(t, s, e) && NameLexicon.isSurname(t, s + 1, e)
            && !NameLexicon.isCommonWord(t, s, e) && !NameLexicon.isStopword(t, s, e)
        guard glued || closePart(e), glued || named > 0 else { return nil }
        // A part the lexicons lack (`marco.bellini`) only where a speaker stands after a time stamp; a mention or a
        // bare `<…>` of such parts is as often code (`@mark.parametrize`).
        // (After a login's label, a known part beside it will do when both are capitalised: `user=Amanda.Melton`.)
        guard
            unknown == 0 || (stamped && form != .mention && Self.timeBefore(t, s))
                || (form == .login && parts == 2 && named > 0 && PersonDetector.capitalisedDottedPair(t, s))
        else { return nil }
        let after = t.at(e)
        switch form {
        case .mention:
            // Not `@pytest.mark`, `@types/node`, `@app.route(`, `@user2`, `a@b@c`.
            let dotted = after == 0x2E && Byte.isAlnum(t.at(e + 1))
            guard !dotted, !Byte.isDigit(after), after != 0x2F, after != 0x28, after != 0x40 else { return nil }
            // (`@Lacroix`: a capitalised family name that is no word mentions someone too.)
            guard
                parts >= 2 || NameLexicon.isFirstName(t, s, e) || (Byte.isUpper(t[s]) && Self.familyNameAsWord(t, s, e))
            else { return nil }
            // A display name: `@Sarah Mitchell can you check?` — a capitalised given name, then a known surname.
            // (A family name that is a word too when a request goes on: `@Sarah West can we …`, not `@Ben Green light
            // from me`.)
            if parts == 1, Byte.isUpper(t[s]), after == 0x20, let surnameEnd = NameTokens.word(t, e + 1),
                NameLexicon.isSurname(t, e + 1, surnameEnd),
                !NameLexicon.isStopword(t, e + 1, surnameEnd) || Self.requestFollows(t, surnameEnd)
            {
                return person(s, surnameEnd, 0.8)
            }
        case .bracketed:
            // `[22:14] <Rosie>`: after a time stamp a known given name alone is a speaker too.
            guard after == 0x3E, parts >= 2 || glued || (stamped && NameLexicon.isFirstName(t, s, e)) else {
                return nil
            }
        case .speaker:
            // (`[10:02] Raymond : quelqu'un…`: French puts a space before the colon.)
            let colon = after == 0x3A ? e : (after == 0x20 && t.at(e + 1) == 0x3A ? e + 1 : -1)
            guard colon > 0, t.at(colon + 1) == 0x20, parts >= 2 || glued || NameLexicon.isFirstName(t, s, e) else {
                return nil
            }
        case .login:
            // (`user: svc_reports`, `login=deploy` are accounts, not people.)
            // (A parenthesis may close around it: `(client 10.2.7.31, user=Amanda.Melton)`.)
            guard
                after == 0 || Byte.isSpace(after) || after == 0x22 || after == 0x27 || after == 0x2C || after == 0x3B
                    || after == 0x29,
                parts >= 2 || glued
            else { return nil }
        case .path:
            // Every part a name (`ubuntu`, `runner`, `Shared` are accounts, not people), ending the directory's name;
            // or one capitalised given name, as macOS names home folders (`/Users/Crystal/`).
            let capitalisedGiven = parts == 1 && Byte.isUpper(t[s]) && NameLexicon.isFirstName(t, s, e)
            guard after == 0x2F || after == 0x5C || after == 0 || Byte.isSpace(after),
                parts >= 2 || glued || capitalisedGiven
            else {
                return nil
            }
        }
        return person(s, e, 0.8)
    }

    /// `Lyons.Tammy`, `Hector.Garcia`: a login written as a known given name and a known family name, each capitalised,
    /// joined by a dot, in a log's cell or after `for` (`Failed password for Garcia.Hector from …`); not a member
    /// access or a host (`Color.Red`, `Austin.Example.com`, `theme = Jade.Green`, `Grant.Read`), nor an address's local
    /// part.
    static func dottedFullName(_ t: ScanText, _ i: Int, _ e: Int) -> Candidate? {
        guard t.at(e) == 0x2E, capitalisedDottedPair(t, i), i == 0 || !(Byte.isWord(t[i - 1]) || t[i - 1] == 0x2E),
            let e2 = NameTokens.word(t, e + 1), !Byte.isAlnum(t.at(e2)), t.at(e2) != 0x2E, t.at(e2) != 0x40,
            t.at(e2) != 0x28,
            !NameLexicon.isStopword(t, i, e), !NameLexicon.isStopword(t, e + 1, e2),
            // (A given name that is a word opens a setting's value, `Rose.Gold`; a value assigned is a setting's.)
            !isWordName(t, i, e), t.at(i - 1) != 0x3D, !(t.at(i - 1) == 0x20 && t.at(i - 2) == 0x3D),
            (NameLexicon.isFirstName(t, i, e) && NameLexicon.isSurname(t, e + 1, e2))
                || (NameLexicon.isSurname(t, i, e) && NameLexicon.isFirstName(t, e + 1, e2))
        else { return nil }
        return Candidate(.person, i, e2, score: 0.75, priority: 30)
    }

    /// Whether two capitalised words joined by a dot start at `i` (`Brandon.Johnson`).
    static func capitalisedDottedPair(_ t: ScanText, _ i: Int) -> Bool {
        guard Byte.isUpper(t.at(i)) else { return false }
        var k = i + 1
        while Byte.isLower(t.at(k)) { k += 1 }
        return k > i + 1 && t.at(k) == 0x2E && Byte.isUpper(t.at(k + 1)) && Byte.isLower(t.at(k + 2))
    }

    /// Whether a time of day (`09:03`) stands on the line before `s`: a stamp in brackets can also be a log level
    /// (`[INFO] max.retries: 3`).
    static func timeBefore(_ t: ScanText, _ s: Int) -> Bool {
        var k = s - 1
        while k > 1 && t[k] != 0x0A {
            if t[k - 1] == 0x3A && Byte.isDigit(t[k]) && Byte.isDigit(t[k - 2]) { return true }
            k -= 1
        }
        return false
    }

    /// Whether a space and a word that goes on with a request or a question follow `e` (`can`, `could`, `please`).
    static func requestFollows(_ t: ScanText, _ e: Int) -> Bool {
        guard t.at(e) == 0x20, Byte.isLower(t.at(e + 1)) else { return false }
        var k = e + 1
        while Byte.isLower(t.at(k)) { k += 1 }
        return requestWords.contains(t.hashLowercased(e + 1, k))
    }

    static let requestWords = NameLexicon.hashes(
        "can could will would should please pls do did does have has are is were was need needs may might"
    )
}
