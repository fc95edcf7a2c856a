import Foundation

/// One clean news article: the article alone in its body, and everything the page
/// wrapped around it kept apart as data. Produced by `Extraction`, enriched by `Analysis`.
///
/// The JSON field names are a contract (DESIGN.md): `id`, `url`, `canonicalURL`, `source`,
/// `title`, `titleInferred`, `lead`, `paragraphs`, `body`, `published`, `authors`,
/// `language`, `readAlso`, `related`, `warnings`.
public struct Article: Codable, Hashable, Sendable {
    /// Where the publication date was read from.
    public enum DateOrigin: String, Codable, Hashable, Sendable {
        case metadata, jsonLD, timeElement, text, url, feed, caller
    }

    /// Stable identifier (assigned by extraction from the URL or the body; see `Extraction`).
    public var id: String
    /// The address the page was fetched from.
    public var url: String?
    /// The address the page names as its canonical one.
    public var canonicalURL: String?
    /// The outlet that published the article (`السومرية العراقية`).
    public var source: String?
    /// The headline; inferred from the lead when the page has none.
    public var title: String
    /// Whether `title` was inferred rather than read from the page.
    public var titleInferred: Bool
    /// The first sentence or paragraph: what a reader sees first.
    public var lead: String
    /// The body paragraphs, in order.
    public var paragraphs: [String]
    /// When the article was published, if the page says.
    public var published: Date?
    /// Where `published` came from.
    public var publishedOrigin: DateOrigin?
    /// Bylines.
    public var authors: [String]
    /// BCP 47 language tag (`ar`, `en`), from markup or from the script of the text.
    public var language: String?
    /// "Read also" teasers found on the page.
    public var readAlso: [Teaser]
    /// "Related / similar articles" found on the page.
    public var related: [Teaser]
    /// The outlet's section or category, when known (`politics`).
    public var category: String?
    /// What was odd about the page but survivable.
    public var warnings: [String]

    /// The body: paragraphs joined by a blank line. Spans everywhere index into this text.
    public var body: String { paragraphs.joined(separator: Article.paragraphSeparator) }

    /// What stands between two paragraphs of `body`.
    public static let paragraphSeparator = "\n\n"

    public init(
        id: String, url: String? = nil, canonicalURL: String? = nil, source: String? = nil,
        title: String, titleInferred: Bool = false, lead: String = "", paragraphs: [String],
        published: Date? = nil, publishedOrigin: DateOrigin? = nil, authors: [String] = [],
        language: String? = nil, readAlso: [Teaser] = [], related: [Teaser] = [],
        category: String? = nil, warnings: [String] = []
    ) {
        self.id = id
        self.url = url
        self.canonicalURL = canonicalURL
        self.source = source
        self.title = title
        self.titleInferred = titleInferred
        self.lead = lead
        self.paragraphs = paragraphs
        self.published = published
        self.publishedOrigin = publishedOrigin
        self.authors = authors
        self.language = language
        self.readAlso = readAlso
        self.related = related
        self.category = category
        self.warnings = warnings
    }
}
