/// The author named in the header of a quoted e-mail reply: `On Tue, 5 Mar 2024 at 10:02, Jane Doe <jane@…> wrote:`,
/// `Le 27/12/2021, Arnaude Lambert a écrit :`, `Am 05.03.2024 um 10:02 schrieb Jane Doe <jane@…>:`.
extension PersonDetector {
    /// The name in a reply header whose closing colon is at `sep`, or nil.
    func replyHeader(_ t: ScanText, _ sep: Int) -> Candidate? {
        // The header ends its line (tested first: most colons have text after them) and opens it (after `>` quote
        // marks) with `On`, `Le` or `Am`.
        let next = t.at(sep + 1)
        guard next == 0x0A || next == 0x0D || sep + 1 >= t.count else { return nil }
        let ls = t.lineStart(sep, notBefore: sep - 160)
        guard ls == 0 || t[ls - 1] == 0x0A else { return nil }
        var hs = ls
        while t.at(hs) == 0x3E || t.at(hs) == 0x20 { hs += 1 }
        guard t.matches("on ", at: hs) || t.matches("le ", at: hs) || t.matches("am ", at: hs) else { return nil }
        var ke = sep
        while ke > hs && t[ke - 1] == 0x20 { ke -= 1 }
        var ns: Int
        var ne: Int
        if t.matches(" wrote", at: ke - 6) || t.matches(" a écrit", at: ke - 9) {
            ne = t.matches(" wrote", at: ke - 6) ? ke - 6 : ke - 9
            ne = Self.beforeBracketedAddress(t, ne)
            // Back to the comma after the date.
            ns = ne
            while ns > hs && t[ns - 1] != 0x2C && ne - ns < 64 { ns -= 1 }
            guard ns > hs, t[ns - 1] == 0x2C else { return nil }
            while t.at(ns) == 0x20 { ns += 1 }
        } else {
            // `schrieb Jane Doe <jane@…>:`
            var k = ke - 8
            while k > hs && !t.matches(" schrieb ", at: k) { k -= 1 }
            guard k > hs else { return nil }
            ns = k + 9
            ne = Self.beforeBracketedAddress(t, ke)
        }
        guard let tok = NameTokens.read(t, ns, max: 4), tok.end == ne else { return nil }
        return person(tok.start, tok.end, 0.85)
    }

    /// `e`, moved before a ` <address>` that ends there.
    private static func beforeBracketedAddress(_ t: ScanText, _ e: Int) -> Int {
        guard t.at(e - 1) == 0x3E else { return e }
        var k = e - 1
        while k > 0 && t[k] != 0x3C && e - k < 256 { k -= 1 }
        guard t.at(k) == 0x3C else { return e }
        while k > 0 && t[k - 1] == 0x20 { k -= 1 }
        return k
    }
}
