/// The strict parser behind ``JSONDocument``: one pass, recursive descent, every string's UTF-8 and escapes
/// validated, keys checked for repeats per object.
struct JSONParser {
    private let text: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    private let maxDepth: Int
    private var nodes: [JSONDocument.Node] = []
    /// Key nodes of the objects being parsed, innermost last (each object knows where its own keys start).
    private var keys: [Int] = []

    /// Objects with more keys than this look repeats up in a set instead of comparing with each earlier key.
    private static let linearKeyLimit = 16

    private init(text: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.text = text
        self.maxDepth = maxDepth
    }

    static func parse(_ bytes: [UInt8], maxDepth: Int) throws(JSONSyntaxError) -> [JSONDocument.Node] {
        let result: Result<[JSONDocument.Node], JSONSyntaxError> = bytes.withUnsafeBufferPointer { text in
            var parser = JSONParser(text: text, maxDepth: maxDepth)
            parser.nodes.reserveCapacity(max(8, text.count / 16))
            do throws(JSONSyntaxError) {
                try parser.value()
                parser.skipWhitespace()
                if parser.i < text.count { throw parser.fail("unexpected text after the JSON value") }
                return .success(parser.nodes)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private func fail(_ reason: String) -> JSONSyntaxError { JSONSyntaxError(offset: i, reason: reason) }

    private mutating func skipWhitespace() {
        while i < text.count {
            switch text[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    private mutating func value() throws(JSONSyntaxError) {
        skipWhitespace()
        guard i < text.count else { throw fail("unexpected end of the JSON text") }
        switch text[i] {
        case UInt8(ascii: "{"): try object()
        case UInt8(ascii: "["): try array()
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true", .true)
        case UInt8(ascii: "f"): try literal("false", .false)
        case UInt8(ascii: "n"): try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw fail("unexpected character")
        }
    }

    private mutating func open(_ kind: JSONDocument.Kind) throws(JSONSyntaxError) -> Int {
        depth += 1
        guard depth <= maxDepth else { throw fail("nesting deeper than \(maxDepth) levels") }
        nodes.append(.init(kind: kind, flag: false, start: Int32(i), end: 0, next: 0))
        i += 1
        return nodes.count - 1
    }

    private mutating func close(_ node: Int) {
        i += 1
        nodes[node].end = Int32(i)
        nodes[node].next = Int32(nodes.count)
        depth -= 1
    }

    private mutating func object() throws(JSONSyntaxError) {
        let node = try open(.object)
        let firstKey = keys.count
        defer { keys.removeSubrange(firstKey...) }
        var seen: Set<[UInt8]>?
        skipWhitespace()
        if i < text.count, text[i] == UInt8(ascii: "}") { return close(node) }
        while true {
            skipWhitespace()
            guard i < text.count, text[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
            let keyStart = i
            let key = nodes.count
            try string()
            if keys.count - firstKey < Self.linearKeyLimit {
                for earlier in keys[firstKey...] where sameKey(earlier, key) {
                    throw JSONSyntaxError(offset: keyStart, reason: "a key is repeated in one object")
                }
            } else {
                if seen == nil { seen = Set(keys[firstKey...].map(keyBytes)) }
                guard seen!.insert(keyBytes(key)).inserted else {
                    throw JSONSyntaxError(offset: keyStart, reason: "a key is repeated in one object")
                }
            }
            keys.append(key)
            skipWhitespace()
            guard i < text.count, text[i] == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
            i += 1
            try value()
            if try atEnd(of: UInt8(ascii: "}")) { return close(node) }
        }
    }

    private mutating func array() throws(JSONSyntaxError) {
        let node = try open(.array)
        skipWhitespace()
        if i < text.count, text[i] == UInt8(ascii: "]") { return close(node) }
        while true {
            try value()
            if try atEnd(of: UInt8(ascii: "]")) { return close(node) }
        }
    }

    /// After a member or element: moves past a comma and returns false, or returns true at `closing`.
    private mutating func atEnd(of closing: UInt8) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard i < text.count else { throw fail("unexpected end of the JSON text") }
        if text[i] == closing { return true }
        guard text[i] == UInt8(ascii: ",") else {
            throw fail("expected ',' or '\(Character(Unicode.Scalar(closing)))'")
        }
        i += 1
        return false
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONDocument.Kind) throws(JSONSyntaxError) {
        let start = i
        let count = word.utf8CodeUnitCount
        guard text.count - i >= count else { throw fail("unexpected character") }
        for k in 0..<count where text[i + k] != word.utf8Start[k] { throw fail("unexpected character") }
        i += count
        nodes.append(.init(kind: kind, flag: false, start: Int32(start), end: Int32(i), next: Int32(nodes.count + 1)))
    }

    private mutating func number() throws(JSONSyntaxError) {
        let start = i
        var integer = true
        if text[i] == UInt8(ascii: "-") { i += 1 }
        guard i < text.count, isDigit(text[i]) else { throw fail("expected a digit") }
        if text[i] == UInt8(ascii: "0") {
            i += 1
            if i < text.count, isDigit(text[i]) { throw fail("a number has a leading zero") }
        } else {
            skipDigits()
        }
        if i < text.count, text[i] == UInt8(ascii: ".") {
            integer = false
            i += 1
            guard i < text.count, isDigit(text[i]) else { throw fail("expected a digit after '.'") }
            skipDigits()
        }
        if i < text.count, text[i] | 0x20 == UInt8(ascii: "e") {
            integer = false
            i += 1
            if i < text.count, text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") { i += 1 }
            guard i < text.count, isDigit(text[i]) else { throw fail("expected a digit in the exponent") }
            skipDigits()
        }
        nodes.append(
            .init(kind: .number, flag: integer, start: Int32(start), end: Int32(i), next: Int32(nodes.count + 1))
        )
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    private mutating func skipDigits() {
        while i < text.count, isDigit(text[i]) { i += 1 }
    }

    private mutating func string() throws(JSONSyntaxError) {
        let start = i
        var escaped = false
        i += 1
        while true {
            guard i < text.count else { throw JSONSyntaxError(offset: start, reason: "a string is not terminated") }
            let byte = text[i]
            if byte == UInt8(ascii: "\"") {
                i += 1
                break
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
                try escape()
            } else if byte < 0x20 {
                throw fail("a control character in a string must be escaped")
            } else if byte < 0x80 {
                i += 1
            } else {
                try multiByteScalar()
            }
        }
        nodes.append(
            .init(kind: .string, flag: escaped, start: Int32(start), end: Int32(i), next: Int32(nodes.count + 1))
        )
    }

    /// At a backslash: checks one escape sequence (a surrogate pair as one) and moves past it.
    private mutating func escape() throws(JSONSyntaxError) {
        guard i + 1 < text.count else { throw fail("a string is not terminated") }
        switch text[i + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            i += 2
        case UInt8(ascii: "u"):
            guard let unit = Self.hex4(text, i + 2) else { throw fail("expected four hex digits after \\u") }
            if (0xDC00...0xDFFF).contains(unit) { throw fail("an unpaired surrogate escape") }
            if (0xD800...0xDBFF).contains(unit) {
                guard i + 7 < text.count, text[i + 6] == UInt8(ascii: "\\"), text[i + 7] == UInt8(ascii: "u"),
                    let low = Self.hex4(text, i + 8), (0xDC00...0xDFFF).contains(low)
                else { throw fail("an unpaired surrogate escape") }
                i += 12
            } else {
                i += 6
            }
        default:
            throw fail("an invalid escape sequence")
        }
    }

    /// At a byte ≥ 0x80: checks one well-formed UTF-8 sequence (Unicode's table 3-7) and moves past it.
    private mutating func multiByteScalar() throws(JSONSyntaxError) {
        let lead = text[i]
        let count: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: count = 2
        case 0xE0: (count, low) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: count = 3
        case 0xED: (count, high) = (3, 0x9F)
        case 0xF0: (count, low) = (4, 0x90)
        case 0xF1...0xF3: count = 4
        case 0xF4: (count, high) = (4, 0x8F)
        default: throw fail("invalid UTF-8")
        }
        guard text.count - i >= count else { throw fail("invalid UTF-8") }
        guard (low...high).contains(text[i + 1]) else { throw fail("invalid UTF-8") }
        for k in 2..<max(2, count) where text[i + k] & 0xC0 != 0x80 { throw fail("invalid UTF-8") }
        i += count
    }

    static func hex4(_ text: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
        guard text.count - at >= 4 else { return nil }
        var value: UInt32 = 0
        for k in 0..<4 {
            let byte = text[at + k]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    // MARK: keys

    private func sameKey(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (nodes[a], nodes[b])
        if !x.flag && !y.flag {
            let (xs, ys) = (Int(x.start) + 1, Int(y.start) + 1)
            let length = Int(x.end) - xs - 1
            guard length == Int(y.end) - ys - 1 else { return false }
            for k in 0..<length where text[xs + k] != text[ys + k] { return false }
            return true
        }
        return keyBytes(a) == keyBytes(b)
    }

    private func keyBytes(_ key: Int) -> [UInt8] {
        let node = nodes[key]
        let range = (Int(node.start) + 1)..<(Int(node.end) - 1)
        return node.flag ? Self.unescape(text, range) : Array(text[range])
    }

    // MARK: decoding

    /// The UTF-8 bytes of a validated string's contents (between the quotes) with its escapes decoded.
    static func unescape(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        bytes.withUnsafeBufferPointer { unescape($0, range) }
    }

    static func unescape(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = text[i]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                i += 1
                continue
            }
            let kind = text[i + 1]
            i += 2
            switch kind {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex4(text, i)!
                i += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    let low = hex4(text, i + 2)!
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                out += Unicode.Scalar(scalar)!.utf8
            default: out.append(kind)  // " \ /
            }
        }
        return out
    }
}
