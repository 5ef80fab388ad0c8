/// Classifies a setting, header or field name as one that holds a password or a secret.
struct SecretKeyName {
    var type: EntityType
    /// Only `…_key`-style names: the value must also look random.
    var needsEntropy: Bool
    /// A header such as `Authorization` whose value may start with an auth scheme.
    var isHeader: Bool

    private static let notSecret: [StaticString] = [
        "length", "min", "max", "policy", "expir", "ttl", "timeout", "rotation", "reset", "hint", "field", "_url",
        "_uri", "_path", "_file", "_name", "_id", "_type", "endpoint", "_count", "_format", "_header", "_enabled",
        "_algorithm", "_region", "public", "_prefix", "_version", "_days", "_hours",
    ]

    static func classify(_ t: ScanText, _ ks: Int, _ ke: Int) -> SecretKeyName? {
        if t.contains(anyOf: notSecret, in: ks, ke) {
            // WEBHOOK_URL / SLACK_WEBHOOK_URL carry the secret in the URL itself.
            if !t.contains(anyOf: ["webhook"], in: ks, ke) { return nil }
        }
        if t.contains(anyOf: ["password", "passwd", "passwort", "kennwort", "passphrase", "mot_de_passe", "pwd"], in: ks, ke)
        {
            return SecretKeyName(type: .password, needsEntropy: false, isHeader: false)
        }
        let len = ke - ks
        if (len == 4 && t.matches("pass", at: ks)) || (len > 5 && t.matches("_pass", at: ke - 5)) || (len == 2 && t.matches("pw", at: ks)) {
            return SecretKeyName(type: .password, needsEntropy: false, isHeader: false)
        }
        if t.contains(anyOf: ["secret_access_key", "secretaccesskey", "secret-access-key"], in: ks, ke)
            || (t.contains(anyOf: ["aws"], in: ks, ke) && t.contains(anyOf: ["secret"], in: ks, ke))
        {
            return SecretKeyName(type: .awsSecretKey, needsEntropy: false, isHeader: false)
        }
        if t.contains(anyOf: ["authorization"], in: ks, ke) {
            return SecretKeyName(type: .genericSecret, needsEntropy: false, isHeader: true)
        }
        if t.contains(anyOf: ["secret", "token", "api_key", "apikey", "api-key", "credential", "webhook", "auth_key",
            "access_key", "private_key", "signing_key", "session_key", "encryption_key", "master_key", "license_key",
            "client_key", "x-auth", "cookie", "dsn"], in: ks, ke)
        {
            return SecretKeyName(type: .genericSecret, needsEntropy: false, isHeader: false)
        }
        if len >= 3 && (t.matches("key", at: ke - 3)) {
            return SecretKeyName(type: .genericSecret, needsEntropy: true, isHeader: false)
        }
        return nil
    }
}
