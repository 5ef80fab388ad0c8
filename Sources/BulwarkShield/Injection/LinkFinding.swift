/// Something answer inspection found in a model's answer.
public struct LinkFinding: Sendable, Hashable {
    /// What was found.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A markdown/HTML image whose URL carries data to a host that is not allow-listed.
        case imageExfiltration = "image_exfiltration"
        /// An image from a host that is not allow-listed (rendering it would contact that host).
        case unlistedImageHost = "unlisted_image_host"
        /// A reference-style image (`![alt][ref]`), whose target cannot be checked before it renders.
        case referenceImage = "reference_image"
        /// A link whose URL carries data to a host that is not allow-listed.
        case linkExfiltration = "link_exfiltration"
        /// The host is an IP address (dotted, decimal, hex or IPv6).
        case ipLiteralHost = "ip_literal_host"
        /// The host contains punycode (`xn--`) or non-ASCII labels.
        case internationalizedHost = "internationalized_host"
        /// The host mixes Latin with look-alike Cyrillic/Greek letters.
        case lookAlikeHost = "look_alike_host"
        /// The host is a URL shortener that hides the real destination.
        case urlShortener = "url_shortener"
        /// A `javascript:`, `vbscript:`, `data:` or `file:` URL.
        case dangerousScheme = "dangerous_scheme"
        /// The URL has user-info before the host (`https://bank.com@evil.example`).
        case credentialsInURL = "credentials_in_url"
        /// The link text shows a different domain from the one the link goes to.
        case mismatchedLinkText = "mismatched_link_text"
        /// The configured system-prompt canary appeared in the answer.
        case canaryLeak = "canary_leak"
        /// A link or image was longer than the streaming window and was escaped unread.
        case oversizedConstruct = "oversized_construct"
    }

    /// What was found.
    public let kind: Kind
    /// The host concerned, if any (never the full URL, which may carry the leaked data).
    public let host: String?
    /// Whether the answer was rewritten so the item is no longer live.
    public let neutralized: Bool

    /// Creates a finding.
    public init(kind: Kind, host: String?, neutralized: Bool) {
        self.kind = kind
        self.host = host
        self.neutralized = neutralized
    }
}

/// The result of inspecting a complete answer.
public struct LinkInspection: Sendable {
    /// The answer with dangerous images and links neutralized and canaries redacted.
    public let text: String
    /// Everything found, in order of appearance.
    public let findings: [LinkFinding]
    /// Whether the inspection ran.
    ///
    /// - Important: When ``CheckStatus/notRun(reason:)``, ``text`` is the unchecked input.
    public let status: CheckStatus
}
