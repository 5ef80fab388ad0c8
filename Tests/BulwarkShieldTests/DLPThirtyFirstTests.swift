import BulwarkShield
import Testing

/// Cases from the thirty-first session: what the blind sets' leaks have in common (read in the set
/// `evals/templates/324-blind-final.txt` and earlier read sets), and the look-alikes the rules must not take.
@Suite("PII scanner: objects ending a line, lowercase titles, doctors' fields, titled pairs, role columns")
struct DLPThirtyFirstTests {
    @Test func givenNameAfterAPrepositionEndingItsLine() {
        #expect(values("- Reference: chased by Debra\n- next", .person) == ["Debra"])
        #expect(values("11:30-12:00  BLOCKED - examiner calibration with Travis", .person) == ["Travis"])
        #expect(values("Fix rounding (reported by Nathalie)", .person) == ["Nathalie"])
        #expect(values("The laptop was handed over to Kevin; he signed.", .person) == ["Kevin"])
        // A hyphenated name there is a firm's; `de`, `à`, `chez` lead to places and firms as often.
        #expect(values("Subject: Lost pallet – inbound from Kelly-Reid\n", .person).isEmpty)
        #expect(values("Nos salutations distinguées.\nAgence de David", .person).isEmpty)
        #expect(values("Fait à Renaud, le 15/10/2024", .person).isEmpty)
    }

    @Test func lowercaseTitlesInChat() {
        #expect(values("nachtdienst: Francesco (TFA) + dr. Kruschwitz", .person) == ["Francesco", "Kruschwitz"])
        #expect(values("urin wieder klarer. frau Dippel möchte ihn abholen", .person) == ["Dippel"])
        #expect(values("friend recommended dr Donaldson", .person) == ["Donaldson"])
        // `docteur` and `maître` are words as often: only before a known name.
        #expect(values("voir avec maître Fournisseur demain", .person).isEmpty)
        #expect(values("watching dr. Who and frau Und", .person).isEmpty)
    }

    @Test func doctorsFieldsBeforeTheName() {
        #expect(values("Freigabe: Dr. med. vet. Mohaupt, Fachtierärztin", .person) == ["Mohaupt"])
        #expect(values("Befund von Dr. med. dent. Aurich", .person) == ["Aurich"])
        #expect(values("Dr. rer. nat. Weiß kommt", .person) == ["Weiß"])
    }

    @Test func familyNamePairedWithATitledOne() {
        #expect(values("Le Dr Courtois et Bodin doivent se mettre d'accord", .person) == ["Courtois", "Bodin"])
        #expect(values("Herr Maier und Schulz haben zugestimmt.", .person) == ["Maier", "Schulz"])
        #expect(values("Mr Patel and Hughes agreed.", .person) == ["Patel", "Hughes"])
        // A firm, a brand, a common word.
        #expect(values("Dr. Jones and Associates filed it", .person) == ["Jones"])
        #expect(values("Dr. Oetker und Haribo sind dabei", .person).isEmpty)
    }

    @Test func peopleInRoleColumns() {
        let csv = """
            appt_id,date,client_last,client_first,patient,species,vet,client_phone
            A-20931,2024-05-13,Stephens,Jeffrey,Mochi,feline,Cantrell,001-487-538-0695x604
            """
        #expect(values(csv, .person).contains("Cantrell"))
    }
}
