/// The patient and next-of-kin segments of HL7 version 2 messages (`PID|1||884512^^^HOSP^MR||Garrison^Eleanor^M||
/// 19580214|F|||412 Birch Street^^Madison^WI^53703||(608)555-0143`), whose fields say what each value is: the fields
/// are separated by `|`, their components by `^` and repetitions by `~`.
enum HL7Segments {
    /// What a field of a segment holds.
    private enum Field {
        case name, birthDate, address, phone, ssn
    }

    /// The fields of `PID` (patient identification) and `NK1` (next of kin) that hold personal data, by number.
    private static func field(_ segment: UInt8, _ number: Int) -> Field? {
        if segment == 0x50 {  // PID
            switch number {
            case 5, 6, 9: return .name  // patient name, mother's maiden name, alias
            case 7: return .birthDate
            case 11: return .address
            case 13, 14: return .phone
            case 19: return .ssn
            default: return nil
            }
        }
        switch number {  // NK1
        case 2: return .name
        case 4: return .address
        case 5, 6: return .phone
        default: return nil
        }
    }

    /// Appends the values of the segment starting at `ls`, if a `PID|` or `NK1|` segment starts there.
    static func scan(_ t: ScanText, segmentAt ls: Int, into out: inout [Candidate]) {
        guard t.at(ls + 3) == 0x7C, t.matchesExactly("PID", at: ls) || t.matchesExactly("NK1", at: ls) else { return }
        let segment = t[ls]
        // A segment is one line; its fields end at `|`.
        let le = t.lineEnd(ls, notAfter: ls + 4096)
        var number = 1
        var fs = ls + 4
        for k in fs...le where k == le || t[k] == 0x7C || t[k] == 0x0D {
            if let kind = field(segment, number) {
                // Each repetition of the field on its own.
                var rs = fs
                for r in rs...k where r == k || t[r] == 0x7E {
                    value(t, kind, rs, r, into: &out)
                    rs = r + 1
                }
            }
            if k < le && t[k] == 0x0D { break }
            number += 1
            fs = k + 1
        }
    }

    /// The finding for one repetition `s..<e` of a field of `kind`, without the empty components at its end.
    private static func value(_ t: ScanText, _ kind: Field, _ s: Int, _ e: Int, into out: inout [Candidate]) {
        var e = e
        while e > s && (t[e - 1] == 0x5E || t[e - 1] == 0x20) { e -= 1 }
        // The first component alone, for values whose other components are codes (`(608)555-0143^PRN^PH`).
        var first = s
        while first < e && t[first] != 0x5E { first += 1 }
        guard e > s, (s..<e).contains(where: { Byte.isAlnum(t[$0]) }) else { return }
        switch kind {
        case .name:
            guard (s..<e).contains(where: { Byte.isAlpha(t[$0]) || t[$0] >= 0x80 }) else { return }
            out.append(Candidate(.person, s, e, score: 0.9, priority: 30))
        case .birthDate:
            // YYYYMMDD, maybe with a time after it; or a date as people write it (`May. 25, 1963`, exported by hand).
            if first - s >= 8, (s..<(s + 8)).allSatisfy({ Byte.isDigit(t[$0]) }) {
                out.append(Candidate(.dateOfBirth, s, s + 8, score: 0.9, priority: 50))
            } else if let d = DateParser.date(t, at: s), d <= first {
                out.append(Candidate(.dateOfBirth, s, d, score: 0.85, priority: 50))
            }
        case .address:
            guard (s..<e).contains(where: { Byte.isDigit(t[$0]) }) else { return }
            out.append(Candidate(.streetAddress, s, e, score: 0.85, priority: 55))
        case .phone:
            let digits = (s..<first).reduce(0) { $0 + (Byte.isDigit(t[$1]) ? 1 : 0) }
            guard digits >= 7 else { return }
            out.append(Candidate(.phone, s, first, score: 0.85, priority: 45))
        case .ssn:
            let digits = (s..<first).reduce(0) { $0 + (Byte.isDigit(t[$1]) ? 1 : 0) }
            guard digits == 9 else { return }
            out.append(Candidate(.usSSN, s, first, score: 0.85, priority: 65))
        }
    }
}
