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
        let view = text.unicodeScalars
        var wordStart: String.Index? = nil
        var wordOffset = 0
        var offset = 0
        var index = view.startIndex
        func flushWord() {
            if let start = wordStart {
                current.append(Token(text: String(text[start..<index]), range: wordOffset..<offset))
                wordStart = nil
            }
        }
        func flushSentence() {
            if !current.isEmpty { sentences.append(current); current = [] }
        }
        while index != view.endIndex {
            let s = view[index]
            switch kind(of: s) {
            case .word:
                if wordStart == nil { wordStart = index; wordOffset = offset }
            case .space:
                flushWord()
                if s.value == 0x0A || s.value == 0x0D || s.value == 0x2029 { flushSentence() }
            case .mark:
                flushWord()
                current.append(Token(text: String(s), range: offset..<offset + 1))
                if s == "." || s == "!" || s == "?" || s == "؟" { flushSentence() }
            }
            offset += 1
            index = view.index(after: index)
        }
        flushWord()
        flushSentence()
        return sentences
    }

    private enum ScalarKind { case word, space, mark }

    /// Word scalars (letters, digits, combining marks, tatweel), white space (and zero-width
    /// joiners and direction marks), or a mark that is a token of its own. ASCII and the basic
    /// Arabic letters are answered without the Unicode property tables.
    @inline(__always)
    private static func kind(of s: Unicode.Scalar) -> ScalarKind {
        let v = s.value
        if v < 0x80 {
            if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) { return .word }
            if v == 0x20 || (v >= 0x09 && v <= 0x0D) { return .space }
            return .mark
        }
        if (v >= 0x0621 && v <= 0x063A) || (v >= 0x0641 && v <= 0x064A) { return .word }
        let p = s.properties
        if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark || v == 0x640
        {
            return .word
        }
        if p.isWhitespace || v == 0x200C || v == 0x200D || v == 0x200F || v == 0x200E { return .space }
        return .mark
    }
}
