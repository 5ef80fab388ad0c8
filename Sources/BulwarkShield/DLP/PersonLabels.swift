/// The words around names: field labels, greetings, self-introductions, titles and closing phrases,
/// in English, German and French.
enum PersonLabels {
    enum Cue {
        case none
        /// Dear, Hi, Hallo, Bonjour … (length of the cue word).
        case greeting(Int)
        /// "my name is", "je m'appelle": whatever name follows.
        case intro(Int)
        /// "I am", "this is", and words addressed to a person ("thanks", "ask", "cc", "ping"): only a known given
        /// name follows.
        case weakIntro(Int)
        /// "reporting to", "assigned to": a name of two or more words, or a known given name.
        case twoWordIntro(Int)
        /// "Good morning", "Congrats", "Welcome": a known given name that ends the greeting (`Welcome Kit` is none).
        case wish(Int)
        /// "by" (`left by Nicole`, `approved by Tom Baker`): a known given name that is no place (`by Georgia`).
        case agent(Int)
        /// "geb.", "née": the family name someone was born with (`Brückner geb. Hahn`), capitalised.
        case birthName(Int)
        /// "according to", "laut", "selon", "per", "looping in": a known given name, or a known family name that is no
        /// common word (`According to Blankenship,`).
        case attribution(Int)
    }

