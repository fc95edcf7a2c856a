import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The routes over stored entities, quotes, stories and similar articles, on the seed page and
/// 150 ANT articles.
extension ServerSuites {
@Suite struct AnalysisRouteTests {
    static let seedID: Task<String, any Error> = Task {
        try await app().test(.router) { client in
            let q = "أوتشاكوف".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            return try await client.execute(uri: "/api/v1/search?q=\(q)&limit=1", method: .get) { r in
                let hits = try json(r.body)["hits"] as! [[String: Any]]
                return hits[0]["id"] as! String
            }
        }
    }

    func get(_ uri: String) async throws -> (HTTPResponse.Status, Any) {
        try await app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { r in
                (r.status, try JSONSerialization.jsonObject(with: Data(String(buffer: r.body).utf8)))
            }
        }
    }

    @Test func articleCarriesEntitiesQuotesAndStory() async throws {
        let id = try await Self.seedID.value
        let (status, body) = try await get("/api/v1/articles/\(id)")
        #expect(status == .ok)
        let article = try #require(body as? [String: Any])
        let entities = try #require(article["entities"] as? [[String: Any]])
        let names = entities.compactMap { ($0["entity"] as? [String: Any])?["name"] as? String }
        #expect(names.contains { $0.contains("بوتين") }, "entities: \(names)")
        let quotes = try #require(article["quotes"] as? [[String: Any]])
        #expect(quotes.contains { (($0["quote"] as? [String: Any])?["speaker"] as? String)?.contains("أوتشاكوف") == true })
        #expect(article["duplicates"] is [Any])
        #expect(article["story"] is [String: Any])
    }

    @Test func quotesBySpeakerInAnotherSpelling() async throws {
        let q = "اوتشاكوف".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let (status, body) = try await get("/api/v1/quotes?speaker=\(q)")
        #expect(status == .ok)
        let page = try #require(body as? [String: Any])
        #expect((page["total"] as? Int ?? 0) >= 5)
    }

    @Test func entityLookupAndDetail() async throws {
        let q = "ببوتين".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let (status, body) = try await get("/api/v1/entities?q=\(q)")
        #expect(status == .ok)
        let list = try #require(body as? [[String: Any]])
        let id = try #require((list.first?["entity"] as? [String: Any])?["id"] as? String)
        let (s2, detail) = try await get("/api/v1/entities/\(id.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
        #expect(s2 == .ok)
        #expect((detail as? [String: Any])?["variants"] is [Any])
        let (s3, _) = try await get("/api/v1/entities/NOPE:none")
        #expect(s3 == .notFound)
    }

    @Test func similarAndStories() async throws {
        let id = try await Self.seedID.value
        let (status, body) = try await get("/api/v1/articles/\(id)/similar?limit=5")
        #expect(status == .ok)
        let similar = try #require(body as? [[String: Any]])
        #expect(similar.count <= 5)
        #expect(!similar.contains { $0["id"] as? String == id })
        let (s2, stories) = try await get("/api/v1/stories?min_articles=1&limit=3")
        #expect(s2 == .ok)
        let list = try #require(stories as? [[String: Any]])
        #expect(!list.isEmpty)
        let storyID = try #require(list.first?["id"] as? Int)
        let (s3, detail) = try await get("/api/v1/stories/\(storyID)")
        #expect(s3 == .ok)
        #expect(((detail as? [String: Any])?["members"] as? [Any])?.isEmpty == false)
        let (s4, _) = try await get("/api/v1/stories/abc")
        #expect(s4 == .badRequest)
        let (s5, _) = try await get("/api/v1/articles/\(id)/similar?limit=1000")
        #expect(s5 == .badRequest)
    }
}
}
