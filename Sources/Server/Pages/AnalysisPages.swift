import Foundation
import Ingest
import NewsModel
import Storage

/// The web reader's pages and panels over stored stories, entities, quotes and similar articles.
/// Every text from the store goes through `HTML.escape`; ids in links through `HTML.query`.
struct AnalysisPages {
    let store: any ArticleStore

    static let kindNames: [Mention.Kind: String] = [.person: "شخص", .location: "مكان", .organization: "منظمة", .miscellaneous: "أخرى"]

    static func entityLink(_ e: Entity) -> String {
        "<a class=\"entity \(e.kind.rawValue.lowercased())\" href=\"/entities/\(HTML.query(e.id))\">\(HTML.escape(e.name))</a>"
    }

    static func articleLink(id: String, title: String, source: String?, published: Date?) -> String {
        var s = "<a href=\"/articles/\(HTML.query(id))\">\(HTML.escape(title))</a>"
        let meta = [source.map(HTML.escape), published?.isoDay].compactMap { $0 }.joined(separator: " · ")
        if !meta.isEmpty { s += " <span class=\"meta\">\(meta)</span>" }
        return s
    }

    /// Home: the latest stories with their outlets and time span.
    func latestStories(limit: Int = 15) async throws -> String {
        guard let stories = store as? any StoryStore else { return "" }
        let list = try await stories.stories(StoryRequest(minArticles: 2, limit: limit))
        guard !list.isEmpty else { return "" }
        var body = "<h2>أحدث القصص</h2><ul class=\"stories\">"
        for s in list {
            body += "<li><a href=\"/stories/\(s.id)\">\(HTML.escape(s.label))</a> <span class=\"meta\">\(s.articleCount) مقالات · "
            body += "\(s.sources.map(HTML.escape).joined(separator: "، ")) · \(s.first.isoDay)"
            if s.last.isoDay != s.first.isoDay { body += " – \(s.last.isoDay)" }
            body += "</span></li>"
        }
        return body + "</ul>"
    }

    /// The article page's panels: entities (`entities`, already read for the text), quotes, the
    /// same story elsewhere, similar articles.
    func articlePanels(_ a: Article, entities: [ArticleEntity]) async throws -> String {
        var body = ""
        if !entities.isEmpty {
            body += "<aside class=\"entities\"><h2>الأعلام في المقال</h2><ul class=\"inline\">"
            for e in entities {
                body += "<li>\(Self.entityLink(e.entity)) <span class=\"meta\">\(Self.kindNames[e.entity.kind] ?? "") ×\(e.mentions.count)</span></li>"
            }
            body += "</ul></aside>"
        }
        if let s = store as? any QuoteStore, let quotes = try await s.quotes(ofArticle: a.id), !quotes.isEmpty {
            body += "<aside class=\"quotes\"><h2>من قال ماذا</h2><ul>"
            for q in quotes {
                let speaker = q.quote.speaker.map(HTML.escape) ?? "غير معروف"
                body += "<li><b>\(speaker)</b> ← \(HTML.escape(q.words))</li>"
            }
            body += "</ul></aside>"
        }
        if let s = store as? any StoryStore {
            if let storyID = try await s.storyID(ofArticle: a.id), let story = try await s.story(id: storyID) {
                let others = story.members.filter { $0.id != a.id }
                if !others.isEmpty {
                    body += "<aside class=\"story\"><h2>القصة نفسها في مصادر أخرى</h2><ul>"
                    for m in others.prefix(10) {
                        body += "<li>\(Self.articleLink(id: m.id, title: m.title, source: m.source, published: m.published))</li>"
                    }
                    body += "</ul><p class=\"meta\"><a href=\"/stories/\(storyID)\">القصة كاملة</a></p></aside>"
                }
            }
            let similar = try await SimilarArticleList().similar(to: a.id, limit: 5, in: s)
            if !similar.isEmpty {
                body += "<aside class=\"similar\"><h2>مقالات مشابهة</h2><ul>"
                for m in similar {
                    body += "<li>\(Self.articleLink(id: m.id, title: m.title, source: m.source, published: m.published))"
                    body += " <span class=\"meta\">(\(m.sharedTerms.prefix(5).map(HTML.escape).joined(separator: "، ")))</span></li>"
                }
                body += "</ul></aside>"
            }
        }
        return body
    }

    /// `/stories/{id}`: the story's label, outlets, span and members with why each joined.
    func story(_ id: Int64) async throws -> String? {
        guard let s = store as? any StoryStore, let story = try await s.story(id: id) else { return nil }
        let sum = story.summary
        var body = "<h1>\(HTML.escape(sum.label))</h1><p class=\"meta\">\(sum.articleCount) مقالات من "
        body += "\(sum.sources.map(HTML.escape).joined(separator: "، ")) · \(sum.first.isoDay) – \(sum.last.isoDay)</p><ul class=\"members\">"
        for m in story.members {
            body += "<li>\(Self.articleLink(id: m.id, title: m.title, source: m.source, published: m.published))"
            if m.matchedID != nil {
                body += "<div class=\"meta\">التشابه \(String(format: "%.2f", m.score)): \(m.sharedTerms.prefix(8).map(HTML.escape).joined(separator: "، "))</div>"
            }
            body += "</li>"
        }
        return Layout.page(title: sum.label, body: body + "</ul>")
    }

    /// `/entities/{id}`: variants, articles over time, latest articles, quotes, co-occurring entities.
    func entity(_ id: String) async throws -> String? {
        guard let s = store as? any EntityStore, let d = try await s.entityDetail(id: id, by: .month, limit: 20) else { return nil }
        var body = "<h1>\(HTML.escape(d.entity.name))</h1><p class=\"meta\">\(Self.kindNames[d.entity.kind] ?? "") · "
        body += "\(d.articles) مقالًا · \(d.mentions) ذكرًا</p>"
        body += "<h2>الصيغ</h2><ul class=\"inline\">"
        for v in d.variants { body += "<li>\(HTML.escape(v.text)) <span class=\"meta\">×\(v.count)</span></li>" }
        body += "</ul><h2>عبر الزمن</h2><ul class=\"inline\">"
        for b in d.timeline { body += "<li>\(HTML.escape(b.period)) <span class=\"meta\">(\(b.articles))</span></li>" }
        body += "</ul><h2>أحدث المقالات</h2><ul>"
        for a in d.latest { body += "<li>\(Self.articleLink(id: a.id, title: a.title, source: a.source, published: a.published))</li>" }
        body += "</ul>"
        if d.entity.kind == .person || d.entity.kind == .organization, let q = store as? any QuoteStore,
           let page = try? await q.quotes(bySpeaker: SpeakerQuoteRequest(speaker: d.entity.name, limit: 10, entityID: d.entity.id)), !page.quotes.isEmpty {
            body += "<h2>أقواله</h2><ul>"
            for sq in page.quotes {
                body += "<li>\(HTML.escape(sq.words)) <span class=\"meta\">— \(Self.articleLink(id: sq.articleID, title: sq.title, source: sq.source, published: sq.published))</span></li>"
            }
            body += "</ul>"
        }
        if !d.cooccurring.isEmpty {
            body += "<h2>يرد معه</h2><ul class=\"inline\">"
            for c in d.cooccurring { body += "<li>\(Self.entityLink(c.entity)) <span class=\"meta\">(\(c.articles))</span></li>" }
            body += "</ul>"
        }
        return Layout.page(title: d.entity.name, body: body)
    }
}
