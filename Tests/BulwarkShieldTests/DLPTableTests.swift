import BulwarkTesting
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

    @Test func bigramFilterAdmitsExactlyThePairsThatBeginAKeyword() {
        let words: [[UInt8]] = [Array("né le".utf8), Array("ab".utf8), Array("x".utf8), Array("--".utf8)]
        let filter = BigramFilter(prefixesOf: words)
        for a in 0..<256 {
            for b in 0..<256 {
                let text: [UInt8] = [UInt8(a), UInt8(b)]
                let expected = words.contains { w in
                    Byte.lower(UInt8(a)) == w[0] && (w.count == 1 || Byte.lower(UInt8(b)) == w[1])
                }
                text.withUnsafeBufferPointer { buf in
                    #expect(filter.mayStart(ScanText(bytes: buf), at: 0) == expected)
                }
            }
        }
    }

    /// The filtered look-ups agree with a plain comparison at every position of random mixed text.
    @Test func keywordSetAgreesWithNaiveMatching() {
        let words: [StaticString] = ["birth", "dob", "d.o.b", "né le", "pass-nr", "m", "tel", "#", "grüße"]
        let set = KeywordSet(words)
        let suffixes = KeywordSet(suffixes: words)
        let lists = words.map { w in Array(UnsafeBufferPointer(start: w.utf8Start, count: w.utf8CodeUnitCount)) }
        let pieces = ["Birth", "DOB", "d.o.", "Né le", "né", "PASS-nr", "m", "M", "tel", "#", "Grüße", " ", "x", "ß"]
        var rng = SplitMix64(seed: 42)
        for _ in 0..<200 {
            var text: [UInt8] = []
            for _ in 0..<12 { text += Array(pieces[Int(rng.next() % UInt64(pieces.count))].utf8) }
            text.withUnsafeBufferPointer { buf in
                let t = ScanText(bytes: buf)
                func naive(_ w: [UInt8], at i: Int) -> Bool {
                    i + w.count <= buf.count && (0..<w.count).allSatisfy { Byte.lower(buf[i + $0]) == w[$0] }
                }
                for i in 0..<buf.count {
                    let first = lists.firstIndex { naive($0, at: i) }
                    #expect(set.firstMatch(in: t, at: i) == first)
                    let endsHere = lists.contains { w in i + 1 >= w.count && naive(w, at: i + 1 - w.count) }
                    #expect(suffixes.anySuffix(in: t, endingAt: i + 1, notBefore: 0) { _ in true } == endsHere)
                }
                let anywhere = (0..<buf.count).contains { i in lists.contains { naive($0, at: i) } }
                #expect(set.occurs(in: t, 0, buf.count) == anywhere)
            }
        }
    }
}
