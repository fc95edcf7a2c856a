import ArabicText
import Foundation
import NewsModel
import Testing
@testable import Storage

/// Stories at ingest and similar articles in the SQLite store, on real ANT articles.
@Suite struct StoryStoreTests {
    static func store() throws -> SQLiteStore {
        try SQLiteStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("khabar-stories-\(UUID().uuidString).db").path)
    }

    /// Another outlet's take on `a`: its title with the first word dropped, its first paragraph
    /// only, at `published`.
    static func otherOutlet(_ a: Article, id: String, published: Date?) -> Article {
        Article(id: id, url: "https://other.example/\(id)", source: "other", title: a.title.split(separator: " ").dropFirst().joined(separator: " "),
                paragraphs: Array(a.paragraphs.prefix(1)), published: published)
    }

    @Test func termVectorsCompareByStemAndRoundTrip() {
        let analyzer = Analyzer()
        var a = TermVector.Builder()
        a.add("زلزال إندونيسيا: ارتفاع حصيلة القتلى لأكثر من 800 قتيل", analyzer: analyzer, boost: 2)
        var b = TermVector.Builder()
        b.add("مقتل 832 شخصاً في تسونامي وزلزال إندونيسيا", analyzer: analyzer, boost: 2)
        let (va, vb) = (a.vector(), b.vector())
        let (score, shared) = va.cosine(vb)
        #expect(score > 0.2 && score < 1)
        #expect(shared.contains("اندونيسيا"))
        #expect(abs(va.cosine(va).score - 1) < 1e-9)
        #expect(TermVector(encoded: va.encoded).entries.map(\.stem) == va.entries.map(\.stem))
        #expect(TermVector(encoded: "garbage\tx y").isEmpty)
    }

    @Test func anotherOutletsTakeJoinsTheStoryWithinTheWindowOnly() async throws {
        let store = try StoryStoreTests.store()
        let analyzer = Analyzer()
        let ant = try antArticles(40)
        let a = ant[5]
        let sameDay = StoryStoreTests.otherOutlet(a, id: "take-same-day", published: a.published!.addingTimeInterval(3600))
        let later = StoryStoreTests.otherOutlet(a, id: "take-later", published: a.published!.addingTimeInterval(10 * 86_400))
        let docs = (ant + [sameDay, later]).map { IndexedArticle(article: $0, analyzer: analyzer) }
        _ = try await store.store(docs)

        let story = try #require(try await store.storyID(ofArticle: a.id))
        #expect(try await store.storyID(ofArticle: "take-same-day") == story)
        #expect(try await store.storyID(ofArticle: "take-later") != story, "ten days later is outside the ±3-day window")
        let detail = try #require(try await store.story(id: story))
        #expect(detail.summary.articleCount == 2)
        #expect(detail.summary.sources == ["other", a.source!].sorted())
        let joined = try #require(detail.members.first { $0.id == "take-same-day" })
        #expect(joined.matchedID == a.id)
        #expect(joined.score >= StoryClustering.threshold)
        #expect(!joined.sharedTerms.isEmpty)
        // Different ANT articles a day apart are not one story.
        let others = Set(try await ant.asyncMap { try await store.storyID(ofArticle: $0.id) })
        #expect(others.count >= ant.count - 2)

        let listed = try await store.stories(StoryRequest(source: "other"))
        #expect(listed.map(\.id) == [story])
        #expect(try await store.stories(StoryRequest(from: Date(timeIntervalSince1970: 2_000_000_000))).isEmpty)
    }

    @Test func similarLeavesOutTheArticlesOwnDuplicates() async throws {
        let store = try StoryStoreTests.store()
        let analyzer = Analyzer()
        let ant = try antArticles(60)
        let a = ant[7]
        var copy = a
        copy.id = "copy"
        copy.url = "https://copies.example/a"
        let take = StoryStoreTests.otherOutlet(a, id: "take", published: a.published)
        let fp = { (x: Article) in IndexedFingerprint(exact: UInt64(truncatingIfNeeded: x.body.hashValue), signature: [1, 2, 3, 4],
                                                      bandKeys: [UInt64(truncatingIfNeeded: x.body.hashValue)], parameters: "test", threshold: 0.5) }
        let docs = (ant + [copy, take]).map { IndexedArticle(article: $0, fingerprint: fp($0), analyzer: analyzer) }
        _ = try await store.store(docs)
        #expect(try await store.duplicates(of: "copy").count == 2)

        let results = try await store.similar(to: a.id, limit: 10)
        #expect(!results.isEmpty)
        #expect(!results.contains { $0.id == a.id || $0.id == "copy" })
        #expect(results.first?.id == "take")
        #expect(results.map(\.score) == results.map(\.score).sorted(by: >))
        #expect(results.allSatisfy { !$0.sharedTerms.isEmpty })
        #expect(try await store.similar(to: "missing", limit: 5).isEmpty)
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for e in self { out.append(try await transform(e)) }
        return out
    }
}
