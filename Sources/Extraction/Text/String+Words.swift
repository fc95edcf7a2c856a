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
