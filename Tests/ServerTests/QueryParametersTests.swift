import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Server
import Storage
import Testing

/// One reading of query parameters for every route: form encoding, trimming, errors naming the parameter.
@Suite struct QueryParametersTests {
    @Test func formEncodingIsDecodedOnce() {
        let p = QueryParameters(query: "q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86+%D8%A7%D9%84%D8%B5%D9%8A%D9%86&plus=a%2Bb&twice=%2541&blank=+++&empty=&bad=%zz&q=second")
        #expect(p.value("q") == "بوتين الصين")      // `+` is a space; the first q wins
        #expect(p.value("plus") == "a+b")           // an escaped plus stays a plus
        #expect(p.value("twice") == "%41")          // decoded once only
        #expect(p.value("blank") == nil)
        #expect(p.value("empty") == nil)
        #expect(p.value("bad") == nil)
        #expect(p.value("missing") == nil)
    }

    @Test func numbersAndDaysAreCheckedWithTheParameterNamed() throws {
        let p = QueryParameters(query: "limit=+20+&offset=-1&from=2018-02&to=2018-02-30x")
        #expect(try p.int("limit", default: 10, range: 1...100) == 20)
        #expect(try p.int("absent", default: 7, range: 1...100) == 7)
        #expect(throws: Problem.self) { try p.int("offset", default: 0, range: 0...10) }
        #expect(try p.day("from") == SearchQuery.parseDay("2018-02-01"))
        do { _ = try p.day("to"); Issue.record("to should not parse") } catch let e as Problem {
            #expect(e.detail.hasPrefix("to must be a day"))
        }
    }
}

extension ServerSuites {
/// An outlet name with a space, as the web form sends it (`+`), filters the same in the API and the page.
@Suite struct FormEncodedFilterRouteTests {
    @Test func sourceWithASpaceFromTheForm() async throws {
        let store = try await filledStore.value
        let name = try #require(try await store.sources().first { $0.source.contains(" ") }?.source)
        let form = name.split(separator: " ").map { $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }.joined(separator: "+")
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/v1/search?source=\(form)&limit=3", method: .get) { r in
                #expect(r.status == .ok)
                let hits = try json(r.body)["hits"] as? [[String: Any]] ?? []
                #expect(!hits.isEmpty)
                #expect(hits.allSatisfy { $0["source"] as? String == name })
            }
        }
    }
}
}
