import CryptoExtras
import Crypto
import Foundation

/// Password hashing with scrypt (N=2^15, r=8, p=1), encoded as `scrypt$N$r$p$salt$hash` (base64).
///
/// - Important: slow on purpose (~100 ms); never call it on an event loop.
public struct PasswordHasher: Sendable {
    let logN: Int
    public init(logN: Int = 15) { self.logN = logN }

    public func hash(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var rng = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = UInt8.random(in: 0...255, using: &rng) }
        let key = try derive(password, salt: salt, logN: logN)
        return "scrypt$\(logN)$8$1$\(Data(salt).base64EncodedString())$\(Data(key).base64EncodedString())"
    }

    /// Checks a password against a stored hash in constant time. Malformed hashes never verify.
    public func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let logN = Int(parts[1]), (10...20).contains(logN),
            parts[2] == "8", parts[3] == "1",
            let salt = Data(base64Encoded: parts[4]), let expected = Data(base64Encoded: parts[5]),
            let actual = try? derive(password, salt: Array(salt), logN: logN)
        else { return false }
        return ConstantTime.equal(actual, Array(expected))
    }

    private func derive(_ password: String, salt: [UInt8], logN: Int) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(password.utf8),
            salt: salt,
            outputByteCount: 32,
            rounds: 1 << logN,
            blockSize: 8,
            parallelism: 1
        )
        return key.withUnsafeBytes { Array($0) }
    }
}
