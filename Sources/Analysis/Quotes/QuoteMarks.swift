import ArabicText

/// Which way a quotation mark faces, and how quoted stretches are paired.
///
/// `«` and `“` always open, `»` and `”` always close. A straight `"` opens after a space, the
/// start of the text or an opening bracket, closes before a space, punctuation or the end, and
/// opens when glued between two words (`إنشاء"نظام`: a missing space before an opening mark is
/// the common slip).
enum QuoteMarks {
    /// Whether the quotation-mark token at `index` opens a quotation.
    static func opens(_ index: Int, tokens: [AnalyzedToken], scalars: [Unicode.Scalar]) -> Bool {
        let s = scalars[tokens[index].token.scalars.lowerBound]
        switch s {
        case "«", "“", "‘": return true
        case "»", "”", "’": return false
        default: break
        }
        let at = tokens[index].token.scalars.lowerBound
        let before: Unicode.Scalar? = at > 0 ? scalars[at - 1] : nil
        let end = tokens[index].token.scalars.upperBound
        let after: Unicode.Scalar? = end < scalars.count ? scalars[end] : nil
        if before == nil || before!.properties.isWhitespace || "([{:،".unicodeScalars.contains(before!) { return true }
        if after == nil || after!.properties.isWhitespace || isPunctuation(after!) { return false }
        return true
    }

    /// The token range inside the quotation opened at `open`, when a closing mark at the same
    /// depth follows before the line ends; `nil` for an unbalanced quotation.
    static func quoted(from open: Int, tokens: [AnalyzedToken], scalars: [Unicode.Scalar]) -> Range<Int>? {
        var depth = 0
        var k = open
        while k < tokens.count {
            if k > open && tokens[k].token.followsLineBreak { return nil }
            if tokens[k].kind == .quote {
                depth += opens(k, tokens: tokens, scalars: scalars) ? 1 : -1
                if depth <= 0 { return (open + 1)..<k }
            }
            k += 1
        }
        return nil
    }

    /// How many word tokens of `range` stand inside quotation marks, counted from a depth of 0.
    static func quotedWordCount(_ range: Range<Int>, tokens: [AnalyzedToken], scalars: [Unicode.Scalar]) -> (quoted: Int, words: Int) {
        var depth = 0, quoted = 0, words = 0
        for k in range {
            if tokens[k].kind == .quote {
                depth = max(0, depth + (opens(k, tokens: tokens, scalars: scalars) ? 1 : -1))
            } else if tokens[k].kind.isWord || tokens[k].kind == .number {
                words += 1
                if depth > 0 { quoted += 1 }
            }
        }
        return (quoted, words)
    }

    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory.isPunctuationLike || "،؛؟".unicodeScalars.contains(s)
    }
}

extension Unicode.GeneralCategory {
    /// Punctuation of any kind.
    var isPunctuationLike: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol:
            return true
        default:
            return false
        }
    }
}
