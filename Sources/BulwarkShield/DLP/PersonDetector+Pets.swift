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
        guard c.type == .person, !(c.start..<c.end).contains(where: { t[$0] == 0x20 }) else { return false }
        let colon = t.at(c.start - 2) == 0x3A && t.at(c.start - 1) == 0x20
        if let w = colon ? t.labelBefore(colon: c.start - 2, maxLength: 12) : t.wordBefore(c.start, maxLength: 12),
            animals.contains(t.hashLowercased(w.start, w.end)) || petLabels.contains(t.hashLowercased(w.start, w.end))
        {
            return true
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
            let fieldEnds = a == 0x2C || a == 0x22 || a == 0x3B || a == 0x29 || a == 0x0A || a == 0x0D || a == 0
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
}
