/// Reads a personal name as a short run of capitalised words: `Anne-Marie O'Neil`, `Jean de La Fontaine`,
/// `DEVAUX`, and the `Last, First` form.
struct NameTokens {
    var starts = InlineOffsets()
    var ends = InlineOffsets()

    var count: Int { starts.count }
    var start: Int { starts.count > 0 ? starts[0] : 0 }
    var end: Int { ends.count > 0 ? ends[ends.count - 1] : 0 }

    /// Whether a capitalised word starts at `i` (ASCII or Latin capital), returning its end.
    @inline(__always) static func word(_ t: ScanText, _ i: Int) -> Int? {
        guard let memo = t.wordEnds, UInt(bitPattern: i) < UInt(bitPattern: t.count) else { return readWord(t, i) }
        let known = memo[i]
        if known != 0 { return known == 1 ? nil : Int(known) - 2 }
        let e = readWord(t, i)
        memo[i] = e.map { UInt32($0 + 2) } ?? 1
        return e
    }

    /// `word`, read from the bytes.
    private static func readWord(_ t: ScanText, _ i: Int) -> Int? {
        let c = t.at(i)
        var k: Int
        if Byte.isUpper(c) {
            k = i + 1
        } else if (c == 0xC3 && t.at(i + 1) >= 0x80 && t.at(i + 1) <= 0x9E) || c == 0xC5 || c == 0xC4 {
            k = i + 2
        } else {
            return nil
        }
        var letters = 1
        while k < t.count {
            let b = t[k]
            if b == 0xE2 && t.at(k + 1) == 0x80 {
                // General punctuation (U+2000–U+203F: dashes, curly quotes) ends the word, except `’` inside a name
                // (`O’Neil`); `Katrin’s` is the word `Katrin`.
                guard t.at(k + 2) == 0x99, Byte.isUpper(t.at(k + 3)) else { break }
                k += 3
            } else if Byte.isAlpha(b) || b >= 0x80 {
                k += 1
                letters += 1
            } else if (b == 0x2D || b == 0x27) && (Byte.isUpper(t.at(k + 1)) || t.at(k + 1) >= 0xC3) && k + 1 < t.count
            {
                k += 1  // Hyphenated or O'Neil: continue with the capitalised part.
            } else if b == 0x2E && k == i + 1 && t.at(k + 1) == 0x2D && Self.givenNameAt(t, k + 2) {
                k += 2  // `H.-Dieter`: a compound given name's first part as an initial, the second a known one.
            } else {
                break
            }
        }
        // `Hans-J.`: a compound given name's second part as an initial keeps its dot.
        if t.at(k) == 0x2E && k >= i + 4 && t[k - 2] == 0x2D && Byte.isUpper(t[k - 1]) && t.at(k + 1) != 0x2D
            && NameLexicon.firstNames.contains(t.hashLowercased(i, k - 2))
        {
            k += 1
        }
        // A word glued to digits or underscores is an identifier.
        let after = t.at(k)
        // A closing markup tag is no placeholder: `<name>John Carter</name>`.
        if Byte.isDigit(after) || after == 0x5F || after == 0x40 || after == 0x5B
            || (after == 0x3C && t.at(k + 1) != 0x2F)
        {
            return nil
        }
        // `O'[EMAIL]`: the word went on into something that was masked.
        if (after == 0x27 || after == 0x2D) && (t.at(k + 1) == 0x5B || t.at(k + 1) == 0x3C) { return nil }
        return letters >= 2 ? k : nil
    }

    /// Whether a known given name, capitalised, starts at `s`.
    static func givenNameAt(_ t: ScanText, _ s: Int) -> Bool {
        guard Byte.isUpper(t.at(s)) else { return false }
        var e = s + 1
        while Byte.isLower(t.at(e)) || t.at(e) >= 0x80 { e += 1 }
        return NameLexicon.firstNames.contains(t.hashLowercased(s, e))
    }

