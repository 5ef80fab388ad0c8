/// A set of ASCII bytes as two bit masks: a membership test is a shift and a mask, with no branch per
/// member (a `switch` over a dozen bytes compiles to a jump table that mispredicts on running text).
struct ASCIISet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The set of the (ASCII) bytes of `members`.
    init(_ members: StaticString) {
        members.withUTF8Buffer { bytes in
            for byte in bytes {
                precondition(byte < 0x80, "ASCIISet takes ASCII bytes only")
                if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
            }
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? (low >> UInt64(byte)) & 1 != 0 : byte < 128 && (high >> UInt64(byte & 63)) & 1 != 0
    }
}
