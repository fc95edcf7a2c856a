import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Storage
import Testing

/// Facets, limits and filters of `GET /api/v1/search`, over the filled store.
extension ServerSuites {
@Suite struct SearchAPITests {
    static func encoded(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }

    @Test func facetsCountEveryMatchByOutletAndDay() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=\(SearchAPITests.encoded("أمريكا"))&limit=2", method: .get) { r in
                #expect(r.status == .ok)
                let body = try json(r.body)
                let total = try #require(body["total"] as? Int)
                #expect(total > 2)
                let facets = try #require(body["facets"] as? [String: Any])
                #expect(facets["total"] as? Int == total)
                let sources = facets["sources"] as? [[String: Any]] ?? []
                let days = facets["days"] as? [[String: Any]] ?? []
                #expect(!sources.isEmpty && !days.isEmpty)
                let sourceCounts = sources.compactMap { $0["count"] as? Int }
                #expect(sourceCounts == sourceCounts.sorted(by: >))
                #expect(sourceCounts.reduce(0, +) <= total)
                let dayValues = days.compactMap { $0["value"] as? String }
                #expect(dayValues == dayValues.sorted(by: >))
                #expect(dayValues.allSatisfy { $0.count == 10 && $0.hasPrefix("20") })
            }
        }
    }

    /// With `entity=`, alone or with words, the facets count exactly the articles search finds.
    @Test func entityFacetsAgreeWithTheEntityFilter() async throws {
        try await app().test(.router) { client in
            for uri in ["/api/v1/search?entity=\(SearchAPITests.encoded("بوتين"))&limit=100",
                        "/api/v1/search?q=\(SearchAPITests.encoded("روسيا"))&entity=\(SearchAPITests.encoded("بوتين"))&limit=100"] {
                try await client.execute(uri: uri, method: .get) { r in
                    #expect(r.status == .ok, "\(uri)")
                    let body = try json(r.body)
                    let total = try #require(body["total"] as? Int)
                    #expect(total >= 1, "\(uri)")
                    #expect((body["facets"] as? [String: Any])?["total"] as? Int == total, "\(uri)")
                }
            }
        }
    }

    @Test func filteredFacetsAgreeWithTheFilter() async throws {
        try await app().test(.router) { client in
            let all = try await client.execute(uri: "/api/v1/search?q=\(SearchAPITests.encoded("أمريكا"))", method: .get) { r in
                try json(r.body)["facets"] as! [String: Any]
            }
            let top = try #require((all["sources"] as? [[String: Any]])?.first)
            let name = top["value"] as! String
            try await client.execute(uri: "/api/v1/search?q=\(SearchAPITests.encoded("أمريكا"))&source=\(SearchAPITests.encoded(name))", method: .get) { r in
                let body = try json(r.body)
                #expect(body["total"] as? Int == top["count"] as? Int)
                let facets = body["facets"] as! [String: Any]
                #expect((facets["sources"] as? [[String: Any]])?.map { $0["value"] as? String } == [name])
                for hit in body["hits"] as? [[String: Any]] ?? [] { #expect(hit["source"] as? String == name) }
            }
            let day = try #require((all["days"] as? [[String: Any]])?.first)
            let value = day["value"] as! String
            try await client.execute(uri: "/api/v1/search?q=\(SearchAPITests.encoded("أمريكا"))&from=\(value)&to=\(value)&limit=100", method: .get) { r in
                let body = try json(r.body)
                #expect(body["total"] as? Int == day["count"] as? Int)
                for hit in body["hits"] as? [[String: Any]] ?? [] { #expect((hit["published"] as? String)?.hasPrefix(value) == true) }
            }
            try await client.execute(uri: "/api/v1/search?q=\(SearchAPITests.encoded("أمريكا"))&facets=false", method: .get) { r in
                let body = try json(r.body)
                #expect(body["facets"] == nil)
            }
        }
    }

    @Test func limitsAreProblemsThatNameTheParameter() async throws {
        let encoded = SearchAPITests.encoded
        try await app().test(.router) { client in
            let cases: [(String, String)] = [
                ("q=" + encoded(String(repeating: "ب", count: 1_001)), "q"), ("q=x&limit=0", "limit"), ("q=x&limit=101", "limit"),
                ("q=x&offset=-1", "offset"), ("q=x&offset=10001", "offset"), ("q=x&to=2018-13-01", "to"),
                ("q=x&facets=maybe", "facets"), ("q=%20%20", "q"),
            ]
            for (query, parameter) in cases {
                try await client.execute(uri: "/api/v1/search?\(query)", method: .get) { r in
                    #expect(r.status == .badRequest, "\(query)")
                    #expect(r.headers[.contentType] == "application/problem+json")
                    let body = try json(r.body)
                    #expect((body["detail"] as? String ?? "").hasPrefix(parameter), "\(query)")
                }
            }
            try await client.execute(uri: "/api/v1/search?q=\(SearchAPITests.encoded(String(repeating: "ب", count: 1_000)))", method: .get) { r in
                #expect(r.status == .ok)
            }
        }
    }

    @Test func entityIsPassedToTheQuery() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=\(SearchAPITests.encoded("أمريكا"))&entity=\(SearchAPITests.encoded("بوتين"))", method: .get) { r in
                #expect(r.status == .ok)
                let body = try json(r.body)
                #expect((body["filters"] as? [String: Any])?["entity"] as? String == "بوتين")
            }
        }
    }

    @Test func oversizedBodiesAre413OnEveryRoute() async throws {
        let store = try await filledStore.value
        let app = Application(router: KhabarServer.router(store: store, options: ServerOptions(maximumBodyBytes: 1_000, logRequests: false)))
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/search?q=x", method: .get, body: ByteBuffer(string: String(repeating: "x", count: 5_000))) { r in
                #expect(r.status == .contentTooLarge)
                #expect(r.headers[.contentType] == "application/problem+json")
            }
        }
    }
}
}
