import Foundation
import Hummingbird
import NewsModel
import Storage

/// The web reader's search page: the query box with filters (outlet, dates), results with the
/// matched words in `<mark>`, facets as links, and paging. Everything shown is escaped.
struct SearchView {
    let store: any ArticleStore

    func render(_ request: Request) async throws -> Response {
        let sources = (try? await store.sources()) ?? []
        let params: SearchParameters
        do { params = try SearchParameters(request) } catch let p as Problem {
            let form = filterForm(q: "", source: nil, from: nil, to: nil, sort: .news, sources: sources)
            return HTMLResponse.make(Layout.page(title: "بحث", body: form + "<p class=\"error\">\(HTML.escape(p.detail))</p>"),
                                     status: .badRequest)
        }
        let q = params.text
        let form = filterForm(q: q, source: params.source, from: params.fromText, to: params.toText, sort: params.sort,
                              sources: sources)
        // Filters without words (an outlet, dates, an entity) list the latest articles they keep.
        guard !params.isBlank || params.request.query.hasFilters else {
            return HTMLResponse.make(Layout.page(title: "بحث", body: form + "<p>اكتب كلمات للبحث.</p>"))
        }
        let page: Storage.SearchPage
        var facets: SearchFacets?
        do {
            page = try await store.search(params.request)
            if let f = store as? any SearchFacetStore { facets = try await f.facets(params.request) }
        } catch let e as SearchError {
            return HTMLResponse.make(Layout.page(title: q, body: form + "<p class=\"error\">\(HTML.escape(e.description))</p>"),
                                     status: .badRequest)
        }
        let r = params.request
        var body = form
        let count = page.total.map(String.init) ?? "?"
        if r.query.isEmpty {
            body += "<p class=\"meta\" id=\"count\">أحدث المقالات: \(count) مقالًا\(filtersText(params))</p>"
        } else {
            body += "<p class=\"meta\" id=\"count\">\(count) نتيجة لـ «<bdi>\(HTML.escape(q))</bdi>»</p>"
        }
        for w in page.warnings { body += "<p class=\"meta warning\">\(HTML.escape(w))</p>" }
        if let facets, facets.total > 0 { body += facetsHTML(facets, params) }
        body += "<div class=\"results\">"
        for hit in page.hits {
            let title = MarkedText(text: hit.title, spans: hit.titleMarks).marked(escape: HTML.escape)
            body += """
                <section class="result"><h2><a href="/articles/\(HTML.escape(HTML.query(hit.id)))">\(title)</a></h2>
                <div class="meta"><bdi>\(HTML.escape(hit.source ?? ""))</bdi> · \(hit.published?.isoDay ?? "")</div>
                <p>\(hit.snippet.marked(escape: HTML.escape))</p></section>
                """
        }
        body += "</div>"
        body += pager(total: page.total, limit: r.limit, offset: r.offset, params)
        let title = params.isBlank ? (params.source ?? "أحدث المقالات") : q
        return HTMLResponse.make(Layout.page(title: title, query: q, body: body))
    }

    /// The filters of a listing in words (« من المصدر X، من … إلى … »), escaped.
    func filtersText(_ p: SearchParameters) -> String {
        let q = p.request.query
        var parts: [String] = []
        if let s = q.source { parts.append("من <bdi>\(HTML.escape(s))</bdi>") }
        if let c = q.category { parts.append("في قسم <bdi>\(HTML.escape(c))</bdi>") }
        if let e = q.entity { parts.append("تذكر <bdi>\(HTML.escape(e))</bdi>") }
        if let f = q.from { parts.append("منذ \(f.isoDay)") }
        if let t = q.to { parts.append("حتى \(t.isoDay)") }
        return parts.isEmpty ? "" : " " + parts.joined(separator: "، ")
    }

    /// Names of the orders in the form.
    static let orderNames: [(SearchOrder, String)] = [(.news, "الأهم والأحدث"), (.relevance, "الأكثر صلة"), (.newest, "الأحدث أولا")]

