import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Storage
import Testing

/// The search answer cache through the router: the same URL is answered from the cache, a
/// different order of the same parameters too, and this server's ingest empties it.
extension ServerSuites {
@Suite struct SearchCacheRouteTests {
    @Test func repeatedSearchesHitTheCacheAndIngestEmptiesIt() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-cache-\(UUID().uuidString).db").path
        let store = try SQLiteStore(path: path)
        let app = Application(router: KhabarServer.router(
            store: store, options: ServerOptions(writeToken: IngestRouteTests.token, logRequests: false)))
        let lines = try IngestRouteTests.antLines(40)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/articles", method: .post, headers: IngestRouteTests.bearer,
                                     body: ByteBuffer(string: lines.prefix(20).joined(separator: "\n"))) { r in #expect(r.status == .ok) }
            func search(_ uri: String) async throws -> (cache: String?, total: Int?, body: String) {
                try await client.execute(uri: uri, method: .get) { r in
                    #expect(r.status == .ok)
                    let body = String(buffer: r.body)
                    return (r.headers[HTTPField.Name("X-Khabar-Cache")!], try json(r.body)["total"] as? Int, body)
                }
            }
            // A word of the second half's titles, so the second batch changes the answer.
            let titleWords = lines.dropFirst(20).compactMap { line -> String? in
                let o = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
                return (o?["title"] as? String)?.split(separator: " ").first { $0.count >= 4 }.map(String.init)
            }
            let word = try #require(titleWords.first)
            let q = word.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let first = try await search("/api/v1/search?q=\(q)&limit=5")
            #expect(first.cache == "miss")
            let again = try await search("/api/v1/search?limit=5&q=\(q)")
            #expect(again.cache == "hit")
            #expect(again.body == first.body)
            #expect(try await search("/api/v1/search?q=\(q)&limit=6").cache == "miss")

            try await client.execute(uri: "/api/v1/articles", method: .post, headers: IngestRouteTests.bearer,
                                     body: ByteBuffer(string: lines.dropFirst(20).joined(separator: "\n"))) { r in #expect(r.status == .ok) }
            let after = try await search("/api/v1/search?q=\(q)&limit=5")
            #expect(after.cache == "miss")
            #expect((after.total ?? 0) > (first.total ?? 0), "the new articles are found at once")
        }
    }

    @Test func sortIsCheckedAndApplied() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86&sort=sideways", method: .get) { r in
                #expect(r.status == .badRequest)
                let detail = try json(r.body)["detail"] as? String ?? ""
                #expect(detail.contains("sort must be one of news, relevance, newest"))
            }
            try await client.execute(uri: "/api/v1/search?q=%D9%81%D9%8A&sort=newest&limit=20", method: .get) { r in
                #expect(r.status == .ok)
                let hits = try json(r.body)["hits"] as? [[String: Any]] ?? []
                let days = hits.compactMap { $0["published"] as? String }
                #expect(days.count >= 2 && days == days.sorted(by: >))
            }
        }
    }
}
}
