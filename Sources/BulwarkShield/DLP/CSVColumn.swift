/// Finds the header cell for a position inside comma-separated rows, so a column named `ssn` or
/// `date_of_birth` can serve as context for the values below it.
enum CSVColumn {
    /// Byte range of the header cell above `pos`, or nil when `pos` is not inside a CSV-looking block.
    static func header(_ t: ScanText, at pos: Int) -> (Int, Int)? {
        var cache = Cache()
        return header(t, at: pos, cache: &cache)
    }

    /// The header line found for the last row line asked about, so that the many numbers of one CSV row
    /// do not each walk up the whole table.
    struct Cache {
        var line = -1
        var headerStart = 0
    }

    /// `header(_:at:)`, remembering the header line of the last row line in `cache` (one cache per text).
    static func header(_ t: ScanText, at pos: Int, cache: inout Cache) -> (Int, Int)? {
        let ls = t.lineStart(pos)
        let column = columnIndex(t, ls, pos)
        guard column >= 0 else { return nil }
        // Walk up while the lines keep looking like rows; the first such line is the header.
        var headerStart = ls
        if cache.line == ls {
            headerStart = cache.headerStart
        } else {
            var probe = ls
            var steps = 0
            while probe > 0 && steps < 200 {
                let prevStart = t.lineStart(probe - 1)
                if commas(t, prevStart, probe - 1) < 2 { break }
                headerStart = prevStart
                probe = prevStart
                steps += 1
            }
            cache = Cache(line: ls, headerStart: headerStart)
        }
        guard headerStart < ls else { return nil }
        // The header must hold no digits-only cells; otherwise it is just another row.
        let he = t.lineEnd(headerStart)
        var col = 0
        var cellStart = headerStart
        var k = headerStart
        while k <= he {
            if k == he || t[k] == 0x2C {
                if col == column { return (cellStart, k) }
                col += 1
                cellStart = k + 1
            }
            k += 1
        }
        return nil
    }

    private static func commas(_ t: ScanText, _ lo: Int, _ hi: Int) -> Int {
        var c = 0
        var quoted = false
        for k in lo..<max(lo, hi) {
            if t[k] == 0x22 { quoted.toggle() } else if t[k] == 0x2C && !quoted { c += 1 }
        }
        return c
    }

    private static func columnIndex(_ t: ScanText, _ ls: Int, _ pos: Int) -> Int {
        let le = t.lineEnd(pos)
        guard commas(t, ls, le) >= 2 else { return -1 }
        return commas(t, ls, pos)
    }
}
