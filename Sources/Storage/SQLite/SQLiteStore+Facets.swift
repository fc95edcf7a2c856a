import Foundation
import GRDB

extension SQLiteStore: SearchFacetStore {
    public func facets(_ request: SearchRequest) async throws -> SearchFacets {
        let (filterSQL, filterValues) = try await filterConditions(request.query)
        // A query with filters and no words (`entity:NAME`, `source:X`, …) has nothing to
        // match: its facets count the articles the filters keep, as `search` lists them.
        let matchSQL: String
        var arguments: [DatabaseValue] = []
        if request.query.isEmpty && request.query.hasFilters {
            matchSQL = "SELECT a.source_id AS sid, date(a.published, 'unixepoch') AS day, count(*) AS n FROM articles a WHERE 1"
        } else {
            let analysed = try analyzers.withAnalyzer { try AnalysedQuery(request.query, analyzer: $0) }
            arguments.append(FTS5Query.compile(analysed).databaseValue)
            matchSQL = """
                SELECT a.source_id AS sid, date(a.published, 'unixepoch') AS day, count(*) AS n
                FROM article_fts JOIN articles a INDEXED BY articles_facets ON a.rowid = article_fts.rowid
                WHERE article_fts MATCH ?
                """
        }
        arguments += filterValues
        let sql = matchSQL + filterSQL + " GROUP BY sid, day"
        return try await read { [arguments] db in
            // One pass over the matches, grouped by outlet and day; the two facets are summed from it.
            let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
            var total = 0
            var bySource: [Int64: Int] = [:]
            var byDay: [String: Int] = [:]
            for row in rows {
                let n: Int = row["n"]
                total += n
                if let sid: Int64 = row["sid"] { bySource[sid, default: 0] += n }
                if let day: String = row["day"] { byDay[day, default: 0] += n }
            }
            var names: [Int64: String] = [:]
            if !bySource.isEmpty {
                let marks = bySource.keys.map { _ in "?" }.joined(separator: ",")
                for r in try Row.fetchAll(db, sql: "SELECT id, name FROM sources WHERE id IN (\(marks))",
                                          arguments: StatementArguments(Array(bySource.keys))) {
                    names[r["id"]] = r["name"]
                }
            }
            let sources = bySource.compactMap { id, n in names[id].map { SearchFacets.Bucket(value: $0, count: n) } }
                .sorted { ($0.count, $1.value) > ($1.count, $0.value) }
                .prefix(SearchFacets.maximumBuckets)
            let days = byDay.map { SearchFacets.Bucket(value: $0.key, count: $0.value) }
                .sorted { $0.value > $1.value }
                .prefix(SearchFacets.maximumBuckets)
            return SearchFacets(total: total, sources: Array(sources), days: Array(days))
        }
    }

    /// The SQL conditions (on `articles a`) of the query's filters, as `search`, the entity page
    /// and the facets apply them: `" AND …"` (empty without filters) and its arguments. The
    /// entity filter, which needs the name resolved first, is added by `filterConditions`.
    static func filters(_ q: SearchQuery) -> (sql: String, arguments: [DatabaseValue]) {
        var filters: [String] = []
        var args: [DatabaseValue] = []
        if let s = q.source {
            filters.append("a.source_id IN (SELECT id FROM sources WHERE name = ? OR name LIKE ?)")
            args += [s.databaseValue, ("%" + s + "%").databaseValue]
        }
        if let c = q.category { filters.append("a.category = ?"); args.append(c.databaseValue) }
        if let f = q.from { filters.append("a.published >= ?"); args.append(f.timeIntervalSince1970.databaseValue) }
        if let t = q.to { filters.append("a.published <= ?"); args.append(t.timeIntervalSince1970.databaseValue) }
        return (filters.isEmpty ? "" : " AND " + filters.joined(separator: " AND "), args)
    }

    /// `filters(q)` plus the entity filter when the query names one.
    func filterConditions(_ q: SearchQuery) async throws -> (sql: String, arguments: [DatabaseValue]) {
        var (sql, args) = SQLiteStore.filters(q)
        if let name = q.entity { sql += " AND " + SQLiteStore.entityFilter(try await entityRowids(named: name)) }
        return (sql, args)
    }
}
