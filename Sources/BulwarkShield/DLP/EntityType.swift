/// A kind of sensitive data that the data-loss-prevention detectors recognise.
///
/// The raw values are the labels used by the evaluation data and by `bulwark.yaml`.
public enum EntityType: String, CaseIterable, Sendable, Codable {
    case email = "EMAIL"
    case phone = "PHONE"
    case creditCard = "CREDIT_CARD"
    case usSSN = "US_SSN"
    case iban = "IBAN"
    case ipAddress = "IP_ADDRESS"
    case person = "PERSON"
    case streetAddress = "STREET_ADDRESS"
    case dateOfBirth = "DATE_OF_BIRTH"
    case passport = "PASSPORT"
    case awsAccessKey = "AWS_ACCESS_KEY"
    case awsSecretKey = "AWS_SECRET_KEY"
    case githubToken = "GITHUB_TOKEN"
    case slackToken = "SLACK_TOKEN"
    case openAIKey = "OPENAI_KEY"
    case stripeKey = "STRIPE_KEY"
    case googleAPIKey = "GOOGLE_API_KEY"
    case privateKey = "PRIVATE_KEY"
    case jwt = "JWT"
    case password = "PASSWORD"
    case genericSecret = "GENERIC_SECRET"

    /// Whether this type is a credential rather than personal data.
    ///
    /// Secrets default to `block`, personal data to `pseudonymize`.
    public var isSecret: Bool {
        switch self {
        case .email, .phone, .creditCard, .usSSN, .iban, .ipAddress, .person, .streetAddress, .dateOfBirth,
            .passport:
            return false
        case .awsAccessKey, .awsSecretKey, .githubToken, .slackToken, .openAIKey, .stripeKey, .googleAPIKey,
            .privateKey, .jwt, .password, .genericSecret:
            return true
        }
    }

    /// The action applied when a policy does not name this type: `block` for secrets,
    /// `pseudonymize` for personal data.
    public var defaultAction: RedactionAction {
        isSecret ? .block : .pseudonymize
    }
}
