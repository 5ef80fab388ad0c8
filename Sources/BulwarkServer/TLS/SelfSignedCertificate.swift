import Crypto
import Foundation
import SwiftASN1
import X509

/// A self-signed certificate for local use (localhost, 127.0.0.1, ::1), generated on first run.
public enum SelfSignedCertificate {
    /// Writes `cert.pem` and `key.pem` (mode 0600) unless both already exist.
    public static func ensure(certificatePath: String, privateKeyPath: String) throws {
        let now = Date()
        let fm = FileManager.default
        if fm.fileExists(atPath: certificatePath) && fm.fileExists(atPath: privateKeyPath) { return }
        let key = P256.Signing.PrivateKey()
        let name = try DistinguishedName {
            CommonName("localhost")
            OrganizationName("Bulwark (self-signed)")
        }
        let extensions = try Certificate.Extensions {
            Critical(BasicConstraints.notCertificateAuthority)
            // keyCertSign lets verifiers (BoringSSL, OpenSSL) accept this self-issued certificate as its own trust anchor.
            Critical(KeyUsage(digitalSignature: true, keyEncipherment: true, keyCertSign: true))
            try ExtendedKeyUsage([.serverAuth])
            SubjectAlternativeNames([
                .dnsName("localhost"), .ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1])),
                .ipAddress(ASN1OctetString(contentBytes: ArraySlice([UInt8](repeating: 0, count: 15) + [1]))),
            ])
        }
        let certificate = try Certificate(
            version: .v3,
            serialNumber: Certificate.SerialNumber(),
            publicKey: .init(key.publicKey),
            notValidBefore: now.addingTimeInterval(-3600),
            notValidAfter: now.addingTimeInterval(397 * 86_400),
            issuer: name,
            subject: name,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: extensions,
            issuerPrivateKey: .init(key)
        )
        guard
            fm.createFile(
                atPath: privateKeyPath,
                contents: Data(key.pemRepresentation.utf8),
                attributes: [.posixPermissions: 0o600]
            ),
            fm.createFile(
                atPath: certificatePath,
                contents: Data(try certificate.serializeAsPEM().pemString.utf8),
                attributes: [.posixPermissions: 0o644]
            )
        else { throw CocoaError(.fileWriteNoPermission) }
    }
}
