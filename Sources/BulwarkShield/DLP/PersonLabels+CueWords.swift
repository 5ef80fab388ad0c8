/// Phrases that cue a name after them, read by `PersonLabels.cue`.
extension PersonLabels {
    static let twoWordCues = KeywordSet([
        "reporting to", "reports to", "assigned to", "managed by", "on behalf of", "escalated to", "approved by",
        "signed by", "failed for", "forwarded to", "handed over to", "contact person",
    ])

    /// Greetings and wishes addressed to someone by name (`Good morning Jennifer,`, `Congrats, Ahmed!`); they also
    /// head titles (`Welcome Pack`), so only a known given name follows them.
    static let greetingPhrases = KeywordSet([
        "good morning", "good afternoon", "good evening", "happy birthday", "congrats", "congratulations",
        "welcome aboard", "welcome", "well done", "great job", "nice work", "guten morgen", "guten tag",
        "herzlichen glückwunsch", "félicitations", "bienvenue",
    ])

    /// Words a message or a line opens with before the name it addresses (`Morning Sarah,`, `Yes Kevin, that works`,
    /// `FYI Priya, the form is in`): only there (`Watch Morning Joe.` is a show).
    static let tailCues = (twoWords: twoWordCues, greetings: greetingPhrases, openings: openingWords)

    static let openingWords = KeywordSet([
        "morning", "evening", "afternoon", "okay", "ok", "yes", "fyi", "ps", "ciao", "hiya", "howdy",
    ])

    /// A part of one's name introduced (`my last name is`), as callers spell them out.
    static let namePartIntros = KeywordSet([
        "my last name is", "my surname is", "my family name is", "my first name is", "my maiden name is",
    ])

    /// German participles after which `von` says who did it (`aufgenommen von Lilo`, `erstellt von August Kambs`).
    static let germanParticiples = NameLexicon.hashes(
        "erstellt notiert aufgenommen geschrieben verfasst bearbeitet gemeldet geprüft unterschrieben unterzeichnet "
            + "genehmigt freigegeben übernommen angelegt erfasst dokumentiert protokolliert"
    )

    /// Whether `von` at `i` follows one of `germanParticiples`.
    static func vonAfterParticiple(_ t: ScanText, _ i: Int) -> Bool {
        guard t.matchesExactly("von ", at: i) || t.matchesExactly("Von ", at: i), let w = t.wordBefore(i, maxLength: 16)
        else { return false }
        return germanParticiples.contains(t.hashLowercased(w.start, w.end))
    }
}
