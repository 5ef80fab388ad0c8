/// A secret pasted a few words after the word that names it, beyond the reach of `spokenSecret`: `Hat jemand den
/// GitLab-Token für die Pipeline hier reinkopiert? x4je74v06d0exyykm70xsgcr0g7guqfy`, `la clé API du portail
/// fournisseurs à lui transmettre : oswkkbuvods17hpekm2djnr1wvhumuap`.
extension CredentialDetector {
    /// The random token of letters and digits around the digit at `i` (24 to 128 bytes, letters beyond hex, so no hash,
    /// no UUID and no commit), when a word for a key or a token stands in the 160 bytes before it on its line or the
    /// line above. Returns the token's end as `end` whether or not it is a secret, so that its other digits are skipped.
    func nearbySecret(_ t: ScanText, _ i: Int) -> (candidate: Candidate?, end: Int) {
        var s = i
        while s > 0 && Byte.isAlnum(t[s - 1]) && i - s < 128 { s -= 1 }
        var e = i
        while Byte.isAlnum(t.at(e)) && e - s < 129 { e += 1 }
        // Whole: no part of base64 (`+`, `/`, `=`), of an identifier (`_`, `-`) or of a key's block (`-----BEGIN`).
        guard e - s >= 24, e - s <= 128, !Self.joins(t.at(s - 1)), !Self.joins(t.at(e)) else { return (nil, e) }
        var beyondHex = 0
        var digits = 0
        for k in s..<e {
            if Byte.isDigit(t[k]) {
                digits += 1
            } else if !Byte.isHex(t[k]) {
                beyondHex += 1
            }
        }
        // (An SSH public key's body opens with `AAAA`; a key's fingerprint follows `SHA256:`.)
        guard digits >= 3, beyondHex >= 4, !t.matchesExactly("AAAA", at: s), !t.matches("sha256:", at: s - 7),
            CredentialValue.looksRandom(t, s, e), !CredentialValue.isPlaceholder(t, s, e)
        else { return (nil, e) }
        let ls = t.lineStart(max(0, t.lineStart(s, notBefore: s - 160) - 1), notBefore: s - 160)
        guard Self.secretWords.occursAsLabel(in: t, ls, s, wordEdges: true),
            !(ls..<s).contains(where: { t[$0] == 0x2D && t.matches("-----", at: $0) })
        else { return (nil, e) }
        // `AKIA… / R8Bv…`: the secret of the AWS key id nearby.
        if CredentialValue.looksLikeAWSSecret(t, s, e) && nearAWSKeyID(t, s) {
            return (Candidate(.awsSecretKey, s, e, score: 0.9, priority: 85), e)
        }
        return (Candidate(.genericSecret, s, e, score: 0.65, priority: 40), e)
    }

    /// Bytes that join a token to more of the same value.
    @inline(__always) private static func joins(_ c: UInt8) -> Bool {
        Byte.isWord(c) || c == 0x5F || c == 0x2D || c == 0x2F || c == 0x2B || c == 0x3D
    }

    /// Words for keys and tokens (`GitLab-Token`, `clé API`, `Schlüssel`); `key` alone names as many other things
    /// (`{"key": "color", …}`).
    private static let secretWords = KeywordSet([
        "token", "api key", "api-key", "apikey", "api_key", "secret", "clé", "cle api", "jeton", "schlüssel",
        "credential", "zugangsdaten", "identifiants",
    ])
}
