/// One attributed statement: who said it, the word that says so, and what was said.
///
/// Spans are half-open Unicode scalar offsets into the text the quotes were extracted from
/// (usually `Article.body`, or a teaser's text).
public struct Quote: Codable, Hashable, Sendable {
    /// Whether the words stand in quotation marks.
    public enum Kind: String, Codable, Hashable, Sendable {
        /// The words are quoted (`"…"`, `«…»`, `“…”`), at least for the most part.
        case direct
        /// Reported speech: the إن/أن clause, or the clause an attribution hangs on.
        case indirect
    }

    /// The speaker as written (title + name, organisation, `مصادر أمنية`); for a
    /// continuation, the speaker carried over. `nil` when no speaker is known.
    public var speaker: String?
    /// Where `speaker` is written; `nil` for a continuation with no subject of its own.
    public var speakerSpan: Span?
    /// The cue as written: `وقال`, `مضيفًا`, `بحسب`, `نقل عن`, `:`.
    public var cue: String
    /// Where the cue is written.
    public var cueSpan: Span
    /// Direct or indirect speech.
    public var kind: Kind
    /// The attributed words (without the quotation marks and the إن/أن that introduce them).
    public var content: Span
    /// Whether the speaker is carried over from an earlier statement (`وأضاف أن …`, `مضيفا …`).
    public var isContinuation: Bool
    /// Whether the speaker is an unnamed source (`مصادر`, `مسؤول رفض الكشف عن اسمه`).
    public var isAnonymous: Bool
    /// For a nested attribution, the index of the enclosing quote in the same list.
    public var parent: Int?

    /// Creates a quote.
    public init(
        speaker: String?, speakerSpan: Span?, cue: String, cueSpan: Span, kind: Kind, content: Span,
        isContinuation: Bool = false, isAnonymous: Bool = false, parent: Int? = nil
    ) {
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.cueSpan = cueSpan
        self.kind = kind
        self.content = content
        self.isContinuation = isContinuation
        self.isAnonymous = isAnonymous
        self.parent = parent
    }
}
