import Foundation
import Hummingbird
import HummingbirdTesting
import NewsModel
@testable import Server
import Storage
import Testing

/// Entity mentions linked inside the article text: spans over the original text, everything escaped.
@Suite struct EntityTextTests {
    static let putin = Entity(kind: .person, name: "فلاديمير بوتين", key: "fldmr btn")
    static let china = Entity(kind: .location, name: "الصين", key: "صين")

    static func scalarSpan(of needle: String, in text: String) -> Span {
        let r = text.range(of: needle)!
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        return Span(start: start, end: start + needle.unicodeScalars.count)
    }

    @Test func mentionsBecomeLinksAndTheRestIsEscaped() {
        let text = "قال <b>\u{202E}بوتين</b> إن الصينيين «أصدقاء» & شركاء"
        let html = EntityText.html(text, links: [
            .init(span: Self.scalarSpan(of: "بوتين", in: text), entity: Self.putin),
            .init(span: Self.scalarSpan(of: "الصينيين", in: text), entity: Self.china),
        ])
        #expect(html.contains("<a class=\"entity pers\" href=\"/entities/PERS:fldmr%20btn\" title=\"فلاديمير بوتين\">بوتين</a>"))
        #expect(html.contains(">الصينيين</a>"))
        #expect(html.hasPrefix("قال &lt;b&gt;[U+202E]<a "))
        #expect(html.contains("&amp; شركاء"))
        #expect(!html.contains("<b>"))
    }

    @Test func badSpansAreLeftAsText() {
        let text = "بوتين في الصين"
        let whole = Span(start: 0, end: text.unicodeScalars.count)
        let html = EntityText.html(text, links: [
            .init(span: whole, entity: Self.china),                          // longest at start 0 wins
            .init(span: Span(start: 0, end: 5), entity: Self.putin),        // overlaps it
            .init(span: Span(start: 12, end: 99), entity: Self.putin),      // past the end
            .init(span: Span(start: 3, end: 3), entity: Self.putin),        // empty
        ])
        #expect(html == "<a class=\"entity loc\" href=\"/entities/LOC:%D8%B5%D9%8A%D9%86\" title=\"الصين\">بوتين في الصين</a>")
    }

    @Test func bodySpansAreMappedToTheirParagraphs() {
        let a = Article(id: "x", title: "بوتين", paragraphs: ["الفقرة الأولى عن الصين.", "وفي الثانية بوتين <i>"])
        let body = a.body
        let entities = [
            ArticleEntity(entity: Self.china, mentions: [.init(span: Self.scalarSpan(of: "الصين", in: body), text: "الصين", inTitle: false)]),
            ArticleEntity(entity: Self.putin, mentions: [.init(span: Self.scalarSpan(of: "بوتين", in: body), text: "بوتين", inTitle: false),
                                                         .init(span: Span(start: 0, end: 5), text: "بوتين", inTitle: true)]),
        ]
        let html = EntityText.paragraphs(a, entities: entities)
        #expect(html == "<p>الفقرة الأولى عن <a class=\"entity loc\" href=\"/entities/LOC:%D8%B5%D9%8A%D9%86\" title=\"الصين\">الصين</a>.</p>"
            + "<p>وفي الثانية <a class=\"entity pers\" href=\"/entities/PERS:fldmr%20btn\" title=\"فلاديمير بوتين\">بوتين</a> &lt;i&gt;</p>")
        #expect(EntityText.title(a, entities: entities).hasPrefix("<a class=\"entity pers\""))
    }
}

extension ServerSuites {
/// The stored seed article's page links its entities inside the text.
@Suite struct ArticleEntityLinkRouteTests {
    @Test func seedArticleLinksItsEntitiesInTheText() async throws {
        let store = try await filledStore.value
        let id = try #require(try await store.search(SearchRequest("بوتين جينبينغ")).hits.first?.id)
        try await app().test(.router) { client in
            try await client.execute(uri: "/articles/\(id)", method: .get) { r in
                #expect(r.status == .ok)
                let html = String(buffer: r.body)
                let start = try #require(html.range(of: "<article>")), end = try #require(html.range(of: "</article>"))
                let text = html[start.upperBound..<end.lowerBound]
                #expect(text.contains("href=\"/entities/PERS:"))
                #expect(text.contains("href=\"/entities/LOC:"))
            }
        }
    }
}
}
