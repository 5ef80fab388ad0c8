/// Where a text that is checked for injection came from.
///
/// Pasted documents, e-mails and `tool` messages are scored as possible *indirect*
/// injection: text addressed to the model that the user did not write.
public enum InjectionSource: Sendable, Hashable {
    /// Text the user typed as a prompt.
    case prompt
    /// A pasted document, e-mail, web page or tool result.
    case document
}
