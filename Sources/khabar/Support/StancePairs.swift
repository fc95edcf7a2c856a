import Foundation

/// Headline pairs in the format of ANS stance files: a header `s1,s2,stance` and one pair per
/// line, fields quoted with `"` when they hold commas (quotes doubled inside).
struct StancePairs {
    /// One pair.
    struct Pair {
        var s1: String
        var s2: String
        /// `agree`, `disagree` or `other`.
        var stance: String
    }

    /// The pairs of `path`; lines without three fields are counted in `skipped`.
    static func read(path: String) throws -> (pairs: [Pair], skipped: Int) {
        guard let data = FileManager.default.contents(atPath: path) else {
            stderrLine("khabar: no such file: \(path)")
            throw KhabarExit.missingFile
        }
        let rows = parse(String(decoding: data, as: UTF8.self))
        guard let header = rows.first else { return ([], 0) }
        let h = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let i1 = h.firstIndex(of: "s1") ?? 0, i2 = h.firstIndex(of: "s2") ?? 1, i3 = h.firstIndex(of: "stance") ?? 2
        var pairs: [Pair] = []
        var skipped = 0
        for row in rows.dropFirst() {
            guard row.count > max(i1, i2, i3) else { if !(row.count == 1 && row[0].isEmpty) { skipped += 1 }; continue }
            pairs.append(Pair(s1: row[i1], s2: row[i2], stance: row[i3].trimmingCharacters(in: .whitespaces).lowercased()))
        }
        return (pairs, skipped)
    }

    /// RFC 4180 rows.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r" { if let n = it.next(), n != "\n" { pending = n } }
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
