import NewsModel

extension EntityTagger {
    /// The entity mentions in `text`, in order, with spans in Unicode scalar offsets into
    /// `text` (for `Article.body`, offsets into the body).
    public func mentions(in text: String) -> [Mention] {
        let scalars = Array(text.unicodeScalars)
        var result: [Mention] = []
        for sentence in EntityTokenizer.sentences(text) {
            result += mentions(in: sentence, scalars: scalars)
        }
        return result
    }

    /// The entity mentions among tokens of one sentence, each with its scalar span in the
    /// text the tokens came from (`scalars` are that text's scalars).
    public func mentions(in sentence: [EntityTokenizer.Token], scalars: [Unicode.Scalar]) -> [Mention] {
        let tags = tag(sentence.map(\.text))
        return EntityChunk.chunks(of: tags).map { chunk in
            let start = sentence[chunk.tokens.lowerBound].range.lowerBound
            let end = sentence[chunk.tokens.upperBound - 1].range.upperBound
            let text = String(String.UnicodeScalarView(scalars[start..<end]))
            return Mention(kind: chunk.kind, span: Span(start: start, end: end), text: text)
        }
    }
}
