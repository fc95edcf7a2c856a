import Foundation
import NewsModel

/// A store that keeps the quotes found at ingest (`IndexedArticle.quotes`) and finds them again:
/// all quotes of one article, and one speaker's quotes across the store under any spelling.
public protocol QuoteStore: ArticleStore {
    /// The quotes of article `id` in stored order (body first, then teasers), each with its
    /// words cut from the stored text; nil when no article has that id.
    /// - Throws: only when the store itself fails.
    func quotes(ofArticle id: String) async throws -> [StoredQuote]?

    /// Quotes whose speaker matches `request.speaker` (`SpeakerKey`: every name word of the
    /// query, titles aside, is among the speaker's) or is linked to an entity the name refers
    /// to; with `request.entityID`, the quotes linked to that entity only. Newest article first.
    /// - Throws: `QuoteQueryError.noName` when the query has no name word to match (and no entity id).
    func quotes(bySpeaker request: SpeakerQuoteRequest) async throws -> QuotePage
}

/// A stored quote with its article and its words.
public struct StoredQuote: Sendable, Codable, Hashable {
    /// The article's id.
    public var articleID: String
    /// The article's title, outlet and date.
    public var title: String
    public var source: String?
    public var published: Date?
    /// Position in the article's quote list (`quote.parent` refers to these positions).
    public var position: Int
    /// The text the spans point into.
    public var text: QuoteText
    /// The quote; spans are scalar offsets into `text`.
    public var quote: Quote
    /// The attributed words, cut from the stored text at `quote.content`.
    public var words: String
    /// The id of the entity the speaker names (`QuoteSpeakerLink`), when linked.
    public var speakerEntity: String?

    public init(articleID: String, title: String, source: String?, published: Date?, position: Int, text: QuoteText,
                quote: Quote, words: String, speakerEntity: String? = nil) {
        self.speakerEntity = speakerEntity
        self.articleID = articleID
        self.title = title
        self.source = source
        self.published = published
        self.position = position
        self.text = text
        self.quote = quote
        self.words = words
    }
}

/// A speaker's quotes across the store, with optional date bounds and paging.
public struct SpeakerQuoteRequest: Sendable, Equatable {
    /// The speaker as a user writes it: a name, a title and name, an organisation.
    public var speaker: String
    /// Only articles published at or after `from` and at or before `to` (undated articles are
    /// left out when either bound is set).
    public var from: Date?
    public var to: Date?
    /// Page size and offset.
    public var limit: Int
    public var offset: Int
    /// Whether to list quotes of articles that duplicate another stored article (off: each
    /// duplicate group counts once, through its canonical article).
    public var includeDuplicates: Bool
    /// When set, only quotes whose speaker is linked to this entity id (an entity's page);
    /// `speaker` then only labels the request.
    public var entityID: String?

    public init(speaker: String, from: Date? = nil, to: Date? = nil, limit: Int = 20, offset: Int = 0,
                includeDuplicates: Bool = false, entityID: String? = nil) {
        self.entityID = entityID
        self.speaker = speaker
        self.from = from
        self.to = to
        self.limit = limit
        self.offset = offset
        self.includeDuplicates = includeDuplicates
    }
}

/// One page of a speaker's quotes.
public struct QuotePage: Sendable, Codable, Equatable {
    /// All matching quotes, beyond this page too.
    public var total: Int
    /// This page's quotes.
    public var quotes: [StoredQuote]

    public init(total: Int, quotes: [StoredQuote]) {
        self.total = total
        self.quotes = quotes
    }
}

/// A speaker query that cannot be run.
public enum QuoteQueryError: Error, Equatable, CustomStringConvertible {
    /// The query has no name word once titles and function words are set aside.
    case noName(String)

    public var description: String {
        switch self {
        case .noName(let q): return "no name to look for in \"\(q)\": give a speaker's name (titles alone match everyone)"
        }
    }
}
