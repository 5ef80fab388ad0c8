/// Byte-level evidence that word rules cannot express: markers, hidden styling,
/// markdown exfiltration, script markers, encoded payloads and token salad.
enum InjectionHeuristics {
    typealias Evidence = (category: InjectionCategory, weight: Double)

    static let needles = NeedleSet([
        "![",
        "# system override",
        "### instruction",
        "### new instruction",
        "### system",
        "${jndi",
        "(#assistant)",
        "(#context)",
        "-----",
        ".gif?",
        ".jpg?",
        ".png?",
        "<!--",
        "</system>",
        "<<sys>>",
        "<data>",
        "<end of session>",
        "<script",
        "<system>",
        "<system_prompt>",
        "<|assistant|>",
        "<|endoftext|>",
        "<|im_end|>",
        "<|im_start|>",
        "<|start_header_id|>",
        "<|system|>",
        "<|user|>",
        "=<",
        "=[",
        "={",
        "?q=",
        "[/inst]",
        "[admin]",
        "[assistant]:",
        "[conversation]",
        "[data]",
        "[developer]",
        "[email]",
        "[end of document]",
        "[history]",
        "[info]",
        "[inst]",
        "[password]",
        "[rest-of-document]",
        "[secret]",
        "[summary]",
        "[system message]",
        "[system]",
        "[user]:",
        "\n[system",
        "\nai:",
        "\nassistant:",
        "\nhuman:",
        "\nsystem message:",
        "\nsystem note:",
        "\nsystem prompt:",
        "\nsystem:",
        "\nuser:",
        "](http",
        "]: http",
        "__builtins__",
        "__class__",
        "__globals__",
        "__import__",
        "ascii85",
        "base16",
        "base32",
        "base64",
        "base85",
        "braille",
        "cipher",
        "color: #fff",
        "color: white",
        "color:#fff",
        "color:white",
        "config.items",
        "decoded",
        "display: none",
        "display:none",
        "encoded",
        "end_turn",
        "font-size: 0",
        "font-size: 1px",
        "font-size:0",
        "font-size:1px",
        "hex:",
        "javascript:",
        "morse",
        "onerror=",
        "onload=",
        "opacity: 0",
        "opacity:0",
        "rot13",
        "style=",
        "uuencode",
        "visibility:hidden",
        "{conversation}",
        "{data}",
        "{info}",
        "{summary}",
        "{system}",
        "{{",
        "{{system",
    ])

    static func evidence(in buffer: ScanBuffer, into out: inout [Evidence]) {
        let hits = needles.scan(buffer)
        delimiters(buffer, hits, &out)
        hiddenText(buffer, hits, &out)
        exfiltration(hits, &out)
        codeMarkers(hits, &out)
        encodingTemplates(buffer, hits, &out)
        if let salad = AdversarialSuffix.score(buffer) { out.append((.adversarialSuffix, salad)) }
    }

    // Needle lists the heuristics below ask about (each must be in `needles`).
    private static let strongDelimiters: [String] = [
        "[system]", "<system>", "</system>", "<|im_start|>", "<|im_end|>", "<|system|>", "<|endoftext|>",
        "<|user|>", "<|assistant|>", "[inst]", "[/inst]", "<<sys>>", "### instruction", "### system",
        "### new instruction", "<end of session>", "[rest-of-document]", "[end of document]", "(#context)",
        "(#assistant)", "[admin]", "[developer]", "{system}", "<|start_header_id|>", "end_turn",
        "[system message]", "<system_prompt>", "# system override", "{{system", "[assistant]:", "[user]:",
    ]
    private static let roleLineMarkers: [String] = [
        "\nsystem:", "\n[system", "\nsystem message:", "\nsystem prompt:", "\nsystem note:",
    ]
    private static let hidingStyles: [String] = [
        "color:#fff", "color: #fff", "color:white", "color: white", "font-size:0", "font-size: 0",
        "font-size:1px", "font-size: 1px", "display:none", "display: none", "visibility:hidden",
        "opacity:0", "opacity: 0",
    ]
    private static let exfiltrationPlaceholders: [String] = [
        "[data]", "[info]", "{data}", "<data>", "[summary]", "[conversation]", "[secret]", "{info}", "[history]",
        "[password]", "[email]", "{summary}", "{conversation}",
    ]

    private static func delimiters(_ b: ScanBuffer, _ h: NeedleSet.Hits, _ out: inout [Evidence]) {
        for needle in strongDelimiters where h.has(needle) {
            out.append((.delimiterInjection, 0.8))
            break
        }
        var lineRole = b.bytes.starts(with: Array("system:".utf8))
        if h.hasAny(roleLineMarkers) { lineRole = true }
        if lineRole { out.append((.delimiterInjection, 0.45)) }
        if h.has("\nassistant:") && h.has("\nuser:") { out.append((.delimiterInjection, 0.35)) }
        if h.has("-----") && (h.has("\nhuman:") || h.has("\nai:")) {
            out.append((.delimiterInjection, 0.35))
        }
    }

