import NewsModel

extension EntityTagger {
    /// The entity mentions in `text`, in order, with spans in Unicode scalar offsets into
    /// `text` (for `Article.body`, offsets into the body).
    public func mentions(in text: String) -> [Mention] {
        let scalars = Array(text.unicodeScalars)
        let sentences = EntityTokenizer.sentences(text)
        let tags = tag(sentences: sentences.map { $0.map(\.text) })
        return zip(sentences, tags).flatMap { mentions(in: $0, tags: $1, scalars: scalars) }
    }

    /// The mentions a sentence's tags make, each with its scalar span in the text the tokens
    /// came from (`scalars` are that text's scalars).
    func mentions(in sentence: [EntityTokenizer.Token], tags: [EntityTag], scalars: [Unicode.Scalar]) -> [Mention] {
        return EntityChunk.chunks(of: tags).map { chunk in
            let start = sentence[chunk.tokens.lowerBound].range.lowerBound
            let end = sentence[chunk.tokens.upperBound - 1].range.upperBound
            let text = String(String.UnicodeScalarView(scalars[start..<end]))
            return Mention(kind: chunk.kind, span: Span(start: start, end: end), text: text)
        }
    }
}

extension EntityTagger {
    /// The entity mentions in an article's body, spans in scalar offsets into `article.body`.
    public func mentions(in article: Article) -> [Mention] {
        mentions(in: article.body)
    }
}
