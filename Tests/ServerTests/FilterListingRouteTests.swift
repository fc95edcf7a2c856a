import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Storage
import Testing

/// Filters without words, through the API and the web reader; the home page's outlet links.
extension ServerSuites {
@Suite struct FilterListingRouteTests {
    static func encoded(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }

    @Test func apiListsAnOutletsLatestArticles() async throws {
        let store = try await filledStore.value
        let source = try #require(try await store.sources().first).source
        try await app().test(.router) { client in
            for uri in ["/api/v1/search?source=\(Self.encoded(source))&limit=5",
                        "/api/v1/search?q=\(Self.encoded("source:\"\(source)\""))&limit=5"] {
                try await client.execute(uri: uri, method: .get) { r in
                    #expect(r.status == .ok, "\(uri)")
                    let body = try json(r.body)
                    let hits = body["hits"] as? [[String: Any]] ?? []
                    #expect(hits.count == 5)
                    #expect(hits.allSatisfy { $0["source"] as? String == source })
                    let days = hits.compactMap { $0["published"] as? String }
                    #expect(days == days.sorted(by: >))
                    #expect((body["facets"] as? [String: Any])?["total"] as? Int == body["total"] as? Int)
                }
            }
        }
    }

    @Test func homeLinksOutletsToTheirListing() async throws {
        let store = try await filledStore.value
        let source = try #require(try await store.sources().first).source
        try await app().test(.router) { client in
            let home = try await client.execute(uri: "/", method: .get) { r in String(buffer: r.body) }
            #expect(!home.contains("q=*"))
            var allowed = CharacterSet.urlQueryAllowed
            allowed.remove(charactersIn: "&+=?#")
            let link = "/search?source=" + source.addingPercentEncoding(withAllowedCharacters: allowed)!
            #expect(home.contains(link.replacingOccurrences(of: "&", with: "&amp;")))
            try await client.execute(uri: link, method: .get) { r in
                #expect(r.status == .ok)
                let html = String(buffer: r.body)
                #expect(html.contains("id=\"count\""))
                #expect(html.contains("class=\"result\""))
                #expect(!html.contains("class=\"error\""))
            }
        }
    }
}
}
