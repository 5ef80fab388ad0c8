import BulwarkCore
import BulwarkCrypto
import Foundation
import Testing

@Suite struct CryptoTests {
    @Test func apiKeysHaveTheDocumentedShapeAndAreUnique() {
        var rng = SystemRandomNumberGenerator()
        let keys = (0..<100).map { _ in SecretToken.generateAPIKey(using: &rng) }
        #expect(keys.allSatisfy { $0.looksLikeAPIKey })
        #expect(Set(keys.map { $0.revealForDisplayOnce() }).count == 100)
        #expect(keys[0].revealForDisplayOnce().hasPrefix("bwk_"))
    }

    @Test func tokensNeverPrintTheirValue() {
        var rng = SystemRandomNumberGenerator()
        let token = SecretToken.generateAPIKey(using: &rng)
        let secret = token.revealForDisplayOnce()
        #expect(!"\(token)".contains(secret))
        #expect(!String(reflecting: token).contains(secret))
        #expect(!"\(token)".contains(String(secret.dropFirst(4).prefix(8))))
    }

    @Test func malformedTokensAreRejectedBeforeAnyLookup() {
        for text in [
            "", "bwk_", "bwk_short", "sk-" + String(repeating: "a", count: 43),
            "bwk_" + String(repeating: "!", count: 43),
        ] {
            #expect(!SecretToken(unvalidated: text).looksLikeAPIKey)
        }
    }

    @Test func tokenHashIsSHA256Hex() {
        // SHA-256("abc")
        #expect(
            SecretToken(unvalidated: "abc").hashed == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )
    }

    @Test func constantTimeEqualityIsCorrect() {
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2]))
        #expect(!ConstantTime.equal([], [0]))
        #expect(SecretToken(unvalidated: "x").isEqual(to: SecretToken(unvalidated: "x")))
    }

    @Test func passwordsVerifyOnlyWithTheRightPassword() throws {
        let hasher = PasswordHasher(logN: 10)
        let stored = try hasher.hash("correct horse battery staple")
        #expect(stored.hasPrefix("scrypt$10$8$1$"))
        #expect(hasher.verify("correct horse battery staple", against: stored))
        #expect(!hasher.verify("correct horse battery stapler", against: stored))
        #expect(!hasher.verify("anything", against: "scrypt$10$8$1$garbage"))
        #expect(try hasher.hash("same") != hasher.hash("same"))
    }

    @Test func theMasterKeyFileIsPrivateAndStable() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mk-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try MasterKey.loadOrCreate(at: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try MasterKey.loadOrCreate(at: path).key == first.key)
        #expect(!"\(first)".contains("0x"))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(throws: MasterKeyError.self) { try MasterKey.loadOrCreate(at: path) }
    }

    @Test func timestampsPrintAsUTC() {
        #expect(Timestamp(rawValue: 0).description == "1970-01-01T00:00:00.000000Z")
        #expect(Timestamp(rawValue: 1_764_315_262_123_456).description == "2025-11-28T07:34:22.123456Z")
    }
}
