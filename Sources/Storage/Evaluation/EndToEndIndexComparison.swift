import ArabicText
import Foundation
import GRDB
import NewsModel

/// The two ways of feeding FTS5 with Khabar's analysis, end to end (issue 4): time to store
/// the same articles with `workers` threads, and known-item MRR@10 on the same queries.
///
/// - Pre-analysed columns (what `SQLiteStore` does): `workers` threads analyse each batch
///   into exact and stem columns while one writer stores the previous batch; queries rank
///   articles matching every word in its exact form above those matching through stems.
/// - Custom tokenizer (`ArabicFTS5Tokenizer`): the writer stores raw title and body and SQLite
///   runs the analyzer inside the write transaction, on the one writer thread; exact form and
///   stem are colocated tokens of one column, so a query cannot tell them apart.
///
/// Both write the text into an `articles` table too (the tokenizer index reads it as external
/// content), in batches of `batchSize`, one transaction each.
public struct EndToEndIndexComparison: Sendable {
    /// One article to index: its id (the known-item target), title and body.
    public typealias Document = (id: String, title: String, body: String)

    public struct Result: Sendable {
        public var articles = 0
        public var workers = 0
        public var preAnalysedSeconds = 0.0
        public var tokenizerSeconds = 0.0
        public var preAnalysed = ReciprocalRank()
        public var preAnalysedVaried = ReciprocalRank()
        public var tokenizer = ReciprocalRank()
        public var tokenizerVaried = ReciprocalRank()
    }

    public var workers: Int
    public var batchSize = 256

    public init(workers: Int) { self.workers = max(1, workers) }

