/// Splits text into sentences.
///
/// A sentence ends after `.`, `!`, `?`, `؟`, `؛`, `…` (with any closing quotation marks and
/// brackets that follow at once) and before a line break. Numbers (`2.5`) and URLs are single
/// tokens, so their dots never end a sentence; neither does a dot right after a one-letter
/// word (`U.S.`, `د.`) or after a known abbreviation (`Dr.`, `etc.`).
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Scalar ranges of the sentences of `text`, in order. Each range runs from its first
    /// token's start to its last token's end.
    public func sentences(in text: String) -> [Range<Int>] {
        let d = DecodedText()
        d.load(text)
        var tokens: [Token] = []
        Tokenizer().tokenize(d) { tokens.append($0) }
        return sentences(tokens: tokens, values: d.values).map { tokens[$0.lowerBound].scalars.lowerBound..<tokens[$0.upperBound - 1].scalars.upperBound }
    }

    /// Groups `tokens` into sentences; returns ranges of token indices.
    func sentences(tokens: [Token], values: [UInt32]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            if t.followsLineBreak && k > start {
                result.append(start..<k)
                start = k
            }
            if t.kind == .punctuation, endsSentence(t, at: k, tokens: tokens, values: values) {
                var end = k + 1
                // Closing quotes and brackets glued to the terminator stay with this sentence.
                while end < tokens.count, !tokens[end].followsLineBreak,
                    tokens[end].scalars.lowerBound == tokens[end - 1].scalars.upperBound,
                    isCloser(tokens[end], values: values)
                {
                    end += 1
                }
                result.append(start..<end)
                start = end
                k = end
                continue
            }
            k += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    private func endsSentence(_ t: Token, at k: Int, tokens: [Token], values: [UInt32]) -> Bool {
        let v = values[t.scalars.lowerBound]
        switch v {
        case 0x21, 0x3F, 0x061F, 0x061B, 0x2026, 0x06D4: return true
        case 0x2E:
            guard k > 0 else { return true }
            let prev = tokens[k - 1]
            let glued = prev.scalars.upperBound == t.scalars.lowerBound
            if glued && t.scalars.count == 1 && prev.kind.isWord {
                if prev.scalars.count == 1 { return false }
                if prev.kind == .latinWord, SentenceSplitter.abbreviations.contains(lowercased(values[prev.scalars])) {
                    return false
                }
            }
            return true
        default: return false
        }
    }

    private func isCloser(_ t: Token, values: [UInt32]) -> Bool {
        let v = values[t.scalars.lowerBound]
        switch t.kind {
        case .quote: return v == 0x22 || v == 0xBB || v == 0x201D || v == 0x2019 || v == 0x203A
        case .punctuation: return v == 0x29 || v == 0x5D
        default: return false
        }
    }

    private func lowercased(_ s: ArraySlice<UInt32>) -> String {
        String(String.UnicodeScalarView(s.compactMap { Unicode.Scalar($0) })).lowercased()
    }

    /// Latin abbreviations that end in a dot inside a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "etc", "vs", "no", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "col", "lt",
    ]
}
