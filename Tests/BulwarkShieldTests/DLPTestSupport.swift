import BulwarkShield
import Foundation

/// JSON round trip for `PseudonymTable` in the DLP tests.
enum JSONEncoderShim {
    static func encode(_ table: PseudonymTable) throws -> Data { try JSONEncoder().encode(table) }
    static func decode(_ data: Data) throws -> PseudonymTable {
        try JSONDecoder().decode(PseudonymTable.self, from: data)
    }
}
