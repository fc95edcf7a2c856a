import ArabicText
import Foundation
import GRDB
import NewsModel

extension SQLiteStore {
    public func search(_ request: SearchRequest) async throws -> SearchPage {
        if request.query.isEmpty {
            if let name = request.query.entity { return try await entityPage(name, request: request) }
            if request.query.hasFilters { return try await latestPage(request) }
        }
        let analysed = try analyzers.withAnalyzer { try AnalysedQuery(request.query, analyzer: $0) }
        let match = FTS5Query.compile(analysed)
        let exactMatch = FTS5Query.compileExact(analysed)
        let q = request.query

        let (filterSQL, filterArgs) = try await filterConditions(q)

        let (rows, total): ([PageRow], Int?) = try await read { db in
            // Two tiers: articles matching every word in its exact (folded) form, then those
            // matching only through stems or name keys; each tier ranked by BM25.
            if filterSQL.isEmpty {
                return try SQLiteStore.unfilteredPage(db, exact: exactMatch, full: match, request: request)
            }
            let args = StatementArguments([exactMatch, match, exactMatch]) + StatementArguments(filterArgs)
                + [request.limit, request.offset]
            let score = SQLiteStore.rankedScore(request.order)
            let orderBy = request.order == .newest ? SQLiteStore.newestFirst : "h.tier, bm25"
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
                """, arguments: args).map { PageRow($0, score: -($0["bm25"] as Double)) }
            var total: Int? = nil
            if request.countTotal {
                total = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM article_fts JOIN articles a INDEXED BY articles_facets ON a.rowid = article_fts.rowid
                    WHERE article_fts MATCH ?\(filterSQL)
                    """, arguments: [match] + StatementArguments(filterArgs))
            }
            return (rows, total)
        }
        return hitsPage(rows, total: total, highlight: analysed.highlight, warnings: q.warnings)
    }

    /// A query with filters and no words (`source:X`, `from:…`, `category:…`): the latest
    /// articles matching the filters, newest first (undated last). Exclusions need words to
    /// exclude from, so they are ignored here with a warning.
    func latestPage(_ request: SearchRequest) async throws -> SearchPage {
        let q = request.query
        let (filterSQL, filterArgs) = try await filterConditions(q)
        let (rows, total): ([PageRow], Int?) = try await read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.url, a.title, a.body, a.published, s.name AS source_name
                FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                WHERE 1\(filterSQL)
                ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC LIMIT ? OFFSET ?
                """, arguments: StatementArguments(filterArgs) + [request.limit, request.offset]).map { PageRow($0, score: 0) }
            let total = request.countTotal
                ? try Int.fetchOne(db, sql: "SELECT count(*) FROM articles a WHERE 1\(filterSQL)", arguments: StatementArguments(filterArgs))
                : nil
            return (rows, total)
        }
        var warnings = q.warnings
        if !q.excluded.isEmpty { warnings.append("-word needs a word to look for: exclusions are ignored in a listing") }
        return hitsPage(rows, total: total, highlight: AnalysedQuery.Highlight(), warnings: warnings)
    }

    /// Search hits for `rows`, with snippets and title marks for `highlight`.
    func hitsPage(_ rows: [PageRow], total: Int?, highlight: AnalysedQuery.Highlight, warnings: [String]) -> SearchPage {
        let snippets = SnippetBuilder()
        let hits = analyzers.withAnalyzer { analyzer in rows.map { row -> SearchHit in
            SearchHit(
                id: row.id, url: row.url, title: row.title, source: row.source,
                published: row.published.map(Date.init(timeIntervalSince1970:)), score: (row.score * 1000).rounded() / 1000,
                snippet: snippets.snippet(row.body, highlight: highlight, analyzer: analyzer),
                titleMarks: snippets.markTitle(row.title, highlight: highlight, analyzer: analyzer))
        } }
        return SearchPage(total: total, hits: hits, warnings: warnings)
    }

    /// The score a result is ranked by, negative like FTS5's `bm25()` (lower ranks first), over
    /// a match `h(rowid, score)` joined with its time `t` (`article_times`, may be NULL). Now is
    /// SQLite's `unixepoch()`, so the text is the same for every search (prepared once).
    static func rankedScore(_ order: SearchOrder) -> String {
        guard order == .news else { return "h.score" }
        let age = "max(0, unixepoch() - coalesce(t.time, 0))"
        return "h.score * (1 + \(SearchOrder.freshnessLift) / (1 + \(age) / \(SearchOrder.freshnessHalfLife)))"
    }

    /// `SearchOrder.newest` over a match `h` joined with its time `t`.
    static let newestFirst = "coalesce(t.time, 0) DESC, h.rowid DESC"

    /// A page without filters: each tier keeps only its best `offset + limit` rows (counting
    /// its matches in the same pass when asked), and only the page's articles are read.
    private static func unfilteredPage(_ db: Database, exact: String, full: String,
                                       request: SearchRequest) throws -> ([PageRow], Int?) {
        let keep = request.offset + request.limit
        let count = request.countTotal ? "count(*) OVER ()" : "0"
        // bm25() cannot sit beside a window function: the matches are scored in a subquery,
        // joined with their times (a narrow table) only when the order needs them. The texts
        // are fixed (now is SQLite's `unixepoch()`), so each reader connection prepares them once.
        func ranked(_ condition: String, orderBy: String) -> String {
            let scored = "SELECT rowid, bm25(article_fts, \(SQLiteSchema.bm25Weights)) AS score FROM article_fts WHERE \(condition)"
            if request.order == .relevance { return "SELECT rowid, score, \(count) AS n FROM (\(scored)) ORDER BY score LIMIT ?" }
            return """
                SELECT h.rowid, \(rankedScore(request.order)) AS score, \(count) AS n
                FROM (\(scored)) AS h LEFT JOIN article_times t ON t.article_rowid = h.rowid
                ORDER BY \(orderBy) LIMIT ?
                """
        }
        func tier(_ condition: String, _ args: [String], orderBy: String = "score") throws -> (hits: [(rowid: Int64, score: Double)], n: Int) {
            let rows = try Row.fetchAll(db.cachedStatement(sql: ranked(condition, orderBy: orderBy)),
                                        arguments: StatementArguments(args) + [keep])
            return (rows.map { ($0["rowid"], $0["score"]) }, rows.first?["n"] ?? 0)
        }
        let first: (hits: [(rowid: Int64, score: Double)], n: Int)
        let second: (hits: [(rowid: Int64, score: Double)], n: Int)
        if request.order == .newest {
            // One list over every match, newest first; tiers do not apply.
            first = try tier("article_fts MATCH ?", [full], orderBy: SQLiteStore.newestFirst)
            second = ([], 0)
        } else {
            first = try tier("article_fts MATCH ?", [exact])
            second = try tier("article_fts MATCH ? AND rowid NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)",
                              [full, exact])
        }
        let page = Array((first.hits + second.hits).dropFirst(request.offset).prefix(request.limit))
        guard !page.isEmpty else { return ([], request.countTotal ? first.n + second.n : nil) }
        let marks = page.map { _ in "?" }.joined(separator: ",")
        let articles = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT a.rowid, a.id, a.url, a.title, a.body, a.published, s.name AS source_name
            FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.rowid IN (\(marks))
            """), arguments: StatementArguments(page.map(\.rowid)))
        var byRowid: [Int64: Row] = [:]
        for r in articles { byRowid[r["rowid"]] = r }
        let rows = page.compactMap { hit in byRowid[hit.rowid].map { PageRow($0, score: -hit.score) } }
        return (rows, request.countTotal ? first.n + second.n : nil)
    }
}

/// One article of a result page, read on a reader queue: what a `SearchHit` is built from.
struct PageRow: Sendable {
    var id: String
    var url: String?
    var title: String
    var body: String
    var published: Double?
    var source: String?
    /// Higher is better.
    var score: Double

    /// From a row with `id`, `url`, `title`, `body`, `published` and `source_name`.
    init(_ row: Row, score: Double) {
        id = row["id"]; url = row["url"]; title = row["title"]; body = row["body"]
        published = row["published"]; source = row["source_name"]
        self.score = score
    }
}