    private static let labels = KeywordSet(suffixes: [
        "name", "names used", "full name", "recruiter", "interviewer", "witness", "witnesses", "zeuge", "zeugin",
        "zeugen", "témoin", "témoins", "fullname", "customer", "client", "traveller", "traveler", "passenger",
        "employee", "fahrgast", "passagier",
        "contact", "from", "to", "cc", "bcc", "reply-to", "attn", "patient", "applicant", "candidate", "manager",
        "assignee", "owner", "reporter", "requester", "recipient", "sender", "author", "guest", "tenant", "student",
        "kunde", "kundin", "ansprechpartner", "ansprechpartnerin", "absender", "empfänger", "mitarbeiter",
        "mitarbeiterin", "von", "an", "nom", "prénom", "prenom", "destinataire", "expéditeur", "de", "signed",
        "approved by", "prepared by", "submitted by", "requested by", "reported by", "account holder", "cardholder",
        "card holder", "holder", "beneficiary", "payee", "driver", "next of kin", "spouse", "surname", "vorname",
        "nachname", "given name", "first name", "last name", "firstname", "lastname", "titulaire", "passager",
        "voyageur", "inhaber", "kontoinhaber", "reisender", "supervisor", "line manager", "emergency contact",
        "member", "agent", "user", "teilnehmer", "participant", "attendee", "speaker", "host", "doctor", "physician",
        "contact person", "person", "ansprechperson", "middle name", "family name", "given_name", "family_name",
        "first_name", "last_name", "middle_name", "full_name", "name on card", "name on account", "name at birth",
        "birth name", "maiden name", "surname at birth", "nom de naissance", "nom d'usage", "nom de famille",
        "nom de jeune fille", "geburtsname", "first name(s)", "given name(s)", "forename(s)", "forenames", "forename",
        "interlocuteur", "interlocutrice", "correspondant", "correspondante", "bénéficiaire", "locataire", "demandeur",
        "demandeuse", "salarié", "salariée", "patientin", "mieter", "mieterin", "antragsteller", "antragstellerin",
        "élève", "Élève", "eleve", "étudiant", "Étudiant", "étudiante", "Étudiante", "schüler", "schülerin",
        "genehmigt durch", "freigegeben von",
        "geprüft von", "erstellt von", "unterzeichnet von", "validé par", "approuvé par", "signé par", "établi par",
        "vérifié par", "reviewed by", "authorized by", "authorised by", "verified by", "checked by", "issued by",
        "présents", "excusés", "anwesend", "entschuldigt",
        "familienname", "vornamen", "rufname", "zuname", "zeugin", "unterschrift",
        "signature", "signatur", "reisende", "fahrer", "fahrerin", "bewerbung", "bewerber", "bewerberin", "visa",
        "contre-visa", "paraphe", "processed by",
        "reviewed-by", "signed-off-by", "co-authored-by", "acked-by", "tested-by", "reported-by", "approved-by",
        "suggested-by", "helped-by", "approved_by", "reviewed_by", "requested_by", "submitted_by", "created_by",
        "assigned_to", "checked in by", "accompanied by", "handled by", "received by", "created by", "updated by",
        "entered by", "recorded by", "witnessed by", "collected by", "inspected by", "conducted by", "led by",
        "hosted by", "performed by", "carried out by", "verantwortlich", "durchgeführt", "durchgeführt von",
        "betreut von", "bearbeitet von", "suivi par", "dossier suivi par", "géré par", "effectué par", "réalisé par",
        "utilisateur", "utilisatrice", "benutzer", "polier", "bauleiter", "bauleiterin", "karteninhaber",
        "karteninhaberin", "given names", "first names", "prénoms", "prenoms", "mietinteressent", "interessent",
        "vorgesetzte", "vorgesetzter", "pate", "patin", "betreuer", "betreuerin", "goes by", "known as", "nickname",
        "surnom", "spitzname", "accompagnant", "accompagnante", "begleitperson", "companion", "bearbeiter",
        "bearbeiterin", "melder", "melderin", "assigned to", "technician", "technicien", "technicienne", "techniker",
        "technikerin", "collaborateur", "collaboratrice", "titulaire du compte", "titulaire de la carte", "responsable",
        "responsable hiérarchique", "supérieur hiérarchique", "n+1",
        "rep", "assigned", "zugewiesen an", "attribué à", "logged by", "noted by", "taken by", "raised by",
        "booked by", "completed by", "supervised by", "escalated by", "closed by", "opened by", "erfasst von",
        "aufgenommen von", "saisi par", "enregistré par", "rider",
        "name_last", "name_first", "name_middle", "versicherte", "versicherter", "versicherte/r",
        "versicherungsnehmer", "versicherungsnehmerin", "assuré", "assurée", "insured", "policyholder",
        "déclarant", "déclarante", "declarant", "ouvert par", "fermé par", "créé par", "modifié par", "assigné à",
        "traité par", "counted by", "counted_by", "dispensed by", "dispensed_by",
        "administered by", "administered_by", "countersigned by", "cosigned by", "co-signed by", "gegenzeichnung",
        "gegengezeichnet", "gegengezeichnet von", "vorname(n)", "prénom(s)", "attorney", "solicitor", "paralegal",
        "counsel", "lawyer", "caseworker", "case worker", "fee earner", "adviser", "advisor", "consultant", "teacher",
        "tutor", "therapist", "coordinator", "signé", "signée", "protokoll", "protokollführer", "protokollführerin",
        "schriftführer", "schriftführerin", "chauffeur", "secrétaire de séance", "schlüsselträger",
        "schlüsselträgerin", "key holder", "keyholder", "escort", "chaperone", "excusé", "excusée", "excusées",
        "vertretung", "famille", "booker", "erziehungsberechtigte", "erziehungsberechtigter", "débiteur",
        "débitrice", "debtor", "deceased", "défunt", "défunte",
        "verstorbene", "verstorbener",
        "verstorbenen", "on duty", "on call", "monteur", "monteurin", "genehmigt", "freigegeben", "approved",
        "sanitäter", "sanitäterin", "disponent", "disponentin", "tuteur", "tutrice", "ausbilder", "ausbilderin",
        "ersthelfer", "ersthelferin", "investigator", "investigateur", "investigatrice", "person obtaining consent",
        "approver", "reviewer", "relecteur", "relectrice", "conseiller", "conseillère", "rapporteur", "rapporteuse",
        "berichterstatter", "berichterstatterin", "victim", "victime", "opfer", "agent de permanence", "permanence",
        "astreinte", "rufbereitschaft", "bereitschaft", "congés", "urlaub", "action owner",
        "consent obtained by",
    ])

    /// Name parts that are labels only as a whole key (`"first": "Clara"`, not `exactly as given:`).
    private static let partKeys = KeywordSet(suffixes: ["first", "last", "given", "family"])

