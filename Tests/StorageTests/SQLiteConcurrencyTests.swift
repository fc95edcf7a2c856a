import Foundation
import NewsModel
import Testing
@testable import Storage

/// Many searches at once on the cooperative pool (the HTTP server's situation). A read that
/// blocks a cooperative thread while waiting for a reader deadlocks here on a 2-core machine:
/// the time limit turns that hang into a failure.
@Suite struct SQLiteConcurrencyTests {
    @Test(.timeLimit(.minutes(1)))
    func concurrentSearchesAndFacetsAllFinishWithTheSequentialResults() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-conc-\(UUID().uuidString).db").path
        let store = try SQLiteStore(path: path)
        let ant = try antArticles(120)
        _ = try await store.store(indexed(ant))
        // Queries from the stored titles (first two words), so each finds something.
        let queries = ant.prefix(20).map { $0.title.split(separator: " ").prefix(2).joined(separator: " ") }
        var expected: [String: [String]] = [:]
        for q in queries { expected[q] = try await store.search(SearchRequest(q)).hits.map(\.id) }

        let rounds = 12
        let results = try await withThrowingTaskGroup(of: (String, [String], Int).self) { group in
            for _ in 0..<rounds {
                for q in queries {
                    group.addTask {
                        let request = SearchRequest(q)
                        let page = try await store.search(request)
                        let facets = try await store.facets(request)
                        _ = try await store.article(id: page.hits.first?.id ?? "")
                        return (q, page.hits.map(\.id), facets.total)
                    }
                }
            }
            var out: [(String, [String], Int)] = []
            for try await r in group { out.append(r) }
            return out
        }
        #expect(results.count == rounds * queries.count)
        for (q, ids, total) in results {
            #expect(ids == expected[q])
            #expect(total >= ids.count)
        }
    }
}
