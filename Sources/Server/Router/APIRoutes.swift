import Foundation
import HTTPTypes
import Hummingbird
import NewsModel
import Storage

/// The JSON API under `/api/v1`.
struct APIRoutes {
    let store: any ArticleStore
    let options: ServerOptions
    /// Search answers by URL; dropped when this server ingests.
    let cache: ResponseCache

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("api/v1")
        api.get("health") { _, _ in try JSONResponse.make(Health(status: "ok", articles: try await store.count())) }
        api.get("search") { request, _ in try await search(request) }
        api.get("articles/:id") { _, context in
            let id = try context.parameters.require("id")
            guard let article = try await store.article(id: id) else { throw Problem(.notFound, "no article with id \(id)") }
            return try JSONResponse.make(try await ArticleDetail.load(article, from: store))
        }
        api.post("articles") { request, context in try await IngestRoute(store: store, options: options, cache: cache).handle(request, context: context) }
        AnalysisRoutes(store: store).register(on: api)
        api.get("sources") { _, _ in try JSONResponse.make(try await store.sources()) }
        api.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(bytes: OpenAPIDocument.json)))
        }
    }

    struct Health: Encodable {
        var status: String
        var articles: Int
    }

    /// One page of results, with the marked snippet also as HTML-escaped text with `<mark>`.
    struct SearchResponse: Encodable {
        /// A search hit (`SearchHit`'s JSON) plus its snippet as escaped HTML with `<mark>`.
        struct Hit: Encodable {
            var hit: SearchHit
            var snippetHTML: String

            enum CodingKeys: String, CodingKey { case snippetHTML }

            func encode(to encoder: any Encoder) throws {
                try hit.encode(to: encoder)
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(snippetHTML, forKey: .snippetHTML)
            }
        }
        /// The filters applied (from the parameters and the query text).
        struct Filters: Encodable {
            var source: String?
            var category: String?
            var entity: String?
            var from: Date?
            var to: Date?
        }
        var query: String
        var total: Int?
        var limit: Int
        var offset: Int
        var filters: Filters
        var hits: [Hit]
        var warnings: [String]
        var facets: SearchFacets?
    }

    /// The search answer, from the response cache when the same URL was answered within its
    /// time to live (header `X-Khabar-Cache: hit`), else computed and kept (`miss`).
    func search(_ request: Request) async throws -> Response {
        let key = "search?" + (request.uri.query ?? "").split(separator: "&").sorted().joined(separator: "&")
        if let hit = cache.value(for: key) {
            return Response(status: .ok, headers: [.contentType: hit.contentType, APIRoutes.cacheHeader: "hit"],
                            body: .init(byteBuffer: ByteBuffer(bytes: hit.body)))
        }
        let body = try await computeSearch(request)
        let type = "application/json; charset=utf-8"
        cache.store(body, contentType: type, for: key)
        return Response(status: .ok, headers: [.contentType: type, APIRoutes.cacheHeader: cache.isEnabled ? "miss" : "off"],
                        body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The response header that says whether a search answer came from the cache.
    static let cacheHeader = HTTPField.Name("X-Khabar-Cache")!

    /// The search answer as JSON bytes.
    private func computeSearch(_ request: Request) async throws -> [UInt8] {
        let params = try SearchParameters(request)
        guard !params.isBlank || params.request.query.hasFilters else {
            throw Problem(.badRequest, "q is required: the words to search for (or filters alone, such as source=NAME or entity=NAME, to list the latest articles)")
        }
        let page: SearchPage
        var facets: SearchFacets?
        do {
            page = try await store.search(params.request)
            if params.facets, let f = store as? any SearchFacetStore { facets = try await f.facets(params.request) }
        } catch let e as SearchError {
            throw Problem(.badRequest, "q: " + e.description)
        }
        let q = params.request.query
        let hits = page.hits.map { SearchResponse.Hit(hit: $0, snippetHTML: $0.snippet.marked(escape: HTML.escape)) }
        return Array(try JSONEncoder.khabar.encode(SearchResponse(
            query: params.text, total: page.total, limit: params.request.limit, offset: params.request.offset,
            filters: .init(source: q.source, category: q.category, entity: q.entity, from: q.from, to: q.to),
            hits: hits, warnings: page.warnings, facets: facets)))
    }
}
