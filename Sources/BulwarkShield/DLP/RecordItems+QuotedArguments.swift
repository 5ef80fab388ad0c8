/// Records passed as quoted arguments or values (`check_driver("Jennifer", "Bell", "14-Apr-1975", "1234")`).
extension RecordItems {
    /// After a quoted given name found at `s..<e` and a comma: the quoted family name (a known one, or a word written
    /// as a name that is no common word), then, as the next quoted item, a birth date — as code passes a person's
    /// fields (`add_member("Jennifer", "Smith", "1975-04-14")`). (Not after a quoted capitalised item, where the given
    /// name follows its family name and a role comes next: `"Monroe","Robert","Sub-I"`; nor before a key's colon:
    /// `{"Sarah": 3, "Kevin": 4}`.)
    static func quotedFieldsAfterGivenName(_ t: ScanText, _ s: Int, _ e: Int, into out: inout [Candidate]) {
        let quote = t.at(s - 1)
        guard quote == 0x22 || quote == 0x27, t.at(e) == quote, NameLexicon.isFirstName(t, s, e),
            !quotedCapitalisedItemBefore(t, s - 1, quote),
            let fs = nextQuotedItem(t, after: e + 1, quote), Byte.isUpper(t.at(fs)), let fe = NameTokens.word(t, fs),
            t.at(fe) == quote, t.at(fe + 1) != 0x3A, !(t.at(fe + 1) == 0x20 && t.at(fe + 2) == 0x3A),
            NameLexicon.isSurname(t, fs, fe) || PersonDetector.writtenAsUnknownName(t, fs, fe),
            !NameLexicon.isCommonWord(t, fs, fe), !PersonDetector.placeNames.contains(t.hashLowercased(fs, fe))
        else { return }
        out.append(Candidate(.person, fs, fe, score: 0.7, priority: 30))
        guard let ds = nextQuotedItem(t, after: fe + 1, quote), let de = DateParser.date(t, at: ds), t.at(de) == quote,
            let d = birthDate(t, ds, de)
        else { return }
        out.append(d)
    }

    /// Whether a quoted item starting with a capital ends before the comma before the quote at `q` (`"Monroe","`).
    private static func quotedCapitalisedItemBefore(_ t: ScanText, _ q: Int, _ quote: UInt8) -> Bool {
        var p = q - 1
        while t.at(p) == 0x20 { p -= 1 }
        guard t.at(p) == 0x2C, t.at(p - 1) == quote else { return false }
        var k = p - 2
        while k > 0 && p - k < 40 && t.at(k) != quote && t.at(k) != 0x0A { k -= 1 }
        return t.at(k) == quote && Byte.isUpper(t.at(k + 1))
    }

    /// The start of the next quoted item after `k` (`, "…`), or nil.
    private static func nextQuotedItem(_ t: ScanText, after k: Int, _ quote: UInt8) -> Int? {
        var p = k
        guard t.at(p) == 0x2C else { return nil }
        p += 1
        while t.at(p) == 0x20 { p += 1 }
        return t.at(p) == quote ? p + 1 : nil
    }
}