    /// The query box with the outlet, date and order controls, filled with the current values.
    func filterForm(q: String, source: String?, from: String?, to: String?, sort: SearchOrder, sources: [SourceCount]) -> String {
        var html = """
            <form class="filters" action="/search" method="get">
            <input type="search" name="q" value="\(HTML.escape(q))" aria-label="كلمات البحث">
            <label>المصدر <select name="source"><option value="">كل المصادر</option>
            """
        for s in sources.prefix(200) {
            let selected = s.source == source ? " selected" : ""
            html += "<option value=\"\(HTML.escape(s.source))\"\(selected)>\(HTML.escape(s.source))</option>"
        }
        html += """
            </select></label>
            <label>من <input type="date" name="from" value="\(HTML.escape(from ?? ""))"></label>
            <label>إلى <input type="date" name="to" value="\(HTML.escape(to ?? ""))"></label>
            <label>الترتيب <select name="sort">
            """
        for (order, name) in SearchView.orderNames {
            html += "<option value=\"\(order.rawValue)\"\(order == sort ? " selected" : "")>\(name)</option>"
        }
        html += """
            </select></label>
            <button>بحث</button></form>
            """
        return html
    }

    /// Outlets and days as links that narrow the search.
    func facetsHTML(_ f: SearchFacets, _ p: SearchParameters) -> String {
        var html = "<details class=\"facets\"><summary>توزيع النتائج</summary><div class=\"facet-lists\"><ul><li class=\"meta\">حسب المصدر</li>"
        for b in f.sources.prefix(12) {
            html += "<li><a href=\"\(HTML.escape(link(p, source: b.value)))\"><bdi>\(HTML.escape(b.value))</bdi></a> <span class=\"meta\">\(b.count)</span></li>"
        }
        html += "</ul><ul><li class=\"meta\">حسب اليوم</li>"
        for b in f.days.prefix(12) {
            html += "<li><a href=\"\(HTML.escape(link(p, from: b.value, to: b.value)))\">\(HTML.escape(b.value))</a> <span class=\"meta\">\(b.count)</span></li>"
        }
        return html + "</ul></div></details>"
    }

    /// Previous / next links and where this page is.
    func pager(total: Int?, limit: Int, offset: Int, _ p: SearchParameters) -> String {
        var html = "<nav class=\"pager\">"
        if offset > 0 {
            html += "<a rel=\"prev\" href=\"\(HTML.escape(link(p, offset: max(0, offset - limit))))\">→ السابق</a>"
        } else {
            html += "<span></span>"
        }
        if let total, total > 0 {
            let pages = (total + limit - 1) / limit
            html += "<span class=\"meta\">صفحة \(offset / limit + 1) من \(pages)</span>"
        }
        if let total, offset + limit < total, offset + limit <= SearchParameters.maximumOffset {
            html += "<a rel=\"next\" href=\"\(HTML.escape(link(p, offset: offset + limit)))\">التالي ←</a>"
        }
        return html + "</nav>"
    }

    /// This search's address with some parameters changed (`""` removes one).
    func link(_ p: SearchParameters, source: String? = nil, from: String? = nil, to: String? = nil, offset: Int = 0) -> String {
        var items: [(String, String)] = [("q", p.text)]
        if let s = source ?? p.source { items.append(("source", s)) }
        if let f = from ?? p.fromText { items.append(("from", f)) }
        if let t = to ?? p.toText { items.append(("to", t)) }
        if let e = p.request.query.entity, p.entityText != nil { items.append(("entity", e)) }
        if p.sort != .news { items.append(("sort", p.sort.rawValue)) }
        if p.request.limit != SearchParameters.defaultLimit { items.append(("limit", String(p.request.limit))) }
        if offset > 0 { items.append(("offset", String(offset))) }
        return "/search?" + items.map { "\($0.0)=\(HTML.query($0.1))" }.joined(separator: "&")
    }
}
