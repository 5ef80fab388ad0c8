/// Reads the column list of an SQL `INSERT` for a value in its `VALUES` tuples, so that a column named `last_name` or
/// `ssn` serves as context for the values as a CSV header does:
/// `INSERT INTO staff (first_name, last_name) VALUES ('Tamika', 'Holloway'), ('Ivo', 'Brandt');`
enum SQLInsert {
    /// Byte range of the column name for the value starting at `pos` (just after its opening quote, if any), or nil
    /// when `pos` is not the start of a value in a `VALUES` tuple with a column list.
    static func column(_ t: ScanText, at pos: Int) -> (Int, Int)? {
        // Values that name people or hold numbers as text are quoted; an unquoted cell is left to the CSV reading.
        guard t.at(pos - 1) == 0x27 || t.at(pos - 1) == 0x22 else { return nil }
        // Back to the tuple's opening parenthesis on this line, counting the commas outside quotes before the value
        // (at most 64 columns and 2,048 bytes back, so that a long line costs no more per value).
        var k = pos - 2
        var index = 0
        var quote: UInt8 = 0
        while k >= 0 && pos - k < 2048 && index < 64 {
            let c = t[k]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x27 || c == 0x22 {
                quote = c
            } else if c == 0x2C {
                index += 1
            } else if c == 0x28 {
                break
            } else if c == 0x0A || c == 0x29 || c == 0x3B {
                return nil
            }
            k -= 1
        }
        guard k > 0, t[k] == 0x28, quote == 0, let list = columnList(t, before: k) else { return nil }
        // The `index`-th name of the list, without white space and identifier quotes.
        var cs = list.0 + 1
        var n = 0
        for e in cs...list.1 where e == list.1 || t[e] == 0x2C {
            if n == index {
                var a = cs
                var b = e
                while a < b && (Byte.isSpace(t[a]) || t[a] == 0x60 || t[a] == 0x22 || t[a] == 0x5B) { a += 1 }
                while b > a && (Byte.isSpace(t[b - 1]) || t[b - 1] == 0x60 || t[b - 1] == 0x22 || t[b - 1] == 0x5D) {
                    b -= 1
                }
                return b > a ? (a, b) : nil
            }
            n += 1
            cs = e + 1
        }
        return nil
    }

    /// Calls `body` with the start of each value (after its opening quote) in the column named at `kw` inside an
    /// `INSERT`'s column list (`INSERT INTO patients (mrn, name, dob) VALUES ('A1', 'Jo', '1949/10/15'), (…);`);
    /// returns whether `kw` is inside such a list. At most 256 tuples and 64 KB are read.
    @discardableResult
    static func forEachValue(_ t: ScanText, inColumnAt kw: Int, _ body: (Int) -> Void) -> Bool {
        var lo = kw - 1
        while lo >= 0 && kw - lo < 512 && t[lo] != 0x28 && t[lo] != 0x29 && t[lo] != 0x0A { lo -= 1 }
        var hi = kw
        while hi < t.count && hi - kw < 512 && t[hi] != 0x29 && t[hi] != 0x28 { hi += 1 }
        guard t.at(lo) == 0x28, t.at(hi) == 0x29, let first = afterValues(t, hi),
            let list = columnList(t, before: first), list == (lo, hi)
        else { return false }
        let column = (lo..<kw).reduce(0) { $0 + (t[$1] == 0x2C ? 1 : 0) }
        var k = first
        var tuples = 0
        while k < t.count && t[k] == 0x28 && tuples < 256 && k - hi < 65536 {
            // One tuple: the cells outside quotes, up to its closing parenthesis.
            var cell = 0
            var quote: UInt8 = 0
            var p = k + 1
            var start = p
            while p < t.count {
                let c = t[p]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == 0x27 || c == 0x22 {
                    quote = c
                } else if c == 0x2C || c == 0x29 {
                    if cell == column {
                        while start < p && Byte.isSpace(t[start]) { start += 1 }
                        if t[start] == 0x27 || t[start] == 0x22 { start += 1 }
                        body(start)
                    }
                    if c == 0x29 { break }
                    cell += 1
                    start = p + 1
                }
                p += 1
            }
            tuples += 1
            // `), (` to the next tuple; anything else ends the statement.
            k = p + 1
            while k < t.count && (Byte.isSpace(t[k]) || t[k] == 0x2C) { k += 1 }
        }
        return true
    }

