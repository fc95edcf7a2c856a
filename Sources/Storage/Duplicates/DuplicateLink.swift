import Foundation

/// One article of a duplicate group, as `ArticleStore.duplicates(of:)` lists it.
///
/// **Canonical rule.** The canonical article of a group is its earliest published article
/// (articles without a date count as latest); ties go to the longest body, then to the article
/// stored first. Every other member stays stored with its own source, URL and date and is
/// linked to the canonical one ("also published by").
public struct DuplicateLink: Sendable, Codable, Equatable {
    /// How a member matched.
    public enum Kind: String, Sendable, Codable {
        /// The canonical article of the group.
        case canonical
        /// Same analysed tokens in the same order.
        case exact
        /// Estimated Jaccard similarity of MinHash signatures at or above the threshold.
        case near
    }

    /// The article's id.
    public var id: String
    /// Its title.
    public var title: String
    /// Its outlet, when known.
    public var source: String?
    /// Its URL, when known.
    public var url: String?
    /// Its publication time, when known.
    public var published: Date?
    /// Estimated Jaccard similarity with the group article it matched when it was linked
    /// (1 for exact duplicates and for the canonical article).
    public var similarity: Double
    /// How it belongs to the group.
    public var kind: Kind

    public init(id: String, title: String, source: String?, url: String?, published: Date?, similarity: Double, kind: Kind) {
        self.id = id
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.similarity = similarity
        self.kind = kind
    }

    /// Whether this is the group's canonical article.
    public var isCanonical: Bool { kind == .canonical }
}
