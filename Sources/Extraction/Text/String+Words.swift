extension String {
    /// The string without leading and trailing white space. ASCII spaces are trimmed on UTF-8
    /// bytes (the common case after whitespace collapsing); other white space falls back to
    /// `Character` checks.
    var trimmed: String {
        var copy = self
        let (start, end) = copy.withUTF8 { u -> (Int, Int) in
            var a = 0, b = u.count
            while a < b, u[a] == 0x20 || u[a] == 0x0A || u[a] == 0x09 || u[a] == 0x0D { a += 1 }
            while b > a, u[b - 1] == 0x20 || u[b - 1] == 0x0A || u[b - 1] == 0x09 || u[b - 1] == 0x0D { b -= 1 }
            return (a, b)
        }
        var s: Substring
        if start == 0 && end == utf8.count {
            s = Substring(self)
        } else {
            let u = utf8
            s = Substring(u[u.index(u.startIndex, offsetBy: start)..<u.index(u.startIndex, offsetBy: end)])
        }
        if let f = s.first, f.isWhitespace {
            while let f = s.first, f.isWhitespace { s.removeFirst() }
        }
        if let l = s.last, l.isWhitespace {
            while let l = s.last, l.isWhitespace { s.removeLast() }
        }
        return String(s)
    }

    /// Number of space-separated words, counted on UTF-8 bytes.
    var wordCount: Int {
        var copy = self
        return copy.withUTF8 { u in
            var n = 0
            var inWord = false
            for b in u {
                if b == 0x20 || b == 0x0A || b == 0x09 { inWord = false } else if !inWord { inWord = true; n += 1 }
            }
            return n
        }
    }
}

extension String {
    /// The lines of the string, split at `\n`, `\r\n`, `\r` and U+2029 with empty lines kept —
    /// what `split(omittingEmptySubsequences: false)` on those characters gives (line breaks
    /// are grapheme clusters of their own) — found on UTF-8 bytes.
    var lineSlices: [Substring] {
        var copy = self
        let bounds = copy.withUTF8 { u -> [(Int, Int)] in
            var out: [(Int, Int)] = []
            var start = 0, i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                var width = 0
                if b == 0x0A {
                    width = 1
                } else if b == 0x0D {
                    width = i + 1 < n && u[i + 1] == 0x0A ? 2 : 1
                } else if b == 0xE2, i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA9 {
                    width = 3
                }
                if width > 0 {
                    out.append((start, i))
                    i += width
                    start = i
                } else {
                    i += 1
                }
            }
            out.append((start, n))
            return out
        }
        let u = utf8
        return bounds.map { self[u.index(u.startIndex, offsetBy: $0.0)..<u.index(u.startIndex, offsetBy: $0.1)] }
    }
}

extension Unicode.Scalar {
    /// `properties.isAlphabetic`, answered without the property table for ASCII and the
    /// basic Arabic letters.
    var isAlphabeticFast: Bool {
        let v = value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if (v >= 0x0621 && v <= 0x063A) || (v >= 0x0641 && v <= 0x064A) { return true }
        return properties.isAlphabetic
    }

    /// Whether the scalar has a numeric type, answered without the property table for ASCII
    /// and the basic Arabic letters.
    var isNumericFast: Bool {
        let v = value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        if (v >= 0x0621 && v <= 0x063A) || (v >= 0x0641 && v <= 0x064A) { return false }
        return properties.numericType != nil
    }
}