    /// Whether the stopword `k..<e` belongs to the name read so far (`n`) rather than ending it — only in a
    /// labelled value (in running text `UK Limited Company`, `AI Safety Team` are no names): as the last word of the
    /// value after two words (`Name: Nguyen Van An`) or after a known given name (`Name: Billy Jenkins`, `Customer:
    /// Toni West`), or as a known given name before a known surname that ends the value (`Traveller: April
    /// Townsend`).
    private static func stopwordIsNamePart(
        _ t: ScanText,
        _ n: NameTokens,
        _ k: Int,
        _ e: Int,
        labelled: Bool
    ) -> Bool {
        // `April Nguyen`, `Will Abernathy`: a given name that is also a word, opening the name before a known family
        // name.
        if n.count == 0, t.at(e) == 0x20, Byte.isLower(t.at(k + 1)),
            NameLexicon.nameStopwords.contains(t.hashLowercased(k, e)),
            let se = word(t, e + 1), !NameLexicon.isStopword(t, e + 1, se),
            NameLexicon.isSurname(t, e + 1, se) || (t.at(se) == 0x20 && t.at(se + 1) == 0x3C)
        {
            return true
        }
        // `Lynne Jenkins,`, `Maria Kafka.`: a family name that is also a word or a product, after a known given name
        // and ending the name (no capitalised word after it: `Mark Price Increase` is a heading).
        // Three letters at least (`Nguyen Van An` ends with a preposition), and no street type (`on Queen Street`).
        if n.count == 1, e - k >= 3, Byte.isLower(t.at(k + 1)), word(t, e + 1) == nil || t.at(e) != 0x20,
            NameLexicon.isSurname(t, k, e),
            !StreetLexicon.types.contains(t.hashLowercased(k, e))
                || surnamesThatAreStreetTypes.contains(t.hashLowercased(k, e)),
            NameLexicon.isFirstName(t, n.starts[0], n.ends[0]),
            !NameLexicon.isStopword(t, n.starts[0], n.ends[0])
        {
            return true
        }
        guard labelled, !legalForms.contains(t.hashLowercased(k, e)) else { return false }
        if endsValue(t, e) {
            return n.count >= 2 || (n.count == 1 && NameLexicon.isFirstName(t, n.starts[0], n.ends[0]))
        }
        guard n.count == 0, t.at(e) == 0x20, NameLexicon.isFirstName(t, k, e),
            let surnameEnd = word(t, e + 1), endsValue(t, surnameEnd)
        else { return false }
        return NameLexicon.isSurname(t, e + 1, surnameEnd) && !NameLexicon.isStopword(t, e + 1, surnameEnd)
    }

    /// Whether the text at `e` ends a field's value: the end, a line break, `,`, `;`, `)`, ` <` (an address
    /// follows), or `.` at a line's or the text's end or before a space.
    private static func endsValue(_ t: ScanText, _ e: Int) -> Bool {
        guard e < t.count else { return true }
        switch t[e] {
        case 0x0A, 0x0D, 0x2C, 0x3B, 0x29: return true
        case 0x2E: return e + 1 >= t.count || Byte.isSpace(t[e + 1])
        case 0x20: return t.at(e + 1) == 0x3C  // `Shannon May <may.shannon@…>`
        default: return false
        }
    }

