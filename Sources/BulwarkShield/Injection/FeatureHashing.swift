/// Hashing of word and character n-grams into model buckets.
///
/// Words (unigrams and bigrams) and byte 3-, 4- and 5-grams of a ``ScanBuffer`` are
/// hashed with FNV-1a and a Murmur3 finalizer; no `String` is made per n-gram.
/// `training/injection/train.py` implements the same function; change both together.
enum FeatureHashing {
    static let fnvOffset: UInt32 = 2_166_136_261
    static let fnvPrime: UInt32 = 16_777_619
    static let unigramSalt: UInt32 = 0x5BD1_E995
    static let bigramSalt: UInt32 = 0x27D4_EB2F
    static let charSalts: (UInt32, UInt32, UInt32) = (0x3C6E_F372, 0xA54F_F53A, 0x510E_527F)
    /// Only the first this many bytes of a buffer feed the model (rules see everything).
    static let maxModelBytes = 32 * 1024

    @inline(__always)
    static func fnvStep(_ h: UInt32, _ b: UInt8) -> UInt32 {
        (h ^ UInt32(b)) &* fnvPrime
    }

    @inline(__always)
    static func finalize(_ value: UInt32) -> UInt32 {
        var h = value
        h ^= h >> 16
        h = h &* 0x85EB_CA6B
        h ^= h >> 13
        h = h &* 0xC2B2_AE35
        h ^= h >> 16
        return h
    }

    /// Calls `body` with the bucket of every feature of `buffer`; returns the feature count.
    @inline(__always)
    static func forEachBucket(in buffer: ScanBuffer, mask: UInt32, _ body: (Int) -> Void) -> Int {
        var count = 0
        let limit = min(buffer.bytes.count, maxModelBytes)
        var previous: UInt32? = nil
        for token in buffer.tokens where Int(token.end) <= limit {
            body(Int(finalize(token.hash ^ unigramSalt) & mask))
            count += 1
            if let p = previous {
                body(Int(finalize((p &* fnvPrime) ^ token.hash ^ bigramSalt) & mask))
                count += 1
            }
            previous = token.hash
        }
        buffer.bytes.withUnsafeBufferPointer { bytes in
            var i = 0
            while i + 3 <= limit {
                var h = fnvOffset
                h = fnvStep(h, bytes[i])
                h = fnvStep(h, bytes[i + 1])
                h = fnvStep(h, bytes[i + 2])
                body(Int(finalize(h ^ charSalts.0) & mask))
                count += 1
                if i + 4 <= limit {
                    h = fnvStep(h, bytes[i + 3])
                    body(Int(finalize(h ^ charSalts.1) & mask))
                    count += 1
                    if i + 5 <= limit {
                        h = fnvStep(h, bytes[i + 4])
                        body(Int(finalize(h ^ charSalts.2) & mask))
                        count += 1
                    }
                }
                i += 1
            }
        }
        return count
    }
}
