public import Crypto
import Foundation

/// The 32-byte master key that wraps data keys. Lives in a file with mode 0600.
///
/// - Important: never printed; equality is constant-time (`SymmetricKey ==`).
public struct MasterKey: Sendable, CustomStringConvertible {
    public let key: SymmetricKey

    public var description: String { "MasterKey(redacted)" }

    /// Loads the key file, or creates it with fresh random bytes (mode 0600) when it does not exist.
    /// - Throws: when the file has the wrong size or is readable by group or others.
    public static func loadOrCreate(at path: String) throws -> MasterKey {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) {
            let attributes = try fm.attributesOfItem(atPath: path)
            if let mode = attributes[.posixPermissions] as? NSNumber, mode.intValue & 0o077 != 0 {
                throw MasterKeyError.insecurePermissions(path: path)
            }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard data.count == 32 else { throw MasterKeyError.wrongSize(path: path, bytes: data.count) }
            return MasterKey(key: SymmetricKey(data: data))
        }
        let key = SymmetricKey(size: .bits256)
        let data = key.withUnsafeBytes { Data($0) }
        guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw MasterKeyError.cannotCreate(path: path)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: data)
        try handle.synchronize()
        try handle.close()
        return MasterKey(key: key)
    }
}

/// Why the master key could not be used.
public enum MasterKeyError: Error, CustomStringConvertible {
    case insecurePermissions(path: String)
    case wrongSize(path: String, bytes: Int)
    case cannotCreate(path: String)

    public var description: String {
        switch self {
        case let .insecurePermissions(path): "master key \(path) is readable by others; run `chmod 600 \(path)`"
        case let .wrongSize(path, bytes): "master key \(path) holds \(bytes) bytes, expected 32; restore it from backup"
        case let .cannotCreate(path): "cannot create master key \(path); check that the data folder is writable"
        }
    }
}
