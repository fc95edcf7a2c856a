import Analysis
import ArabicText
import Foundation
import Ingest
import NewsModel
import Storage
import Testing

/// Quotes found at ingest, stored with their article and read back per article and per speaker.
@Suite struct QuoteIngestTests {
    static let seed = fixtures.appendingPathComponent("000_4b46f3481c6e6e4c.txt")

    /// A store with 40 ANT records and the seed page.
    static func filledStore() async throws -> SQLiteStore {
        let store = try temporaryStore()
        let sample = try antSample(40)
        _ = try await IngestPipeline(store: store).run(try InputWalker(paths: [sample.path, seed.path]))
        return store
    }

    static func seedID(_ store: SQLiteStore) async throws -> String {
        let page = try await store.search(SearchRequest("أوتشاكوف", limit: 5))
        let id = try #require(page.hits.first).id
        #expect(try await store.article(id: id)?.body.contains("يوري أوتشاكوف") == true)
        return id
    }

    @Test func storedQuotesAreTheExtractorsWithTheirWords() async throws {
        let store = try await Self.filledStore()
        let id = try await Self.seedID(store)
        let article = try #require(try await store.article(id: id))
        let stored = try #require(try await store.quotes(ofArticle: id))
        // The extractor's quotes of the stored body, then of each teaser text, in that order.
        var expected: [(QuoteText, Quote, String)] = []
        var texts: [(QuoteText, String)] = [(.body, article.body)]
        for (n, t) in article.readAlso.enumerated() { if let s = t.text, !s.isEmpty { texts.append((.readAlso(n), s)) } }
        for (which, text) in texts {
            let scalars = Array(text.unicodeScalars)
            let base = expected.count
            for var q in QuoteExtractor().quotes(in: text) {
                q.parent = q.parent.map { $0 + base }
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[q.content.range])
                expected.append((which, q, String(v)))
            }
        }
        #expect(stored.count == expected.count)
        #expect(stored.count >= 11)
        for (s, (which, q, words)) in zip(stored, expected) {
            #expect(s.text == which)
            #expect(s.quote == q)
            #expect(s.words == words)
            #expect(s.articleID == id)
        }
        #expect(stored.contains { $0.text == .readAlso(0) })
        #expect(try await store.quotes(ofArticle: "no-such-article") == nil)
    }

    @Test func speakerQueriesMatchOtherSpellingsAndIgnoreTitles() async throws {
        let store = try await Self.filledStore()
        let id = try await Self.seedID(store)
        for query in ["اوتشاكوف", "أوتشاكوف", "المستشار يوري اوتشاكوف"] {
            let page = try await store.quotes(bySpeaker: SpeakerQuoteRequest(speaker: query))
            let body = page.quotes.filter { $0.articleID == id && $0.text == .body && $0.quote.parent == nil }
            #expect(body.count == 5, "\(query)")
            #expect(page.quotes.allSatisfy { $0.quote.speaker?.contains("أوتشاكوف") == true }, "\(query)")
            #expect(page.total == page.quotes.count)
        }
        // A name word the speaker lacks excludes it; paging and dates bound the list.
        #expect(try await store.quotes(bySpeaker: SpeakerQuoteRequest(speaker: "سيرغي أوتشاكوف")).total == 0)
        let paged = try await store.quotes(bySpeaker: SpeakerQuoteRequest(speaker: "اوتشاكوف", limit: 2, offset: 1))
        #expect(paged.quotes.count == 2)
        #expect(paged.total >= 5)
        let future = try await store.quotes(bySpeaker: SpeakerQuoteRequest(speaker: "اوتشاكوف", from: Date(timeIntervalSince1970: 4_000_000_000)))
        #expect(future.total == 0)
        await #expect(throws: QuoteQueryError.self) { try await store.quotes(bySpeaker: SpeakerQuoteRequest(speaker: "الرئيس")) }
    }

    @Test func speakerKeysDropTitlesAndMeetAcrossSpellings() {
        let a = Analyzer()
        let named = SpeakerKey.terms(of: "المستشار الدبلوماسي للكرملين يوري أوتشاكوف", analyzer: a)
        #expect(named.contains(SpeakerKey.terms(of: "اوتشاكوف", analyzer: a)[0]))
        #expect(SpeakerKey.terms(of: "الرئيس الصيني شي جين بينغ", analyzer: a) == SpeakerKey.terms(of: "الصيني شي جين بينج", analyzer: a))
        #expect(SpeakerKey.terms(of: "وزير الخارجية", analyzer: a).count == 1)
        #expect(SpeakerKey.terms(of: "الرئيس", analyzer: a).isEmpty)
    }
}
