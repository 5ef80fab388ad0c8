/// AWS secret access keys found by an access key ID nearby.
extension CredentialDetector {
    /// Whether an AWS access key ID stands within 300 bytes of `pos`.
    func nearAWSKeyID(_ t: ScanText, _ pos: Int) -> Bool {
        let lo = max(0, pos - 300)
        let hi = min(t.count, pos + 300)
        var k = lo
        while k + 4 <= hi {
            if t[k] == 0x41 && (t.matchesExactly("AKIA", at: k) || t.matchesExactly("ASIA", at: k)) { return true }
            k += 1
        }
        return false
    }

    /// A 40-character base64 token within a few lines of an AWS key id is its secret.
    /// Per byte: 1 = base64 character (with the URL-safe `-` and `_`), 2 = character of an AWS secret.
    private static let secretClasses: [UInt8] = (0..<256).map { b in
        let c = UInt8(b)
        return (Byte.isBase64(c) ? 1 : 0) | (Byte.isAlnum(c) || c == 0x2F || c == 0x2B ? 2 : 0)
    }

    func awsSecretsNearKeyIDs(_ t: ScanText, into out: inout [Candidate]) {
        guard out.contains(where: { $0.type == .awsAccessKey }) else { return }
        let ids = out.filter { $0.type == .awsAccessKey }
        Self.secretClasses.withUnsafeBufferPointer { cls in
            for id in ids {
                var k = max(0, id.start - 300)
                let hi = min(t.count, id.end + 300)
                while k < hi {
                    guard cls[Int(t[k])] & 1 != 0, k == 0 || cls[Int(t[k - 1])] & 1 == 0 else {
                        k += 1
                        continue
                    }
                    var e = k
                    while e < t.count && cls[Int(t[e])] & 2 != 0 { e += 1 }
                    if e - k == 40 && (e == t.count || cls[Int(t[e])] & 1 == 0)
                        && CredentialValue.looksLikeAWSSecret(t, k, e)
                        && !out.contains(where: { $0.start <= k && $0.end >= e })
                    {
                        out.append(Candidate(.awsSecretKey, k, e, score: 0.9, priority: 85))
                    }
                    k = max(e, k + 1)
                }
            }
        }
    }
}
