import Foundation
import Testing

/// `eval search` and `bench search` end to end, on a small store built from the first ANT articles.
@Suite(.serialized) struct SearchEvaluationCommandTests {
    /// A fresh store holding the first `count` ANT articles.
    static func smallStore(_ count: Int = 40) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-evalsearch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let lines = Data((try CLI.antLines(count).joined(separator: "\n") + "\n").utf8)
        let db = dir.appendingPathComponent("small.db").path
        let r = try CLI.run(["ingest", "-", "--db", db], stdin: lines)
        #expect(r.status == 0, "\(r.stderr)")
        return db
    }

    @Test func evalSearchPrintsTheSummaryLine() throws {
        let db = try Self.smallStore()
        let r = try CLI.run(["eval", "search", "--db", db, "--queries", "10", "--seed", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        let summary = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        print("eval search (small store): \(summary)")
        #expect(summary.hasPrefix("mrr_varied="))
        for key in ["mrr_unvaried=", "baseline_mrr_varied=", "baseline_mrr_unvaried=", "queries=10", "seed=3", "seconds="] {
            #expect(summary.contains(key), "missing \(key)")
        }
        // The same seed draws the same queries: the figures repeat.
        let again = try CLI.run(["eval", "search", "--db", db, "--queries", "10", "--seed", "3"])
        let strip = { (s: String) in s.split(separator: " ").filter { !$0.hasPrefix("seconds=") }.joined(separator: " ") }
        #expect(strip(again.stdout.split(separator: "\n").last.map(String.init) ?? "") == strip(summary))
    }

    @Test func benchSearchPrintsPercentiles() throws {
        let db = try Self.smallStore(20)
        let queries = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-q-\(UUID().uuidString).tsv")
        try Data("1\tأحلام وإليسا\n2\tما هي منظمة الاوبك ؟\n3\t\"\"\n".utf8).write(to: queries)
        let r = try CLI.run(["bench", "search", "--db", db, "--queries", queries.path])
        #expect(r.status == 0, "\(r.stderr)")
        let summary = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix("p50_ms="))
        for key in ["p99_ms=", "max_ms=", "queries_per_s=", "baseline_p50_ms=", "baseline_p99_ms=", "queries=3", "articles=20"] {
            #expect(summary.contains(key), "missing \(key)")
        }
    }

    @Test func benchSearchTimesFilteredQueries() throws {
        let db = try Self.smallStore(20)
        let queries = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-q-\(UUID().uuidString).tsv")
        try Data("1\tأحلام وإليسا\n2\tما هي منظمة الاوبك ؟\n".utf8).write(to: queries)
        let r = try CLI.run(["bench", "search", "--db", db, "--queries", queries.path, "--filters", "from:2000-01-01 to:2030-12-31"])
        #expect(r.status == 0, "\(r.stderr)")
        let summary = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix("p50_ms="))
        for key in ["p99_ms=", "queries=2", "filtered_hits=", "filters=\"from:2000-01-01 to:2030-12-31\""] {
            #expect(summary.contains(key), "missing \(key)")
        }
        #expect(!summary.contains("baseline_p50_ms="))  // the unicode61 baseline has no filters
    }
}
