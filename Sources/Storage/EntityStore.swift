import Foundation
import NewsModel

/// A store that keeps the entities linked at ingest (`IndexedArticle.entities`) and answers
/// questions about them: an article's entities, any spelling → entity, an entity's variants,
/// articles over time and co-occurring entities.
public protocol EntityStore: ArticleStore {
    /// The entities of article `id`, each with its mentions in text order, most mentioned
    /// first; nil when no article has that id.
    /// - Throws: only when the store itself fails.
    func entities(ofArticle id: String) async throws -> [ArticleEntity]?

    /// The entities a name written any way refers to (`بوتين`, `ببوتين`, `فلاديمير بوتين`,
    /// `الصيني`, or an entity id), most articles first; empty when none.
    /// - Throws: only when the store itself fails.
    func entities(named name: String) async throws -> [EntitySummary]

    /// What the store knows about entity `id`: variants, article count, articles per day or
    /// month, the latest articles and co-occurring entities; nil for an unknown id.
    /// - Throws: only when the store itself fails.
    func entityDetail(id: String, by period: EntityTimeline.Period, limit: Int) async throws -> EntityDetail?
}

/// An entity of one article and where the article mentions it.
public struct ArticleEntity: Sendable, Codable, Equatable {
    /// One mention: its span (in the body, or the title when `inTitle`) and text.
    public struct Occurrence: Sendable, Codable, Equatable {
        public var span: Span
        public var text: String
        public var inTitle: Bool

        public init(span: Span, text: String, inTitle: Bool) {
            self.span = span; self.text = text; self.inTitle = inTitle
        }
    }
    public var entity: Entity
    public var mentions: [Occurrence]

    public init(entity: Entity, mentions: [Occurrence]) {
        self.entity = entity; self.mentions = mentions
    }
}

/// An entity with how many articles and mentions it has in the store.
public struct EntitySummary: Sendable, Codable, Equatable {
    public var entity: Entity
    /// Articles that mention it (for a co-occurring entity: articles shared with the other).
    public var articles: Int
    /// Mentions in those articles.
    public var mentions: Int
}

/// Articles that mention an entity, per day or month.
public enum EntityTimeline {
    /// The length of a timeline bucket.
    public enum Period: String, Sendable, Codable, CaseIterable {
        case day, month
    }

    /// One bucket: `2018-02-18` or `2018-02`, or `undated`.
    public struct Bucket: Sendable, Codable, Equatable {
        public var period: String
        public var articles: Int
    }
}

/// An entity in detail.
public struct EntityDetail: Sendable, Codable, Equatable {
    /// An article that mentions the entity.
    public struct ArticleRef: Sendable, Codable, Equatable {
        public var id: String
        public var title: String
        public var source: String?
        public var published: Date?
        public var mentions: Int
    }
    /// A spelling met in the articles, with how often.
    public struct Variant: Sendable, Codable, Equatable {
        public var text: String
        public var count: Int
    }

    public var entity: Entity
    public var articles: Int
    public var mentions: Int
    /// Spellings, most frequent first.
    public var variants: [Variant]
    /// Articles per period, in time order (undated last).
    public var timeline: [EntityTimeline.Bucket]
    /// The latest articles (at most the detail's limit), newest first.
    public var latest: [ArticleRef]
    /// Entities mentioned in the same articles, most shared articles first (at most the limit).
    public var cooccurring: [EntitySummary]
}
