import BulwarkShield
import Foundation

/// JSON round trip for `PseudonymTable` in the DLP tests.
enum JSONEncoderShim {
    static func encode(_ table: PseudonymTable) throws -> Data { try JSONEncoder().encode(table) }
    static func decode(_ data: Data) throws -> PseudonymTable {
        try JSONDecoder().decode(PseudonymTable.self, from: data)
    }
}

/// Returns the substrings found for each type, using scalar offsets as the API promises.
func found(_ text: String) -> [(EntityType, String)] {
    let scalars = Array(text.unicodeScalars)
    return PIIScanner().scan(text).map { f in
        (f.type, String(String.UnicodeScalarView(scalars[f.start..<f.end])))
    }
}

/// The substrings found of one type.
func values(_ text: String, _ type: EntityType) -> [String] {
    found(text).filter { $0.0 == type }.map(\.1)
}
