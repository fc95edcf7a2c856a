import ArabicText
import Foundation
import NewsModel
import Testing
@testable import Storage

@Suite struct FingerprintStoreTests {
    func store(with articles: [Article]) async throws -> SQLiteStore {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-fp-\(UUID().uuidString).db").path
        let store = try SQLiteStore(path: path)
        let analyzer = Analyzer()
        _ = try await store.store(articles.map { IndexedArticle(article: $0, analyzer: analyzer) })
        return store
    }

    @Test func candidatesComeFromSharedBandsOrExactFingerprint() async throws {
        let articles = try antArticles(4)
        let store = try await store(with: articles)
        let sig: [UInt32] = [1, 2, 3, 4, 0xFFFF_FFFF]
        try await store.saveFingerprint(StoredFingerprint(articleID: articles[0].id, exact: 0xFFFF_0000_0000_0001, signature: sig, parameters: "p"),
                                        bandKeys: [10, 11, 0x8000_0000_0000_0000])
        try await store.saveFingerprint(StoredFingerprint(articleID: articles[1].id, exact: 7, signature: [9, 9, 9, 9, 9], parameters: "p"),
                                        bandKeys: [20, 21])
        try await store.saveFingerprint(StoredFingerprint(articleID: articles[2].id, exact: 0xFFFF_0000_0000_0001, signature: sig, parameters: "p"),
                                        bandKeys: [30])

        let byBand = try await store.duplicateCandidates(exact: 99, bandKeys: [0x8000_0000_0000_0000, 21])
        #expect(byBand.map(\.articleID) == [articles[0].id, articles[1].id])
        #expect(byBand[0].signature == sig)
        #expect(byBand[0].exact == 0xFFFF_0000_0000_0001)
        let byExact = try await store.duplicateCandidates(exact: 0xFFFF_0000_0000_0001, bandKeys: [])
        #expect(byExact.map(\.articleID) == [articles[0].id, articles[2].id])
        #expect(try await store.duplicateCandidates(exact: 5, bandKeys: [40]).isEmpty)
    }

    @Test func aFingerprintNeedsItsArticle() async throws {
        let store = try await store(with: [])
        await #expect(throws: FingerprintStoreError.unknownArticle("nope")) {
            try await store.saveFingerprint(StoredFingerprint(articleID: "nope", exact: 1, signature: [1], parameters: "p"), bandKeys: [1])
        }
    }
}
