import Testing

@testable import BulwarkShield

/// The lookup tables behind the detectors' keyword and lexicon checks.
@Suite("DLP lookup tables")
struct DLPTableTests {
    @Test func immortalTableHoldsTheElementsItWasBuiltFrom() {
        let values: [Int] = (0..<300).map { $0 &* 7919 &- 5 }
        let table = ImmortalTable(values)
        #expect(table.count == values.count)
        for k in values.indices { #expect(table[k] == values[k]) }
        #expect(ImmortalTable([UInt8]()).count == 0)
    }

    @Test func keywordSetMatchesIgnoringCase() {
        let set = KeywordSet(["phone", "tel", "mobile"])
        let bytes = Array("Call TEL or Mobile, not a Telescope-free phon".utf8)
        bytes.withUnsafeBufferPointer { buf in
            let t = ScanText(bytes: buf)
            #expect(set.firstMatch(in: t, at: 5) == 1)
            #expect(set.matchLength(in: t, at: 12) == 6)
            #expect(set.firstMatch(in: t, at: 0) == nil)
            #expect(set.occurs(in: t, 0, 9))
            #expect(!set.occurs(in: t, 0, 7))
            #expect(!set.occurs(in: t, 40, t.count))
        }
    }

    @Test func lexiconSetFindsExactlyItsWords() {
        let lexicon = NameLexicon.hashes("anna jürgen o'neil")
        let text = Array("Anna JÜRGEN O'Neil Annabel".utf8)
        text.withUnsafeBufferPointer { buf in
            let t = ScanText(bytes: buf)
            #expect(lexicon.contains(t.hashLowercased(0, 4)))
            #expect(lexicon.contains(t.hashLowercased(5, 12)))
            #expect(lexicon.contains(t.hashLowercased(13, 19)))
            #expect(!lexicon.contains(t.hashLowercased(20, 27)))
            #expect(!lexicon.contains(t.hashLowercased(20, 24) &+ 1))
        }
    }
}
