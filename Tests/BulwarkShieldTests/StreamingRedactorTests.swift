import BulwarkShield
import BulwarkTesting
import Testing

@Suite("Streaming redactor")
struct StreamingRedactorTests {
    static let texts = [
        "aws_access_key_id = AKIAZ7QX3R5T2W4Y6N8P and the region is eu-west-1",
        "Sure! Use ghp_R2d4F6h8J0k2L4z6X8c0V2b4N6m8Q0w2E4r6 as the token, then run the deploy script.",
        "Contact maria.keller@bergwerk-logistik.de or call +44 20 7946 0321 after lunch.",
        "Her card 4539 1488 0343 6467 was charged twice; SSN: 536-22-8714.",
        "DB_PASSWORD=Tr0ub4dor&3\nWEBHOOK_SECRET=8f14e45fceea167a5a36dedd4bea2543\n",
        "Connect with postgres://svc:Hunter2-Blue@db.internal:5432/app and retry.",
        "Dear Ingrid Solberg,\nyour IBAN DE89 3704 0044 0532 0130 00 is on file.\nKind regards,\nTomasz Wojcik",
        "Here is the key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq9d2xK3rjZ1mP4Lw0u8sT6vY2nQ5hJ9kF3gD1cB7aE4iO0\n"
            + "pU6yR8tW2zX5vN1mL3kJ7hG9fD4sA2qP0oI8uY6tR4eW3qZ1xC5vB7nM9lK2jH4g\n-----END RSA PRIVATE KEY-----\nKeep it safe.",
    ]

    static func values(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return PIIScanner().scan(text).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    static func stream(
        _ text: String,
        redactor: Redactor,
        rng: inout some RandomNumberGenerator
    ) -> (
        String, StreamingRedactor
    ) {
        var stream = StreamingRedactor(redactor: redactor)
        var out = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            let n = Int.random(in: 1...9, using: &rng)
            out += stream.feed(String(rest.prefix(n)))
            rest = rest.dropFirst(n)
        }
        return (out + stream.finish(), stream)
    }

    @Test func noMaskedValueSurvivesAnyChunking() {
        var rng = SplitMix64(seed: 0x5EC2E7)
        let maskAll = Redactor(default: .mask)
        for text in Self.texts {
            let secrets = Self.values(text)
            #expect(!secrets.isEmpty, "fixture has nothing to find: \(text)")
            for _ in 0..<40 {
                let (out, stream) = Self.stream(text, redactor: maskAll, rng: &rng)
                for value in secrets { #expect(!out.contains(value), "leaked \(value) in \(out)") }
                #expect(stream.applied.count >= secrets.count, "\(out)")
                #expect(stream.applied.allSatisfy { $0.action == .mask })
            }
        }
    }

    @Test func flaggedAndAllowedTextPassesThroughUnchangedWhateverTheChunking() {
        var rng = SplitMix64(seed: 42)
        for action in [RedactionAction.flag, .allow, .pseudonymize] {
            for text in Self.texts {
                let (out, stream) = Self.stream(text, redactor: Redactor(default: action), rng: &rng)
                #expect(out == text)
                if action == .allow {
                    #expect(stream.applied.allSatisfy { $0.action == .allow })
                } else {
                    // Pseudonymize cannot apply to an answer: it is recorded as a flag.
                    #expect(stream.applied.allSatisfy { $0.action == .flag })
                    #expect(!stream.applied.isEmpty)
                }
            }
        }
    }

    @Test func blockedTypesAreMaskedAndPersonalDataFollowsItsOwnAction() {
        // The default policy: secrets block (masked in answers), personal data pseudonymize (flagged).
        let result = StreamingRedactor.redact(
            Self.texts[0] + " mail maria.keller@bergwerk-logistik.de",
            redactor: Redactor()
        )
        #expect(
            result.text
                == "aws_access_key_id = [AWS_ACCESS_KEY] and the region is eu-west-1 mail maria.keller@bergwerk-logistik.de"
        )
        #expect(result.applied.map(\.action) == [.mask, .flag])
        #expect(result.applied.map(\.finding.type) == [.awsAccessKey, .email])
    }

    @Test func aPrivateKeyBlockIsHeldUntilItsEndLineAndMaskedWhole() {
        var stream = StreamingRedactor(redactor: Redactor(default: .mask))
        var out = ""
        for line in Self.texts[7].split(separator: "\n", omittingEmptySubsequences: false) {
            let piece = stream.feed(line + "\n")
            #expect(!piece.contains("MII"))
            out += piece
            if line.hasPrefix("MII") || line.hasPrefix("pU6") { #expect(!out.contains("BEGIN")) }
        }
        out += stream.finish()
        #expect(out.hasPrefix("Here is the key:\n[PRIVATE_KEY]"))
        #expect(out.hasSuffix("Keep it safe.\n"))
    }

    @Test func anUnfinishedKeyBlockThatOutgrowsTheWindowIsMaskedNotReleased() {
        var stream = StreamingRedactor(redactor: Redactor(default: .mask), window: 512)
        var out = stream.feed("start -----BEGIN PRIVATE KEY-----\n")
        for _ in 0..<40 { out += stream.feed("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpamts\n") }
        #expect(out.contains("[PRIVATE_KEY]"))
        #expect(!out.contains("QUJDREVG"), "\(out.count) \(stream.applied)")
        #expect(stream.applied.contains { $0.finding.type == .privateKey && $0.action == .mask })
    }

    @Test func cleanTextIsReleasedWithABoundedLag() {
        var stream = StreamingRedactor(redactor: Redactor(default: .mask))
        var released = 0
        var fed = 0
        for word in Array(repeating: "the quarterly numbers look fine ", count: 20) {
            released += stream.feed(word).unicodeScalars.count
            fed += word.unicodeScalars.count
            #expect(fed - released <= stream.holdBack + 16 + word.unicodeScalars.count)
        }
        #expect(released + stream.finish().unicodeScalars.count == fed)
    }
}
