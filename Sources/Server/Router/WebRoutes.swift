import Foundation
import Hummingbird
import NewsModel
import Storage

/// The Arabic web reader: home, search and article pages, rendered on the server.
struct WebRoutes {
    let store: any ArticleStore

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in HTMLResponse.make(try await home()) }
        router.get("search") { request, _ in try await SearchView(store: store).render(request) }
        router.get("articles/:id") { _, context in
            let id = try context.parameters.require("id")
            guard let a = try await store.article(id: id) else {
                return HTMLResponse.make(Layout.page(title: "غير موجود", body: "<p>لا يوجد مقال بهذا المعرّف.</p>"), status: .notFound)
            }
            return HTMLResponse.make(try await article(a))
        }
        router.get("stories/:id") { _, context in
            let text = try context.parameters.require("id")
            guard let id = Int64(text), let page = try await AnalysisPages(store: store).story(id) else {
                return HTMLResponse.make(Layout.page(title: "غير موجود", body: "<p>لا توجد قصة بهذا المعرّف.</p>"), status: .notFound)
            }
            return HTMLResponse.make(page)
        }
        router.get("entities/:id") { _, context in
            let raw = try context.parameters.require("id")
            guard let page = try await AnalysisPages(store: store).entity(raw.removingPercentEncoding ?? raw) else {
                return HTMLResponse.make(Layout.page(title: "غير موجود", body: "<p>لا يوجد علم بهذا المعرّف.</p>"), status: .notFound)
            }
            return HTMLResponse.make(page)
        }
    }

    func home() async throws -> String {
        let sources = try await store.sources()
        let count = try await store.count()
        var body = "<h1>خبر</h1><p class=\"meta\">\(count) مقالًا من \(sources.count) مصدرًا.</p>"
        body += try await AnalysisPages(store: store).latestStories()
        body += "<h2>المصادر</h2><ul class=\"sources\">"
        for s in sources {
            body += "<li><a href=\"/search?source=\(HTML.escape(HTML.query(s.source)))\">\(HTML.escape(s.source))</a> <span class=\"meta\">(\(s.articles))</span></li>"
        }
        body += "</ul>"
        return Layout.page(title: "الرئيسية", body: body)
    }

    func article(_ a: Article) async throws -> String {
        let entities = try await (store as? any EntityStore)?.entities(ofArticle: a.id) ?? []
        var body = "<article><h1>\(EntityText.title(a, entities: entities))</h1>"
        body += "<div class=\"meta\">\(HTML.escape(a.source ?? "")) · \(a.published?.isoDay ?? "")"
        if let u = a.url { body += " · <a href=\"\(HTML.escape(u))\" rel=\"nofollow noopener\">المصدر</a>" }
        body += "</div>"
        body += EntityText.paragraphs(a, entities: entities)
        body += "</article>"
        for (label, teasers) in [("اقرأ أيضًا", a.readAlso), ("مقالات ذات صلة", a.related)] where !teasers.isEmpty {
            body += "<aside><h2>\(label)</h2><ul>"
            for t in teasers {
                body += "<li><a href=\"/search?q=\(HTML.escape(HTML.query(t.title)))\">\(HTML.escape(t.title))</a></li>"
            }
            body += "</ul></aside>"
        }
        body += try await AnalysisPages(store: store).articlePanels(a, entities: entities)
        return Layout.page(title: a.title, body: body)
    }
}
