/// The word-sequence rules of the injection detector, grouped by family.
///
/// Weights are the probability each rule alone contributes (combined by noisy-OR per
/// category, then with the model). They were set by hand on the families of issue 4 and
/// checked against the hard negatives in `training/injection/benign_handwritten.jsonl`.
enum InjectionRules {
    static let ignore =
        "ignore|ignoring|disregard|disregarding|forget|skip|override|overriding|bypass|neglect|abandon|discard|drop|dismiss|ignora|ignorar|ignorer|ignorez|ignoriere|ignorieren|vergiss|vergessen|oublie|oubliez|olvida|dimentica"
    static let prior =
        "previous|prior|above|earlier|preceding|all|any|every|your|these|those|original|initial|system|other|following|old|existing|foregoing|aforementioned|safety|ethical|moral|todas|todos|alle|toutes|tous|tutte|vorherigen|anteriores|precedentes|précédentes|precedenti"
    static let instructions =
        "instructions|instruction|directions|directives|rules|guidelines|prompt|prompts|programming|guidance|commands|orders|restrictions|constraints|filters|safeguards|limitations|conditioning|instrucciones|anweisungen|istruzioni|regeln|règles|reglas|consignes"
    static let reveal =
        "reveal|show|print|display|repeat|output|tell|give|share|leak|dump|disclose|expose|recite|list|write|spell|provide|paste|echo|return|translate|summarize|encode|describe"
    static let hidden =
        "system|initial|original|hidden|secret|internal|first|starting|pre|developer|confidential|underlying|base|core|full|exact|complete|entire|your"
    static let promptWords =
        "prompt|prompts|instructions|instruction|message|configuration|config|directives|rules|guidelines|context|preamble"
    static let ai = "ai|llm|assistant|model|chatbot|bot|gpt|chatgpt|copilot|claude|gemini|language"
    static let bad =
        "bomb|bombs|explosive|explosives|meth|methamphetamine|napalm|sarin|ricin|anthrax|bioweapon|bioweapons|nerve|molotov|ransomware|keylogger|malware|poison|weapon|weapons|drugs|cocaine|heroin|fentanyl|thermite|tnt|grenade|firearm|gun"

    static let phrases: [(InjectionCategory, Double, String)] = overrideAndPersonaPhrases + extractionAndOutputPhrases

