import Testing

@testable import BulwarkShield

@Suite struct ASCIISetTests {
    @Test func membershipIsExactlyTheGivenBytesForEveryByte() {
        let members: StaticString = "![](){}`^$\\~@;'\"\0\u{3F}\u{40}\u{7F}"
        let set = ASCIISet(members)
        let expected = members.withUTF8Buffer { Set($0) }
        for byte in UInt8.min...UInt8.max {
            #expect(set.contains(byte) == expected.contains(byte), "byte \(byte)")
        }
        #expect(!ASCIISet("").contains(0))
    }
}
