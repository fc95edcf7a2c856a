import NewsModel

/// Reads a plain-text page — paragraphs separated by line breaks, like the seed — into its
/// parts: body paragraphs, then whatever trails them (source line, read-also teasers,
/// related lists, page furniture), recognised by `LineShape`.
///
/// The body runs from the top (after an optional byline) to the first marker line: a source
/// line, a read-also marker standing alone, a related header, furniture, or a run of three
/// bullet lines. A read-also marker with its title on the same line inside the body is taken
/// out and the body goes on. After the body, a read-also marker's next line is the teaser
/// title and the following prose, up to the next marker, its text; bullets and title-like
/// lines after a related header are related teasers.
struct PlainTextExtractor {
    /// The parts found.
    struct Parts {
        var title: String?
        var paragraphs: [String] = []
        var source: String?
        var authors: [String] = []
        var readAlso: [Teaser] = []
        var related: [Teaser] = []
        var warnings: [String] = []
    }

    func extract(_ text: String) -> Parts {
        var parts = Parts()
        let lines = text.lineSlices.map { LineShape.of(String($0)) }
        var i = 0
        let n = lines.count
        func skipBlank() { while i < n, lines[i] == .blank { i += 1 } }

        // Optional headline and byline at the top.
        skipBlank()
        if i < n, case .text(let first) = lines[i], LineShape.isTitleLike(first), isBodyAhead(lines, from: i + 1),
           first.split(separator: " ").count >= 4, !isByline(first) {
            parts.title = first
            i += 1
            skipBlank()
        }
        if i < n, case .text(let first) = lines[i], isByline(first), isBodyAhead(lines, from: i + 1) {
            parts.authors = bylineAuthors(first)
            i += 1
        }

        // Body.
        bodyLoop: while i < n {
            switch lines[i] {
            case .blank: i += 1
            case .text(let t): parts.paragraphs.append(t); i += 1
            case .readAlso(let inline?):
                parts.readAlso.append(Teaser(title: inline))
                i += 1
            case .bullet(let t):
                // A run of three or more bullets ends the body; shorter runs are body lists.
                var k = i
                var run = 0
                while k < n {
                    if case .bullet = lines[k] { run += 1; k += 1 } else if lines[k] == .blank { k += 1 } else { break }
                }
                if run >= 3 && !isBodyAhead(lines, from: k) { break bodyLoop }
                parts.paragraphs.append(t)
                i += 1
            default:
                break bodyLoop
            }
        }

        // Trailer.
        var mode = 0 // 0: nothing open, 1: a read-also teaser's text, 2: a related list
        while i < n {
            switch lines[i] {
            case .blank:
                i += 1
            case .source(let s):
                if parts.source == nil { parts.source = s }
                mode = 0
                i += 1
            case .readAlso(let inline):
                i += 1
                var title = inline
                if title == nil {
                    while i < n, lines[i] == .blank { i += 1 }
                    if i < n, case .text(let t) = lines[i] { title = t; i += 1 }
                    else if i < n, case .bullet(let t) = lines[i] { title = t; i += 1 }
                }
                if let title { parts.readAlso.append(Teaser(title: title)); mode = 1 } else { mode = 0 }
            case .relatedHeader:
                mode = 2
                i += 1
            case .furniture:
                mode = 0
                i += 1
            case .bullet(let t):
                parts.related.append(Teaser(title: t))
                mode = 2
                i += 1
            case .text(let t):
                if mode == 1, var last = parts.readAlso.popLast() {
                    last.text = last.text.map { $0 + "\n\n" + t } ?? t
                    parts.readAlso.append(last)
                } else if mode == 2 {
                    parts.related.append(Teaser(title: t))
                } else {
                    parts.warnings.append("text after the article's end was left out: \(t.prefix(40))…")
                }
                i += 1
            }
        }
        return parts
    }

    /// Whether a text line of prose (more than 12 words) comes before the next marker.
    private func isBodyAhead(_ lines: [LineShape], from start: Int) -> Bool {
        var k = start
        while k < lines.count {
            switch lines[k] {
            case .blank: k += 1
            case .text(let t): return t.split(separator: " ").count > 12
            default: return false
            }
        }
        return false
    }

    /// `القاهرة- أحمد الريدي`, `كتب: فلان`, `By Jane Doe`: a short line naming a writer.
    func isByline(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 2 && words.count <= 7, let last = line.unicodeScalars.last,
              !".!؟?،,:".unicodeScalars.contains(last) else { return false }
        let key = LineShape.markerKey(line)
        if key.hasPrefix("كتب ") || key.hasPrefix("بقلم ") || key.hasPrefix("by ") || key.hasPrefix("تقرير ") { return true }
        if let dash = line.firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" }) {
            let before = line[..<dash].split(separator: " ").count
            let after = line[line.index(after: dash)...].split(separator: " ").count
            return before >= 1 && before <= 3 && after >= 1 && after <= 4
        }
        return false
    }

    private func bylineAuthors(_ line: String) -> [String] {
        var rest = Substring(line)
        if let dash = line.firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" || $0 == ":" }) {
            rest = line[line.index(after: dash)...]
        } else {
            rest = rest.split(separator: " ", maxSplits: 1).last ?? rest
        }
        return rest.split(whereSeparator: { $0 == "،" || $0 == "," })
            .map { String($0).trimmed }.filter { !$0.isEmpty }
    }
}
