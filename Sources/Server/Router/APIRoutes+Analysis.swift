import Foundation
import Hummingbird
import Ingest
import NewsModel
import Storage

/// The API routes over what analysis stored at ingest: an article's entities, quotes, duplicates
/// and story; similar articles; stories; entities; quotes by speaker. Each reads the store through
/// its feature protocol (`EntityStore`, `QuoteStore`, `StoryStore`); a store without the feature
/// answers 501.
struct AnalysisRoutes {
    let store: any ArticleStore

    /// The largest `limit` these routes serve.
    static let maximumLimit = 100

    func register(on api: RouterGroup<BasicRequestContext>) {
        api.get("articles/:id/similar") { request, context in
            let id = try context.parameters.require("id")
            let stories = try feature(StoryStore.self, "similar articles")
            guard try await store.article(id: id) != nil else { throw Problem(.notFound, "no article with id \(id)") }
            let limit = try QueryParameters(request).int("limit", default: 10, range: 1...Self.maximumLimit)
            return try JSONResponse.make(try await SimilarArticleList().similar(to: id, limit: limit, in: stories))
        }
        api.get("stories") { request, _ in
            let stories = try feature(StoryStore.self, "stories")
            var r = StoryRequest(limit: try QueryParameters(request).int("limit", default: 20, range: 1...Self.maximumLimit))
            r.from = try QueryParameters(request).day("from")
            r.to = try QueryParameters(request).day("to", endOfDay: true)
            r.source = QueryParameters(request).value("source")
            r.minArticles = try QueryParameters(request).int("min_articles", default: 2, range: 1...1000)
            return try JSONResponse.make(try await stories.stories(r))
        }
        api.get("stories/:id") { _, context in
            let text = try context.parameters.require("id")
            guard let id = Int64(text) else { throw Problem(.badRequest, "id must be a story number, got \(text)") }
            guard let story = try await feature(StoryStore.self, "stories").story(id: id) else {
                throw Problem(.notFound, "no story with id \(id)")
            }
            return try JSONResponse.make(story)
        }
        api.get("entities") { request, _ in
            guard let q = QueryParameters(request).value("q") else { throw Problem(.badRequest, "q is required: a name in any spelling") }
            guard q.count <= 200 else { throw Problem(.badRequest, "q is \(q.count) characters; the limit is 200") }
            return try JSONResponse.make(try await feature(EntityStore.self, "entities").entities(named: q))
        }
        api.get("entities/:id") { request, context in
            // Entity ids (`PERS:fldmr btn`) hold a colon and spaces: clients percent-encode them.
            let raw = try context.parameters.require("id")
            let id = raw.removingPercentEncoding ?? raw
            let periodText = QueryParameters(request).value("by") ?? EntityTimeline.Period.month.rawValue
            guard let period = EntityTimeline.Period(rawValue: periodText) else {
                throw Problem(.badRequest, "by must be one of \(EntityTimeline.Period.allCases.map(\.rawValue).joined(separator: ", ")), got \(periodText)")
            }
            let limit = try QueryParameters(request).int("limit", default: 20, range: 1...Self.maximumLimit)
            guard let detail = try await feature(EntityStore.self, "entities").entityDetail(id: id, by: period, limit: limit) else {
                throw Problem(.notFound, "no entity with id \(id)")
            }
            return try JSONResponse.make(detail)
        }
        api.get("quotes") { request, _ in
            guard let speaker = QueryParameters(request).value("speaker") else {
                throw Problem(.badRequest, "speaker is required: a name in any spelling")
            }
            guard speaker.count <= 200 else { throw Problem(.badRequest, "speaker is \(speaker.count) characters; the limit is 200") }
            let r = SpeakerQuoteRequest(speaker: speaker, from: try QueryParameters(request).day("from"),
                                        to: try QueryParameters(request).day("to", endOfDay: true),
                                        limit: try QueryParameters(request).int("limit", default: 20, range: 1...Self.maximumLimit),
                                        offset: try QueryParameters(request).int("offset", default: 0, range: 0...10_000))
            do { return try JSONResponse.make(try await feature(QuoteStore.self, "quotes").quotes(bySpeaker: r)) } catch let e as QuoteQueryError {
                throw Problem(.badRequest, e.description)
            }
        }
    }

    /// The store seen through a feature protocol, or a 501 problem.
    private func feature<P>(_: P.Type, _ name: String) throws -> P {
        guard let s = store as? P else { throw Problem(.notImplemented, "this store does not keep \(name)") }
        return s
    }
}
