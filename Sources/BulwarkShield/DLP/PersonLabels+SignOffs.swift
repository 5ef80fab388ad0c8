/// Closing phrases that end a message before the writer's name (`Best regards,`, `Viele Grüße`, `Cordialement`).
extension PersonLabels {
    static let signOffs = KeywordSet(signOffWords)

    /// For each byte, whether some closing phrase ends with it (256 entries).
    static let signOffLastBytes = ImmortalTable(
        (0..<256).map { b in signOffWords.contains { w in w.utf8Start[w.utf8CodeUnitCount - 1] == UInt8(b) } }
    )

    /// Whether a closing phrase can end with `c` (any case): a line whose last letter is none of these is
    /// no sign-off, which is decided before looking for the line's start.
    @inline(__always) static func mayEndSignOff(_ c: UInt8) -> Bool {
        signOffLastBytes[Int(Byte.lower(c))]
    }

    static let signOffWords: [StaticString] = [
        "thanks", "thank you", "many thanks", "thanks again", "thanks in advance", "regards", "best regards",
        "kind regards", "warm regards", "warmest regards", "best wishes", "best", "cheers", "sincerely",
        "yours sincerely", "yours truly", "yours", "all the best", "cordialement", "bien cordialement", "merci",
        "merci d'avance", "bien à vous", "salutations", "sincères salutations", "viele grüße", "beste grüße",
        "liebe grüße", "mit freundlichen grüßen", "freundliche grüße", "herzliche grüße", "gruß", "grüße", "danke",
        "vielen dank", "lg", "mfg", "vg", "--", "talk soon", "see you", "à bientôt", "bisous", "ciao", "cdlt",
        "bien à toi", "amicalement", "bien amicalement", "bises", "bonne journée", "belle journée", "schöne grüße",
        "take care", "speak soon", "respectfully", "warmly", "rgds", "br", "thx", "saludos", "un saludo",
        "atentamente", "cordiali saluti", "saluti", "met vriendelijke groet", "groeten",
        "je t'embrasse", "je t\u{2019}embrasse", "je vous embrasse", "grosses bises", "gros bisous", "affectueusement",
        "à plus", "love", "lots of love", "much love", "with love", "all my love", "hugs", "xoxo", "kindest regards",
        "with thanks", "warm wishes", "with best wishes", "alles liebe", "liebe grüsse", "viele grüsse",
        "beste grüsse", "freundliche grüsse", "herzliche grüsse", "schöne grüsse", "herzlichst", "bis bald", "ta",
        "thanks all", "ta very much", "yours faithfully", "faithfully", "hochachtungsvoll", "mit besten grüßen",
        "mit freundlichem gruß", "mit freundlichen grüssen", "meilleures salutations",
    ]

    /// Whether the line `ls..<le` closes a formal letter to an office (`Yours faithfully`, `Hochachtungsvoll`, the French
    /// formula): firms and offices sign those as often as people (not `Mit freundlichen Grüßen`, which everyone writes).
    static func isFormalClosing(_ t: ScanText, _ ls: Int, _ le: Int) -> Bool {
        var s = ls
        while t.at(s) == 0x20 { s += 1 }
        return formalClosings.forEachMatch(in: t, at: s, { _, n in !Byte.isAlpha(t.at(s + n)) })
            || endsFrenchFormula(t, le)
    }

    private static let formalClosings = KeywordSet(["yours faithfully", "faithfully", "hochachtungsvoll"])

    /// Whether the line ending at `le` (its trailing `.` trimmed by the caller or not) ends with the French letter's
    /// formula, however long the line (`Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
    /// distinguées.`).
    static func endsFrenchFormula(_ t: ScanText, _ le: Int) -> Bool {
        var e = le
        while e > 0 && (t[e - 1] == 0x2E || t[e - 1] == 0x20 || t[e - 1] == 0x0D) { e -= 1 }
        // (Each formula ends in `s`: most lines are let go by their last letter.)
        guard t.at(e - 1) == 0x73 else { return false }
        // (And opens its line: `Veuillez agréer …`, `Je vous prie d'agréer …`, `Recevez …`, `Nous vous prions …`.)
        var ls = t.lineStart(e, notBefore: e - 240)
        while t.at(ls) == 0x20 { ls += 1 }
        guard
            t.matches("veuillez", at: ls) || t.matches("je vous prie", at: ls) || t.matches("nous vous prions", at: ls)
                || t.matches("recevez", at: ls) || t.matches("agréez", at: ls) || t.matches("dans l'attente", at: ls)
        else { return false }
        return t.matches("salutations distinguées", at: e - 24) || t.matches("sentiments distingués", at: e - 22)
            || t.matches("sentiments les meilleurs", at: e - 24)
    }

    /// Whether the line `ls..<le` is only a closing phrase (with optional trailing punctuation).
    static func isSignOff(_ t: ScanText, _ ls: Int, _ le: Int) -> Bool {
        var e = le
        while e > ls
            && (t[e - 1] == 0x2C || t[e - 1] == 0x21 || t[e - 1] == 0x2E || t[e - 1] == 0x20 || t[e - 1] == 0x0D)
        {
            e -= 1
        }
        var s = ls
        while s < e && t[s] == 0x20 { s += 1 }
        if signOffs.forEachMatch(in: t, at: s, limit: e, { _, n in n == e - s }) { return true }
        // A line of thanks ending with a comma (`Thank you for considering us,`, `Thanks for your patience,`).
        if e - s <= 48 && t.at(e) == 0x2C && (t.matches("thank", at: s) || t.matches("danke", at: s)) { return true }
        // Two closing phrases joined (`Danke dir und LG`, `Thanks and best regards`, `Merci et bonne journée`): the
        // line opens with one and ends with another.
        guard e - s <= 40, signOffs.forEachMatch(in: t, at: s, limit: e, { _, n in !Byte.isAlpha(t.at(s + n)) })
        else { return false }
        for k in (s + 1)..<e where t[k - 1] == 0x20 {
            guard t.matches("und ", at: k) || t.matches("and ", at: k) || t.matches("et ", at: k) else { continue }
            let c = t[k] == 0x65 ? k + 3 : k + 4
            if signOffs.forEachMatch(in: t, at: c, limit: e, { _, n in n == e - c }) { return true }
        }
        return false
    }
}
