import Foundation
import NewsModel

/// How search results are ordered.
public enum SearchOrder: String, Sendable, CaseIterable, Codable {
    /// Text relevance raised for fresh articles (the default): BM25 × (1 + 0.5 / (1 + age / 2 days)),
    /// where age runs from the article's time (publication, else first seen) to now. A same-day
    /// article outranks an old one up to half again as relevant by text; the lift halves at two
    /// days and fades over weeks, so over an archive it changes nothing.
    case news
    /// Text relevance (BM25) alone.
    case relevance
    /// Newest first (publication time, else the time Khabar first saw the article).
    case newest

    /// The largest lift, for an article of age zero.
    public static let freshnessLift = 0.5
    /// The age at which the lift is halved, in seconds.
    public static let freshnessHalfLife: Double = 2 * 86_400
}

/// A search to run: the parsed query and which page of results.
public struct SearchRequest: Sendable {
    public var query: SearchQuery
    /// How results are ordered.
    public var order: SearchOrder
    /// Results per page (1…100).
    public var limit: Int
    /// Results to skip.
    public var offset: Int
    /// Whether to count every match (costs a second pass over the matches).
    public var countTotal: Bool

    /// The largest page served.
    public static let maximumLimit = 100

    public init(query: SearchQuery, order: SearchOrder = .news, limit: Int = 10, offset: Int = 0, countTotal: Bool = true) {
        self.query = query
        self.order = order
        self.limit = min(max(1, limit), SearchRequest.maximumLimit)
        self.offset = max(0, offset)
        self.countTotal = countTotal
    }

    /// Parses `text` and applies explicit filters, which win over those written in the text.
    public init(_ text: String, source: String? = nil, from: Date? = nil, to: Date? = nil, category: String? = nil,
                order: SearchOrder = .news, limit: Int = 10, offset: Int = 0, countTotal: Bool = true) {
        var q = SearchQuery(parsing: text)
        if let source { q.source = source }
        if let from { q.from = from }
        if let to { q.to = to }
        if let category { q.category = category }
        self.init(query: q, order: order, limit: limit, offset: offset, countTotal: countTotal)
    }
}

/// One page of results.
public struct SearchPage: Sendable, Codable {
    /// Matches in all pages (nil when not counted).
    public var total: Int?
    public var hits: [SearchHit]
    /// What was odd about the query.
    public var warnings: [String]
}

/// One search result (DESIGN.md: `id`, `url`, `title`, `source`, `published`, `score`, `snippet`).
public struct SearchHit: Sendable, Codable, Equatable {
    public var id: String
    public var url: String?
    public var title: String
    public var source: String?
    public var published: Date?
    /// Relevance, higher is better (BM25 over title and body, title weighted above body; under
    /// `SearchOrder.news` multiplied by the freshness lift). Results come in two tiers — those
    /// with every query word in its exact (folded) form, then those found only through stems or
    /// name keys — and the score orders a tier, not the whole list.
    public var score: Double
    /// A passage of the original body with the matched words marked.
    public var snippet: MarkedText
    /// The title with the matched words marked.
    public var titleMarks: [Span]

    enum CodingKeys: String, CodingKey { case id, url, title, source, published, score, snippet, titleMarks = "titleSpans" }

    public init(id: String, url: String?, title: String, source: String?, published: Date?, score: Double,
                snippet: MarkedText, titleMarks: [Span]) {
        self.id = id; self.url = url; self.title = title; self.source = source; self.published = published
        self.score = score; self.snippet = snippet; self.titleMarks = titleMarks
    }

    /// Every key is present, `null` when unknown (DESIGN.md's search result: `id`, `url`,
    /// `title`, `source`, `published`, `score`, `snippet`), so the JSON shape is stable.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(url, forKey: .url)
        try c.encode(title, forKey: .title)
        try c.encode(source, forKey: .source)
        try c.encode(published, forKey: .published)
        try c.encode(score, forKey: .score)
        try c.encode(snippet, forKey: .snippet)
        try c.encode(titleMarks, forKey: .titleMarks)
    }
}

/// A text with marked spans (half-open Unicode scalar offsets into `text`).
public struct MarkedText: Sendable, Codable, Equatable {
    public var text: String
    public var spans: [Span]

    public init(text: String, spans: [Span]) {
        self.text = text
        self.spans = spans
    }

    /// The text with each span wrapped in `open` … `close` (e.g. `<mark>` … `</mark>`),
    /// every other character passed through `escape` (HTML escaping for web pages).
    public func marked(open: String = "<mark>", close: String = "</mark>", escape: (String) -> String = { $0 }) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var pos = 0
        func piece(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        for s in spans.sorted() where s.start >= pos && s.end <= scalars.count {
            out += escape(piece(pos..<s.start)) + open + escape(piece(s.start..<s.end)) + close
            pos = s.end
        }
        out += escape(piece(pos..<scalars.count))
        return out
    }
}

/// Why a search could not run.
public enum SearchError: Error, Equatable, CustomStringConvertible {
    /// The query has nothing to look for (only exclusions, filters or punctuation).
    case nothingToSearch

    public var description: String {
        switch self {
        case .nothingToSearch:
            return "the query has no word to look for: add at least one word that is not excluded"
        }
    }
}