    /// Up to `max` capitalised words from `i`, joined by single spaces, allowing lowercase particles and a
    /// middle initial. Initials before them (`J. R. Whitmore`, `T.J. Okafor`) are one more word.
    /// `labelled`: the words are the value of a name label (`Name: `, `Customer: `), which lets a stopword be part
    /// of the name (see `stopwordIsNamePart`). `titled`: a courtesy title comes first, so before a firm's name the
    /// person's name ends at the particle that opens the firm's (`Herr Heidrich von Schacht GmbH`), as it does
    /// without a title after a known given name and a family name (`Madlen Martin von Kraus Jopich KG`).
    static func read(
        _ t: ScanText,
        _ i: Int,
        max maxWords: Int = 3,
        labelled: Bool = false,
        titled: Bool = false
    ) -> NameTokens? {
        var n = NameTokens()
        var k = i
        var minimum = 1
        if let next = initials(t, i) {
            n.starts.append(i)
            n.ends.append(next - 1)
            k = next
            minimum = 2  // initials alone are no name
        }
        while n.count < maxWords, let e = word(t, k) {
            if isRegionCode(t, k, e) || (n.count > 0 && isPostNominal(t, k, e)) { break }
            if NameLexicon.isStopword(t, k, e) && !stopwordIsNamePart(t, n, k, e, labelled: labelled) { break }
            n.starts.append(k)
            n.ends.append(e)
            guard t.at(e) == 0x20 else { break }
            var next = e + 1
            // A middle initial after a given name (`John F. Kennedy`) is inside the name but no word of it.
            if Byte.isUpper(t.at(next)) && t.at(next + 1) == 0x2E && t.at(next + 2) == 0x20
                && word(t, next + 3) != nil && NameLexicon.isFirstName(t, k, e)
            {
                k = next + 3
                continue
            }
            // Without its full stop only in a labelled value (`Cardholder: JOHN A SMITH`); in running text a lone
            // capital is as often a word (`Plan A Team`).
            if labelled && Byte.isUpper(t.at(next)) && t.at(next + 1) == 0x20 && word(t, next + 2) != nil
                && NameLexicon.isFirstName(t, k, e)
            {
                k = next + 2
                continue
            }
            // `d'Aubigny`, `d’Estaing`: the particle glued to the capitalised part.
            if t.at(next) == 0x64 {
                let glue =
                    t.at(next + 1) == 0x27
                    ? 2 : (t.at(next + 1) == 0xE2 && t.at(next + 2) == 0x80 && t.at(next + 3) == 0x99) ? 4 : 0
                if glue > 0 && word(t, next + glue) != nil {
                    k = next + glue
                    continue
                }
            }
            // Particles, one or two: von, van, de, du, le, van der, de la, ...
            for _ in 0..<2 {
                guard let p = Self.particleEnd(t, next) else { break }
                next = p + 1
            }
            k = next
        }
        guard n.count >= minimum else { return nil }
        guard Self.firmNameFollows(t, n.end) else { return n }
        // `Herr Heidrich von Schacht GmbH`, `Madlen Martin von Kraus Jopich KG`: a particle opens the firm's name,
        // and the person's ends before it — after a title, or when a known given name and another word come first.
        var last = n.count - 1
        while last > 0 && n.starts[last] - n.ends[last - 1] == 1 { last -= 1 }
        guard last >= minimum, last > 0 else { return nil }
        guard titled || (last >= 2 && NameLexicon.isFirstName(t, n.starts[0], n.ends[0])) else { return nil }
        var cut = NameTokens()
        for j in 0..<last {
            cut.starts.append(n.starts[j])
            cut.ends.append(n.ends[j])
        }
        return cut
    }

    /// A given name that is also a word (`Hope`, `April`, `Will`; see `NameLexicon.nameStopwords`) written as a name
    /// at `i`, for the places where a strong cue makes it one: its end, or nil.
    static func stopwordName(_ t: ScanText, _ i: Int) -> Int? {
        guard Byte.isUpper(t.at(i)), Byte.isLower(t.at(i + 1)), let e = word(t, i),
            NameLexicon.nameStopwords.contains(t.hashLowercased(i, e))
        else { return nil }
        return e
    }

    /// Street types that are common family names (`Janice Lane`, `Damon Hill`); `Street`, `Road`, `Avenue` are none.
    static let surnamesThatAreStreetTypes = NameLexicon.hashes(
        "lane hill hills wood woods brook brooks field fields park ford banks mills hall rivers"
    )

