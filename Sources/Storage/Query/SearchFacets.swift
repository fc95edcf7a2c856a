import Foundation

/// How the matches of a query spread over outlets and days: every match of the query and its
/// filters, not only one page of results.
public struct SearchFacets: Sendable, Codable, Equatable {
    /// One bucket: a value (an outlet's name, a `YYYY-MM-DD` day) and how many matches it holds.
    public struct Bucket: Sendable, Codable, Equatable {
        public var value: String
        public var count: Int

        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// Every match (the same count as `SearchPage.total`).
    public var total: Int
    /// Outlets, most matches first (ties by name), at most `maximumBuckets`.
    public var sources: [Bucket]
    /// UTC days of publication, latest first, at most `maximumBuckets`; undated matches are
    /// counted in `total` only.
    public var days: [Bucket]

    /// The most buckets listed per facet.
    public static let maximumBuckets = 100

    public init(total: Int, sources: [Bucket], days: [Bucket]) {
        self.total = total
        self.sources = sources
        self.days = days
    }
}

/// A store that can count a query's matches by outlet and by day.
public protocol SearchFacetStore: Sendable {
    /// The facets of `request.query` (paging is ignored).
    /// - Throws: `SearchError` for a query that cannot be run, as `ArticleStore.search` does.
    func facets(_ request: SearchRequest) async throws -> SearchFacets
}
