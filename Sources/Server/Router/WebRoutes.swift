import Foundation
import Hummingbird
import NewsModel
import Storage

/// The Arabic web reader: home, search and article pages, rendered on the server.
struct WebRoutes {
    let store: any ArticleStore

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in HTMLResponse.make(try await home()) }
        router.get("search") { request, _ in HTMLResponse.make(try await search(request)) }
        router.get("articles/:id") { _, context in
            let id = try context.parameters.require("id")
            guard let a = try await store.article(id: id) else {
                return HTMLResponse.make(Layout.page(title: "غير موجود", body: "<p>لا يوجد مقال بهذا المعرّف.</p>"), status: .notFound)
            }
            return HTMLResponse.make(article(a))
        }
    }

    func home() async throws -> String {
        let sources = try await store.sources()
        let count = try await store.count()
        var body = "<h1>خبر</h1><p class=\"meta\">\(count) مقالًا من \(sources.count) مصدرًا.</p><h2>المصادر</h2><ul class=\"sources\">"
        for s in sources {
            body += "<li><a href=\"/search?q=*&amp;source=\(HTML.escape(HTML.query(s.source)))\">\(HTML.escape(s.source))</a> <span class=\"meta\">(\(s.articles))</span></li>"
        }
        body += "</ul>"
        return Layout.page(title: "الرئيسية", body: body)
    }

    func search(_ request: Request) async throws -> String {
        let params: SearchParameters
        do { params = try SearchParameters(request) } catch let p as Problem {
            return Layout.page(title: "بحث", body: "<p class=\"error\">\(HTML.escape(p.detail))</p>")
        }
        let q = params.text
        guard !q.trimmingCharacters(in: .whitespaces).isEmpty else {
            return Layout.page(title: "بحث", body: "<p>اكتب كلمات للبحث.</p>")
        }
        let page: SearchPage
        do { page = try await store.search(params.request) } catch let e as SearchError {
            return Layout.page(title: q, query: q, body: "<p class=\"error\">\(HTML.escape(e.description))</p>")
        }
        var body = "<p class=\"meta\">\(page.total.map(String.init) ?? "?") نتيجة لـ «<bdi>\(HTML.escape(q))</bdi>»</p>"
        for hit in page.hits {
            let title = MarkedText(text: hit.title, spans: hit.titleMarks).marked(escape: HTML.escape)
            body += """
                <section class="result"><h2><a href="/articles/\(HTML.escape(HTML.query(hit.id)))">\(title)</a></h2>
                <div class="meta">\(HTML.escape(hit.source ?? "")) · \(hit.published?.isoDay ?? "")</div>
                <p>\(hit.snippet.marked(escape: HTML.escape))</p></section>
                """
        }
        let r = params.request
        let base = "/search?q=\(HTML.query(q))" + (r.query.source.map { "&source=\(HTML.query($0))" } ?? "")
        body += "<nav class=\"pager\">"
        if r.offset > 0 { body += "<a rel=\"prev\" href=\"\(HTML.escape(base + "&offset=\(max(0, r.offset - r.limit))"))\">السابق</a>" }
        if let total = page.total, r.offset + r.limit < total {
            body += "<a rel=\"next\" href=\"\(HTML.escape(base + "&offset=\(r.offset + r.limit)"))\">التالي</a>"
        }
        body += "</nav>"
        return Layout.page(title: q, query: q, body: body)
    }

    func article(_ a: Article) -> String {
        var body = "<article><h1>\(HTML.escape(a.title))</h1>"
        body += "<div class=\"meta\">\(HTML.escape(a.source ?? "")) · \(a.published?.isoDay ?? "")"
        if let u = a.url { body += " · <a href=\"\(HTML.escape(u))\" rel=\"nofollow noopener\">المصدر</a>" }
        body += "</div>"
        for p in a.paragraphs { body += "<p>\(HTML.escape(p))</p>" }
        body += "</article>"
        for (label, teasers) in [("اقرأ أيضًا", a.readAlso), ("مقالات ذات صلة", a.related)] where !teasers.isEmpty {
            body += "<aside><h2>\(label)</h2><ul>"
            for t in teasers {
                body += "<li><a href=\"/search?q=\(HTML.escape(HTML.query(t.title)))\">\(HTML.escape(t.title))</a></li>"
            }
            body += "</ul></aside>"
        }
        return Layout.page(title: a.title, body: body)
    }
}
