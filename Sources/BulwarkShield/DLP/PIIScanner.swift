/// Scans text for personal data and secrets of every `EntityType`.
///
/// The scanner works on the UTF-8 bytes in a few linear passes that only do real work around triggers
/// (`@`, digits, vendor prefixes, labels, capitalised words), then resolves overlaps and converts byte
/// offsets to Unicode scalar offsets once.
/// - Important: Findings carry offsets and types only, never the matched values.
public struct PIIScanner: Sendable {
    /// Creates a scanner with all detectors enabled.
    public init() {
        _ = Self.warmUp
    }

    /// Scans a sample once per process that passes every detector, so that the lookup tables the detectors build
    /// lazily (lexicons, keyword sets: a few milliseconds) are ready before the first prompt arrives.
    private static let warmUp: Int = findings(
        in: """
            Dear Mr. Smith, my name is Jane Doe (jane.doe@mail.com, +1 415 555 0100), born 1980-01-02, passport \
            X1234567, card 4539 1488 0343 6467, IBAN DE89 3704 0044 0532 0130 00, SSN 123-45-6789, IP 8.8.8.8 \
            and fe80::1. I live at 12 Main Street, Springfield, IL 62704 or Hauptstraße 5, 10115 Berlin.
            password=Winter2024! api_key: "abcdef0123456789abcdef" ghp_abc AKIA xoxb- sk-proj- AIza
            Name: Anna Müller; Kunde: Herr Weber; [09:14] sara.oliver: hi @tom
            Thanks,
            Priya
            """
    ).count

    /// Returns the findings in `text`, sorted by start offset and non-overlapping.
    public func scan(_ text: String) -> [Finding] {
        Self.findings(in: text)
    }

    static func findings(in text: String) -> [Finding] {
        var text = text
        return text.withUTF8 { buf in
            // (A word's end is kept per offset in 32 bits; a text past 4 GB goes without.)
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: buf.count < Int(UInt32.max) - 2 ? buf.count : 0) {
                memo in
                memo.initialize(repeating: 0)
                let t = ScanText(bytes: buf, wordEnds: memo.count > 0 ? memo.baseAddress : nil)
                let triggers = Triggers(t)
                let chosen = Self.resolve(Self.candidates(t, triggers))
                return Self.toFindings(chosen, in: buf, ascii: !triggers.hasNonASCII)
            }
        }
    }

    static func candidates(_ t: ScanText, _ triggers: Triggers) -> [Candidate] {
        var out: [Candidate] = []
        out.reserveCapacity(32)
        TokenDetector().scan(t, triggers, into: &out)
        EmailDetector().scan(t, triggers, into: &out)
        CredentialDetector().scan(t, triggers, into: &out)
        IBANDetector().scan(t, triggers, into: &out)
        NumberDetector().scan(t, triggers, into: &out)
        IPv6Detector().scan(t, triggers, into: &out)
        ContextValueDetector().scan(t, triggers, into: &out)
        AddressDetector().scan(t, triggers, into: &out)
        PersonDetector().scan(t, triggers, into: &out)
        RecordItems.scan(t, into: &out)
        return out
    }

    /// Resolves overlaps by priority (then length): a candidate inside stronger ones is dropped, and the parts of
    /// one that only partly overlaps stronger spans are kept as spans of its own type.
    ///
    /// - Important: Keeping the uncovered parts means every byte of every candidate is reported, each part
    ///   under its own type's policy (a password glued to a phone number is still blocked), and masking never
    ///   leaves part of a weaker finding visible for a re-scan to find.
    static func resolve(_ candidates: consuming [Candidate]) -> [Candidate] {
        var ranked = candidates
        ranked.removeAll { $0.end <= $0.start }
        guard ranked.count > 1 else { return ranked }
        ranked.sort {
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            if $0.end - $0.start != $1.end - $1.start { return $0.end - $0.start > $1.end - $1.start }
            return $0.start < $1.start
        }
        // Inserting into a sorted list costs the square of the count; past a few dozen candidates (a prompt made of
        // thousands of addresses) the linear-time painting gives the same result. Painting always would cost 7 % more
        // instructions over the dev texts (two arrays per text), so few candidates keep the insertion.
        return ranked.count <= 32 ? insertKept(ranked) : paintKept(ranked)
    }

    /// `resolve` for few candidates, `ranked` strongest first: each is inserted into the sorted list of kept spans.
    static func insertKept(_ ranked: [Candidate]) -> [Candidate] {
        // Kept spans are disjoint and sorted by start.
        var kept: [Candidate] = []
        kept.reserveCapacity(ranked.count)
        for c in ranked {
            var k = 0
            while k < kept.count && kept[k].end <= c.start { k += 1 }
            guard k < kept.count, kept[k].start < c.end else {
                kept.insert(c, at: k)
                continue
            }
            // Walk the stronger spans inside `c`, keeping the gaps between them.
            var pieces: [Candidate] = []
            var cursor = c.start
            while k < kept.count && kept[k].start < c.end {
                if kept[k].start > cursor { pieces.append(piece(of: c, cursor, kept[k].start)) }
                cursor = max(cursor, kept[k].end)
                k += 1
            }
            if cursor < c.end { pieces.append(piece(of: c, cursor, c.end)) }
            // Every part is kept, even only punctuation: the detector judged the whole value, and a part left
            // in clear text next to a placeholder can read as a value of its own on a re-scan.
            for p in pieces {
                var at = 0
                while at < kept.count && kept[at].start < p.start { at += 1 }
                kept.insert(p, at: at)
            }
        }
        return kept
    }

    private static func piece(of c: Candidate, _ start: Int, _ end: Int) -> Candidate {
        var p = c
        p.start = start
        p.end = end
        return p
    }

    /// The findings of the resolved candidates (`chosen`: disjoint and sorted by start, as `resolve` returns them),
    /// their byte offsets converted to scalar offsets in one forward pass over the bytes; in ASCII text (`ascii`)
    /// byte offsets are scalar offsets.
    static func toFindings(_ chosen: [Candidate], in buf: UnsafeBufferPointer<UInt8>, ascii: Bool) -> [Finding] {
        var findings: [Finding] = []
        findings.reserveCapacity(chosen.count)
        var scalars = 0
        var pos = 0
        func scalarOffset(_ target: Int) -> Int {
            if ascii { return target }
            precondition(target >= pos, "resolved spans are disjoint and sorted")
            while pos < target {
                // Count every byte that is not a UTF-8 continuation byte.
                if buf[pos] & 0xC0 != 0x80 { scalars += 1 }
                pos += 1
            }
            return scalars
        }
        for c in chosen {
            let start = scalarOffset(c.start)
            findings.append(Finding(type: c.type, start: start, end: scalarOffset(c.end), score: c.score))
        }
        return findings
    }
}