    /// The first tuple's `(` after the column list closing at `close`: ` VALUES (`, or nil.
    private static func afterValues(_ t: ScanText, _ close: Int) -> Int? {
        var k = close + 1
        while k < t.count && Byte.isSpace(t[k]) { k += 1 }
        guard t.matches("values", at: k) else { return nil }
        k += 6
        while k < t.count && Byte.isSpace(t[k]) { k += 1 }
        return t.at(k) == 0x28 ? k : nil
    }

    /// The parentheses of the column list (`(` and `)` offsets) for the tuple opening at `open`: before it stands
    /// `VALUES`, or earlier tuples of the same statement and then `VALUES`, and before that the list.
    private static func columnList(_ t: ScanText, before open: Int) -> (Int, Int)? {
        var p = open - 1
        for _ in 0..<64 {
            while p >= 0 && Byte.isSpace(t[p]) { p -= 1 }
            if p >= 5 && t.matches("values", at: p - 5) && !Byte.isWord(t.at(p - 6)) {
                p -= 6
                while p >= 0 && Byte.isSpace(t[p]) { p -= 1 }
                guard t.at(p) == 0x29, let lo = opening(t, p) else { return nil }
                // Names only: letters, digits, `_`, quotes for identifiers, commas and white space.
                for k in lo + 1..<p {
                    let c = t[k]
                    guard
                        Byte.isAlnum(c) || c == 0x5F || c == 0x2C || Byte.isSpace(c) || c == 0x60 || c == 0x22
                            || c == 0x5B || c == 0x5D
                    else { return nil }
                }
                return (lo, p)
            }
            // An earlier tuple: `…), (` — skip it.
            guard t.at(p) == 0x2C else { return nil }
            p -= 1
            while p >= 0 && Byte.isSpace(t[p]) { p -= 1 }
            guard t.at(p) == 0x29, let lo = opening(t, p) else { return nil }
            p = lo - 1
        }
        return nil
    }

    /// The `(` that the `)` at `close` closes, outside quotes, within 2,000 bytes.
    private static func opening(_ t: ScanText, _ close: Int) -> Int? {
        var k = close - 1
        var quote: UInt8 = 0
        while k >= 0 && close - k < 2000 {
            let c = t[k]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x27 || c == 0x22 {
                quote = c
            } else if c == 0x28 {
                return k
            } else if c == 0x29 {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// Byte range of the column compared with a list of quoted values (`ph.last_name NOT IN ('Ortiz', 'Soto')`) for the
    /// value starting at `pos` (just after its opening quote), or nil.
    static func listColumn(_ t: ScanText, at pos: Int) -> (Int, Int)? {
        guard t.at(pos - 1) == 0x27 else { return nil }
        // Back over the list's other values, commas and spaces to its `(`.
        var k = pos - 2
        var quoted = false
        while k >= 0 && pos - k < 512 {
            let c = t[k]
            if quoted {
                if c == 0x27 { quoted = false }
            } else if c == 0x27 {
                quoted = true
            } else if c == 0x28 {
                break
            } else if c != 0x2C && c != 0x20 {
                return nil
            }
            k -= 1
        }
        guard k > 0, t[k] == 0x28 else { return nil }
        // `IN` (or `NOT IN`) before it, then the column's identifier.
        var j = k - 1
        while j >= 0 && t[j] == 0x20 { j -= 1 }
        guard j >= 2, Byte.lower(t[j]) == 0x6E, Byte.lower(t[j - 1]) == 0x69, t[j - 2] == 0x20 else { return nil }
        j -= 3
        if j >= 3 && t.matches("not", at: j - 2) && t[j - 3] == 0x20 { j -= 4 }
        while j >= 0 && t[j] == 0x20 { j -= 1 }
        let ie = j + 1
        while j >= 0 && (Byte.isAlnum(t[j]) || t[j] == 0x5F || t[j] == 0x2E) { j -= 1 }
        return ie > j + 1 ? (j + 1, ie) : nil
    }
}
