import Foundation
import NewsModel
import Testing
@testable import Storage

/// A search with filters and no words lists the latest articles the filters keep.
@Suite struct FilterListingTests {
    static let store = Task<(SQLiteStore, [Article]), any Error> {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-listing-\(UUID().uuidString).db").path
        let store = try SQLiteStore(path: path)
        // ANT articles from one outlet, and one newer article from another.
        let ant = try antArticles(120) + [ArticleStoreContractTests.putinArticle]
        _ = try await store.store(indexed(ant))
        return (store, ant)
    }

    /// The outlet with the most of the stored articles.
    static func biggestSource(_ ant: [Article]) -> String {
        Dictionary(grouping: ant.compactMap(\.source), by: { $0 }).max { $0.value.count < $1.value.count }!.key
    }

    @Test func sourceAloneListsThatOutletNewestFirst() async throws {
        let (store, ant) = try await Self.store.value
        let source = Self.biggestSource(ant)
        let expected = ant.filter { $0.source == source }.sorted { $0.published! > $1.published! }.map(\.id)
        #expect(expected.count > 20 && expected.count < ant.count)
        for text in ["source:\"\(source)\"", ""] {
            let request = SearchRequest(text, source: text.isEmpty ? source : nil, limit: 20)
            let page = try await store.search(request)
            #expect(page.total == expected.count, "\(text)")
            #expect(page.hits.map(\.id) == Array(expected.prefix(20)), "\(text)")
            #expect(page.hits.allSatisfy { $0.snippet.spans.isEmpty && !$0.snippet.text.isEmpty })
            let facets = try await store.facets(request)
            #expect(facets.total == expected.count)
            #expect(facets.sources.map(\.value) == [source])
        }
        let other = try await store.search(SearchRequest("", source: ArticleStoreContractTests.putinArticle.source))
        #expect(other.hits.map(\.id) == [ArticleStoreContractTests.putinArticle.id])
    }

    @Test func datesAlonePageThroughTheirDaysNewestFirst() async throws {
        let (store, ant) = try await Self.store.value
        let days = ant.map { $0.published! }.sorted()
        let from = days[10], to = days[40]
        let expected = ant.filter { $0.published! >= from && $0.published! <= to }.sorted { $0.published! > $1.published! }.map(\.id)
        let first = try await store.search(SearchRequest("", from: from, to: to, limit: 10))
        let second = try await store.search(SearchRequest("", from: from, to: to, limit: 10, offset: 10))
        #expect(first.total == expected.count)
        #expect((first.hits + second.hits).map(\.id) == Array(expected.prefix(20)))
    }

    @Test func wordsStillRankAndNothingAtAllIsStillAnError() async throws {
        let (store, ant) = try await Self.store.value
        let source = Self.biggestSource(ant)
        await #expect(throws: SearchError.nothingToSearch) { try await store.search(SearchRequest("")) }
        await #expect(throws: SearchError.nothingToSearch) { try await store.search(SearchRequest("-مصر")) }
        // Exclusions need words: with filters alone they are ignored, and the page says so.
        let page = try await store.search(SearchRequest("-مصر source:\"\(source)\""))
        #expect(!page.hits.isEmpty)
        #expect(page.warnings.contains { $0.contains("-word") })
    }
}
