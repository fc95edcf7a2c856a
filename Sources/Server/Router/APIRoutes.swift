import Foundation
import Hummingbird
import NewsModel
import Storage

/// The JSON API under `/api/v1`.
struct APIRoutes {
    let store: any ArticleStore

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("api/v1")
        api.get("health") { _, _ in try JSONResponse.make(Health(status: "ok", articles: try await store.count())) }
        api.get("search") { request, _ in try await search(request) }
        api.get("articles/:id") { _, context in
            let id = try context.parameters.require("id")
            guard let article = try await store.article(id: id) else { throw Problem(.notFound, "no article with id \(id)") }
            return try JSONResponse.make(article)
        }
        api.get("sources") { _, _ in try JSONResponse.make(try await store.sources()) }
    }

    struct Health: Encodable {
        var status: String
        var articles: Int
    }

    /// One page of results, with the marked snippet also as HTML-escaped text with `<mark>`.
    struct SearchResponse: Encodable {
        struct Hit: Encodable {
            var id: String
            var url: String?
            var title: String
            var source: String?
            var published: Date?
            var score: Double
            var snippet: MarkedText
            var snippetHTML: String
            var titleSpans: [Span]

            enum CodingKeys: String, CodingKey { case id, url, title, source, published, score, snippet, snippetHTML, titleSpans }

            /// Every key is present, `null` when unknown: a stable shape for clients.
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(id, forKey: .id)
                try c.encode(url, forKey: .url)
                try c.encode(title, forKey: .title)
                try c.encode(source, forKey: .source)
                try c.encode(published, forKey: .published)
                try c.encode(score, forKey: .score)
                try c.encode(snippet, forKey: .snippet)
                try c.encode(snippetHTML, forKey: .snippetHTML)
                try c.encode(titleSpans, forKey: .titleSpans)
            }
        }
        var query: String
        var total: Int?
        var limit: Int
        var offset: Int
        var hits: [Hit]
        var warnings: [String]
    }

    func search(_ request: Request) async throws -> Response {
        let params = try SearchParameters(request)
        guard !params.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Problem(.badRequest, "q is required: the words to search for")
        }
        let page: SearchPage
        do { page = try await store.search(params.request) } catch let e as SearchError {
            throw Problem(.badRequest, e.description)
        }
        let hits = page.hits.map { h in
            SearchResponse.Hit(id: h.id, url: h.url, title: h.title, source: h.source, published: h.published, score: h.score,
                               snippet: h.snippet, snippetHTML: h.snippet.marked(escape: HTML.escape), titleSpans: h.titleMarks)
        }
        return try JSONResponse.make(SearchResponse(query: params.text, total: page.total, limit: params.request.limit,
                                                    offset: params.request.offset, hits: hits, warnings: page.warnings))
    }
}
