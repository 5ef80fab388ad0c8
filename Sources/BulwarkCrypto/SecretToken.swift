public import BulwarkCore
import Crypto

/// A bearer secret (an API key token) held in memory. Never prints its contents.
///
/// - Important: compare tokens only through `hashed` (a SHA-256 digest looked up by value in the
///   store) or `isEqual(to:)`, which runs in constant time.
public struct SecretToken: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The prefix every Bulwark API key carries, so that secret scanners and people can recognize it.
    public static let apiKeyPrefix = "bwk_"

    private let value: String

    /// Wraps a presented token. `unvalidated` because any string can be presented.
    public init(unvalidated value: String) { self.value = value }

    /// A new random API key: `bwk_` followed by 43 base62 characters (256 bits).
    public static func generateAPIKey<R: RandomNumberGenerator>(using rng: inout R) -> SecretToken {
        SecretToken(unvalidated: apiKeyPrefix + Base62.random(count: 43, using: &rng))
    }

    /// Whether it has the shape of a Bulwark API key (checked before any store lookup).
    public var looksLikeAPIKey: Bool {
        value.hasPrefix(Self.apiKeyPrefix) && value.utf8.count == Self.apiKeyPrefix.utf8.count + 43
            && value.utf8.dropFirst(4).allSatisfy(Base62.isDigit)
    }

    /// Lowercase hex SHA-256 of the token: what the store keeps and looks up.
    public var hashed: String { Hex.encode(SHA256.hash(data: Array(value.utf8))) }

    /// Reveals the token for the one place that must show it: printing a newly created key.
    public func revealForDisplayOnce() -> String { value }

    /// Constant-time comparison with another token.
    public func isEqual(to other: SecretToken) -> Bool {
        ConstantTime.equal(Array(value.utf8), Array(other.value.utf8))
    }

    public var description: String { "SecretToken(redacted)" }
    public var debugDescription: String { description }
}

/// Base62 alphabet helpers.
enum Base62 {
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    static func isDigit(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    }

    /// Uniform random base62 characters (rejection sampling, no modulo bias).
    static func random<R: RandomNumberGenerator>(count: Int, using rng: inout R) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(count)
        while out.count < count {
            let byte = UInt8.random(in: 0...255, using: &rng)
            if byte < 248 { out.append(alphabet[Int(byte % 62)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Lowercase hexadecimal encoding.
public enum Hex {
    public static func encode<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Comparisons whose running time does not depend on where inputs differ.
public enum ConstantTime {
    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var diff = UInt8(truncatingIfNeeded: a.count ^ b.count)
        let n = max(a.count, b.count)
        for i in 0..<n {
            let x = i < a.count ? a[i] : 0
            let y = i < b.count ? b[i] : 0
            diff |= x ^ y
        }
        return diff == 0
    }
}

/// Identifiers that are random but not secret (user ids, key ids, request ids).
public enum RandomID {
    public static func make<R: RandomNumberGenerator>(prefix: String, using rng: inout R) -> String {
        prefix + Base62.random(count: 16, using: &rng)
    }

    public static func userID<R: RandomNumberGenerator>(using rng: inout R) -> UserID {
        UserID(rawValue: make(prefix: "usr_", using: &rng))
    }

    public static func keyID<R: RandomNumberGenerator>(using rng: inout R) -> APIKeyID {
        APIKeyID(rawValue: make(prefix: "key_", using: &rng))
    }
}
