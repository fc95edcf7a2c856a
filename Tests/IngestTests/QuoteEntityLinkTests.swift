import ArabicText
import Foundation
import GRDB
import Ingest
import NewsModel
@testable import Storage
import Testing

/// Quote speakers linked to the article's entities at ingest (`QuoteSpeakerLink`, `v9-quote-entities`),
/// on a real store filled from ANT lines and the seed page.
@Suite struct QuoteEntityLinkTests {
    /// The filled store, the seed's id and Ushakov's entity id.
    static func seedStore() async throws -> (store: SQLiteStore, seed: String, ushakov: String) {
        let store = try await QuoteIngestTests.filledStore()
        let seed = try await QuoteIngestTests.seedID(store)
        let ushakov = try #require(try await store.entities(ofArticle: seed)?.first {
            $0.entity.kind == .person && $0.mentions.contains { $0.text.contains("أوتشاكوف") }
        }).entity.id
        return (store, seed, ushakov)
    }

    @Test func theSeedsSpeakerAndHisContinuationsLinkToHisEntity() async throws {
        let (store, seed, ushakov) = try await Self.seedStore()
        let quotes = try #require(try await store.quotes(ofArticle: seed)).filter { $0.text == .body }
        let his = quotes.filter { $0.quote.speaker?.contains("أوتشاكوف") == true && $0.quote.parent == nil }
        #expect(his.count == 5)
        #expect(his.allSatisfy { $0.speakerEntity == ushakov })
        // Named once (`وقال المستشار الدبلوماسي للكرملين يوري أوتشاكوف`), then carried over.
        #expect(his.filter { $0.quote.speakerSpan != nil }.count == 1)
        #expect(his.filter(\.quote.isContinuation).count == 4)
        // The Kremlin in his title does not take his words.
        #expect(!his.contains { $0.speakerEntity?.hasPrefix("ORG") == true })
        // A quote of someone else is not linked to him.
        #expect(!quotes.contains { $0.speakerEntity == ushakov && $0.quote.speaker?.contains("أوتشاكوف") != true })
    }

    @Test func speakerQueriesFindQuotesThroughTheEntity() async throws {
        let (store, seed, ushakov) = try await Self.seedStore()
        // The entity page's request: the link alone.
        let linked = try await store.quotes(bySpeaker: SpeakerQuoteRequest(speaker: "يوري أوتشاكوف", entityID: ushakov))
        #expect(linked.total == 5)
        #expect(linked.quotes.allSatisfy { $0.speakerEntity == ushakov && $0.articleID == seed })
        // The entity id as a name: no name word, found through the link.
        let byID = try await store.quotes(bySpeaker: SpeakerQuoteRequest(speaker: ushakov))
        #expect(byID.total == 5)
        // A name finds the same quotes by key or link, and nothing twice.
        let byName = try await store.quotes(bySpeaker: SpeakerQuoteRequest(speaker: "أوتشاكوف"))
        #expect(Set(byName.quotes.map(\.position)) == Set(linked.quotes.map(\.position)))
        #expect(byName.total == byName.quotes.count)
        // An entity without quotes lists none; an unknown entity id, none.
        #expect(try await store.quotes(bySpeaker: SpeakerQuoteRequest(speaker: "x", entityID: "PERS:no such")).total == 0)
    }

    @Test func theMigrationLinksQuotesStoredBeforeIt() async throws {
        let (store, _, ushakov) = try await Self.seedStore()
        let before = try await store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, speaker_entity FROM quotes WHERE text_kind = 'body' AND speaker_start IS NOT NULL ORDER BY id")
                .map { ($0["id"] as Int64, $0["speaker_entity"] as Int64?) }
        }
        #expect(before.contains { $0.1 != nil })
        let after = try await store.pool.write { db in
            try db.execute(sql: "UPDATE quotes SET speaker_entity = NULL")
            try SQLiteSchema.linkStoredQuoteSpeakers(db)
            return try Row.fetchAll(db, sql: "SELECT id, speaker_entity FROM quotes WHERE text_kind = 'body' AND speaker_start IS NOT NULL ORDER BY id")
                .map { ($0["id"] as Int64, $0["speaker_entity"] as Int64?) }
        }
        // The SQL backfill picks the same entity as ingest for every named speaker …
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == after.map(\.1))
        // … and carries it to the continuations.
        let again = try await store.quotes(bySpeaker: SpeakerQuoteRequest(speaker: "أوتشاكوف", entityID: ushakov))
        #expect(again.total == 5)
    }

    @Test func placesLinkOnlyAsTheHeadOfTheSpeaker() {
        func mention(_ kind: Mention.Kind, _ key: String, _ start: Int, _ end: Int, _ text: String) -> LinkedMention {
            LinkedMention(entity: Entity(kind: kind, name: text, key: key), field: .body, span: Span(start: start, end: end),
                          text: text, lookup: text, lookupKey: key)
        }
        func quote(_ speaker: String, _ span: Span?, cueAt: Int, continuation: Bool = false) -> IndexedQuote {
            IndexedQuote(quote: Quote(speaker: speaker, speakerSpan: span, cue: "قال", cueSpan: Span(start: cueAt, end: cueAt + 3),
                                      kind: .indirect, content: Span(start: cueAt + 20, end: cueAt + 30), isContinuation: continuation,
                                      isAnonymous: false, parent: nil),
                         text: .body, analyzer: Analyzer())
        }
        // `قالت روسيا` (head) links; `قناة العربية` (an adjective) does not; a person beats a place.
        let quotes = [
            quote("روسيا", Span(start: 5, end: 10), cueAt: 0),
            quote("قناة العربية", Span(start: 105, end: 117), cueAt: 100),
            quote("وزير خارجية روسيا سيرغي لافروف", Span(start: 205, end: 235), cueAt: 200),
            quote("وزير خارجية روسيا سيرغي لافروف", nil, cueAt: 300, continuation: true),
        ]
        let mentions = [
            mention(.location, "روسيا", 5, 10, "روسيا"), mention(.location, "عرب", 110, 117, "العربية"),
            mention(.location, "روسيا", 217, 222, "روسيا"), mention(.person, "lfrf", 223, 235, "سيرغي لافروف"),
        ]
        let ids = QuoteSpeakerLink.entityIDs(of: quotes, mentions: mentions)
        #expect(ids == ["LOC:روسيا", nil, mentions[3].entity.id, mentions[3].entity.id])
        #expect(QuoteSpeakerLink.entityIDs(of: quotes, mentions: nil) == [nil, nil, nil, nil])
    }
}
