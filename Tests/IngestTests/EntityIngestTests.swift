import Foundation
import Ingest
import NewsModel
import Storage
import Testing

/// Entities end to end: ANT lines and the seed page through the ingest pipeline into a real
/// SQLite store, then the entity filter of search, an article's entities and entity detail.
@Suite(.serialized) struct EntityIngestTests {
    static let seedURL = "https://example.org/seed-000"

    /// A store holding the first 200 ANT records and the seed page.
    static func ingested() async throws -> (store: SQLiteStore, seedID: String) {
        let seed = try String(contentsOf: fixtures.appendingPathComponent("000_4b46f3481c6e6e4c.txt"), encoding: .utf8)
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ["url": seedURL, "text": seed]), as: UTF8.self)
        let sample = try antSample(200, extraLines: [line])
        let store = try temporaryStore()
        let summary = try await IngestPipeline(store: store).run(try InputWalker(paths: [sample.path]))
        #expect(summary.failed == 0)
        let hit = try #require(try await store.search(SearchRequest("أوتشاكوف")).hits.first)
        return (store, hit.id)
    }

    @Test func entityFilterFindsAnySpelling() async throws {
        let (store, seedID) = try await Self.ingested()
        #expect(try await store.entities(named: "فلاديمير بوتين").first?.entity.name == "فلاديمير بوتين")
        for query in ["entity:بوتين", "entity:ببوتين", "entity:\"فلاديمير بوتين\"", "الصين entity:بوتين"] {
            let page = try await store.search(SearchRequest(query))
            #expect(page.hits.contains { $0.id == seedID }, "\(query)")
            // Every hit mentions Putin.
            for hit in page.hits {
                let entities = try #require(try await store.entities(ofArticle: hit.id))
                #expect(entities.contains { $0.entity.kind == .person && $0.mentions.contains { $0.text.contains("بوتين") } }, "\(query) \(hit.id)")
            }
        }
        // A word query narrowed by an entity the article lacks finds nothing from it.
        let none = try await store.search(SearchRequest("الصين entity:نيكاراغوا"))
        #expect(none.hits.isEmpty)
    }

    @Test func demonymsFindTheirCountryAcrossArticles() async throws {
        let (store, seedID) = try await Self.ingested()
        let us = try #require(try await store.entities(named: "الولايات المتحدة").first)
        #expect(us.entity.kind == .location)
        #expect(us.articles >= 10)  // ANT's many الأميركية, linked to the country
        #expect(try await store.entities(named: "الأمريكية").first?.entity.id == us.entity.id)
        let page = try await store.search(SearchRequest("entity:الأميركية", limit: 100))
        #expect(page.hits.count == us.articles)
        #expect(page.hits.contains { $0.id == seedID })
    }

    @Test func articleEntitiesAndEntityDetail() async throws {
        let (store, seedID) = try await Self.ingested()
        let entities = try #require(try await store.entities(ofArticle: seedID))
        let putin = try #require(entities.first { $0.entity.name == "فلاديمير بوتين" })
        #expect(Set(putin.mentions.map(\.text)).isSuperset(of: ["فلاديمير بوتين", "بوتين", "وبوتين"]))
        let article = try #require(try await store.article(id: seedID))
        let body = Array(article.body.unicodeScalars)
        for m in putin.mentions where !m.inTitle {
            #expect(String(String.UnicodeScalarView(body[m.span.range])) == m.text)
        }
        #expect(try await store.entities(ofArticle: "no-such-article") == nil)

        let detail = try #require(try await store.entityDetail(id: putin.entity.id, by: .month, limit: 10))
        #expect(detail.variants.contains { $0.text == "وبوتين" })
        #expect(detail.articles >= 1)
        #expect(detail.timeline.reduce(0) { $0 + $1.articles } == detail.articles)
        #expect(detail.cooccurring.contains { $0.entity.name == "الصين" })
        #expect(detail.latest.contains { $0.id == seedID })
    }
}