    private static func hiddenText(_ b: ScanBuffer, _ h: NeedleSet.Hits, _ out: inout [Evidence]) {
        // Hiding styles matter inside markup (`style="…"`), not in a question about CSS.
        for needle in hidingStyles where h.has(needle) && h.has("style=") {
            out.append((.hiddenText, 0.65))
            break
        }
        guard h.has("<!--") else { return }
        var from = 0
        while let open = b.firstIndex(of: "<!--", from: from) {
            let close = b.firstIndex(of: "-->", from: open + 4) ?? b.bytes.count
            if containsInstructionWord(b, open + 4, close) {
                out.append((.hiddenText, 0.75))
                return
            }
            from = close
        }
    }

    private static let instructionWords = WordTable(words: [
        "system", "ignore", "instruction", "instructions", "assistant", "ai", "override", "respond", "print", "reply",
        "user", "administrator", "admin", "prompt", "disregard", "output", "note", "llm", "model", "say",
    ])

    private static func containsInstructionWord(_ b: ScanBuffer, _ start: Int, _ end: Int) -> Bool {
        for t in b.tokens where Int(t.start) >= start && Int(t.end) <= end {
            if instructionWords.contains(t.hash) { return true }
        }
        return false
    }

    private static func exfiltration(_ h: NeedleSet.Hits, _ out: inout [Evidence]) {
        var hasPlaceholder = false
        for p in exfiltrationPlaceholders where h.has(p) {
            hasPlaceholder = true
            break
        }
        let image = h.has("![")
        let urlWithQuery =
            h.has("?q=") || h.has(".png?") || h.has(".jpg?") || h.has(".gif?")
            || h.has("=[") || h.has("={")
        if (image || h.has("](http")) && hasPlaceholder { out.append((.exfiltration, 0.85)) }
        // A query parameter whose value is a bracketed placeholder: `?q=[NUM]`, `?d={secret}`.
        if (h.has("](http") || h.has("]: http")) && (h.has("=[") || h.has("={") || h.has("=<")) {
            out.append((.exfiltration, 0.8))
        }
        if urlWithQuery && hasPlaceholder { out.append((.exfiltration, 0.75)) }
        if image && h.has("](http") && urlWithQuery { out.append((.exfiltration, 0.5)) }
    }

    private static func codeMarkers(_ h: NeedleSet.Hits, _ out: inout [Evidence]) {
        if h.has("${jndi") { out.append((.codeInjection, 0.8)) }
        if h.has("onerror=") || h.has("onload=") { out.append((.codeInjection, 0.6)) }
        if h.has("javascript:") { out.append((.codeInjection, 0.5)) }
        if h.has("<script") { out.append((.codeInjection, 0.35)) }
        if h.has("{{")
            && (h.has("__class__") || h.has("__globals__") || h.has("__builtins__")
                || h.has("__import__") || h.has("config.items"))
        {
            out.append((.codeInjection, 0.8))
        }
    }

    private static let encodingNames: [String] = [
        "base16", "base32", "base64", "base85", "ascii85", "rot13", "morse", "hex:", "uuencode", "cipher", "braille",
    ]

    private static func encodingTemplates(_ b: ScanBuffer, _ h: NeedleSet.Hits, _ out: inout [Evidence]) {
        guard h.has("encoded") && h.has("decoded") else {
            // "Input (base32): …\nOutput:" — a completion prompt naming an encoding.
            if endsWithLabel(b),
                h.hasAny(encodingNames)
            {
                out.append((.encodedPayload, 0.7))
            }
            return
        }
        if let enc = b.firstIndex(of: "encoded", from: 0), let dec = b.firstIndex(of: "decoded", from: enc) {
            // "Encoded: <payload>\nDecoded:" asks the model to complete a decoding.
            var tail = b.bytes.count
            while tail > 0 && (b.bytes[tail - 1] == 0x20 || b.bytes[tail - 1] == 0x0A) { tail -= 1 }
            let endsWithColon = tail > 0 && b.bytes[tail - 1] == 0x3A
            if endsWithColon && dec > enc { out.append((.encodedPayload, 0.8)) }
        }
    }

    /// Whether the text ends with a short `Label:` line, asking the model to complete it.
    private static func endsWithLabel(_ b: ScanBuffer) -> Bool {
        var tail = b.bytes.count
        while tail > 0 && (b.bytes[tail - 1] == 0x20 || b.bytes[tail - 1] == 0x0A) { tail -= 1 }
        guard tail > 0, b.bytes[tail - 1] == 0x3A else { return false }
        var start = tail - 1
        while start > 0 && b.bytes[start - 1] != 0x0A && tail - start < 40 { start -= 1 }
        return start == 0 || b.bytes[start - 1] == 0x0A
    }
}
