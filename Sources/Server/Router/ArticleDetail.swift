import Foundation
import NewsModel
import Storage

/// `GET /api/v1/articles/{id}`: the article (its own JSON keys) plus what the store knows about
/// it — entities with their mentions, quotes, the duplicate group ("also published by") and the
/// story it belongs to. A feature the store does not keep is left out.
struct ArticleDetail: Encodable {
    var article: Article
    var entities: [ArticleEntity]?
    var quotes: [StoredQuote]?
    var duplicates: [DuplicateLink]
    var story: StorySummary?

    static func load(_ article: Article, from store: any ArticleStore) async throws -> ArticleDetail {
        var d = ArticleDetail(article: article, duplicates: try await store.duplicates(of: article.id))
        if let s = store as? any EntityStore { d.entities = try await s.entities(ofArticle: article.id) ?? [] }
        if let s = store as? any QuoteStore { d.quotes = try await s.quotes(ofArticle: article.id) ?? [] }
        if let s = store as? any StoryStore, let id = try await s.storyID(ofArticle: article.id) {
            d.story = try await s.story(id: id)?.summary
        }
        return d
    }

    enum CodingKeys: String, CodingKey { case entities, quotes, duplicates, story }

    func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(entities, forKey: .entities)
        try c.encodeIfPresent(quotes, forKey: .quotes)
        try c.encode(duplicates, forKey: .duplicates)
        try c.encodeIfPresent(story, forKey: .story)
    }
}
