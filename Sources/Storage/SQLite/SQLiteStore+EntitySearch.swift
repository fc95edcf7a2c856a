import ArabicText
import Foundation
import GRDB
import NewsModel

extension SQLiteStore {
    /// The SQL condition on `a.rowid` that keeps articles mentioning one of `entities`
    /// (never true when there is none).
    static func entityFilter(_ entities: [Int64]) -> String {
        guard !entities.isEmpty else { return "0" }
        let list = entities.map(String.init).joined(separator: ",")
        return "a.rowid IN (SELECT article_rowid FROM article_entities WHERE entity_rowid IN (\(list)))"
    }

    /// A query that is only `entity:NAME` (plus other filters): the articles mentioning the
    /// entity, most mentions first, then newest; snippets mark the entity's spellings.
    func entityPage(_ name: String, request: SearchRequest) async throws -> SearchPage {
        let q = request.query
        let entities = try await entityRowids(named: name)
        let (otherFilters, args) = SQLiteStore.filters(q)
        let list = entities.isEmpty ? "NULL" : entities.map(String.init).joined(separator: ",")
        let condition = SQLiteStore.entityFilter(entities) + otherFilters
        let (rows, total, variants): ([PageRow], Int?, [String]) = try await read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.url, a.title, a.body, a.published, s.name AS source_name,
                    (SELECT sum(mentions) FROM article_entities x WHERE x.article_rowid = a.rowid AND x.entity_rowid IN (\(list))) AS n
                FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                WHERE \(condition)
                ORDER BY n DESC, a.published IS NULL, a.published DESC, a.rowid DESC LIMIT ? OFFSET ?
                """, arguments: StatementArguments(args) + [request.limit, request.offset])
                .map { PageRow($0, score: Double($0["n"] as Int? ?? 0)) }
            let total = request.countTotal
                ? try Int.fetchOne(db, sql: "SELECT count(*) FROM articles a WHERE \(condition)", arguments: StatementArguments(args))
                : nil
            let variants = try String.fetchAll(db, sql: "SELECT DISTINCT text FROM entity_variants WHERE entity_rowid IN (\(list)) LIMIT 32")
            return (rows, total, variants)
        }
        var words = SearchQuery()
        words.required = [variants.map { .phrase($0) }]
        let highlight = analyzers.withAnalyzer { (try? AnalysedQuery(words, analyzer: $0))?.highlight } ?? AnalysedQuery.Highlight()
        var warnings = q.warnings
        if entities.isEmpty { warnings.append("entity: no stored entity is named \(name)") }
        return hitsPage(rows, total: total, highlight: highlight, warnings: warnings)
    }
}
