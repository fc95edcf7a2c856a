import ArabicText
import Foundation
import NewsModel
import Testing
@testable import Storage

/// Result order: text relevance alone, relevance lifted for fresh articles (the default), newest first.
@Suite struct SearchOrderTests {
    /// Two real ANT articles about one place: `old` (its own date) names it in the title, `fresh`
    /// (published an hour ago) only in the body; plus the rest of a small ANT sample.
    static func store() async throws -> (SQLiteStore, old: Article, fresh: Article, word: String) {
        let store = try SQLiteStore(path: FileManager.default.temporaryDirectory
            .appendingPathComponent("khabar-order-\(UUID().uuidString).db").path)
        let ant = try antArticles(300)
        let word = "مصر"
        func words(_ s: String) -> Set<Substring> { Set(s.split { !$0.isLetter }) }
        let old = try #require(ant.first { words($0.title).contains(Substring(word)) && $0.published != nil })
        var fresh = try #require(ant.first { !$0.title.contains(word) && words($0.body).contains(Substring(word)) })
        fresh.published = Date().addingTimeInterval(-3600)
        let analyzer = Analyzer()
        let docs = ant.map { $0.id == fresh.id ? fresh : $0 }.map { IndexedArticle(article: $0, analyzer: analyzer) }
        _ = try await store.store(docs)
        return (store, old, fresh, word)
    }

    @Test func freshnessLiftsAFreshArticleByTheDocumentedFactorAndOldOnesNotAtAll() async throws {
        let (store, old, fresh, word) = try await SearchOrderTests.store()
        let relevance = try await store.search(SearchRequest(word, order: .relevance, limit: 100))
        let news = try await store.search(SearchRequest(word, order: .news, limit: 100))
        #expect(relevance.total == news.total)
        let r = Dictionary(uniqueKeysWithValues: relevance.hits.map { ($0.id, $0.score) })
        let n = Dictionary(uniqueKeysWithValues: news.hits.map { ($0.id, $0.score) })
        // An hour old: 1 + 0.5 / (1 + 1/48) ≈ 1.49; an article from 2018: lift below 1.001.
        let freshLift = try #require(n[fresh.id]) / (try #require(r[fresh.id]))
        #expect(abs(freshLift - (1 + SearchOrder.freshnessLift / (1 + 3600 / SearchOrder.freshnessHalfLife))) < 0.01)
        let oldLift = try #require(n[old.id]) / (try #require(r[old.id]))
        #expect(abs(oldLift - 1) < 0.001)
        // Fresh moves up, never down.
        let rankR = relevance.hits.firstIndex { $0.id == fresh.id }!
        let rankN = news.hits.firstIndex { $0.id == fresh.id }!
        #expect(rankN <= rankR)
    }

    @Test func newestFirstListsEveryMatchByTimeAndPagesWithoutOverlap() async throws {
        let (store, _, fresh, word) = try await SearchOrderTests.store()
        let first = try await store.search(SearchRequest(word, order: .newest, limit: 5))
        #expect(first.hits.first?.id == fresh.id)
        let second = try await store.search(SearchRequest(word, order: .newest, limit: 5, offset: 5))
        #expect(Set(first.hits.map(\.id)).isDisjoint(with: second.hits.map(\.id)))
        let dates = (first.hits + second.hits).compactMap(\.published)
        #expect(dates == dates.sorted(by: >))
        #expect(dates.count == first.hits.count + second.hits.count)
        // Same order with a filter (the filtered path) as without.
        let source = try #require(first.hits.dropFirst().first?.source)
        let filtered = try await store.search(SearchRequest(word, source: source, order: .newest, limit: 100))
        let filteredDates = filtered.hits.compactMap(\.published)
        #expect(!filtered.hits.isEmpty && filteredDates == filteredDates.sorted(by: >))
    }
}
