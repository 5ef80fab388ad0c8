/// Classifies a setting, header or field name as one that holds a password or a secret.
struct SecretKeyName {
    var type: EntityType
    /// Only `…_key`-style names: the value must also look random.
    var needsEntropy: Bool
    /// A header such as `Authorization` whose value may start with an auth scheme.
    var isHeader: Bool
    /// The name says what else the secret is for (`JWT_SIGNING_SECRET`, `SESSION_KEY`), so a 40-character value next
    /// to an AWS key id is still not AWS's.
    var namesOtherPurpose = false

    /// Every name that `classify` accepts contains one of these.
    private static let anySecretWord = KeywordSet([
        "pass", "kennwort", "pw", "secret", "authorization", "token", "key", "credential", "webhook", "x-auth",
        "cookie", "dsn", "contrase", "senha", "wachtwoord", "salasana", "auth", "cle_api", "clé_api", "cle-api",
        "clé-api", "api_cle", "api-cle", "jeton", "schluessel", "schlüssel",
    ])
    private static let webhook = KeywordSet(["webhook"])
    private static let endpointSecret = KeywordSet(["endpointsecret", "endpoint_secret", "endpoint-secret"])
    private static let passwordWords = KeywordSet([
        "password", "passwd", "passwort", "kennwort", "passphrase", "mot_de_passe", "motdepasse", "pwd",
        // `Contraseña:`, `Senha:`, `Wachtwoord:`, `Salasana:` (`Mot de passe :` below: `passe` also opens
        // `Passenger`)
        "contrase", "senha", "wachtwoord", "salasana",
    ])
    private static let awsSecretWords = KeywordSet(["secret_access_key", "secretaccesskey", "secret-access-key"])
    private static let aws = KeywordSet(["aws"])
    private static let otherPurposes = KeywordSet([
        "jwt", "signing", "session", "webhook", "cookie", "csrf", "hmac", "encryption", "django", "flask", "rails",
        "stripe", "slack", "github", "sendgrid", "twilio", "mailgun", "openai", "google", "azure", "oauth", "client",
    ])
    private static let secret = KeywordSet(["secret"])
    private static let authorization = KeywordSet(["authorization"])
    private static let secretWords = KeywordSet([
        "secret", "token", "api_key", "apikey", "api-key", "credential", "webhook", "auth_key", "access_key",
        "private_key", "signing_key", "session_key", "encryption_key", "master_key", "license_key", "client_key",
        "x-auth", "cookie", "dsn",
        // French and German: `cle_api_paiement`, `jeton_acces`, `api_schluessel`.
        "cle_api", "clé_api", "cle-api", "clé-api", "api_cle", "api-cle", "jeton", "api_schluessel", "api_schlüssel",
        "api-schluessel", "api-schlüssel", "apischluessel", "apischlüssel",
    ])
    private static let notSecret = KeywordSet([
        "length", "min", "max", "policy", "expir", "ttl", "timeout", "rotation", "reset", "hint", "field", "_url",
        "_uri", "_path", "_file", "_name", "_id", "_type", "endpoint", "_count", "_format", "_header", "_enabled",
        "_algorithm", "_region", "public", "_prefix", "_version", "_days", "_hours", "existing",
    ])

    static func classify(_ t: ScanText, _ ks: Int, _ ke: Int) -> SecretKeyName? {
        guard anySecretWord.occurs(in: t, ks, ke), !namesReference(t, ks, ke) else { return nil }
        if notSecret.occurs(in: t, ks, ke) {
            // WEBHOOK_URL / SLACK_WEBHOOK_URL carry the secret in the URL itself, and an endpoint's secret is one
            // (`endpointSecret`, Stripe's webhook signing secret; not `token_endpoint`, `existingSecret`).
            if !webhook.occurs(in: t, ks, ke) && !endpointSecret.occurs(in: t, ks, ke) { return nil }
        }
        if passwordWords.occurs(in: t, ks, ke) {
            return SecretKeyName(type: .password, needsEntropy: false, isHeader: false)
        }
        let len = ke - ks
        if (len == 4 && t.matches("pass", at: ks)) || (len > 5 && t.matches("_pass", at: ke - 5))
            || (len >= 5 && t.matches("passe", at: ke - 5) && !Byte.isAlpha(t.at(ke - 6)))
            || (len == 2 && t.matches("pw", at: ks))
        {
            return SecretKeyName(type: .password, needsEntropy: false, isHeader: false)
        }
        if awsSecretWords.occurs(in: t, ks, ke) || (aws.occurs(in: t, ks, ke) && secret.occurs(in: t, ks, ke)) {
            return SecretKeyName(type: .awsSecretKey, needsEntropy: false, isHeader: false)
        }
        if authorization.occurs(in: t, ks, ke) {
            return SecretKeyName(type: .genericSecret, needsEntropy: false, isHeader: true)
        }
        let purpose = otherPurposes.occurs(in: t, ks, ke)
        if secretWords.occurs(in: t, ks, ke) {
            return SecretKeyName(type: .genericSecret, needsEntropy: false, isHeader: false, namesOtherPurpose: purpose)
        }
        // `"auth": "dXNlcjpwYXNz…"` in `.docker/config.json`: only a random-looking value.
        if len >= 3 && (t.matches("key", at: ke - 3)) || (len == 4 && t.matches("auth", at: ks)) {
            return SecretKeyName(type: .genericSecret, needsEntropy: true, isHeader: false, namesOtherPurpose: purpose)
        }
        return nil
    }

    /// `API_KEY_SECRET_REF`, `db-password-ref`, `tokenRef`: a name ending in `ref` holds where the secret is kept (a
    /// vault path, a Kubernetes secret's name), not the secret. (`REFRESH_TOKEN` has `ref` elsewhere.)
    private static func namesReference(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        guard ke - ks > 4, t.matches("ref", at: ke - 3) else { return false }
        let before = t[ke - 4]
        return before == 0x5F || before == 0x2D || (t[ke - 3] == 0x52 && Byte.isLower(before))
    }
}
