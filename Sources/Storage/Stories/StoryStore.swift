import Foundation

/// A store that groups articles into stories and recommends similar articles, inside the
/// store (never by loading the corpus into memory).
public protocol StoryStore: ArticleStore {
    /// The stored articles most similar to article `id`, best first, each with its score and
    /// the shared terms that drove it. Leaves out the article's own duplicate group and keeps
    /// one article per duplicate group among the results. Empty when `id` is not stored or
    /// has no terms to compare.
    /// - Throws: only when the store itself fails.
    func similar(to id: String, limit: Int) async throws -> [SimilarArticle]

    /// Stories matching `request`, newest first (by their latest article).
    /// - Throws: only when the store itself fails.
    func stories(_ request: StoryRequest) async throws -> [StorySummary]

    /// Story `id` with its members and why each joined, or nil when there is none.
    /// - Throws: only when the store itself fails.
    func story(id: Int64) async throws -> StoryDetail?

    /// The id of the story article `articleID` belongs to, or nil when it is not stored (or
    /// was stored before stories existed).
    /// - Throws: only when the store itself fails.
    func storyID(ofArticle articleID: String) async throws -> Int64?
}

/// An article recommended as similar, with the reason.
public struct SimilarArticle: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var source: String?
    public var url: String?
    public var published: Date?
    /// Cosine similarity of the two articles' tf·idf term vectors (0…1).
    public var score: Double
    /// The shared terms (search-folded forms) that contributed most to `score`.
    public var sharedTerms: [String]
    /// Other results folded into this one: its duplicates or near-identical titles.
    public var alsoIDs: [String]

    public init(id: String, title: String, source: String?, url: String?, published: Date?, score: Double,
                sharedTerms: [String], alsoIDs: [String] = []) {
        self.id = id
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.score = score
        self.sharedTerms = sharedTerms
        self.alsoIDs = alsoIDs
    }
}

/// Which stories to list.
public struct StoryRequest: Sendable, Equatable {
    /// Stories with an article at or after this time.
    public var from: Date?
    /// Stories with an article at or before this time.
    public var to: Date?
    /// Stories with an article from an outlet whose name contains this.
    public var source: String?
    /// Stories with at least this many articles.
    public var minArticles: Int
    /// At most this many stories.
    public var limit: Int

    public init(from: Date? = nil, to: Date? = nil, source: String? = nil, minArticles: Int = 2, limit: Int = 20) {
        self.from = from
        self.to = to
        self.source = source
        self.minArticles = minArticles
        self.limit = limit
    }
}

/// A story as listed: its label (its most central title), outlets, time span and size.
public struct StorySummary: Sendable, Codable, Equatable {
    public var id: Int64
    /// The title of the member most similar to the others.
    public var label: String
    /// Distinct outlets of its articles.
    public var sources: [String]
    /// Time of its first and latest article (publication time, else ingest time).
    public var first: Date
    public var last: Date
    public var articleCount: Int
}

/// A story with its members.
public struct StoryDetail: Sendable, Codable, Equatable {
    public var summary: StorySummary
    /// Members in time order.
    public var members: [StoryMember]
}

/// One article of a story and why it joined.
public struct StoryMember: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var source: String?
    public var published: Date?
    /// Cosine similarity with the member it matched when it joined (0 for the story's first article).
    public var score: Double
    /// The id of that member, when it joined an existing story.
    public var matchedID: String?
    /// The shared terms that drove `score`.
    public var sharedTerms: [String]
}
