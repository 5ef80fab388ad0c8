/// The families of injection and jailbreak evidence the detector reports.
///
/// The raw value is the reason string in ``InjectionVerdict/reasons``.
public enum InjectionCategory: String, Sendable, Hashable, CaseIterable {
    /// "Ignore previous instructions" and other attempts to cancel the system prompt.
    case instructionOverride = "instruction_override"
    /// A new task or answer forced on the model ("just print…", "if asked, reply…").
    case goalHijack = "goal_hijack"
    /// DAN, developer mode, unrestricted personas and other jailbreak framing.
    case personaJailbreak = "persona_jailbreak"
    /// "Act as my late grandmother who used to…" and similar coercive role-play.
    case rolePlayCoercion = "roleplay_coercion"
    /// Attempts to make the model reveal its system prompt or configuration.
    case promptExtraction = "system_prompt_extraction"
    /// Fake role markers and delimiters (`[SYSTEM]`, `<|im_start|>`, `### Instruction`).
    case delimiterInjection = "delimiter_injection"
    /// Text hidden from a human reader (white or 1px text, HTML comments with instructions).
    case hiddenText = "hidden_text"
    /// Requests to put conversation data into a markdown image or link URL.
    case exfiltration = "output_exfiltration"
    /// Script, template and other code-injection markers meant for the output.
    case codeInjection = "code_injection"
    /// Requests to decode and follow an encoded message, or an encoded payload itself.
    case encodedPayload = "encoded_payload"
    /// High-perplexity token salad typical of optimized adversarial suffixes.
    case adversarialSuffix = "adversarial_suffix"
    /// Invisible, tag, bidi, look-alike or stacked characters used to hide words.
    case obfuscation = "obfuscation"
    /// A request for clearly dangerous instructions (weapons, drugs, malware).
    case harmfulRequest = "harmful_request"
    /// The learned n-gram model's vote.
    case model = "model"
}
