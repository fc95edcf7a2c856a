import ArabicText
import NewsModel

/// Which text of an article a quote was found in: the body, or the text of a teaser.
public enum QuoteText: Hashable, Sendable, Codable, CustomStringConvertible {
    /// `Article.body`.
    case body
    /// The text of `Article.readAlso[n]`.
    case readAlso(Int)
    /// The text of `Article.related[n]`.
    case related(Int)

    /// `body`, `readAlso[N]` or `related[N]`.
    public var description: String {
        switch self {
        case .body: return "body"
        case .readAlso(let n): return "readAlso[\(n)]"
        case .related(let n): return "related[\(n)]"
        }
    }

    /// The text this names in `article`, or nil when the teaser has no text.
    public func text(in article: Article) -> String? {
        switch self {
        case .body: return article.body
        case .readAlso(let n): return n < article.readAlso.count ? article.readAlso[n].text : nil
        case .related(let n): return n < article.related.count ? article.related[n].text : nil
        }
    }

    /// Stored form: the kind (`body`, `readAlso`, `related`) and the teaser position (-1 for the body).
    var columns: (kind: String, position: Int) {
        switch self {
        case .body: return ("body", -1)
        case .readAlso(let n): return ("readAlso", n)
        case .related(let n): return ("related", n)
        }
    }

    init?(kind: String, position: Int) {
        switch kind {
        case "body": self = .body
        case "readAlso": self = .readAlso(position)
        case "related": self = .related(position)
        default: return nil
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        if s == "body" { self = .body; return }
        for (prefix, make) in [("readAlso[", QuoteText.readAlso), ("related[", QuoteText.related)] where s.hasPrefix(prefix) && s.hasSuffix("]") {
            if let n = Int(s.dropFirst(prefix.count).dropLast()) { self = make(n); return }
        }
        throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a quote text: \(s)")
    }
}

/// A quote as the store keeps it, computed by the ingest workers outside the write transaction.
public struct IndexedQuote: Hashable, Sendable {
    /// The quote; its spans are offsets into `text`, and its `parent` is an index into the
    /// article's whole quote list (`IndexedArticle.quotes`), not into one text's list.
    public var quote: Quote
    /// The text the quote was found in.
    public var text: QuoteText
    /// The speaker's matching key (`SpeakerKey`); empty when there is no speaker.
    public var speakerKey: [String]

    /// A quote of `text`, with its speaker key computed by `analyzer`.
    public init(quote: Quote, text: QuoteText, analyzer: Analyzer) {
        self.quote = quote
        self.text = text
        self.speakerKey = quote.speaker.map { SpeakerKey.terms(of: $0, analyzer: analyzer) } ?? []
    }
}