    /// Stores `articles` both ways in temporary databases and runs `queries` on each.
    /// - Throws: `DatabaseError` when a temporary database cannot be written or read.
    public func run(articles: [Document], queries: [KnownItemQuery]) throws -> Result {
        var r = Result()
        r.articles = articles.count
        r.workers = workers
        let dir = FileManager.default.temporaryDirectory
        let a = dir.appendingPathComponent("khabar-e2e-a-\(UUID().uuidString).db").path
        let b = dir.appendingPathComponent("khabar-e2e-b-\(UUID().uuidString).db").path
        defer { for p in [a, b] { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: p + s) } } }
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: ArabicFTS5Tokenizer.self) }
        let qa = try DatabaseQueue(path: a, configuration: config)
        let qb = try DatabaseQueue(path: b, configuration: config)
        let table = "CREATE TABLE articles(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL)"
        try qa.write { db in
            try db.execute(sql: table)
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(title_exact, title_stem, body_exact, body_stem, content='', tokenize='ascii')")
        }
        try qb.write { db in
            try db.execute(sql: table)
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(title, body, content='articles', content_rowid='rowid', tokenize='\(ArabicFTS5Tokenizer.name)')")
        }
        let clock = ContinuousClock()
        r.preAnalysedSeconds = try clock.measure { try storePreAnalysed(articles, into: qa) }.seconds
        r.tokenizerSeconds = try clock.measure { try storeRaw(articles, into: qb) }.seconds

        let analyzer = Analyzer()
        for q in queries {
            for (words, varied) in [(q.unvaried, false), (q.varied, true)] {
                let terms = words.flatMap { analyzer.analyze($0).filter { $0.kind.isWord && !$0.normalized.isEmpty } }
                guard !terms.isEmpty else { continue }
                let exact = terms.map { "{title_exact body_exact} : \(FTS5Query.quote($0.normalized))" }.joined(separator: " AND ")
                let full = terms.map { "({title_exact body_exact} : \(FTS5Query.quote($0.normalized)) OR {title_stem body_stem} : \(FTS5Query.quote($0.stem.isEmpty ? $0.normalized : $0.stem)))" }
                    .joined(separator: " AND ")
                let rankedA: [String] = try qa.read { db in
                    let first = try String.fetchAll(db, sql: """
                        SELECT a.id FROM t JOIN articles a ON a.rowid = t.rowid WHERE t MATCH ? ORDER BY bm25(t, 10, 6, 2, 1.2) LIMIT 10
                        """, arguments: [exact])
                    guard first.count < 10 else { return first }
                    return first + (try String.fetchAll(db, sql: """
                        SELECT a.id FROM t JOIN articles a ON a.rowid = t.rowid WHERE t MATCH ?
                          AND t.rowid NOT IN (SELECT rowid FROM t WHERE t MATCH ?) ORDER BY bm25(t, 10, 6, 2, 1.2) LIMIT ?
                        """, arguments: [full, exact, 10 - first.count]))
                }
                let match = words.map(FTS5Query.quote).joined(separator: " AND ")
                let rankedB: [String] = try qb.read { db in
                    try String.fetchAll(db, sql: """
                        SELECT a.id FROM t JOIN articles a ON a.rowid = t.rowid WHERE t MATCH ? ORDER BY bm25(t, 10, 2) LIMIT 10
                        """, arguments: [match])
                }
                if varied {
                    r.preAnalysedVaried.record(rankedA, target: q.articleID)
                    r.tokenizerVaried.record(rankedB, target: q.articleID)
                } else {
                    r.preAnalysed.record(rankedA, target: q.articleID)
                    r.tokenizer.record(rankedB, target: q.articleID)
                }
            }
        }
        return r
    }

    /// Analyses each batch on `workers` threads while one writer stores the previous batch.
    private func storePreAnalysed(_ articles: [Document], into queue: DatabaseQueue) throws {
        // One analyzer per thread (`Analyzer` is not thread-safe); thread `w` only uses `analyzers[w]`.
        nonisolated(unsafe) let analyzers = (0..<workers).map { _ in Analyzer() }
        let workers = self.workers
        let writer = DispatchQueue(label: "khabar.e2e.writer")
        let failure = LockedError()
        var start = 0
        while start < articles.count {
            let batch = Array(articles[start..<min(start + batchSize, articles.count)])
            let rows = AnalysedRows(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                for i in stride(from: w, to: batch.count, by: workers) {
                    let t = IndexTerms(batch[i].title, analyzer: analyzers[w]), b = IndexTerms(batch[i].body, analyzer: analyzers[w])
                    rows.set(i, [t.exact, t.stems, b.exact, b.stems])
                }
            }
            let first = start
            writer.async {
                do {
                    try queue.write { db in
                        let art = try db.makeStatement(sql: "INSERT INTO articles(rowid, id, title, body) VALUES (?, ?, ?, ?)")
                        let fts = try db.makeStatement(sql: "INSERT INTO t(rowid, title_exact, title_stem, body_exact, body_stem) VALUES (?, ?, ?, ?, ?)")
                        for (i, doc) in batch.enumerated() {
                            try art.execute(arguments: [first + i + 1, doc.id, doc.title, doc.body])
                            let c = rows.get(i)
                            try fts.execute(arguments: [first + i + 1, c[0], c[1], c[2], c[3]])
                        }
                    }
                } catch { failure.set(error) }
            }
            start += batchSize
        }
        writer.sync {}
        if let e = failure.get() { throw e }
    }

    /// Stores raw text; SQLite runs the analyzer as the index's tokenizer on the writer thread.
    private func storeRaw(_ articles: [Document], into queue: DatabaseQueue) throws {
        var start = 0
        while start < articles.count {
            let end = min(start + batchSize, articles.count)
            try queue.write { db in
                let art = try db.makeStatement(sql: "INSERT INTO articles(rowid, id, title, body) VALUES (?, ?, ?, ?)")
                let fts = try db.makeStatement(sql: "INSERT INTO t(rowid, title, body) VALUES (?, ?, ?)")
                for i in start..<end {
                    try art.execute(arguments: [i + 1, articles[i].id, articles[i].title, articles[i].body])
                    try fts.execute(arguments: [i + 1, articles[i].title, articles[i].body])
                }
            }
            start = end
        }
    }
}

/// Analysed columns of one batch, filled by several threads at distinct indices.
private final class AnalysedRows: @unchecked Sendable {
    private var rows: [[String]]
    private let lock = NSLock()
    init(count: Int) { rows = Array(repeating: [], count: count) }
    func set(_ i: Int, _ columns: [String]) { lock.lock(); rows[i] = columns; lock.unlock() }
    func get(_ i: Int) -> [String] { lock.lock(); defer { lock.unlock() }; return rows[i] }
}

/// The first error the writer met.
private final class LockedError: @unchecked Sendable {
    private var error: (any Error)?
    private let lock = NSLock()
    func set(_ e: any Error) { lock.lock(); if error == nil { error = e }; lock.unlock() }
    func get() -> (any Error)? { lock.lock(); defer { lock.unlock() }; return error }
}