    /// Legal forms of firms (`Ltd`, `GmbH`, `B.V.`, `SARL`, `plc`), as hashes of their letters.
    static let legalForms = NameLexicon.hashes(
        "ltd limited llc inc incorporated corp corporation co plc llp lp pty gmbh mbh ag kg ohg ug gbr ev ek eg se "
            + "sarl sas sasu sa eurl sci snc selarl bv nv vof srl spa sl oy ab asa aps kft sro cie sons fils"
    )

    /// Whether a firm's legal form follows the word ending at `e`, right after it or after up to two more capitalised
    /// words (`Kerbrat Chauffage SARL`, `Hanse Analytik GmbH`).
    static func firmNameFollows(_ t: ScanText, _ e: Int) -> Bool {
        // After a comma the legal form must follow at once (`John Smith, Acme GmbH` names a person and a firm).
        if t.at(e) == 0x2C { return legalFormFollows(t, e) }
        var e = e
        for _ in 0..<3 {
            if legalFormFollows(t, e) { return true }
            guard t.at(e) == 0x20 else { return false }
            // `Hollins & Vane Ltd`: another name joined to this one.
            let k = PersonDetector.afterConjunction(t, e + 1) ?? e + 1
            guard let next = word(t, k) else { return false }
            e = next
        }
        return false
    }

    /// Whether a firm's legal form follows a name ending at `e` (`Northgate Ceramics Ltd`, `Kessler & Brandt GmbH`,
    /// `Van Dijk Verpakkingen B.V.`, `Atelier Lacombe, SARL`, `Martin et Fils`): the words are a firm's name, not a
    /// person's. The form starts with a capital (`as`, `co` and `se` are words too), except `plc`.
    static func legalFormFollows(_ t: ScanText, _ e: Int) -> Bool {
        var k = e
        if t.at(k) == 0x2C { k += 1 }
        guard t.at(k) == 0x20 else { return false }
        k += 1
        // `Martin et Fils`, `Davies & Sons`, `Becker und Söhne`, `Roux & Cie`.
        if let next = PersonDetector.afterConjunction(t, k) { k = next }
        let first = t.at(k)
        // (`e.V.`, `e.G.`, `e.K.`: German forms that open in lowercase.)
        guard
            Byte.isUpper(first) || (first == 0x70 && t.matchesExactly("plc", at: k))
                || (first == 0x65 && t.at(k + 1) == 0x2E && Byte.isUpper(t.at(k + 2)))
        else { return false }
        // Letters and full stops (`S.A.R.L.`, `e.K.`), hashed as the letters alone.
        let s = k
        var letters = 0
        while Byte.isAlpha(t.at(k)) || (t.at(k) == 0x2E && Byte.isAlpha(t.at(k + 1))) {
            if t[k] != 0x2E { letters += 1 }
            k += 1
        }
        let h = t.hashLowercased(s, k, skippingMarks: true)
        if t.at(k) == 0x2E { k += 1 }
        // (A form of two letters written as a word, `Se`, `Ab`, before another capitalised word opens a name, not a
        // firm's end: `Se Zn` as much as `Se Zq S Zu Se Zn`; `& Co` stays a form.)
        if k - s == 2 && Byte.isLower(t[s + 1]) && !t.matches("co", at: s) && t.at(k) == 0x20
            && Byte.isUpper(t.at(k + 1))
        {
            return false
        }
        return letters >= 2 && letters <= 12 && !Byte.isAlnum(t.at(k)) && legalForms.contains(h)
    }

    /// Where the name goes on after one or two lowercase particles at `i` (`von `, `van der `, `de `): the start of
    /// the capitalised word that must follow them; nil when `i` starts no particle or no such word follows.
    static func afterParticles(_ t: ScanText, _ i: Int) -> Int? {
        var p = i
        for _ in 0..<2 {
            guard let q = particleEnd(t, p) else { break }
            p = q + 1
        }
        return p > i && word(t, p) != nil ? p : nil
    }

