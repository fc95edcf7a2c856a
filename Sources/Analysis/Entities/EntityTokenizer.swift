/// Splits text into the tokens the entity tagger was trained on (ANERcorp's: words with
/// their clitics, each punctuation mark alone) and into sentences, with scalar spans.
public enum EntityTokenizer {
    /// A token and its half-open span of Unicode scalar offsets into the text.
    public struct Token: Hashable, Sendable {
        /// The token as written.
        public var text: String
        /// Scalar offsets `[start, end)`.
        public var range: Range<Int>
    }

    /// The sentences of `text`: tokens split after `.`, `!`, `?`, `؟` and at line breaks.
    public static func sentences(_ text: String) -> [[Token]] {
        var sentences: [[Token]] = []
        var current: [Token] = []
        var word = String.UnicodeScalarView()
        var wordStart = 0
        var offset = 0
        func flushWord() {
            if !word.isEmpty {
                current.append(Token(text: String(word), range: wordStart..<offset))
                word = String.UnicodeScalarView()
            }
        }
        func flushSentence() {
            if !current.isEmpty { sentences.append(current); current = [] }
        }
        for s in text.unicodeScalars {
            let p = s.properties
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
                || p.generalCategory == .spacingMark || s.value == 0x640
            {
                if word.isEmpty { wordStart = offset }
                word.append(s)
            } else if p.isWhitespace || s.value == 0x200C || s.value == 0x200D || s.value == 0x200F || s.value == 0x200E {
                flushWord()
                if s.value == 0x0A || s.value == 0x0D || s.value == 0x2029 { flushSentence() }
            } else {
                flushWord()
                current.append(Token(text: String(s), range: offset..<offset + 1))
                if s == "." || s == "!" || s == "?" || s == "؟" { flushSentence() }
            }
            offset += 1
        }
        flushWord()
        flushSentence()
        return sentences
    }
}
