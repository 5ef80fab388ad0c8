/// A JSON text (RFC 8259) parsed strictly into a flat list of nodes over its bytes.
///
/// The gateway reads the few fields it needs from requests and answers through this, and forwards the bytes
/// it inspected (or a copy with some values spliced in, ``replacing(_:)``). So the parser refuses everything a
/// lenient parser downstream could read differently from us: a key repeated in one object (parsers disagree
/// on which one wins, and the one we did not inspect could be the one the provider reads), invalid UTF-8,
/// unpaired surrogate escapes, control characters in strings, a byte-order mark, comments, trailing commas,
/// leading zeros, text after the value, and nesting deeper than `maxDepth`.
///
/// Strings are decoded only when read; numbers keep their text.
public struct JSONDocument: Sendable {
    /// The text as given.
    public let bytes: [UInt8]
    let nodes: [Node]

    public enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    /// One value. Containers are followed by their children (an object's as key, value, key, value, …);
    /// `next` is the index just past the value's subtree, so a sibling is one jump away.
    struct Node: Sendable {
        var kind: Kind
        /// Strings: has an escape sequence. Numbers: is an integer (no fraction, no exponent).
        var flag: Bool
        var start: Int32
        var end: Int32
        var next: Int32
    }

    /// Parses `bytes`; the whole text must be one JSON value with optional whitespace around it.
    public init(parsing bytes: [UInt8], maxDepth: Int = 512) throws(JSONSyntaxError) {
        guard bytes.count < Int32.max else { throw JSONSyntaxError(offset: 0, reason: "the text is too large") }
        self.bytes = bytes
        self.nodes = try JSONParser.parse(bytes, maxDepth: maxDepth)
    }

    /// The top-level value.
    public var root: Value { Value(document: self, index: 0) }
}

/// Why a text is not accepted as JSON, and where (a byte offset).
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let offset: Int
    public let reason: String

    public init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    public var description: String { "\(reason) at byte \(offset)" }
}

extension JSONDocument {
    /// A read-only view of one value of a document.
    public struct Value: Sendable {
        let document: JSONDocument
        let index: Int

        var node: Node { document.nodes[index] }
        public var kind: Kind { node.kind }
        public var isNull: Bool { node.kind == .null }

        /// The bytes of the value in the document (a string's quotes included).
        public var byteRange: Range<Int> { Int(node.start)..<Int(node.end) }

        /// The decoded text of a string; nil for other kinds.
        public var string: String? {
            guard node.kind == .string else { return nil }
            return document.decodeString(node)
        }

        public var bool: Bool? {
            switch node.kind {
            case .true: true
            case .false: false
            default: nil
            }
        }

        /// The value of an integer number that fits an `Int`; nil for other numbers and kinds.
        public var int: Int? {
            let node = node
            guard node.kind == .number, node.flag else { return nil }
            var value = 0
            var negative = false
            for i in Int(node.start)..<Int(node.end) {
                let byte = document.bytes[i]
                if byte == UInt8(ascii: "-") {
                    negative = true
                    continue
                }
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(negative ? -Int(byte &- 48) : Int(byte &- 48))
                guard !o1 && !o2 else { return nil }
                value = sum
            }
            return value
        }

        /// The members of an object in document order; nil for other kinds.
        public var members: [(key: String, value: Value)]? {
            guard node.kind == .object else { return nil }
            var out: [(key: String, value: Value)] = []
            var child = index + 1
            while child < Int(node.next) {
                out.append((document.decodeString(document.nodes[child]), Value(document: document, index: child + 1)))
                child = Int(document.nodes[child + 1].next)
            }
            return out
        }

        /// The elements of an array in order; nil for other kinds.
        public var elements: [Value]? {
            guard node.kind == .array else { return nil }
            var out: [Value] = []
            var child = index + 1
            while child < Int(node.next) {
                out.append(Value(document: document, index: child))
                child = Int(document.nodes[child].next)
            }
            return out
        }

        /// The value of `key` in an object (keys are unique); nil when absent or when this is not an object.
        public subscript(key: String) -> Value? {
            let node = node
            guard node.kind == .object else { return nil }
            var key = key
            return key.withUTF8 { wanted -> Value? in
                var child = index + 1
                while child < Int(node.next) {
                    if document.keyEquals(document.nodes[child], wanted) {
                        return Value(document: document, index: child + 1)
                    }
                    child = Int(document.nodes[child + 1].next)
                }
                return nil
            }
        }
    }
}

extension JSONDocument {
    /// The document's bytes with some values replaced by other JSON text (each a complete JSON value), the
    /// rest byte for byte as it was. Replaced values must not overlap.
    public func replacing(_ edits: [(value: Value, json: String)]) -> [UInt8] {
        let sorted = edits.sorted { $0.value.node.start < $1.value.node.start }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + sorted.reduce(0) { $0 + $1.json.utf8.count })
        var position = 0
        for (value, json) in sorted {
            let range = value.byteRange
            precondition(range.lowerBound >= position, "overlapping JSON edits")
            out += bytes[position..<range.lowerBound]
            out += json.utf8
            position = range.upperBound
        }
        out += bytes[position...]
        return out
    }

    /// Whether a string node's decoded text is `wanted`.
    func keyEquals(_ node: Node, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(node.start) + 1
        let end = Int(node.end) - 1
        guard !node.flag else { return JSONParser.unescape(bytes, start..<end).elementsEqual(wanted) }
        guard end - start == wanted.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            wanted.isEmpty || memcmpEqual(all.baseAddress! + start, wanted.baseAddress!, wanted.count)
        }
    }

    func decodeString(_ node: Node) -> String {
        let start = Int(node.start) + 1
        let end = Int(node.end) - 1
        guard node.flag else { return String(decoding: bytes[start..<end], as: UTF8.self) }
        return String(decoding: JSONParser.unescape(bytes, start..<end), as: UTF8.self)
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    for i in 0..<count where a[i] != b[i] { return false }
    return true
}

extension Optional where Wrapped == JSONDocument.Value {
    /// The value when it is there and not `null` (the two mean the same for an optional field).
    public var nonNull: JSONDocument.Value? {
        guard let value = self, !value.isNull else { return nil }
        return value
    }
}
