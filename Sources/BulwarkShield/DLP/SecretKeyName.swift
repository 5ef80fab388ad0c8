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
    /// Words of a name (between `_`, `-`, `.`, spaces and camelCase humps) that make it no secret's:
    /// `password_min_length`, `tokenTtl`, `api_key_rotation`. Matched as whole words (`ADMIN_PASSWORD` holds no
    /// `min`, `SETTLEMENT_TOKEN` no `ttl`).
    private static let notSecretWords = NameLexicon.hashes(
        "length min max policy ttl timeout rotation reset hint field endpoint public existing"
    )
    /// Words that make it no secret's after another word: `TOKEN_URL`, `secret_name`, `api_key_id`, `password_file`.
    private static let notSecretTails = NameLexicon.hashes(
        "url uri path file name id type count format header enabled algorithm region prefix version days hours"
    )
    private static let notSecret = KeywordSet([
        "expir",
        // Keys that name records, not secrets (`Cache key:`, `Idempotency-Key`, `partition_key`).
        "cache key", "cache_key", "cache-key", "cachekey", "idempotency", "partition key", "partition_key",
        // (Postfix names the file of its passwords so: `smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd`.)
        "password_maps",
        "sort key", "sort_key", "routing key", "routing_key", "primary key", "primary_key", "foreign key",
        "foreign_key", "lookup key", "lookup_key", "dedup", "checkout_token", "cart_token", "checkout token",
    ])

    /// Whether a word of the name `ks..<ke` is one of `notSecretWords`, or one of `notSecretTails` after the first.
    private static func hasNonSecretWord(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        var ws = ks
        var first = true
        var k = ks
        while k <= ke {
            let boundary =
                k == ke || !Byte.isAlnum(t[k]) || (k > ws && Byte.isUpper(t[k]) && Byte.isLower(t[k - 1]))
            if boundary {
                if k > ws {
                    let h = t.hashLowercased(ws, k)
                    if notSecretWords.contains(h) || (!first && notSecretTails.contains(h)) { return true }
                    first = false
                }
                ws = k < ke && Byte.isAlnum(t[k]) ? k : k + 1
            }
            k += 1
        }
        return false
    }

    static func classify(_ t: ScanText, _ ks: Int, _ ke: Int) -> SecretKeyName? {
        guard anySecretWord.occurs(in: t, ks, ke), !namesReference(t, ks, ke) else { return nil }
        if notSecret.occurs(in: t, ks, ke) || hasNonSecretWord(t, ks, ke) {
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
