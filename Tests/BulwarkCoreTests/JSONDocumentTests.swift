@testable import BulwarkCore
import BulwarkTesting
import Foundation
import Testing

@Suite("Strict JSON documents")
struct JSONDocumentTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONDocument {
        try JSONDocument(parsing: Array(text.utf8))
    }

    @Test("reads objects, arrays, strings with escapes, numbers and literals")
    func reads() throws {
        let doc = try parse(
            #" { "a" : [1, -2.5e3, true, false, null, "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"], "b": {"c": 9223372036854775807} } "#
        )
        let root = doc.root
        #expect(root.kind == .object)
        #expect(root.members?.map(\.key) == ["a", "b"])
        let a = try #require(root["a"]?.elements)
        #expect(a.map(\.kind) == [.number, .number, .true, .false, .null, .string])
        #expect(a[0].int == 1)
        #expect(a[1].int == nil)
        #expect(a[2].bool == true && a[3].bool == false && a[4].isNull)
        #expect(a[5].string == "x\"\\/\u{8}\u{c}\n\r\té😀")
        #expect(root["b"]?["c"]?.int == Int.max)
        #expect(root["missing"] == nil)
        #expect(a[0]["a"] == nil)
    }

    @Test("integers beyond Int are not read as Int")
    func intOverflow() throws {
        #expect(try parse("9223372036854775808").root.int == nil)
        #expect(try parse("-9223372036854775808").root.int == Int.min)
        #expect(try parse("-0").root.int == 0)
    }

    @Test("a key is found whether or not it was written with escapes")
    func escapedKeys() throws {
        let doc = try parse(#"{"mod\u0065l": "m", "x": 1}"#)
        #expect(doc.root["model"]?.string == "m")
        #expect(doc.root.members?.first?.key == "model")
    }

    @Test(
        "refuses what another parser could read differently",
        arguments: [
            #"{"model": "a", "model": "b"}"#,
            #"{"content": "x", "cont\u0065nt": "y"}"#,
            #"[{"a": 1}, {"b": 1, "b": 2}]"#,
            #"{"a": 1,}"#, "[1,]", "[01]", "[1.]", "[.5]", "[+1]", "[1e]", "[NaN]", "[Infinity]",
            "\u{FEFF}[]", "[] // comment", "[1] [2]", "{'a': 1}", #"{"a" 1}"#, #"{a: 1}"#,
            #"["\ud800"]"#, #"["\udc00"]"#, #"["\ud800\u0041"]"#, #"["\x"]"#, #"["\u12"]"#,
            "[\"a\u{1}b\"]", "[\"tab\there\"]", #"["unterminated]"#, "", "   ", "tru", "nul", "[", "{",
        ]
    )
    func refuses(_ text: String) {
        #expect(throws: JSONSyntaxError.self) { try parse(text) }
    }

    @Test("a repeated key is found among many keys too")
    func repeatedKeyInLargeObject() {
        let keys = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ",")
        #expect(throws: JSONSyntaxError(offset: 3 + keys.utf8.count, reason: "a key is repeated in one object")) {
            try parse("{\(keys), \"k\\u0033\": 0}")
        }
        #expect((try? parse("{\(keys)}")) != nil)
    }

    @Test(
        "refuses invalid UTF-8",
        arguments: [
            [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xC3], [0xE2, 0x82], [0xE2, 0x28, 0xA1],
        ] as [[UInt8]]
    )
    func refusesInvalidUTF8(_ sequence: [UInt8]) {
        let bytes = Array("[\"a".utf8) + sequence + Array("b\"]".utf8)
        #expect(throws: JSONSyntaxError.self) { try JSONDocument(parsing: bytes) }
        #expect(throws: JSONSyntaxError.self) { try JSONDocument(parsing: Array("[".utf8) + sequence + [0x5D]) }
    }

    @Test("nesting is limited")
    func depth() throws {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONSyntaxError.self) { try parse(deep) }
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect((try? parse(ok)) != nil)
    }

    @Test("errors give the byte offset")
    func offsets() {
        #expect(throws: JSONSyntaxError(offset: 6, reason: "expected ',' or ']'")) { try parse("[1, 2 3]") }
        #expect(throws: JSONSyntaxError(offset: 9, reason: "a key is repeated in one object")) {
            try parse(#"{"a": 1, "a": 2}"#)
        }
    }

    @Test("replacing splices new values in and keeps every other byte")
    func replacing() throws {
        let text = #"{"model": "a", "messages": [{"content": "hi \"x\"", "n": 1.50}], "z": [ ]}"#
        let doc = try parse(text)
        let content = try #require(doc.root["messages"]?.elements?.first?["content"])
        let model = try #require(doc.root["model"])
        let out = doc.replacing([(content, JSONString.quoted("new\n")), (model, JSONString.quoted("b"))])
        #expect(
            String(decoding: out, as: UTF8.self)
                == #"{"model": "b", "messages": [{"content": "new\n", "n": 1.50}], "z": [ ]}"#
        )
        #expect(doc.replacing([]) == doc.bytes)
    }

    @Test("reads random documents the way JSONSerialization does", arguments: 0..<4)
    func agreesWithFoundation(seed: UInt64) throws {
        var random = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        for _ in 0..<250 {
            let value = Self.randomValue(&random, depth: 0)
            let data = try JSONSerialization.data(withJSONObject: ["v": value], options: [.fragmentsAllowed])
            let doc = try JSONDocument(parsing: Array(data))
            let expected = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            #expect(Self.same(doc.root, expected), "\(String(decoding: data, as: UTF8.self))")
        }
    }

    @Test("what it accepts after random byte changes, JSONSerialization accepts too", arguments: 0..<4)
    func mutationsStayValid(seed: UInt64) throws {
        var random = SplitMix64(seed: seed &+ 77)
        let base = Array(#"{"a": [1, 2.5, "x\u00e9y", {"b": null, "c": true}], "d": "é€😀", "e": -0.1e-2}"#.utf8)
        var accepted = 0
        for _ in 0..<3000 {
            var bytes = base
            for _ in 0..<(1 + Int(random.next() % 3)) {
                let at = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes.remove(at: at)
                default: bytes.insert(Self.interesting[Int(random.next() % UInt64(Self.interesting.count))], at: at)
                }
            }
            guard let doc = try? JSONDocument(parsing: bytes) else { continue }
            accepted += 1
            let expected = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            #expect(Self.same(doc.root, expected), "\(bytes)")
        }
        #expect(accepted > 100)
    }

    private static let interesting = Array(#"{}[]",:\u0123456789eE+-.tfn "#.utf8) + [0xC3, 0xA9, 0xED, 0xF0]

    private static func same(_ value: JSONDocument.Value, _ other: Any) -> Bool {
        switch value.kind {
        case .object:
            guard let dict = other as? [String: Any], let members = value.members, members.count == dict.count
            else { return false }
            return members.allSatisfy { key, member in dict[key].map { same(member, $0) } ?? false }
        case .array:
            guard let array = other as? [Any], let elements = value.elements, elements.count == array.count
            else { return false }
            return zip(elements, array).allSatisfy { same($0, $1) }
        case .string: return (other as? String) == value.string
        case .null: return other is NSNull
        case .true, .false:
            return (other as? NSNumber).map { $0.boolValue == value.bool } ?? false
        case .number:
            guard let number = other as? NSNumber else { return false }
            let text = String(decoding: value.document.bytes[value.byteRange], as: UTF8.self)
            return Double(text).map { $0 == number.doubleValue || abs($0 - number.doubleValue) <= abs($0) * 1e-12 }
                ?? false
        }
    }

    private static func randomValue(_ random: inout SplitMix64, depth: Int) -> Any {
        switch random.next() % (depth > 3 ? 4 : 6) {
        case 0: return randomString(&random)
        case 1: return Int(truncatingIfNeeded: random.next()) >> Int(random.next() % 60)
        case 2: return random.next() % 2 == 0
        case 3: return NSNull()
        case 4: return (0..<Int(random.next() % 4)).map { _ in randomValue(&random, depth: depth + 1) }
        default:
            var dict: [String: Any] = [:]
            for _ in 0..<Int(random.next() % 5) { dict[randomString(&random)] = randomValue(&random, depth: depth + 1) }
            return dict
        }
    }

    private static func randomString(_ random: inout SplitMix64) -> String {
        let pool: [Unicode.Scalar] = [
            "a", "Z", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1F}", "é", "€", "😀", "\u{FFFF}", "\u{10FFFF}", " ",
        ]
        var s = String.UnicodeScalarView()
        for _ in 0..<Int(random.next() % 8) { s.append(pool[Int(random.next() % UInt64(pool.count))]) }
        return String(s)
    }
}