    /// The end of a lowercase particle at `p` that a space follows (`von `, `de `), or nil. `der` and `den` only
    /// follow `van` or `von` (`van der Berg`, `Deborah Van der Meer`); elsewhere they are German articles (`Hat der
    /// Drucker`).
    private static func particleEnd(_ t: ScanText, _ p: Int) -> Int? {
        var q = p
        while Byte.isLower(t.at(q)) { q += 1 }
        guard q > p, t.at(q) == 0x20, NameLexicon.particles.contains(t.hashLowercased(p, q)) else { return nil }
        if q - p == 3 && t[p] == 0x64 && t[p + 1] == 0x65 && (t[p + 2] == 0x72 || t[p + 2] == 0x6E) {
            let afterVan = (t.matches("van ", at: p - 4) || t.matches("von ", at: p - 4)) && !Byte.isAlpha(t.at(p - 5))
            return afterVan ? q : nil
        }
        return q
    }

    /// Where the name goes on after up to three initials at `i` (`J. R. `, `T.J. `): the start of the
    /// capitalised word that must follow them; nil when `i` starts no initials or no such word follows.
    static func initials(_ t: ScanText, _ i: Int) -> Int? {
        guard i == 0 || !(Byte.isWord(t[i - 1]) || t[i - 1] == 0x2E) else { return nil }
        var p = i
        var count = 0
        // A capital and a full stop, glued to the next initial (`T.J.`) or followed by one space.
        while count < 3, Byte.isUpper(t.at(p)), t.at(p + 1) == 0x2E {
            count += 1
            p += 2
            if t.at(p) == 0x20 { p += 1 }
        }
        guard count > 0, t.at(p - 1) == 0x20, word(t, p) != nil else { return nil }
        return p
    }

    /// A name written in lower case at `i` (`jessica moore`, `priya`): a known given name that is no stopword,
    /// and a known surname after it if there is one; returns the end, or nil. Only strong cues read names so
    /// (a name label, `my name is`, a greeting); in running text lower-case words are words.
    ///
    /// - Parameters:
    ///   - anySurname: after an introduction (`my name is priya natarajan`), any word that is no stopword after the
    ///     given name is taken as the surname.
    ///   - surnameAlone: after a label for a name part (`Last name: schmidt`), a known surname alone is a name.
    static func lowercase(_ t: ScanText, _ i: Int, anySurname: Bool = false, surnameAlone: Bool = false) -> Int? {
        func word(_ s: Int) -> Int? {
            guard Byte.isLower(t.at(s)), s == 0 || !Byte.isWord(t[s - 1]) else { return nil }
            var e = s + 1
            while e < t.count && (Byte.isLower(t[e]) || t[e] >= 0x80) { e += 1 }
            return e - s >= 2 && !Byte.isWord(t.at(e)) ? e : nil
        }
        guard let e0 = word(i), !NameLexicon.isStopword(t, i, e0) else { return nil }
        guard NameLexicon.isFirstName(t, i, e0) else {
            return surnameAlone && NameLexicon.isSurname(t, i, e0) ? e0 : nil
        }
        if t.at(e0) == 0x20, let e1 = word(e0 + 1), !NameLexicon.isStopword(t, e0 + 1, e1),
            anySurname || NameLexicon.isSurname(t, e0 + 1, e1)
        {
            return e1
        }
        return e0
    }

    /// `OD`, `DDS`, `PhD`, `RN`, `CPA`: a degree or a licence written after a name (`Dr. Rodriguez OD`) is no part of it.
    static func isPostNominal(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 2 && e - s <= 6, Byte.isUpper(t[s]), Byte.isUpper(t[e - 1]) || t.matchesExactly("PhD", at: s)
        else { return false }
        return postNominals.contains(t.hashLowercased(s, e))
    }

    /// Degrees and licences of health, law and finance written after a name, in capitals.
    static let postNominals = NameLexicon.hashes(
        "md od do dds dmd dvm phd rn np lpn cnm crna lcsw lmft dpt dpm psyd pharmd cpa esq mba frcs mrcp frcp frcgp mrcgp"
    )

