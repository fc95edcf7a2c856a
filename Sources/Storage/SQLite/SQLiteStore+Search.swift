import ArabicText
import Foundation
import GRDB
import NewsModel

extension SQLiteStore {
    public func search(_ request: SearchRequest) async throws -> SearchPage {
        if request.query.isEmpty, let name = request.query.entity { return try await entityPage(name, request: request) }
        let analysed = try analyzers.withAnalyzer { try AnalysedQuery(request.query, analyzer: $0) }
        let match = FTS5Query.compile(analysed)
        let exactMatch = FTS5Query.compileExact(analysed)
        let q = request.query

        let (filterSQL, filterArgs) = try await filterConditions(q)
        let now = Date().timeIntervalSince1970

        let rows: [Row]
        let total: Int?
        (rows, total) = try await pool.read { db in
            // Two tiers: articles matching every word in its exact (folded) form, then those
            // matching only through stems or name keys; each tier ranked by BM25.
            if filterSQL.isEmpty {
                return try SQLiteStore.unfilteredPage(db, exact: exactMatch, full: match, request: request, now: now)
            }
            let args = StatementArguments([exactMatch, match, exactMatch] + filterArgs + [request.limit, request.offset])
            let score = SQLiteStore.rankedScore(request.order, now: now)
            let orderBy = request.order == .newest ? "coalesce(t.time, 0) DESC, h.rowid DESC" : "h.tier, bm25"
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.url, a.title, a.body, a.published, s.name AS source_name, \(score) AS bm25
                FROM (
                    SELECT rowid, 0 AS tier, bm25(article_fts, \(SQLiteSchema.bm25Weights)) AS score
                    FROM article_fts WHERE article_fts MATCH ?
                    UNION ALL
                    SELECT rowid, 1 AS tier, bm25(article_fts, \(SQLiteSchema.bm25Weights)) AS score
                    FROM article_fts WHERE article_fts MATCH ?
                      AND rowid NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)
                ) AS h
                JOIN articles a ON a.rowid = h.rowid
                LEFT JOIN article_times t ON t.article_rowid = h.rowid
                LEFT JOIN sources s ON s.id = a.source_id
                WHERE 1\(filterSQL)
                ORDER BY \(orderBy)
                LIMIT ? OFFSET ?
                """, arguments: args)
            var total: Int? = nil
            if request.countTotal {
                total = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid
                    WHERE article_fts MATCH ?\(filterSQL)
                    """, arguments: StatementArguments([match] + filterArgs))
            }
            return (rows, total)
        }
        let highlight = analysed.highlight
        let snippets = SnippetBuilder()
        let hits = analyzers.withAnalyzer { analyzer in rows.map { row -> SearchHit in
            let title: String = row["title"]
            let body: String = row["body"]
            let published: Double? = row["published"]
            let bm25: Double = row["bm25"]
            return SearchHit(
                id: row["id"], url: row["url"], title: title, source: row["source_name"],
                published: published.map(Date.init(timeIntervalSince1970:)), score: (-bm25 * 1000).rounded() / 1000,
                snippet: snippets.snippet(body, highlight: highlight, analyzer: analyzer),
                titleMarks: snippets.markTitle(title, highlight: highlight, analyzer: analyzer))
        } }
        return SearchPage(total: total, hits: hits, warnings: q.warnings)
    }

    /// The score a result is ranked by, negative like FTS5's `bm25()` (lower ranks first), over
    /// a match `h(rowid, score)` joined with its time `t` (`article_times`, may be NULL).
    static func rankedScore(_ order: SearchOrder, now: Double) -> String {
        guard order == .news else { return "h.score" }
        let age = "max(0, \(now) - coalesce(t.time, 0))"
        return "h.score * (1 + \(SearchOrder.freshnessLift) / (1 + \(age) / \(SearchOrder.freshnessHalfLife)))"
    }

    /// A page without filters: each tier keeps only its best `offset + limit` rows (counting
    /// its matches in the same pass when asked), and only the page's articles are read.
    private static func unfilteredPage(_ db: Database, exact: String, full: String,
                                       request: SearchRequest, now: Double) throws -> ([Row], Int?) {
        let keep = request.offset + request.limit
        let count = request.countTotal ? "count(*) OVER ()" : "0"
        // bm25() cannot sit beside a window function: the matches are scored in a subquery,
        // joined with their times (a narrow table) only when the order needs them.
        func ranked(_ condition: String, orderBy: String) -> String {
            let scored = "SELECT rowid, bm25(article_fts, \(SQLiteSchema.bm25Weights)) AS score FROM article_fts WHERE \(condition)"
            if request.order == .relevance { return "SELECT rowid, score, \(count) AS n FROM (\(scored)) ORDER BY score LIMIT ?" }
            return """
                SELECT h.rowid, \(rankedScore(request.order, now: now)) AS score, \(count) AS n
                FROM (\(scored)) AS h LEFT JOIN article_times t ON t.article_rowid = h.rowid
                ORDER BY \(orderBy) LIMIT ?
                """
        }
        func tier(_ condition: String, _ args: [String]) throws -> (hits: [(rowid: Int64, score: Double)], n: Int) {
            let rows = try Row.fetchAll(db, sql: ranked(condition, orderBy: "score"), arguments: StatementArguments(args) + [keep])
            return (rows.map { ($0["rowid"], $0["score"]) }, rows.first?["n"] ?? 0)
        }
        let first: (hits: [(rowid: Int64, score: Double)], n: Int)
        let second: (hits: [(rowid: Int64, score: Double)], n: Int)
        if request.order == .newest {
            // One list over every match, newest first; tiers do not apply.
            let rows = try Row.fetchAll(db, sql: ranked("article_fts MATCH ?", orderBy: "coalesce(t.time, 0) DESC, h.rowid DESC"),
                                        arguments: [full, keep])
            first = (rows.map { ($0["rowid"], $0["score"]) }, rows.first?["n"] ?? 0)
            second = ([], 0)
        } else {
            first = try tier("article_fts MATCH ?", [exact])
            second = try tier("article_fts MATCH ? AND rowid NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)",
                              [full, exact])
        }
        let page = Array((first.hits + second.hits).dropFirst(request.offset).prefix(request.limit))
        guard !page.isEmpty else { return ([], request.countTotal ? first.n + second.n : nil) }
        let marks = page.map { _ in "?" }.joined(separator: ",")
        let articles = try Row.fetchAll(db, sql: """
            SELECT a.rowid, a.id, a.url, a.title, a.body, a.published, s.name AS source_name
            FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.rowid IN (\(marks))
            """, arguments: StatementArguments(page.map(\.rowid)))
        var byRowid: [Int64: Row] = [:]
        for r in articles { byRowid[r["rowid"]] = r }
        let rows = page.compactMap { hit -> Row? in
            guard let r = byRowid[hit.rowid] else { return nil }
            return Row(["id": r["id"], "url": r["url"], "title": r["title"], "body": r["body"],
                        "published": r["published"], "source_name": r["source_name"], "bm25": hit.score])
        }
        return (rows, request.countTotal ? first.n + second.n : nil)
    }
}
