/// Pets named like people: vet records, family notes and pet-sitting lists name them as often as their owners.
extension PersonDetector {
    /// Whether the one-word candidate `c` names a pet: its species or breed in parentheses after it, as the first or
    /// second word and ending the note or its first item (`Cooper (Labrador, 9y)`, `Clover (rabbit)`, `Alfie (cocker
    /// spaniel)`; not `Karen Miller (dog walker)`). The scan then drops every one-word mention of that name (`Alfie's
    /// ear op`).
    /// Also a name after a species or a pet's label (`my cat Olive`, `mon chien Oscar`, `Pet: Archie`), or before a
    /// species or a breed as the next field (`Archie, Cockapoo`, `Luna,Canine,…`, `"Tank" - Canine`, `"name": "Rosie",
    /// "species": …`).
    static func namesAPet(_ t: ScanText, _ c: Candidate) -> Bool {
        guard c.type == .person else { return false }
        // `Kater Moritz`, `Hund Bello`: a kind of animal, capitalised as German writes nouns, and one word after it.
        if let fe = NameTokens.word(t, c.start), t.at(fe) == 0x20, NameTokens.word(t, fe + 1) == c.end {
            return animals.contains(t.hashLowercased(c.start, fe)) && !NameLexicon.isSurname(t, c.start, fe)
        }
        guard !(c.start..<c.end).contains(where: { t[$0] == 0x20 }) else { return false }
        // (A quotation mark may stand between: `chien « Oscar »` (`«` is two bytes, a space after it), `dog "Rex"`.)
        var s = c.start
        if t.at(s - 1) == 0x22 {
            s -= 1
        } else if t.at(s - 1) == 0x20 && t.at(s - 2) == 0xAB && t.at(s - 3) == 0xC2 {
            s -= 3
        }
        let colon = t.at(s - 2) == 0x3A && t.at(s - 1) == 0x20
        if let w = colon ? t.labelBefore(colon: s - 2, maxLength: 12) : t.wordBefore(s, maxLength: 12) {
            let h = t.hashLowercased(w.start, w.end)
            if animals.contains(h) || petLabels.contains(h) { return true }
            // `Pet's name: Bramble`, or `Patient: Luna   Tierart: Katze`: a name's label on a line that holds a pet's
            // or a species' field.
            if colon && nameOfAnimalLabels.contains(h) && lineHoldsSpeciesField(t, c) { return true }
        }
        var k = c.end
        if t.at(k) == 0x22 { k += 1 }
        if t.matchesExactly(", \"species\"", at: k) { return true }
        if t.at(k) == 0x2C {
            k += t.at(k + 1) == 0x20 ? 2 : 1
        } else if t.at(k) == 0x20, let dash = spacedDashLength(t, k + 1) {
            k += dash + 2
        } else {
            k = -1
        }
        if k > 0 {
            var we = k
            while Byte.isAlpha(t.at(we)) { we += 1 }
            // (The species ends its field: not a job, `Kevin, dog walker`, `Sarah, Horse riding coach`.)
            let a = t.at(we)
            // (Or whose it is: `Oscar, chien de Mme Teixeira`.)
            let fieldEnds =
                a == 0x2C || a == 0x22 || a == 0x3B || a == 0x29 || a == 0x0A || a == 0x0D || a == 0
                || (a == 0x20
                    && (t.matchesExactly("de ", at: we + 1) || t.matchesExactly("of ", at: we + 1)
                        || t.matchesExactly("von ", at: we + 1)))
            if we > k && fieldEnds && animals.contains(t.hashLowercased(k, we)) { return true }
        }
        guard t.at(c.end) == 0x20, t.at(c.end + 1) == 0x28 else { return false }
        var ws = c.end + 2
        for _ in 0..<2 {
            var we = ws
            while Byte.isAlpha(t.at(we)) || t.at(we) >= 0x80 { we += 1 }
            guard we > ws else { return false }
            let ends = t.at(we) == 0x29 || t.at(we) == 0x2C
            if ends && animals.contains(t.hashLowercased(ws, we)) { return true }
            guard t.at(we) == 0x20 else { return false }
            ws = we + 1
        }
        return false
    }

    /// Animals kept as pets, their kinds and common breeds (English, German, French).
    static let animals = NameLexicon.hashes(
        "dog cat puppy kitten rabbit bunny hamster horse pony parrot budgie ferret tortoise gecko labrador "
            + "retriever spaniel terrier collie poodle beagle dachshund bulldog husky chihuahua pug rottweiler doberman "
            + "greyhound whippet schnauzer sheepdog cockapoo labradoodle cavapoo ragdoll tabby moggy "
            + "hund hündin katze kater kaninchen hase meerschweinchen pferd welpe wellensittich dackel schäferhund "
            + "chien chienne chatte chiot chaton lapin cheval perruche cobaye canine feline equine"
    )

    /// Labels of a pet's name (`Pet: Archie`, `Haustier: Minka`).
    static let petLabels = NameLexicon.hashes("pet pets haustier tier animal")

    /// Labels of a name that are a pet's beside a pet's field (`Name:` after `Tier: Katze`, `Patient:` before
    /// `Species:`).
    static let nameOfAnimalLabels = NameLexicon.hashes("name patient patientin nom")

    /// Labels of a pet's kind (`Species:`, `Tierart:`, `Espèce :`) and of a pet (`Pet's name:`).
    static let speciesLabels = NameLexicon.hashes("species breed tierart rasse espèce pet pets tier animal")

    /// Whether the line of `c` holds a field labelled with one of `speciesLabels` (`Tierart: Katze`), or a pet's label
    /// before the name's (`Pet's name:`, `Tier: Katze, Name: Minka`).
    static func lineHoldsSpeciesField(_ t: ScanText, _ c: Candidate) -> Bool {
        let ls = t.lineStart(c.start, notBefore: c.start - 200)
        let le = t.lineEnd(c.end, notAfter: c.end + 200)
        var k = ls
        while k < le {
            guard Byte.isAlpha(t[k]) || t[k] >= 0x80, k == ls || !Byte.isWord(t[k - 1]) else {
                k += 1
                continue
            }
            var e = k
            while e < le && (Byte.isAlpha(t[e]) || t[e] >= 0x80) { e += 1 }
            let labelled = t.at(e) == 0x3A || (t.at(e) == 0x20 && t.at(e + 1) == 0x3A) || t.at(e) == 0x27
            if labelled && speciesLabels.contains(t.hashLowercased(k, e)) { return true }
            k = e
        }
        return false
    }
}