    /// `NSW`, `ON`, `TX`: a state or province code written in capitals is not part of a name (`Sydney NSW`).
    static func isRegionCode(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        guard e - s == 2 || e - s == 3, Byte.isUpper(t[s + 1]), Byte.isUpper(t[e - 1]) else { return false }
        let code = t.hashLowercased(s, e)
        return StreetLexicon.auStates.contains(code) || StreetLexicon.caProvinces.contains(code)
            || StreetLexicon.usStates.contains(code)
    }

    /// Prefixes of three letters that open family names before a capital (`MacArthur`, `VanDyke`, `DesJardins`) or
    /// given names (`ShaQuille`).
    static let particlePrefixes = NameLexicon.hashes("mac van von del der des dal den dos das sha")

    /// Whether a word has capitals inside as products are named (`Driver=PostgreSQL Unicode`, `PLC: Allen-Bradley
    /// ControlLogix`, `FitLoop`), not as names are (`McDonald`, `DeShawn`, `MacArthur`: a short prefix before the
    /// capital, of three letters only a family name's particle).
    func namesProduct(_ t: ScanText) -> Bool {
        (0..<count).contains { Self.namesProduct(t, starts[$0], ends[$0]) }
    }

    /// `namesProduct` for the one word `s..<e` (two letters or more).
    static func namesProduct(_ t: ScanText, _ s: Int, _ e: Int) -> Bool {
        var inner = 0
        var first = 0
        for p in (s + 1)..<e where Byte.isUpper(t[p]) && Byte.isLower(t[p - 1]) {
            inner += 1
            if first == 0 { first = p }
        }
        if inner >= 2 { return true }
        guard inner == 1 else { return false }
        let givenBefore = NameLexicon.firstNames.contains(t.hashLowercased(s, first))
        let givenAfter = NameLexicon.firstNames.contains(t.hashLowercased(first, e))
        // (Not two names run together where a space went missing: `Hello PaulDeborah Wright`.)
        if (Byte.isUpper(t[e - 1]) && Byte.isUpper(t[e - 2])) || first - s >= 4 {
            return !(givenBefore && (givenAfter || NameLexicon.surnames.contains(t.hashLowercased(first, e))))
        }
        // (Nor two given names run together: `LeeAnn`, `RaeLynn`.)
        return first - s == 3 && !particlePrefixes.contains(t.hashLowercased(s, first)) && !givenBefore && !givenAfter
    }

    /// Whether a word after the first is a common English word (`Aurora Desk Lamp`, `Willow Class`, `Royal Mail`):
    /// after a given name, a thing or a firm, not a person whose family name the lexicons lack.
    func hasCommonWordAfterFirst(_ t: ScanText) -> Bool {
        (1..<max(count, 1)).contains { NameLexicon.isCommonWord(t, starts[$0], ends[$0]) }
    }

    func lexiconHits(_ t: ScanText) -> (first: Bool, surname: Bool) {
        var f = false
        var s = false
        for k in 0..<count {
            if NameLexicon.isFirstName(t, starts[k], ends[k]) { f = true }
            if k > 0 || count == 1, NameLexicon.isSurname(t, starts[k], ends[k]) { s = true }
        }
        return (f, s)
    }
}

/// Up to four offsets stored inline, so reading a name allocates nothing.
struct InlineOffsets {
    private var a = 0
    private var b = 0
    private var c = 0
    private var d = 0
    private(set) var count = 0

    @inline(__always) subscript(_ k: Int) -> Int {
        switch k {
        case 0: return a
        case 1: return b
        case 2: return c
        default: return d
        }
    }

    /// Appends `v`; a name has at most four words.
    @inline(__always) mutating func append(_ v: Int) {
        switch count {
        case 0: a = v
        case 1: b = v
        case 2: c = v
        default: d = v
        }
        count += 1
    }
}
