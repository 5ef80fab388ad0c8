/// Phrases that cue a name after them, read by `PersonLabels.cue`.
extension PersonLabels {
    static let twoWordCues = KeywordSet([
        "reporting to", "reports to", "assigned to", "managed by", "on behalf of", "escalated to", "approved by",
        "signed by", "failed for", "forwarded to", "handed over to", "contact person", "berichtet an",
        "rend compte à",
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
        // (Not an institution named after someone, `Geprüft von Robert-Koch-Institut`, nor a firm of partners, `Ernst &
        // Young`.)
        var k = i + 4
        while Byte.isAlpha(t.at(k)) || t.at(k) >= 0x80 || t.at(k) == 0x2D { k += 1 }
        if (i + 4..<k).contains(where: { t[$0] == 0x2D }) || t.matchesExactly(" & ", at: k) { return false }
        return germanParticiples.contains(t.hashLowercased(w.start, w.end))
    }

    /// `Validation : Margaud Leblanc`: the French label of who approved, written with French spacing before its colon
    /// and alone (English `Validation: Max length 255`, `Schema validation:` head checks).
    static func frenchValidation(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        ke - ks == 10 && t.matchesExactly("Validation", at: ks) && t.at(ke) == 0x20 && t.at(ke + 1) == 0x3A
            && (ks == 0 || t.at(ks - 1) == 0x0A)
    }
}
