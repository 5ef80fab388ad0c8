/// A person as the user of a link's credentials: `https://Ellen:ghp_…@github.com/org/repo.git`.
extension PersonDetector {
    /// The end of a known given name (no word, no place) at `i`, its word ending at `e`, right after `://` and before
    /// `:`, a password and `@` (no space, `/` or quote between); nil elsewhere.
    static func linkUser(_ t: ScanText, _ i: Int, _ e: Int) -> Int? {
        guard t.at(e) == 0x3A, t.at(i - 1) == 0x2F, t.at(i - 2) == 0x2F, t.at(i - 3) == 0x3A else { return nil }
        var k = e + 1
        while k < t.count && k - e < 300 {
            let c = t[k]
            if c == 0x40 { return k > e + 1 && givenNameAlone(t, i) == e ? e : nil }
            if Byte.isSpace(c) || c == 0x2F || c == 0x22 || c == 0x27 || c == 0x3C || c == 0x3E { return nil }
            k += 1
        }
        return nil
    }
}
