/// A token with everything Khabar's analysis derives from it.
public struct AnalyzedToken: Hashable, Sendable {
    /// The token: kind and spans in the original text.
    public var token: Token
    /// The text as written.
    public var surface: String
    /// The surface folded to `Normalizer.Level.search` (tatweel-joined proclitics closed up).
    public var normalized: String
    /// Proclitics cut off the front, outermost first (`و`, `ال`).
    public var proclitics: [String]
    /// Enclitics cut off the end (`هما`).
    public var enclitics: [String]
    /// The light stem: the word without clitics and without a plural, dual, feminine or
    /// nisba suffix when the lexicon attests the stem's paradigm. Empty for punctuation.
    public var stem: String
    /// The transliteration key (`NameKey`) of the stem; empty for non-words.
    public var nameKey: String
    /// Whether the word (without clitics) is a function word (`StopWords`).
    public var isStopWord: Bool

    public var kind: TokenKind { token.kind }
}
