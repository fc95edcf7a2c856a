import ArabicText
import Foundation
import GRDB
import NewsModel

/// Measures the two ways of feeding FTS5 with Khabar's analysis on the same articles and
/// queries (issue 4): pre-analysed term columns with FTS5's `ascii` tokenizer (what
/// `SQLiteStore` uses), and the analyzer running inside SQLite as a custom tokenizer
/// (`ArabicFTS5Tokenizer`) over the raw title and body. Both are timed single-threaded.
public struct IndexModeComparison {
    public struct Result: Sendable {
        public var articles = 0
        public var preAnalysedIndexSeconds = 0.0
        public var customTokenizerIndexSeconds = 0.0
        public var preAnalysedQueryP50Ms = 0.0
        public var customTokenizerQueryP50Ms = 0.0
        public var preAnalysedQueryP99Ms = 0.0
        public var customTokenizerQueryP99Ms = 0.0
        public var queries = 0
    }

    public init() {}

    /// Indexes `articles` both ways in temporary databases and runs `queries` (AND of words) on each.
    public func run(articles: [(title: String, body: String)], queries: [String]) throws -> Result {
        var r = Result()
        r.articles = articles.count
        let dir = FileManager.default.temporaryDirectory
        let a = dir.appendingPathComponent("khabar-mode-a-\(UUID().uuidString).db").path
        let b = dir.appendingPathComponent("khabar-mode-b-\(UUID().uuidString).db").path
        defer { for p in [a, b] { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: p + s) } } }
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: ArabicFTS5Tokenizer.self) }
        let qa = try DatabaseQueue(path: a, configuration: config)
        let qb = try DatabaseQueue(path: b, configuration: config)
        let analyzer = Analyzer()
        let clock = ContinuousClock()

        r.preAnalysedIndexSeconds = try clock.measure {
            try qa.write { db in
                try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(title_exact, title_stem, body_exact, body_stem, content='', tokenize='ascii')")
                let st = try db.makeStatement(sql: "INSERT INTO t(rowid, title_exact, title_stem, body_exact, body_stem) VALUES (?, ?, ?, ?, ?)")
                for (i, art) in articles.enumerated() {
                    let t = IndexTerms(art.title, analyzer: analyzer), bo = IndexTerms(art.body, analyzer: analyzer)
                    try st.execute(arguments: [i + 1, t.exact, t.stems, bo.exact, bo.stems])
                }
            }
        }.seconds
        r.customTokenizerIndexSeconds = try clock.measure {
            try qb.write { db in
                try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(title, body, content='', tokenize='\(ArabicFTS5Tokenizer.name)')")
                let st = try db.makeStatement(sql: "INSERT INTO t(rowid, title, body) VALUES (?, ?, ?)")
                for (i, art) in articles.enumerated() { try st.execute(arguments: [i + 1, art.title, art.body]) }
            }
        }.seconds

        var la: [Double] = [], lb: [Double] = []
        for q in queries {
            let terms = analyzer.analyze(q).filter { $0.kind.isWord && !$0.isStopWord }
            guard !terms.isEmpty else { continue }
            let matchA = terms.map { "({title_exact body_exact} : \(FTS5Query.quote($0.normalized)) OR {title_stem body_stem} : \(FTS5Query.quote($0.stem)))" }
                .joined(separator: " AND ")
            let matchB = terms.map { FTS5Query.quote($0.surface) }.joined(separator: " AND ")
            la.append(try clock.measure {
                _ = try qa.read { db in try Row.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t, 10, 6, 2, 1.2) LIMIT 10", arguments: [matchA]) }
            }.seconds * 1000)
            lb.append(try clock.measure {
                _ = try qb.read { db in try Row.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t, 10, 2) LIMIT 10", arguments: [matchB]) }
            }.seconds * 1000)
        }
        func pct(_ v: [Double], _ p: Double) -> Double {
            guard !v.isEmpty else { return 0 }
            let s = v.sorted()
            return s[min(s.count - 1, Int(Double(s.count) * p))]
        }
        r.queries = la.count
        r.preAnalysedQueryP50Ms = pct(la, 0.5); r.preAnalysedQueryP99Ms = pct(la, 0.99)
        r.customTokenizerQueryP50Ms = pct(lb, 0.5); r.customTokenizerQueryP99Ms = pct(lb, 0.99)
        return r
    }
}

