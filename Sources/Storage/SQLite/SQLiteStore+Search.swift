import ArabicText
import Foundation
import GRDB
import NewsModel

extension SQLiteStore {
    public func search(_ request: SearchRequest) async throws -> SearchPage {
        let analyzer = Analyzer()
        let analysed = try AnalysedQuery(request.query, analyzer: analyzer)
        let match = FTS5Query.compile(analysed)
        let q = request.query

        var filters: [String] = []
        var filterArgs: [(any DatabaseValueConvertible)?] = []
        if let s = q.source {
            filters.append("a.source_id IN (SELECT id FROM sources WHERE name = ? OR name LIKE ?)")
            filterArgs += [s, "%" + s + "%"]
        }
        if let c = q.category { filters.append("a.category = ?"); filterArgs.append(c) }
        if let f = q.from { filters.append("a.published >= ?"); filterArgs.append(f.timeIntervalSince1970) }
        if let t = q.to { filters.append("a.published <= ?"); filterArgs.append(t.timeIntervalSince1970) }
        let filterSQL = filters.isEmpty ? "" : " AND " + filters.joined(separator: " AND ")

        let rows: [Row]
        let total: Int?
        (rows, total) = try await pool.read { db in
            let args = StatementArguments([match] + filterArgs + [request.limit, request.offset])
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.url, a.title, a.body, a.published, s.name AS source_name,
                       bm25(article_fts, \(SQLiteSchema.bm25Weights)) AS bm25
                FROM article_fts
                JOIN articles a ON a.rowid = article_fts.rowid
                LEFT JOIN sources s ON s.id = a.source_id
                WHERE article_fts MATCH ?\(filterSQL)
                ORDER BY bm25
                LIMIT ? OFFSET ?
                """, arguments: args)
            var total: Int? = nil
            if request.countTotal {
                let countArgs = StatementArguments([match] + filterArgs)
                total = try Int.fetchOne(db, sql: filters.isEmpty
                    ? "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?"
                    : "SELECT count(*) FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid WHERE article_fts MATCH ?\(filterSQL)",
                    arguments: countArgs)
            }
            return (rows, total)
        }
        let highlight = analysed.highlight
        let snippets = SnippetBuilder()
        let hits = rows.map { row -> SearchHit in
            let title: String = row["title"]
            let body: String = row["body"]
            let published: Double? = row["published"]
            let bm25: Double = row["bm25"]
            return SearchHit(
                id: row["id"], url: row["url"], title: title, source: row["source_name"],
                published: published.map(Date.init(timeIntervalSince1970:)), score: (-bm25 * 1000).rounded() / 1000,
                snippet: snippets.snippet(body, highlight: highlight, analyzer: analyzer),
                titleMarks: snippets.markTitle(title, highlight: highlight, analyzer: analyzer))
        }
        return SearchPage(total: total, hits: hits, warnings: q.warnings)
    }
}
