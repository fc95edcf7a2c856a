import Foundation
import NewsModel

/// Where Khabar keeps articles and how it finds them again. The SQLite implementation
/// (`SQLiteStore`) is the embedded default; a PostgreSQL one satisfies the same protocol, and
/// the store tests are written once against it.
public protocol ArticleStore: Sendable {
    /// Stores a batch in one transaction. Each document is new, already present (same id:
    /// canonical URL, else URL, else normalised body), or failed with a reason;
    /// a failure never stops the rest of the batch.
    /// - Throws: only when the store itself fails (disk full, database locked too long).
    func store(_ batch: [IndexedArticle]) async throws -> [StoreOutcome]

    /// The article with `id`, or nil.
    func article(id: String) async throws -> Article?

    /// Ranked results for `request`.
    /// - Throws: `SearchError` for a query that cannot be run (nothing to search for).
    func search(_ request: SearchRequest) async throws -> SearchPage

    /// Number of stored articles.
    func count() async throws -> Int

    /// Outlets with their article counts, most articles first.
    func sources() async throws -> [SourceCount]

    /// The duplicate group of article `id` ("also published by"): its canonical article first,
    /// then every member with its source, URL, date and similarity. Empty when the article is in
    /// no group or is not stored.
    /// - Throws: only when the store itself fails.
    func duplicates(of id: String) async throws -> [DuplicateLink]
}

/// What became of one document of a batch.
public enum StoreOutcome: Sendable, Equatable {
    /// Stored as a new article.
    case stored(id: String)
    /// Stored as a new article and linked to the duplicate group of `canonicalID` (which may be
    /// the new article itself, when it is earlier than the group's previous canonical article).
    case storedDuplicate(id: String, canonicalID: String, similarity: Double)
    /// The same page was stored before: the existing article's id.
    case alreadyPresent(id: String)
    /// Not stored, and why.
    case failed(reason: String)
}

/// An outlet and how many articles it has in the store.
public struct SourceCount: Sendable, Codable, Equatable {
    public var source: String
    public var articles: Int
}
