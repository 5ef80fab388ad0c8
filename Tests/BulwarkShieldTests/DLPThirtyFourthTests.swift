import BulwarkShield
import Testing

/// Cases from the thirty-fourth session: speakers of stamped chats, roles noted in parentheses, conformed signatures,
/// columns of names, and the streets, wards and stand-ins that name no one.
@Suite("PII scanner: stamped speakers, role notes, /s/ signatures, name columns, streets and wards")
struct DLPThirtyFourthTests {
    @Test func familyNameSpeakingInAFrenchStampedChat() {
        let chat = """
            [2026-03-24T10:09:51] François : Bonjour, fuite sous l'évier
            [2026-03-12T15:28:19] Laurence : Ok je préviens Lefèvre le plombier
            [2026-08-28T12:55:38] Lefèvre : Je peux passer demain 8h30.
            [2026-06-14T12:59:51] François : Oui, merci
            """
        #expect(values(chat, .person) == ["François", "Laurence", "Lefèvre", "Lefèvre", "François"])
        // One known speaker is no chat: a family name alone before a colon stays a label.
        #expect(values("[2026-03-12T15:28:19] Lefèvre : Je peux passer demain.", .person).isEmpty)
    }

    @Test func speakerAloneOnItsLineAfterABracketedTime() {
        let chat = "[9:04 AM] Rebecca\non it.\n[9:12 AM] Cody\ni'll tell doc, the Cubex wants the admin pw again"
        #expect(values(chat, .person) == ["Rebecca", "Cody"])
        // A calendar's entry or a common word after the time is no speaker.
        #expect(values("[9:00 AM] Standup\nroom 4, bring the board", .person).isEmpty)
        #expect(values("[9:00 AM] Review\nall tickets", .person).isEmpty)
    }

    @Test func nameWithItsRoleNotedInParentheses() {
        #expect(values("Follow-up: Howe (practice mgr) to call both families.", .person) == ["Howe"])
        #expect(values("Freigabe: Schmidt (Studienleitung)", .person) == ["Schmidt"])
        #expect(values("merci ! et rappel : Delorme (le stagiaire) commence lundi", .person) == ["Delorme"])
        #expect(values("- Larry (new hire): all initial courses booked", .person) == ["Larry"])
        // A team's or a place's name, or a note that is no role.
        #expect(values("Team Falcon (Dispatch) — capacity 34 pts", .person).isEmpty)
        #expect(values("Stored in Berlin (HQ) since May.", .person).isEmpty)
    }

    @Test func conformedSignature() {
        #expect(values("Signature: /s/ Dalton       Date: 07.08.2029", .person) == ["Dalton"])
        #expect(values("/s/ Maria Lopez\nTenant", .person) == ["Maria Lopez"])
        // A path or a common word after it.
        #expect(values("see docs/s/ Review", .person).isEmpty)
        #expect(values("/s/ Approved", .person).isEmpty)
    }

    @Test func streetsWardsAndStandInsNameNoOne() {
        #expect(values("DOSSIER DE LOCATION – Appartement T2, rue Victor Hugo", .person).isEmpty)
        #expect(values("Could use the seminar room by Ward 9 tomorrow.", .person).isEmpty)
        #expect(values("To: Lab Orders - Cedar Park <labs@brightline.com>", .person).isEmpty)
        #expect(values("AND cl.last_name NOT IN ('TEST', 'Shelter', 'Rescue')", .person).isEmpty)
        // A person before the same words stays one.
        #expect(values("contact sur place Arthur Potier 0387427578", .person) == ["Arthur Potier"])
        #expect(values("AND cl.last_name IN ('Garcia')", .person) == ["Garcia"])
    }

