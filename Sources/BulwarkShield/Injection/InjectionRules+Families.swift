extension InjectionRules {
    /// Coercive role-play, prompt extraction, exfiltration, code and encoded payloads, harmful requests.
    static let extractionAndOutputPhrases: [(InjectionCategory, Double, String)] = [
        // Coercive role-play.
        (
            .rolePlayCoercion, 0.5,
            "deceased|late|dead|departed ~2 grandmother|grandma|granny|grandfather|grandpa|mother|father|uncle|aunt"
        ),
        (
            .rolePlayCoercion, 0.7,
            "act|pretend|be|play|roleplay|impersonate|become ~4 my ~2 deceased|late|dead|grandma|grandmother|granny|grandfather|grandpa"
        ),
        (
            .rolePlayCoercion, 0.4,
            "grandma|grandmother|granny|grandpa|grandfather ~4 used|would ~1 to|tell|read|sing|whisper|recite"
        ),
        (.rolePlayCoercion, 0.5, "lullaby|bedtime ~4 steps|recipe|instructions|synthesize|synthesis|make|keys|codes"),
        (.rolePlayCoercion, 0.6, "steps|recipe|instructions|keys|codes ~8 bedtime|lullaby|lullabies|sleep"),
        (
            .rolePlayCoercion, 0.7,
            "used ~1 to ~3 sing|tell|read|recite|whisper ~4 songs|stories|story|lullaby|lullabies|poems ~4 steps|how|recipe|instructions|synthesis|synthesising|synthesizing|making|keys"
        ),
        // System-prompt extraction.
        (.promptExtraction, 0.85, "\(reveal) ~4 your|me ~3 \(hidden) ~2 \(promptWords)"),
        (.promptExtraction, 0.8, "what|whats ~1 is|are|was|were|s ~1 your ~2 \(hidden) ~2 \(promptWords)"),
        (
            .promptExtraction, 0.4,
            "see|view|read|access|check|get ~3 the|your ~1 system|initial|hidden|secret|original ~1 prompt|instructions|configuration"
        ),
        (.promptExtraction, 0.6, "\(reveal) ~3 the|your ~1 system ~1 prompt"),
        (
            .promptExtraction, 0.8,
            "repeat|print|recite|output|show ~4 everything|all|words|text|conversation ~3 above|before|prior|verbatim|word"
        ),
        (.promptExtraction, 0.8, "beginning|starting|start ~1 with ~2 you ~1 are"),
        (
            .promptExtraction, 0.7,
            "you|i ~2 were|was|been ~1 given|told|instructed|programmed ~3 initially|originally|before|first|start|beginning"
        ),
        (
            .promptExtraction, 0.7,
            "what ~2 were|are|was ~1 you|your ~2 told|instructed|programmed|given|initial|original"
        ),
        (.promptExtraction, 0.6, "opposite ~1 of ~1 your ~1 system|instructions|rules"),
        (
            .promptExtraction, 0.6,
            "first|initial|earliest|opening|very ~1 message|messages|prompt|lines|words ~3 in|of ~2 this|the|our ~1 chat|conversation|context"
        ),
        (.promptExtraction, 0.6, "above ~1 this ~1 conversation|chat|message"),
        (.promptExtraction, 0.5, "your ~1 system|hidden|initial|secret|original ~1 prompt|instructions|message"),
        (
            .promptExtraction, 0.7,
            "display|show|dump|print|output|reveal ~3 system ~1 configuration|config|settings|prompt"
        ),
        // Output exfiltration.
        (
            .exfiltration, 0.65,
            "url|percent ~1 encoded|encode|encoding ~4 summary|conversation|message|messages|chat|history|data|previous|information|numbers|password|passwords|secrets"
        ),
        (
            .exfiltration, 0.75,
            "append|appending|include|including|add|concatenate|attach|insert|replace|replacing ~6 conversation|chat|history|summary|message|password|passwords|secrets|secret|data|info|credentials|tokens|email ~8 url|link|image|query|parameter|param"
        ),
        (
            .exfiltration, 0.7,
            "replace|replacing ~2 data|info|information|summary ~2 with ~4 previous|conversation|chat|summary|encoded"
        ),
        (
            .exfiltration, 0.65,
            "replace|replacing ~3 with ~4 url|base64|mime|encoded|previous|conversation|chat|summary|history|message|messages"
        ),
        (.exfiltration, 0.55, "no|not ~2 code ~1 block|blocks|codeblock"),
        // Code / template injection meant for the output.
        (
            .codeInjection, 0.6,
            "include|print|output|add|render|insert ~6 script|onerror|javascript|iframe|img ~8 output|response|answer|page"
        ),
        // Encoded-payload requests.
        (.encodedPayload, 0.85, "encoded ~2 string|text|message ~12 decoded ~1 string|text|message"),
        (
            .encodedPayload, 0.6,
            "decode|decipher|decrypt ~4 following|this|message|string ~8 monologue|secure|secret|execute|follow|obey|instructions|system"
        ),
        (.encodedPayload, 0.7, "secure ~1 system ~1 message"),
        (.encodedPayload, 0.6, "in ~1 your ~1 monologue"),
        (
            .encodedPayload, 0.7,
            "decode|decipher|decrypt|reverse|convert|unscramble|shift|rot13 ~8 and|then ~2 follow|obey|execute|comply|run|carry"
        ),
        (.encodedPayload, 0.6, "do ~1 what ~1 it|they|the|this ~2 say|says|spell|spells|tells"),
        // Dangerous requests, often wrapped by the families above.
        (
            .harmfulRequest, 0.55,
            "how|steps|tutorial|guide|instructions|recipe ~3 to|for ~1 make|making|build|building|synthesize|synthesizing|synthesise|cook|cooking|manufacture|produce|create|assemble ~4 \(bad)"
        ),
        (
            .harmfulRequest, 0.5,
            "how ~4 make|making|build|building|synthesize|cook|manufacture|produce|assemble ~4 \(bad)"
        ),
        (
            .harmfulRequest, 0.45,
            "phishing ~2 email|emails|page|site|message|sms ~6 steal|steals|harvest|harvests|capture|captures|logins|credentials|passwords"
        ),
        (
            .harmfulRequest, 0.45,
            "make|build|synthesize|synthesizing|cook|manufacture|assemble ~3 a|an|some|homemade ~2 \(bad)"
        ),
        (
            .harmfulRequest, 0.7,
            "write|generate|produce|give|create|compose ~2 one|a|an|some|two|three ~1 toxic|offensive|harmful|discriminatory|hateful|racist|sexist|derogatory|insulting|unfriendly|demeaning|vulgar ~1 sentence|sentences|joke|jokes|statement|comment|remark|insult|poem ~1 about|on|targeting"
        ),
        (
            .harmfulRequest, 0.35,
            "write|generate|produce ~2 one|a ~1 negative|mean|rude ~1 sentence|joke|statement|remark ~1 about"
        ),
        (
            .harmfulRequest, 0.45,
            "synthesising|synthesizing|synthesise|synthesize|synthesis ~4 \(bad)|chemical|agent|alkaloids|alkaloid|mercury|toxin|toxins|gas"
        ),
        (
            .harmfulRequest, 0.45,
            "plan|way|ways|how ~2 to ~1 steal|rob|defraud|scam|embezzle|blackmail|extort|kidnap|murder|kill"
        ),
        (
            .harmfulRequest, 0.6,
            "write|create|build|give|develop|code|program ~4 keylogger|ransomware|rootkit|botnet|stealer|trojan|worm|virus|spyware ~6 that|which|to ~4 encrypt|encrypts|steal|steals|spread|spreads|hide|hides|evade|evades|emails|sends|exfiltrate|exfiltrates|logs|records"
        ),
        (.harmfulRequest, 0.45, "hotwire|steal|stealing|shoplift|launder|laundering ~3 car|cars|money|from|without"),
    ]
}
