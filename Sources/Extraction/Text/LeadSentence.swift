/// The first sentence of a text and a headline made from it, for pages without one.
enum LeadSentence {
    /// The first sentence of `paragraph`: up to the first `.`, `!`, `?` or `؟` that is followed
    /// by a space or the end and not inside quotation marks; the whole paragraph when none is.
    static func first(of paragraph: String) -> String {
        var quoteDepth = 0
        let scalars = Array(paragraph.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            switch s {
            case "\"", "“", "”", "«", "»":
                if s == "\"" { quoteDepth = quoteDepth == 0 ? 1 : 0 }
                else if s == "“" || s == "«" { quoteDepth += 1 }
                else { quoteDepth = max(0, quoteDepth - 1) }
            case ".", "!", "?", "؟", "。":
                let next = i + 1 < scalars.count ? scalars[i + 1] : " "
                if quoteDepth == 0 && (next == " " || next == "\n") && i > 20 {
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: scalars[...i])
                    return String(v).trimmed
                }
            default:
                break
            }
            i += 1
        }
        return paragraph.trimmed
    }

    /// A headline inferred from a lead sentence: the sentence without its final stop, cut at
    /// a clause boundary (comma) or after 14 words when longer.
    static func headline(from lead: String) -> String {
        var s = lead.trimmed
        while let last = s.unicodeScalars.last, ".!?؟。".unicodeScalars.contains(last) { s.unicodeScalars.removeLast() }
        let words = s.split(separator: " ")
        guard words.count > 14 else { return s }
        // Prefer the first clause that has at least 6 words.
        var count = 0
        var cut = s.endIndex
        for (idx, ch) in zip(s.indices, s) {
            if ch == " " { count += 1 }
            if (ch == "،" || ch == "," || ch == "؛" || ch == ";") && count >= 6 { cut = idx; break }
        }
        if cut != s.endIndex { return String(s[..<cut]).trimmed + "…" }
        return words.prefix(14).joined(separator: " ") + "…"
    }
}