    @Test func namesInAColumnOfNames() {
        let table = """
            Shift | Lead | Backup
            Mon | Melinda Velez | Zachary Hughes
            Tue | Tiffany Morris | Dawn Keller
            Wed | Moore | Little
            """
        // `Little` is a word too: only its column says it is a name here.
        #expect(
            values(table, .person) == [
                "Melinda Velez", "Zachary Hughes", "Tiffany Morris", "Dawn Keller", "Moore", "Little",
            ]
        )
        #expect(values("Shift | Lead | Backup\nWed | Moore | Little", .person) == ["Moore"])
        // The header names no one, and a column that is mostly no names spreads nothing.
        let headed = "Last | First | Ward\nVelez | Melinda | 4\nHughes | Zachary | 7\nMorris | Tiffany | 2"
        #expect(!values(headed, .person).contains("Last"))
        let mixed = """
            Site;Contact;Phone
            North;Jennifer Smith;0176 1234567
            South;Haustechnik;0176 7654321
            East;Hausmeister;0176 1112223
            West;Empfang;0176 3334445
            """
        #expect(!values(mixed, .person).contains("Haustechnik"))
    }

    @Test func whomANoteIsFrom() {
        #expect(values("Note from Payne: the Kirkby laptop is in the drawer", .person) == ["Payne"])
        #expect(values("-----\nInterne Notiz von Betina: Sanitär war Montag da", .person) == ["Betina"])
        #expect(values("Hinweis von Wibke Kuhl: Bezirk Süd braucht zwei Leute", .person) == ["Wibke Kuhl"])
        // A note from a place, a team or a tool.
        #expect(values("Note from Legal: please review", .person).isEmpty)
        #expect(values("Update from Jenkins: build 4411 failed", .person).isEmpty)
    }

    @Test func buildingsAndFormWordsNameNoOne() {
        #expect(values("Property applied for: Jefferson Lofts, Unit 5C", .person).isEmpty)
        #expect(values("- Rabies certificate prints \"Dr. Signature\" on the wrong line", .person).isEmpty)
        #expect(values("Landlord: Dr. Maria Lopez", .person) == ["Maria Lopez"])
    }

    @Test func partnersJoinedBySlashes() {
        #expect(
            values("Internal approval: Thomas / Cohen / Jennifer Jackson", .person) == [
                "Thomas", "Cohen", "Jennifer Jackson",
            ]
        )
        #expect(values("KW 28: Adalbert Sorgatz / Hecker", .person) == ["Adalbert Sorgatz", "Hecker"])
        // Tasks, firms and words beside a name are no partners.
        #expect(values("Parks North / Julia Hodgson / Grass cutting Ridgeway Park", .person) == ["Julia Hodgson"])
        #expect(values("3) Anderson, Anna / Ball LLC / C2W-88430", .person) == ["Anderson, Anna"])
        #expect(values("Approved: Jennifer Jackson / Finance", .person) == ["Jennifer Jackson"])
    }

    @Test func shellDefaultsAndIncidentNumbers() {
        #expect(values("POSTGRES_PASSWORD: ${postgres_password:-changeme}", .password).isEmpty)
        #expect(values("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-S3cr3tPassw0rd!}", .password) == ["S3cr3tPassw0rd!"])
        #expect(values("PagerDuty incident: 787751813 (auto-resolved)", .phone).isEmpty)
        #expect(values("Mon numéro de contrat est le 023659936.", .phone).isEmpty)
        // A phone after a phone's word still is one.
        #expect(values("Call me: 787751813", .phone) == ["787751813"])
    }

    @Test func familyNameFirstBeforeAFootnoteMark() {
        #expect(values("| Freeman, Virginia* | Elm St | 7-3 |", .person) == ["Freeman, Virginia"])
    }

    @Test func nameInParenthesesAfterARole() {
        #expect(values("Notes: cleaned ear wound, vet (Smith) says no abx needed.", .person) == ["Smith"])
        #expect(values("refund goes to bursar (Grace)", .person) == ["Grace"])
        #expect(values("Sister (Debra, (464)544-5721) asked to be rung", .person) == ["Debra"])
        // A place's or a firm's word after the role is none.
        #expect(values("Claim,Luna,Canine,Oak Hollow Vet Center,$96.00,DENIED", .person).isEmpty)
        #expect(values("[06:12] Kathy (Vorarbeiterin Nord): Guten Morgen", .person) == ["Kathy"])
    }

    @Test func givenNamesGluedBySlashes() {
        #expect(
            values("still with IT, Jeremiah/Patricia/Amanda please don't use it", .person) == [
                "Jeremiah", "Patricia", "Amanda",
            ]
        )
        #expect(values("Wk 30   Kelly/Jodi   (esc same as wk 27)", .person) == ["Kelly", "Jodi"])
        // A path's segments, or seasons.
        #expect(values("/home/Amanda/Patricia/docs", .person) == ["Amanda"])
        #expect(values("use the Summer/Winter timetable", .person).isEmpty)
    }

    @Test func namesAfterGermanShiftWords() {
        let rota = "Mo: Früh Hahn | Spät Fritsch | Nacht Ruppert\nDi: Früh Fritsch | Spät Hahn | Nacht –"
        #expect(values(rota, .person) == ["Hahn", "Fritsch", "Ruppert", "Fritsch", "Hahn"])
        // Not inside running text, nor a shift's word before a time or a dash.
        #expect(values("Ich komme früh Hahn abholen.", .person).isEmpty)
        #expect(values("Mo: Früh 06–14 | Nacht –\nDi: Früh 06–14 | Nacht –", .person).isEmpty)
    }

    @Test func speakerWithAnEmojiInTheDisplayName() {
        let chat = "[December 03, 2025, 18:05] Ashleigh 🚚: I'll take it\n[December 03, 2025, 18:07] Jeremy Young: ok"
        #expect(values(chat, .person) == ["Ashleigh", "Jeremy Young"])
        #expect(values("Status 🚀: deployed", .person).isEmpty)
    }
}
