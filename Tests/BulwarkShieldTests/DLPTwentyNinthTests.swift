import BulwarkShield
import Testing

/// Cases from the twenty-ninth session: what the blind sets' leaks and false alarms have in common (read in the sets
/// `evals/templates/268-` and `270-blind-final.txt`, and earlier read sets), and the look-alikes the rules must not
/// take.
@Suite("PII scanner: fingerprints are no IPv6 addresses")
struct DLPTwentyNinthTests {
    @Test func fingerprintIsNoIPv6Address() {
        let sha256 =
            "SHA-256 fingerprint 9C:4E:1A:77:0B:D2:65:F3:88:21:AC:5D:0E:B9:3F:62:71:C8:9C:4E:1A:77:0B:D2:65:F3 ok"
        #expect(values(sha256, .ipAddress).isEmpty)
        #expect(values("SHA1 9C:4E:1A:77:0B:D2:65:F3:88:21:AC:5D:0E:B9:3F:62:71:C8:9C:4E", .ipAddress).isEmpty)
        // An address with its port after it, unbracketed, is still one.
        let log = "connect to 2001:db8:85a3:1:2:8a2e:370:7334:51460 failed"
        #expect(values(log, .ipAddress) == ["2001:db8:85a3:1:2:8a2e:370:7334"])
    }
}