    /// Labels of several people (`Attendees:`); their values are held to a known name (see `isPluralLabel`).
    private static let pluralLabels = KeywordSet(suffixes: [
        "attendees", "participants", "invitees", "speakers", "members", "guests", "recipients", "reviewers",
        "apologies", "absent", "absents", "excused", "accompagnateurs", "accompagnatrices", "begleitpersonen",
        "begleiter", "chaperones",
        "approvers", "assignees", "owners", "authors", "contacts", "passengers", "travellers", "travelers",
        "employees", "students", "patients", "signatories", "witnesses", "teilnehmende", "destinataires",
    ])

    /// Labels whose value may list several people besides the plural ones: address headers and words that are
    /// singular and plural alike (`To:`, `Cc:`, `Teilnehmer:`).
    private static let listLabels = KeywordSet(suffixes: [
        "to", "cc", "bcc", "an", "teilnehmer", "participant", "présents", "excusés", "anwesend", "entschuldigt",
    ])

    /// Whether `ks..<ke` ends with a label for several people (`Attendees:`, `Reviewers:`). Such labels also head
    /// lists of teams and systems (`Owners: Platform Team`), so a name after them must look like one.
    static func isPluralLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        pluralLabels.anySuffix(in: t, endingAt: ke, notBefore: ks) { s in !(s > ks && Byte.isWord(t.at(s - 1))) }
    }

    /// Labels of several people that list no teams or systems (`Teilnehmer:`, `Présents :`; not `Owners:`, `Cc:`).
    private static let peopleListLabels = KeywordSet(suffixes: [
        "attendees", "participants", "invitees", "teilnehmer", "teilnehmende", "participant", "présents", "excusés",
        "anwesend", "entschuldigt", "guests", "passengers", "travellers", "travelers", "witnesses", "signatories",
    ])

    /// Whether `ks..<ke` ends with a label of several people only (`Attendees:`, `Anwesend:`).
    static func isPeopleListLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        peopleListLabels.anySuffix(in: t, endingAt: ke, notBefore: ks) { s in !(s > ks && Byte.isWord(t.at(s - 1))) }
    }

    /// Whether `ks..<ke` ends with a label whose value may list several people (`Attendees:`, `Cc:`).
    static func isListLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        isPluralLabel(t, ks, ke)
            || listLabels.anySuffix(in: t, endingAt: ke, notBefore: ks) { s in !(s > ks && Byte.isWord(t.at(s - 1))) }
    }

    /// Labels whose value names a firm (`Company:`, `Arbeitgeber:`, `Société :`): its capitalised words are no people
    /// (`Company: Smith, Johnson and Williams`).
    private static let firmLabels = KeywordSet(suffixes: [
        "company", "company name", "firm", "firma", "firmenname", "société", "societe", "raison sociale", "vendor",
        "supplier", "lieferant", "employer", "arbeitgeber", "unternehmen",
        "entreprise", "manufacturer", "hersteller", "fabricant", "carrier", "insurer", "versicherer", "employeur",
        "fournisseur", "brand", "marke", "marque", "business name", "trading name", "trading as", "nom commercial",
        "insurance", "assureur", "prestataire", "prestataire de réponse", "mutuelle", "krankenkasse", "versicherung",
        "gesellschaft",
    ])

    /// Whether `ks..<ke` ends with a label for a firm, at a word boundary.
    static func isFirmLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        firmLabels.anySuffix(in: t, endingAt: ke, notBefore: ks) { s in !(s > ks && Byte.isWord(t.at(s - 1))) }
    }

    /// Labels of parties that are desks, firms or animals as often as people (`Client:`, `Account name:`, `Patient:`).
    private static let partyLabels = KeywordSet(suffixes: [
        "to", "from", "cc", "bcc", "attn", "de", "client", "customer", "kunde", "kundin", "patient", "name", "nom",
        "beneficiary", "payee", "insured", "versicherungsnehmer", "versicherungsnehmerin", "assuré", "assurée", "user",
        "holder", "member", "host",
    ])

    /// Prepositions that are a mail header's whole label (`An: Sekretariat`, `Von: Buchhaltung`, `À : Accueil`); after
    /// a participle they name who took something over (`Übernommen von:`, `Attribué à :`).
    private static let headerPrepositions = KeywordSet(suffixes: ["an", "von", "à", "À"])

    /// Whether `ks..<ke` is the label of a party that names desks, firms or animals as often as people: one of
    /// `partyLabels` at a word boundary, or one of `headerPrepositions` alone.
    static func isPartyLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        partyLabels.anySuffix(in: t, endingAt: ke, notBefore: ks) { s in !(s > ks && Byte.isWord(t.at(s - 1))) }
            || headerPrepositions.anySuffix(in: t, endingAt: ke, notBefore: ks) { s in s == ks }
    }

    private static let exclusions = KeywordSet([
        "company", "product", "file", "host_", "hostname", "app name", "app_name", "appname", "application", "service",
        "project", "team", "bucket", "table",
        "queue", "topic", "branch", "repo", "domain", "server", "display", "model", "username", "user_name",
        "user name", "username", "login", "city", "street", "town", "country", "bank", "plan", "tool", "department",
        "vendor", "supplier", "merchant", "lieferant", "fournisseur", "organization", "organisation", "brand", "store",
        "shop", "venue", "airline", "employer", "macro", "template", "script", "job", "task", "field", "column",
        "report", "package", "module", "function", "variable", "class", "dataset", "pipeline", "workflow",
        "ship-to", "ship to", "bill-to", "bill to", "sold-to", "deliver-to", "deliver to", "business name",
        "trading name", "site name", "site_name", "sitename",
    ])

    /// Whether the label `ks..<ke` ends with a word for a thing, a place or a state (`Project:`, `Host:`, `Status:`,
    /// `Codename:`; not `Team leader:`) or is a firm's label.
    static func isThingLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        thingWords.contains(lastWordHash(t, ks, ke)) || isFirmLabel(t, ks, ke)
            || birthplaceLabels.anySuffix(in: t, endingAt: ke, notBefore: ks) { s in
                !(s > ks && Byte.isWord(t.at(s - 1)))
            }
    }

    /// The hash of the label's last word (its letters before `ke`).
    private static func lastWordHash(_ t: ScanText, _ ks: Int, _ ke: Int) -> UInt64 {
        var ws = ke
        while ws > ks && (Byte.isAlpha(t[ws - 1]) || t[ws - 1] >= 0x80) { ws -= 1 }
        return t.hashLowercased(ws, ke)
    }

    /// Last words of labels whose values are things, places or states, some named like people (`Codename: Athena`).
    private static let thingWords = NameLexicon.hashes(
        "company product file host hostname app application service project team bucket table queue topic branch "
            + "repo domain server display model username login city street town country bank plan tool department "
            + "vendor supplier merchant organization organisation brand store shop venue airline employer codename "
            + "status region location site office room color colour category type version release sprint milestone "
            + "device printer building campaign event ort standort raum lieu salle pays land state county name"
    )

    /// Last words of labels whose values name products, releases or campaigns (`Campaign:`, `Model:`, `Codename:`)
    /// and never a person (not `Team:`, `Table 3:`, `Office:`, whose values are people as often).
    private static let productWords = NameLexicon.hashes(
        "product campaign model device printer project release sprint milestone codename category type version color "
            + "colour brand plan tool app application repo bucket queue topic branch domain server host hostname "
            + "newsletter promo promotion collection theme role rolle poste fonction position vehicle véhicule "
            + "fahrzeug car"
    )

    /// Whether the label `ks..<ke` ends with a word for a product, a release or a campaign.
    static func isProductLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        productWords.contains(lastWordHash(t, ks, ke))
    }

    /// Whether `ks..<ke` ends with a name label at a word boundary.
    static func isNameLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        var qualified = ke
        if labelQualifiers.anySuffix(
            in: t,
            endingAt: ke,
            notBefore: ks + 1,
            { s in
                qualified = s
                return true
            }
        ) {
            return isNameLabel(t, ks, qualified)
        }
        let labelled =
            labels.anySuffix(in: t, endingAt: ke, notBefore: ks) { s in
                !(s > ks && Byte.isWord(t.at(s - 1)))
            } || frenchValidation(t, ks, ke)
        return
            (labelled || isCompoundNameLabel(t, ks, ke) || isPluralLabel(t, ks, ke) || isNameOfLabel(t, ks, ke)
            || partKeys.anySuffix(in: t, endingAt: ke, notBefore: ks) { $0 == ks })
            && !exclusions.occurs(in: t, ks, ke)
    }

    private static let loginLabels = KeywordSet(suffixes: [
        "user", "username", "user_name", "user name", "login", "benutzer", "benutzername", "utilisateur", "identifiant",
        "account", "account name", "konto",
    ])

    /// Whether `ks..<ke` ends with a label for a login (`user`, `Benutzername`, `identifiant`).
    static func isLoginLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        loginLabels.anySuffix(in: t, endingAt: ke, notBefore: ks) { s in !(s > ks && Byte.isWord(t.at(s - 1))) }
    }

    /// Whether a name label may end at `ke` (its last two bytes end some label): the cheap test before reading a
    /// whole line as a label. (Labels that say whose name, `Name des Kindes`, are left out.)
    static func mayEndNameLabel(_ t: ScanText, _ ke: Int) -> Bool {
        labels.mayEnd(in: t, at: ke) || pluralLabels.mayEnd(in: t, at: ke) || partKeys.mayEnd(in: t, at: ke)
            || labelQualifiers.mayEnd(in: t, at: ke)
    }

    /// `Name des Kindes`, `Name of the applicant`, `Nom de l'enfant`: a name label that says whose name it is, by a word
    /// for a person after `of`, `des`, `der`, `de`, `du`.
    private static func isNameOfLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        guard ke - ks <= 40, t.matches("name ", at: ks) || t.matches("nom ", at: ks) else { return false }
        var k = ks
        while k < ke {
            var e = k
            while e < ke && (Byte.isAlpha(t[e]) || t[e] >= 0x80) { e += 1 }
            if e > k && Self.whoseNameWords.contains(t.hashLowercased(k, e)) { return true }
            k = e + 1
        }
        return false
    }

    private static let whoseNameWords = NameLexicon.hashes(
        "kind kindes kinder child children mutter vater mother father enfant père mère patient patienten patientin "
            + "applicant employee tenant student spouse partner ehepartner ehegatten conjoint bénéficiaire versicherten "
            + "versicherte assuré assurée titulaire inhaber inhabers fahrers driver holder schülers élève"
    )

    /// Whether `ks..<ke` is a name label and nothing else (`Contact person`, not `Welcome to`).
    static func isWholeNameLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        labels.anySuffix(in: t, endingAt: ke, notBefore: ks) { $0 == ks }
    }

    /// `patientName`, `customer_name`, `contact-name`: `name` joined to a word that is itself a person label
    /// (`jobName`, `queue_name` are not).
    private static func isCompoundNameLabel(_ t: ScanText, _ ks: Int, _ ke: Int) -> Bool {
        let s = ke - 4
        guard s > ks + 1, t.matches("name", at: s) else { return false }
        let before = t[s - 1]
        if before == 0x5F || before == 0x2D {
            return isNameLabel(t, ks, s - 1)
        }
        guard t[s] == 0x4E, Byte.isLower(before) else { return false }  // camelCase: `patientName`
        return isNameLabel(t, ks, s)
    }

    /// The first two bytes (lowercase) of every cue below: a word whose first two bytes begin none of them cannot
    /// be a cue.
    static let cueStarts = BigramFilter([
        "hi", "my name is", "i'm", "i am", "hey", "ich heiße", "ich heisse", "ich bin", "dear", "moin", "cher",
        "this is", "mein name ist", "hello", "hallo", "liebe", "salut", "chère", "lieber", "servus", "bonjour",
        "bonsoir", "je suis", "reporting to", "reports to", "assigned to", "managed by", "on behalf of",
        "escalated to", "approved by", "signed by", "failed for", "forwarded to", "handed over to",
        "contact person", "berichtet an", "rend compte à", "je m'appelle", "je m\u{2019}appelle", "thanks", "thx",
        "thank you", "cheers", "cc", "sorry",
        "par", "durch", "von",
        "ask", "asked", "tell", "told", "ping", "pinged", "remind", "danke", "merci", "good morning", "happy birthday",
        "congrats", "welcome", "well done", "great job", "nice work", "guten morgen", "herzlichen glückwunsch",
        "félicitations", "bienvenue", "chatting with", "speaking with", "spoke with", "spoke to", "talking to",
        "talked to", "met with", "by", "geb.", "née", "according to", "laut", "selon", "d'après", "per",
        "looping in", "loop in", "referring", "i. a.", "i.a.", "i. v.", "i.v.", "heißt", "heisst", "s'appelle",
        "s\u{2019}appelle", "famille", "familie", "gez.", "it's", "its", "c'est", "call w/", "call", "mtg w/",
        "relancer", "contacter", "appeler", "rappeler", "prévenir", "morning", "evening", "afternoon", "okay", "ok",
        "yes", "fyi", "ps", "ciao", "hiya", "howdy",
    ])

    /// Whether a cue may start at `i` (its first two bytes, lowercased, begin some cue).
    @inline(__always) static func mayStartCue(_ t: ScanText, _ i: Int) -> Bool {
        cueStarts.mayStart(t, at: i)
    }

    /// Classifies the word `i..<e` (and what follows) as a cue before a name; the caller has checked `mayStartCue`.
    static func cue(_ t: ScanText, _ i: Int, _ e: Int) -> Cue {
        // Only cues with this first letter can match; within a letter the checks keep their order.
        let len = e - i
        switch Byte.lower(t[i]) {
        case 0x61:  // a
            // `ask for Tammy`
            if len == 3 && t.matches("ask for ", at: i) { return .weakIntro(7) }
            if len == 4 && t.matches("asks for ", at: i) { return .weakIntro(8) }
            if len == 5 && t.matches("asked for ", at: i) { return .weakIntro(9) }
            if (len == 3 && t.matches("ask", at: i)) || (len == 5 && t.matches("asked", at: i)) {
                return .weakIntro(len)
            }
            if len == 9 && t.matches("according to ", at: i) { return .attribution(12) }
            if len == 7 && t.matches("appeler", at: i) { return .weakIntro(7) }
        case 0x70:  // p
            if (len == 4 && t.matches("ping", at: i)) || (len == 6 && t.matches("pinged", at: i)) {
                return .weakIntro(len)
            }
            if len == 3 && t.matches("par", at: i) { return .agent(3) }  // `prévu par Thibault`
            if len == 3 && t.matches("per", at: i) { return .weakIntro(3) }  // `per Kevin,` (not `per Post`)
            if len == 9 && t.matches("prévenir", at: i) { return .weakIntro(9) }
        case 0x72:  // r
            if len == 6 && t.matches("remind", at: i) { return .weakIntro(6) }
            // `relancer Chevallier dès son retour`, `rappeler Mme …`: whom to chase or call back.
            if (len == 8 && t.matches("relancer", at: i)) || (len == 8 && t.matches("rappeler", at: i)) {
                return .weakIntro(8)
            }
            if len == 9 && t.matches("referring", at: i) { return .attribution(9) }
        case 0x68:  // h
            if len == 2 && t.matches("hi", at: i) { return .greeting(2) }
            if len == 3 && t.matches("hey", at: i) { return .greeting(3) }
            if len == 5 && (t.matches("hello", at: i) || t.matches("hallo", at: i)) { return .greeting(5) }
            // `hier ist Jakob`, as a caller says who speaks (any capitalised noun may follow: `hier ist Platz`).
            if len == 4 && t.matches("hier ist ", at: i) { return .weakIntro(8) }
            // `hier spricht Apollonia Stiffel`: a caller's full name, whether or not the lexicons know it.
            if len == 4 && t.matches("hier spricht ", at: i) { return .twoWordIntro(12) }
            // `der heißt Graf`: what someone is called.
            if len == 6 && (t.matches("heißt", at: i) || t.matches("heisst", at: i)) { return .intro(6) }
        case 0x6D:  // m
            if len == 2 && t.matches("my name is", at: i) { return .intro(10) }
            // `My last name is spelled Navarro`, `my surname is Okafor`: a caller spelling a name out.
            if len == 2, let n = namePartIntros.matchLength(in: t, at: i) {
                return .intro(t.matches(" spelled", at: i + n) ? n + 8 : t.matches(" spelt", at: i + n) ? n + 6 : n)
            }
            if len == 3 && t.matches("met with", at: i) { return .weakIntro(8) }
            // Notes shorten `with` to `w/`: `met w/ Anna`, `mtg w/ Jonas`, `call w/ David at client`.
            if len == 3 && (t.matches("met w/ ", at: i) || t.matches("mtg w/ ", at: i)) { return .weakIntro(6) }
            // `Merci à Paul pour …`
            if len == 5 && t.matches("merci ", at: i) {
                return .weakIntro(t.matches("merci à ", at: i) ? 8 : t.matches("merci a ", at: i) ? 7 : 5)
            }
            if len == 4 && t.matches("moin", at: i) { return .greeting(4) }
            if len == 4 && t.matches("mein name ist", at: i) { return .intro(13) }
        case 0x69:  // i
            if len == 2 && t.matches("i'm", at: i) { return .weakIntro(3) }
            // `Hey its Shelly from brightpath`, `it's Amber, Lori's daughter`: a caller naming themselves.
            // (Only before how callers go on: `from …`, `here`, `again`, a comma; not `it's Summer`, `its Jordan office`.)
            if (len == 2 && t.matches("it's ", at: i)) || (len == 3 && t.matches("its ", at: i)) {
                let n = len == 2 ? 5 : 4
                guard let e = NameTokens.word(t, i + n),
                    t.at(e) == 0x2C || t.matchesExactly(" from ", at: e) || t.matchesExactly(" here", at: e)
                        || t.matchesExactly(" again", at: e)
                else { return .none }
                return .weakIntro(n - 1)
            }
            if len == 1 && t.matches("i am", at: i) { return .weakIntro(4) }
            // `i. A. Blümel`, `i.V. Kramer`: signed on someone's behalf (im Auftrag, in Vertretung).
            if len == 1 && (t.matches("i. a. ", at: i) || t.matches("i. v. ", at: i)) { return .intro(5) }
            if len == 1 && (t.matches("i.a. ", at: i) || t.matches("i.v. ", at: i)) { return .intro(4) }
            if len == 3 {
                if t.matches("i'm", at: i) { return .weakIntro(3) }
                if t.matches("ich heiße", at: i) { return .intro(10) }
                if t.matches("ich heisse", at: i) { return .intro(10) }
                if t.matches("ich bin", at: i) { return .weakIntro(7) }
            }
        case 0x64:  // d
            if len == 4 && t.matches("dear", at: i) { return .greeting(4) }
            if len == 8 && t.matches("d'après", at: i) { return .attribution(8) }
            if len == 5 && t.matches("danke", at: i) { return .weakIntro(5) }
            if len == 5 && t.matches("durch", at: i) { return .agent(5) }  // `geprüft durch Bolander`
        case 0x63:  // c
            if len == 4 && t.matches("cher", at: i) { return .greeting(4) }
            if len == 4 && t.matches("call w/ ", at: i) { return .weakIntro(7) }
            // `Call Diane at reception on …`: whom to phone — a given name that is no family name, no word and no place
            // (firms are named after founders, places and words: `call Staples`, `Kaiser`, `Chase`, `Brooklyn store`),
            // no firm's word after it (`Wells Fargo`, `Grace Church`).
            if len == 4 && t.matches("call ", at: i), let e = PersonDetector.plainGivenName(t, i + 5),
                t.at(e) != 0x20 || !Byte.isUpper(t.at(e + 1))
            {
                return .weakIntro(4)
            }
            // `c'est Olivie Blanc, je vous appelle`: a caller naming themselves by a full name before a comma (not
            // `C'est Noël,`).
            if (len == 1 || len == 5) && t.matches("c'est ", at: i) {
                guard let e = NameTokens.word(t, i + 6), t.at(e) == 0x20, Byte.isUpper(t.at(e + 1)),
                    let e2 = NameTokens.word(t, e + 1), t.at(e2) == 0x2C
                else { return .none }
                return .weakIntro(5)
            }
            if len == 8 && t.matches("chatting with", at: i) { return .weakIntro(13) }
            if len == 9 && t.matches("contacter", at: i) { return .weakIntro(9) }
            if (len == 2 && t.matches("cc", at: i)) || (len == 6 && t.matches("cheers", at: i)) {
                return .weakIntro(len)
            }
            if len == 6 && t.matches("chère", at: i) { return .greeting(6) }
        case 0x74:  // t
            if len == 4 && t.matches("this is", at: i) { return .weakIntro(7) }
            if (len == 7 && t.matches("talking to ", at: i)) || (len == 6 && t.matches("talked to ", at: i)) {
                return .weakIntro(len + 3)
            }
            if len == 5 && t.matches("thank you", at: i) { return .weakIntro(9) }
            if len == 6 && t.matches("thanks to ", at: i) { return .weakIntro(9) }
            if (len == 6 && t.matches("thanks", at: i)) || (len == 3 && t.matches("thx", at: i))
                || (len == 4 && (t.matches("tell", at: i) || t.matches("told", at: i)))
            {
                return .weakIntro(len)
            }
        case 0x6C:  // l
            if len == 4 && t.matches("laut", at: i) { return .attribution(4) }
            if len == 7 && t.matches("looping in ", at: i) { return .attribution(10) }
            if len == 4 && t.matches("loop in ", at: i) { return .attribution(7) }
            if len == 5 && t.matches("liebe", at: i) { return .greeting(5) }
            if len == 6 && t.matches("lieber", at: i) { return .greeting(6) }
        case 0x73:  // s
            if len == 5 && t.matches("salut", at: i) { return .greeting(5) }
            if len == 5 && t.matches("selon", at: i) { return .attribution(5) }
            if len == 8 && t.matches("speaking with", at: i) { return .weakIntro(13) }
            if len == 5 && (t.matches("spoke with", at: i) || t.matches("spoke to ", at: i)) {
                return .weakIntro(t.matches("spoke to ", at: i) ? 8 : 10)
            }
            if len == 5 && t.matches("spoke w/ ", at: i) { return .weakIntro(8) }
            if len == 6 && t.matches("servus", at: i) { return .greeting(6) }
            if len == 5 && t.matches("sorry", at: i) { return .weakIntro(5) }
            // `Insured says Nguyen was texting`, `"…," said Jones.`
            if len == 4 && (t.matches("says ", at: i) || t.matches("said ", at: i)) { return .attribution(4) }
        case 0x62:  // b
            if len == 7 && (t.matches("bonjour", at: i) || t.matches("bonsoir", at: i)) { return .greeting(7) }
            if len == 2 && t.matches("by", at: i) { return .agent(2) }
        case 0x6A:  // j
            if len == 7 && t.matches("je suis", at: i) { return .weakIntro(7) }
        case 0x76:  // v: `aufgenommen von Lilo`
            if len == 3 && vonAfterParticiple(t, i) { return .agent(3) }
        case 0x67:  // g: `Elfriede Brückner geb. Hahn`, the name she was born with
            if len == 3 && t.matches("geb.", at: i) { return .birthName(4) }
            // `gez. Siglinde, SG 50.2`: signed (gezeichnet).
            if len == 3 && t.matches("gez.", at: i) { return .intro(4) }
        case 0x6E:  // n: `Marie Dupont née Martin`
            if len == 4 && t.matches("née", at: i) { return .birthName(4) }
        default:
            break
        }
        // (The three sets read as one: each `static let` costs a lazy-initialisation check at every use.)
        let sets = tailCues
        if let n = sets.twoWords.matchLength(in: t, at: i) { return .twoWordIntro(n) }
        if let n = sets.greetings.matchLength(in: t, at: i), !Byte.isAlpha(t.at(i + n)) { return .wish(n) }
        if let n = sets.openings.matchLength(in: t, at: i), !Byte.isAlpha(t.at(i + n)), PersonDetector.opensItem(t, i) {
            return .wish(n)
        }
        switch Byte.lower(t[i]) {
        case 0x6A:  // j
            if t.matches("je m'appelle", at: i) || t.matches("je m\u{2019}appelle", at: i) {
                return .intro(t.at(i + 4) == 0x27 ? 12 : 14)
            }
            if t.matches("je", at: i) && t.matches("je suis", at: i) { return .weakIntro(7) }
        case 0x73:  // s: `il s'appelle Graf`
            if t.matches("s'appelle", at: i) || t.matches("s\u{2019}appelle", at: i) {
                return .intro(t.at(i + 1) == 0x27 ? 9 : 11)
            }
        case 0x69:  // i
            if t.matches("i am", at: i) { return .weakIntro(4) }
        default:
            break
        }
        return .none
    }
}
