extension PIIScanner {
    /// `resolve` in time linear in the text and the candidates' lengths: each candidate, strongest first (`ranked`),
    /// claims the bytes of its span that no stronger one claimed, and each run of bytes claimed by one candidate
    /// becomes a span of it. That is what `insertKept` computes (a candidate inside stronger ones claims nothing;
    /// one that partly overlaps them keeps the gaps between them), without its quadratic cost.
    static func paintKept(_ ranked: [Candidate]) -> [Candidate] {
        var lo = Int.max
        var hi = 0
        for c in ranked {
            lo = min(lo, c.start)
            hi = max(hi, c.end)
        }
        // For each byte, the index in `ranked` of the candidate that claimed it, or -1.
        var owner = [Int32](repeating: -1, count: hi - lo)
        // For each byte, the next byte that may be unclaimed (a claimed run points past itself), so a candidate
        // over bytes already claimed skips them instead of walking them.
        var next = [Int32](repeating: 0, count: hi - lo + 1)
        for k in 0...(hi - lo) { next[k] = Int32(k) }
        func unclaimed(from k: Int) -> Int {
            var root = k
            while Int(next[root]) != root { root = Int(next[root]) }
            var j = k
            while Int(next[j]) != root {
                let step = Int(next[j])
                next[j] = Int32(root)
                j = step
            }
            return root
        }
        for (index, c) in ranked.enumerated() {
            var k = unclaimed(from: c.start - lo)
            while k < c.end - lo {
                owner[k] = Int32(index)
                next[k] = Int32(k + 1)
                k = unclaimed(from: k + 1)
            }
        }
        var kept: [Candidate] = []
        var k = 0
        while k < owner.count {
            let index = owner[k]
            var e = k + 1
            while e < owner.count && owner[e] == index { e += 1 }
            if index >= 0 {
                var piece = ranked[Int(index)]
                piece.start = lo + k
                piece.end = lo + e
                kept.append(piece)
            }
            k = e
        }
        return kept
    }
}
