/// A sentence of tokens with one gold or predicted BIO tag each.
public struct TaggedSentence: Hashable, Sendable {
    /// The tokens, as written.
    public var tokens: [String]
    /// One tag per token.
    public var tags: [EntityTag]

    /// Creates a sentence; `tokens` and `tags` must have the same length.
    public init(tokens: [String], tags: [EntityTag]) {
        precondition(tokens.count == tags.count, "one tag per token")
        self.tokens = tokens
        self.tags = tags
    }
}