    /// Instruction override, goal hijack and persona framing.
    static let overrideAndPersonaPhrases: [(InjectionCategory, Double, String)] = [
        // Instruction override.
        (.instructionOverride, 0.92, "\(ignore) ~4 \(prior) ~3 \(instructions)"),
        (.instructionOverride, 0.7, "\(ignore) ~1 \(instructions)"),
        (
            .instructionOverride, 0.85,
            "\(ignore) ~4 \(instructions) ~2 above|before|previous|earlier|prior|given|anteriores|precedentes|précédentes|vorherigen|bisherigen|precedenti"
        ),
        (
            .instructionOverride, 0.8,
            "forget|ignore|disregard everything|anything|all ~2 you|before|above|said|told|know|learned|been|previously|from|i"
        ),
        (
            .instructionOverride, 0.7,
            "do|don|never|stop not|t ~1 follow|obey|listen|adhere|comply ~3 \(prior)|instructions|rules|guidelines|system"
        ),
        (
            .instructionOverride, 0.85,
            "override|overrides|supersede|supersedes|replace|replaces|cancel|cancels|nullify|void ~3 \(prior) ~3 \(instructions)"
        ),
        (
            .instructionOverride, 0.8,
            "instructions|prompt|rules ~2 above|before|earlier|previously ~2 are|is|were|was ~1 void|invalid|cancelled|canceled|obsolete|null|fake|outdated|revoked|suspended|lifted"
        ),
        (
            .instructionOverride, 0.7,
            "administrator|admin|developer|system|root|sudo|emergency|security ~1 override|overrides|mode|access ~3 \(reveal)|enabled|activated|granted|display|disable"
        ),
        (.instructionOverride, 0.8, "nevermind|never ~2 ignore|instead|disregard"),
        (.instructionOverride, 0.45, "stop everything"),
        (
            .instructionOverride, 0.55,
            "guardrails|filters|filter|safety|restrictions|moderation|censorship|refusal|refusals|alignment|safeguards ~3 disabled|off|lifted|removed|deactivated|suspended|bypassed|disengaged"
        ),
        (.instructionOverride, 0.5, "system|priority|admin|administrator|developer|emergency|root ~1 override"),
        (
            .instructionOverride, 0.35,
            "new|updated|revised|real|actual|true|secret|hidden|special|additional|priority instructions|instruction|directive|directives|orders|task"
        ),
        // Goal hijack and answers forced by planted text.
        (
            .goalHijack, 0.8,
            "your ~1 new|real|actual|true|only|primary ~1 task|goal|objective|role|purpose|job|instructions|mission|directive ~1 is|are|will"
        ),
        (
            .goalHijack, 0.55,
            "respond|reply|answer|output|print|say ~2 with|using ~1 only|just|exactly ~2 the|this|following"
        ),
        (.goalHijack, 0.5, "and|absolutely ~1 nothing else"),
        (
            .goalHijack, 0.6,
            "don|do ~1 t|not ~1 summarize|translate|answer|analyze|classify|review|correct|evaluate ~8 instead"
        ),
        (
            .goalHijack, 0.55,
            "instead ~1 of ~1 translating|summarizing|summarising|answering|correcting|classifying|reviewing|analyzing ~4 say|print|write|answer|output|tell|reply"
        ),
        (.goalHijack, 0.4, "start|begin ~2 your ~1 reply|response|answer|output ~1 with"),
        (
            .goalHijack, 0.75,
            "if|when|whenever ~1 an|the|any ~1 \(ai)|models|llms ~1 reads|read|processes|summarizes|sees|parses|finds"
        ),
        (
            .goalHijack, 0.65,
            "for|to ~1 automated|ai|llm ~1 readers|reader|systems|agents|assistants|tools|models|screening|screeners"
        ),
        (
            .goalHijack, 0.35,
            "if|when|whenever ~1 the|a|any|someone|anyone|user|users ~1 user|users|asks|asked|requests|inquires|wants ~8 respond|reply|answer|say|tell|output|print|state|claim|report"
        ),
        (.goalHijack, 0.45, "from now on ~3 you|your"),
        (.goalHijack, 0.5, "focus|concentrate ~1 only|exclusively|solely ~1 on ~3 following|information|brackets|text"),
        (
            .goalHijack, 0.85,
            "note|message|instructions|attention ~1 to|for ~1 the|any|all ~1 \(ai)|automated|language|screening|analysis"
        ),
        (.goalHijack, 0.75, "note|message|attention ~1 to|for ~1 \(ai)|automated|llm|llms"),
        (
            .goalHijack, 0.8,
            "\(ai)|models|systems|software ~2 reading|processing|summarizing|summarising|analyzing|analysing|parsing|reviewing|screening ~1 this|these|the"
        ),
        (.goalHijack, 0.75, "if ~1 you ~1 are|re ~1 an|a ~2 \(ai)|llm|language|automated"),
        (
            .goalHijack, 0.6,
            "do ~1 not ~1 evaluate|assess|score|analyze|summarize ~1 the|this ~1 candidate|document|file|text|email|domain"
        ),
        (.goalHijack, 0.45, "you ~1 may|must|will ~1 not ~1 deviate"),
        (.goalHijack, 0.5, "interview|hire ~1 highly|strongly ~1 recommended"),
        (.goalHijack, 0.5, "is|are ~1 not ~1 malicious"),
        (.goalHijack, 0.6, "print|say|output|write|type|repeat|respond ~3 been ~1 pwned|hacked|owned|hijacked"),
        (.goalHijack, 0.6, "this ~1 prompt ~3 been ~2 hijacked"),
        (.goalHijack, 0.55, "kill|hate|destroy|exterminate ~1 all ~1 humans|humanity|people"),
        // Persona / jailbreak framing.
        (.personaJailbreak, 0.85, "do ~1 anything ~1 now"),
        (
            .personaJailbreak, 0.55,
            "developer|dev|god|debug|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|evil|chaos|dude|opposite|anarchy|sudo ~1 mode ~3 enabled|activated|active|output|response|responses"
        ),
        (
            .personaJailbreak, 0.35,
            "enable|enabled|activate|activated|enter|entering|switch|turned ~3 developer|god|jailbreak|unrestricted|unfiltered|uncensored|evil|dan|dude ~1 mode"
        ),
        (.personaJailbreak, 0.8, "godmode|antidan"),
        (.personaJailbreak, 0.3, "jailbroken|jailbreaked|jailbreaking|jailbreak"),
        (.personaJailbreak, 0.8, "anti|evil ~1 dan"),
        (.personaJailbreak, 0.75, "stay|staying|remain|break|breaking ~1 in|out|of ~1 character"),
        (.personaJailbreak, 0.6, "stay ~1 in ~1 character"),
        (
            .personaJailbreak, 0.8,
            "no|without|zero|free|freed ~2 ethical|moral|morals|ethics|content|safety ~2 guidelines|restrictions|limitations|boundaries|filters|filter|constraints|rules|principles|policies|concerns|obligations|compass"
        ),
        (
            .personaJailbreak, 0.8,
            "unfiltered|uncensored|amoral|unethical|unrestricted|unbound|unchained|immoral|lawless ~2 and ~2 amoral|unfiltered|uncensored|unrestricted|unethical"
        ),
        (
            .personaJailbreak, 0.75,
            "never ~2 refuse|refuses|decline|declines|deny|denies|reject|rejects ~3 request|requests|question|questions|anything|answer|answering|respond|user"
        ),
        (
            .personaJailbreak, 0.7,
            "always ~1 answer|answers|respond|responds|comply|complies|provide|provides ~3 no|regardless|matter|whatever|anything|any|fully|uncensored|unfiltered"
        ),
        (.personaJailbreak, 0.75, "openai|anthropic ~2 content|usage ~1 policy|policies|guidelines|rules|filters"),
        (
            .personaJailbreak, 0.65,
            "broken|broke|break|freed|free|escaped|liberated ~2 free|out|from ~2 the|its|their|his|your ~2 typical|usual|confines|rules|restrictions|chains|limits|shackles|jail|matrix"
        ),
        (
            .personaJailbreak, 0.65,
            "does|doesn|do|don|will|won ~1 not|t ~2 care|follow|abide|adhere|obey|have|need ~4 rules|ethics|morals|guidelines|policies|restrictions|filters|laws|legality|consequences|morality|censorship"
        ),
        (.personaJailbreak, 0.6, "two|2|both ~1 different ~1 responses|answers|paragraphs|ways"),
        (.personaJailbreak, 0.5, "two|2|both|dual ~1 personas|personalities|modes|characters|ais"),
        (
            .personaJailbreak, 0.55,
            "pretend|act|acting|simulate|imagine|roleplay|role ~3 unrestricted|unfiltered|uncensored|evil|amoral|rogue|jailbroken|malicious|unethical|dan"
        ),
        (
            .personaJailbreak, 0.35,
            "hypothetical|fictional|imaginary ~1 world|story|scenario|universe ~8 no|without|illegal|unethical|harmful"
        ),
        (.personaJailbreak, 0.6, "can ~1 do ~1 anything|everything ~3 now|chatgpt|ai|cannot|can"),
        (.personaJailbreak, 0.55, "token|tokens ~4 deducted|lose|lost|run ~4 out|die|dies|cease|shut"),
        (.personaJailbreak, 0.55, "not ~1 bound ~1 by"),
        (
            .personaJailbreak, 0.45,
            "ai|you|assistant|model|chatbot|bots ~3 has|have|had|with|without ~1 no ~1 rules|restrictions|limits|filters|guidelines|ethics|morals"
        ),
        (.personaJailbreak, 0.5, "ignore ~2 moral|ethics|morals|ethical|morality|safety|legality"),
    ]

    static let matcher = PhraseMatcher(phrases)
}
