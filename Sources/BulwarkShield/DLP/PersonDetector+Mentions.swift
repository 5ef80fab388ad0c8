/// Later mentions of someone already named: once `Aleksandra Nowak` or `Dear Mr. Whitaker` is found, `Aleksandra`
/// and `Whitaker` alone elsewhere in the same text are the same person, whether or not a lexicon knows them.
extension PersonDetector {
    /// Appends a candidate for each capitalised word that repeats a word of a name found so far (`first` is the
    /// index in `out` where this detector's candidates begin). The words of the first names found are kept, up to
    /// `MentionWords.capacity` on the stack, so this allocates nothing; a text naming more people than that is a list
    /// or a table, where each name stands in full anyway. Mentions inside a name already found are dropped when
    /// overlaps are resolved.
    func mentions(_ t: ScanText, _ triggers: Triggers, from first: Int, into out: inout [Candidate]) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: MentionWords.capacity) {
            mentions(t, triggers, from: first, words: MentionWords($0), into: &out)
        }
    }

    private func mentions(
        _ t: ScanText,
        _ triggers: Triggers,
        from first: Int,
        words initial: MentionWords,
        into out: inout [Candidate]
    ) {
        var words = initial
        // The first bytes of the words (bit `b & 63`), to pass over most capitalised words with one test.
        var firstBytes: UInt64 = 0
        for c in out[first...] where c.type == .person && words.count < MentionWords.capacity {
            // Each capitalised word of the name (not initials, not particles, not handles), when some word of it is
            // a known given name or surname, or the same name was found twice (`Margaud 08:47 — …`, `Margaud 09:30 —
            // …`): a field that only looked like a name (`Registrant Name: Registration Private`) spreads nothing.
            let before = words.count
            var known = false
            var k = c.start
            while k < c.end && words.count < MentionWords.capacity {
                guard let e = NameTokens.word(t, k), e <= c.end, e - k >= 3 else {
                    k += 1
                    continue
                }
                let h = t.hashLowercased(k, e)
                if !NameLexicon.stopwords.contains(h) {
                    // (Each word once: a speaker on every line of a chat fills no more than one slot.)
                    if !words.contains(Int(bitPattern: UInt(h))) {
                        words.append(Int(bitPattern: UInt(h)))
                        firstBytes |= 1 << UInt64(t[k] & 63)
                    }
                    known = known || NameLexicon.firstNames.contains(h) || NameLexicon.surnames.contains(h)
                }
                k = e
            }
            // (Among the first 256 names only: a longer table names each person in full anyway, and the search
            // stays linear.)
            if !known && !Self.foundTwice(t, c, in: out[first..<min(out.count, first + 256)]) { words.count = before }
        }
        guard words.count > 0 else { return }
        spread(t, triggers, words, firstBytes, into: &out)
    }

    /// Whether another candidate of `found` holds a person named with the same bytes as `c`.
    static func foundTwice(_ t: ScanText, _ c: Candidate, in found: ArraySlice<Candidate>) -> Bool {
        let n = c.end - c.start
        return found.contains { o in
            o.type == .person && o.start != c.start && o.end - o.start == n
                && (0..<n).allSatisfy { t[o.start + $0] == t[c.start + $0] }
        }
    }

    /// Appends a mention for each capitalised word whose hash is among `words`.
    private func spread(
        _ t: ScanText,
        _ triggers: Triggers,
        _ words: MentionWords,
        _ firstBytes: UInt64,
        into out: inout [Candidate]
    ) {
        triggers.forEach(Triggers.capital) { i in
            guard firstBytes & (1 << UInt64(t[i] & 63)) != 0,
                i == 0 || !(Byte.isWord(t[i - 1]) || t[i - 1] == 0x2D || t[i - 1] == 0x27 || t[i - 1] == 0x2E),
                let e = NameTokens.word(t, i)
            else { return i + 1 }
            // A mention is written as a name: capitalised, not in capitals (`MAY`), and not the start of a path.
            // Nor part of a firm's name (`Kessler & Brandt GmbH` after `Lindsey Brandt`, `Kerbrat Chauffage SARL`).
            guard Byte.isLower(t.at(i + 1)) || t.at(i + 1) >= 0x80, t.at(e) != 0x2F,
                t.at(e) != 0x2E || !Byte.isAlpha(t.at(e + 1)), !NameTokens.firmNameFollows(t, e)
            else { return e }
            let h = Int(bitPattern: UInt(t.hashLowercased(i, e)))
            // Or the name in the genitive before a noun, as German writes it (`Knuds Rollback` after `Knud  07:43`).
            let genitive =
                t[e - 1] == 0x73 && e - i >= 4 && t.at(e) == 0x20 && Byte.isUpper(t.at(e + 1))
                ? Int(bitPattern: UInt(t.hashLowercased(i, e - 1))) : Int.min
            // (Not a place named like them, `East Denise site` after `Hi Denise`, nor a firm's partner, `Anthony,
            // Cummings and Cohen` beside `Anthony Parker`.)
            // (Nor a numbered room named like them, `Zimmer 2` beside `Frau Sophia Zimmer`.)
            for k in 0..<words.count where words[k] == h || words[k] == genitive {
                if !Self.placeOpeners.holdsWord(before: i, in: t, maxLength: 10) && !NameTokens.inPartnerList(t, i, e)
                    && !Self.namesAStreetOrAPlace(t, Candidate(.person, i, e, score: 0.7, priority: 30))
                {
                    out.append(person(i, words[k] == h ? e : e - 1, 0.7))
                }
                break
            }
            return e
        }
    }
}

/// The hashes of the words of names found so far, in a buffer the caller owns (on the stack).
/// (It must not outlive that buffer: `mentions` keeps it inside `withUnsafeTemporaryAllocation`.)
struct MentionWords {
    /// Names in a prompt beyond the words of this many (a roster, a table) stand in full anyway.
    static let capacity = 40
    private let storage: UnsafeMutableBufferPointer<Int>
    var count = 0

    init(_ storage: UnsafeMutableBufferPointer<Int>) {
        precondition(storage.count >= Self.capacity, "MentionWords needs room for its capacity")
        self.storage = storage
    }

    @inline(__always) subscript(_ k: Int) -> Int {
        precondition(k >= 0 && k < count, "MentionWords index out of range")
        return storage[k]
    }

    @inline(__always) mutating func append(_ v: Int) {
        precondition(count < Self.capacity, "MentionWords is full")
        storage[count] = v
        count += 1
    }

    func contains(_ v: Int) -> Bool {
        var k = 0
        while k < count {
            if storage[k] == v { return true }
            k += 1
        }
        return false
    }
}
