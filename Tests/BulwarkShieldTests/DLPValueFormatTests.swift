import BulwarkShield
import Testing

/// Value formats found missing by a sweep over generated values (`scripts/eval-formats`): US territories, GB studio
/// flats, French streets without a house number, weekdays before birth dates, degrees after names, German titles,
/// family names that are also words, the recipient above an address, and cards outside the public issuer lists —
/// each with the look-alike it must not take.
@Suite("PII scanner: value formats")
struct DLPValueFormatTests {
    @Test func addressesInTerritoriesAndStudioFlats() {
        #expect(
            values("Address: 799 Carter Club, Martinezfurt, FM 27995", .streetAddress) == [
                "799 Carter Club, Martinezfurt, FM 27995"
            ]
        )
        #expect(
            values("Ship to: 390 Myers Valley Apt. 245, Lisashire, MH 34906", .streetAddress) == [
                "390 Myers Valley Apt. 245, Lisashire, MH 34906"
            ]
        )
        #expect(
            values("Address: Studio 44p, Martin Hills, East Adamshire, ST7 0LX", .streetAddress) == [
                "Studio 44p, Martin Hills, East Adamshire, ST7 0LX"
            ]
        )
        // The USPS street types `Fall` and `Crossroads`.
        #expect(
            values("Dr Terry Ali\nStudio 96\nHolmes Fall\nSchofieldville\nN68 1AL", .streetAddress) == [
                "Studio 96\nHolmes Fall\nSchofieldville\nN68 1AL"
            ]
        )
    }

    @Test func frenchStreetsWithoutHouseNumber() {
        let oneLine = "Adresse : chemin Christophe Joseph, 89458 MauriceBourg"
        #expect(values(oneLine, .streetAddress) == ["chemin Christophe Joseph, 89458 MauriceBourg"])
        #expect(values(oneLine, .person).isEmpty)
        #expect(
            values("Livraison :\nrue Coste\n17776 Ledouxboeuf\nMerci", .streetAddress) == [
                "rue Coste\n17776 Ledouxboeuf"
            ]
        )
        // The house number on the line above belongs to it.
        #expect(
            values("Adresse :\n48 bis\navenue Nathalie Caron\n38116 Grenoble", .streetAddress) == [
                "48 bis\navenue Nathalie Caron\n38116 Grenoble"
            ]
        )
        // A street named in prose, then a number that is no postcode and town.
        #expect(values("Along the rue de Rivoli, 12000 people marched.", .streetAddress).isEmpty)
    }

    @Test func weekdaysOpenBirthDates() {
        #expect(values("Date of birth: Thursday, November 05, 1981", .dateOfBirth) == ["Thursday, November 05, 1981"])
        #expect(values("Geburtsdatum: Donnerstag, 5. November 1981", .dateOfBirth) == ["Donnerstag, 5. November 1981"])
        #expect(values("née le jeudi 5 novembre 1981 à Lyon", .dateOfBirth) == ["jeudi 5 novembre 1981"])
        #expect(values("Meeting moved to Thursday, November 05, 2026.", .dateOfBirth).isEmpty)
    }

    @Test func degreesAndTitlesAroundNames() {
        #expect(values("Thanks, Mr. William Edwards MD", .person) == ["William Edwards MD"])
        #expect(values("Signed by Karsten Mies B.Sc. on Monday.", .person) == ["Karsten Mies B.Sc."])
        #expect(values("Contact person: Ing. Nuri Röhricht (Sales)", .person) == ["Nuri Röhricht"])
        #expect(values("Tickets at ING. Bank branches", .person).isEmpty)
    }

    @Test func familyNamesThatAreWords() {
        #expect(values("Hi Lynne Jenkins, thanks for the call.", .person) == ["Lynne Jenkins"])
        #expect(values("We build with Jenkins and ship to Kafka.", .person).isEmpty)
        #expect(values("slogans for the bakery on Queen Street that mention", .person).isEmpty)
        // Not after a given name that is a word itself.
        #expect(values("Will Jenkins build it tonight?", .person).isEmpty)
    }

    @Test func recipientAboveAnAddress() {
        let letter =
            "Please send the contract to\n\nConstanze Rogner B.Eng.\nStadelmannstraße 5\n10115 Berlin\n\nThanks."
        #expect(values(letter, .person) == ["Constanze Rogner B.Eng."])
        #expect(values("Ship to:\nNorthwind Traders\n12 Main Street, Springfield, IL 62704", .person).isEmpty)
        #expect(values("Acme Widgets GmbH\nHauptstraße 5\n10115 Berlin", .person).isEmpty)
    }

    @Test func partnershipsAreFirms() {
        #expect(values("Summarize our partnership with Koch, Bryant and Scott (User-friendly).", .person).isEmpty)
        #expect(values("Draft a short intro for Stewart, Smith and Short, a newspaper team.", .person).isEmpty)
        #expect(values("Draft a short intro for Bryant-Fields, an optician in Reno.", .person).isEmpty)
        #expect(values("Rewrite this tagline for Preston, King and Taylor: \"Seamless\"", .person).isEmpty)
        // People listed by their given names stay people, the first of the list too.
        #expect(values("Thanks to Anna, Tom and Luis for the help.", .person) == ["Anna", "Tom", "Luis"])
        #expect(values("Great work from Jessica, Daniel and Kevin.", .person) == ["Jessica", "Daniel", "Kevin"])
        #expect(values("Merci à Camille, Julien et Léa", .person) == ["Camille", "Julien", "Léa"])
    }

    @Test func frenchAndGermanPersonLabels() {
        #expect(values("Interlocuteur : Janin Kraus", .person) == ["Janin Kraus"])
        #expect(values("Antragstellerin: Aenne Geißler", .person) == ["Aenne Geißler"])
    }

    @Test func cardsOutsideTheIssuerListsNeedACardLabel() {
        #expect(values("Card number: 675994931839", .creditCard) == ["675994931839"])
        #expect(values("Card number: 3514110307264499", .creditCard) == ["3514110307264499"])
        #expect(values("Order number: 675994931839", .creditCard).isEmpty)
        #expect(values("Ref 3514110307264499 shipped", .creditCard).isEmpty)
    }
}
