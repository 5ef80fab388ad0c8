import BulwarkCore
import NIOCore

/// Relays an upstream server-sent-event stream line by line. It holds back the terminating
/// `data: [DONE]` event (the gateway sends it only after the audit event is durable), notes the
/// `usage` object when the provider includes one, and drops a data event that is not a JSON object.
struct SSERelay {
    /// Restores pseudonyms and inspects the answer text of each chunk.
    var filter: AnswerFilter?
    private var pending: [UInt8] = []
    private(set) var sawDone = false
    private(set) var promptTokens: Int?
    private(set) var completionTokens: Int?
    private var skipBlankAfterDone = false

    /// Feeds bytes from upstream; returns the bytes to forward now (complete lines only).
    mutating func feed(_ buffer: ByteBuffer) -> [UInt8] {
        pending.append(contentsOf: buffer.readableBytesView)
        var out: [UInt8] = []
        var lineStart = 0
        var index = 0
        while index < pending.count {
            if pending[index] == UInt8(ascii: "\n") {
                let line = pending[lineStart...index]
                consume(line, into: &out)
                lineStart = index + 1
            }
            index += 1
        }
        pending.removeFirst(lineStart)
        if pending.count > 1 << 20 { pending.removeAll() }  // a line longer than 1 MiB is not SSE
        return out
    }

    private mutating func consume(_ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var content = line.dropLast()
        if content.last == UInt8(ascii: "\r") { content = content.dropLast() }
        if sawDone {
            if content.isEmpty && skipBlankAfterDone { skipBlankAfterDone = false }
            return
        }
        if content.starts(with: Self.dataPrefix) {
            let payload = content.dropFirst(Self.dataPrefix.count).drop(while: { $0 == UInt8(ascii: " ") })
            if payload.elementsEqual(Self.done) {
                sawDone = true
                skipBlankAfterDone = true
                // Whatever answer inspection still holds goes out as one last chunk before the end.
                if let rest = filter?.flush() {
                    out.append(contentsOf: Self.dataPrefix)
                    out.append(UInt8(ascii: " "))
                    out.append(contentsOf: rest)
                    out.append(contentsOf: [0x0A, 0x0A])
                }
                return
            }
            // Every other event must be a JSON object: one that cannot be read is dropped, never passed unread.
            guard let chunk = try? JSONDocument(parsing: Array(payload)), chunk.root.kind == .object else {
                _ = filter?.unreadable()
                return
            }
            let usage = TokenUsage(chunk.root["usage"])
            promptTokens = usage.prompt ?? promptTokens
            completionTokens = usage.completion ?? completionTokens
            if filter != nil {
                guard let filtered = filter!.filterChunk(chunk) else { return }
                out.append(contentsOf: Self.dataPrefix)
                out.append(UInt8(ascii: " "))
                out.append(contentsOf: filtered)
                out.append(UInt8(ascii: "\n"))
                return
            }
        }
        out.append(contentsOf: line)
    }

    static let dataPrefix = Array("data:".utf8)
    static let done = Array("[DONE]".utf8)
    static let doneEvent = Array("data: [DONE]\n\n".utf8)
}
