/// What a token is.
public enum TokenKind: String, Codable, Sendable, CaseIterable {
    /// A word in Arabic script (harakat, tatweel and a tatweel-joined proclitic included).
    case arabicWord
    /// A word in Latin script.
    case latinWord
    /// A word in another script (Cyrillic, Han, Greek …).
    case otherWord
    /// A number: `2.5`, `١٢`, `21` in `عربي21`, `1,000`.
    case number
    /// A web address.
    case url
    /// An e-mail address.
    case email
    /// `#إليسا`, `#عاصي_الحلاني`.
    case hashtag
    /// `@user`.
    case mention
    /// Punctuation and symbols, ASCII and Arabic (`، ؛ ؟`).
    case punctuation
    /// A quotation mark: `" « » “ ” ‘ ’`.
    case quote

    /// Whether tokens of this kind carry words that analysis folds, segments and stems.
    public var isWord: Bool {
        self == .arabicWord || self == .latinWord || self == .otherWord || self == .hashtag
    }
}

/// One token of a text: its kind and where it stands in the original string.
///
/// Offsets are half-open. `scalars` counts Unicode scalars (the unit of `Span` in DESIGN.md);
/// `utf8` counts bytes (what SQLite's FTS5 tokenizer API reports).
public struct Token: Hashable, Sendable {
    /// What the token is.
    public var kind: TokenKind
    /// `[start, end)` in Unicode scalar offsets into the original text.
    public var scalars: Range<Int>
    /// `[start, end)` in UTF-8 byte offsets into the original text.
    public var utf8: Range<Int>
    /// Whether a line break stands between the previous token and this one.
    public var followsLineBreak: Bool

    public init(kind: TokenKind, scalars: Range<Int>, utf8: Range<Int>, followsLineBreak: Bool = false) {
        self.kind = kind
        self.scalars = scalars
        self.utf8 = utf8
        self.followsLineBreak = followsLineBreak
    }

    /// The token's text as written in `text` (the string it was cut from).
    public func surface(in text: String) -> String {
        let u = text.utf8
        let start = u.index(u.startIndex, offsetBy: utf8.lowerBound)
        let end = u.index(start, offsetBy: utf8.count)
        return String(text[start..<end])
    }
}
