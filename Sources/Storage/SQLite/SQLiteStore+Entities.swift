import ArabicText
import Foundation
import GRDB
import NewsModel

extension SQLiteStore: EntityStore {
    // MARK: - Writing (inside `store`'s transaction)

    /// Stores an article's linked mentions: entities (created on first sight), mentions,
    /// per-article counts and variant counts.
    /// `entityRowids` remembers entity ids already stored (ids map to rowids for good: entities
    /// are never deleted); the caller forgets it when a transaction rolls back.
    static func insertEntities(_ mentions: [LinkedMention], article rowid: Int64, db: Database,
                               entityRowids: inout [String: Int64]) throws {
        guard !mentions.isEmpty else { return }
        let insertEntity = try db.cachedStatement(sql: "INSERT INTO entities(id, kind, name, key) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING")
        let findEntity = try db.cachedStatement(sql: "SELECT rowid FROM entities WHERE id = ?")
        let insertMention = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO entity_mentions(article_rowid, in_title, start, end, entity_rowid, text) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let insertArticle = try db.cachedStatement(sql: "INSERT INTO article_entities(entity_rowid, article_rowid, mentions) VALUES (?, ?, ?)")
        let upsertVariant = try db.cachedStatement(sql: """
            INSERT INTO entity_variants(entity_rowid, text, lookup, lookup_key, count) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(entity_rowid, text) DO UPDATE SET count = count + excluded.count
            """)
        var perEntity: [Int64: Int] = [:]
        var variants: [VariantKey: Int] = [:]
        for m in mentions where m.field == .body || m.field == .title {
            let e = m.entity
            let entityRowid: Int64
            if let known = entityRowids[e.id] {
                entityRowid = known
            } else {
                try insertEntity.execute(arguments: [e.id, e.kind.rawValue, e.name, e.key])
                guard let r = try Int64.fetchOne(findEntity, arguments: [e.id]) else { continue }
                if entityRowids.count >= SQLiteStore.entityRowidMemo { entityRowids.removeAll(keepingCapacity: true) }
                entityRowids[e.id] = r
                entityRowid = r
            }
            try insertMention.execute(arguments: [rowid, m.inTitle, m.span.start, m.span.end, entityRowid, m.text])
            perEntity[entityRowid, default: 0] += 1
            variants[VariantKey(entity: entityRowid, text: m.text, lookup: m.lookup, key: m.lookupKey), default: 0] += 1
        }
        for (entity, n) in perEntity.sorted(by: { $0.key < $1.key }) {
            try insertArticle.execute(arguments: [entity, rowid, n])
        }
        for (v, n) in variants {
            try upsertVariant.execute(arguments: [v.entity, v.text, v.lookup, v.key, n])
        }
    }

    /// Entity ids the writer remembers with their rowids before it starts over.
    static let entityRowidMemo = 100_000

    private struct VariantKey: Hashable {
        var entity: Int64
        var text: String
        var lookup: String
        var key: String
    }

    // MARK: - Reading

    public func entities(ofArticle id: String) async throws -> [ArticleEntity]? {
        try await read { db in
            guard let rowid = try Int64.fetchOne(db, sql: "SELECT rowid FROM articles WHERE id = ?", arguments: [id]) else { return nil }
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.rowid AS entity_rowid, e.id, e.kind, e.name, e.key, m.in_title, m.start, m.end, m.text
                FROM entity_mentions m JOIN entities e ON e.rowid = m.entity_rowid
                WHERE m.article_rowid = ? ORDER BY m.in_title DESC, m.start
                """, arguments: [rowid])
            var order: [Int64] = []
            var byEntity: [Int64: ArticleEntity] = [:]
            for r in rows {
                let key: Int64 = r["entity_rowid"]
                let occurrence = ArticleEntity.Occurrence(span: Span(start: r["start"], end: r["end"]), text: r["text"], inTitle: r["in_title"])
                if byEntity[key] == nil {
                    order.append(key)
                    byEntity[key] = ArticleEntity(entity: SQLiteStore.entity(from: r), mentions: [])
                }
                byEntity[key]!.mentions.append(occurrence)
            }
            let list = order.map { byEntity[$0]! }
            return list.enumerated().sorted { a, b in
                a.element.mentions.count != b.element.mentions.count ? a.element.mentions.count > b.element.mentions.count : a.offset < b.offset
            }.map(\.element)
        }
    }

    public func entities(named name: String) async throws -> [EntitySummary] {
        let rowids = try await entityRowids(named: name)
        guard !rowids.isEmpty else { return [] }
        return try await read { db in
            try SQLiteStore.summaries(db, rowids: rowids)
        }
    }

    public func entityDetail(id: String, by period: EntityTimeline.Period, limit: Int) async throws -> EntityDetail? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT rowid AS entity_rowid, id, kind, name, key FROM entities WHERE id = ?", arguments: [id])
            else { return nil }
            let rowid: Int64 = row["entity_rowid"]
            let totals = try Row.fetchOne(db, sql: "SELECT count(*) AS a, coalesce(sum(mentions), 0) AS m FROM article_entities WHERE entity_rowid = ?",
                                          arguments: [rowid])
            let variants = try Row.fetchAll(db, sql: """
                SELECT text, count FROM entity_variants WHERE entity_rowid = ? ORDER BY count DESC, text LIMIT ?
                """, arguments: [rowid, max(limit, 50)]).map { EntityDetail.Variant(text: $0["text"], count: $0["count"]) }
            let format = period == .day ? "%Y-%m-%d" : "%Y-%m"
            let timeline = try Row.fetchAll(db, sql: """
                SELECT coalesce(strftime('\(format)', a.published, 'unixepoch'), 'undated') AS period, count(*) AS n
                FROM article_entities x JOIN articles a ON a.rowid = x.article_rowid
                WHERE x.entity_rowid = ? GROUP BY period ORDER BY period = 'undated', period
                """, arguments: [rowid]).map { EntityTimeline.Bucket(period: $0["period"], articles: $0["n"]) }
            let latest = try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, s.name AS source_name, a.published, x.mentions
                FROM article_entities x JOIN articles a ON a.rowid = x.article_rowid LEFT JOIN sources s ON s.id = a.source_id
                WHERE x.entity_rowid = ? ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC LIMIT ?
                """, arguments: [rowid, limit]).map { r -> EntityDetail.ArticleRef in
                    let published: Double? = r["published"]
                    return EntityDetail.ArticleRef(id: r["id"], title: r["title"], source: r["source_name"],
                                                   published: published.map(Date.init(timeIntervalSince1970:)), mentions: r["mentions"])
                }
            let cooccurring = try Row.fetchAll(db, sql: """
                SELECT e.rowid AS entity_rowid, e.id, e.kind, e.name, e.key, count(*) AS articles, sum(y.mentions) AS mentions
                FROM article_entities x JOIN article_entities y ON y.article_rowid = x.article_rowid AND y.entity_rowid != x.entity_rowid
                JOIN entities e ON e.rowid = y.entity_rowid
                WHERE x.entity_rowid = ? GROUP BY y.entity_rowid ORDER BY articles DESC, mentions DESC, e.id LIMIT ?
                """, arguments: [rowid, limit]).map { r in
                    EntitySummary(entity: SQLiteStore.entity(from: r), articles: r["articles"], mentions: r["mentions"])
                }
            return EntityDetail(entity: SQLiteStore.entity(from: row), articles: totals?["a"] ?? 0, mentions: totals?["m"] ?? 0,
                                variants: variants, timeline: timeline, latest: latest, cooccurring: cooccurring)
        }
    }

    // MARK: - Resolution

    /// Rowids of the entities `name` refers to: an entity id as is; else the spelling's lookup
    /// form among stored variants and entity keys (a place's key is its folded name); else,
    /// for a spelling never stored, its name keys among the variants' (three key letters at
    /// least: shorter keys are shared by too many words).
    func entityRowids(named name: String) async throws -> [Int64] {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        let form = analyzers.withAnalyzer { NameForm(trimmed, analyzer: $0) }
        return try await read { db in
            if let r = try Int64.fetchOne(db, sql: "SELECT rowid FROM entities WHERE id = ?", arguments: [trimmed]) { return [r] }
            guard !form.words.isEmpty else { return [] }
            let found = try Int64.fetchAll(db, sql: """
                SELECT entity_rowid FROM entity_variants WHERE lookup = ?
                UNION SELECT rowid FROM entities WHERE key = ?
                """, arguments: [form.bare, form.bare])
            guard found.isEmpty, form.key.filter({ $0 != " " }).count >= 3 else { return found }
            return try Int64.fetchAll(db, sql: "SELECT DISTINCT entity_rowid FROM entity_variants WHERE lookup_key = ?", arguments: [form.key])
        }
    }

    /// Summaries of entities, most articles first.
    static func summaries(_ db: Database, rowids: [Int64]) throws -> [EntitySummary] {
        let marks = rowids.map { _ in "?" }.joined(separator: ",")
        return try Row.fetchAll(db, sql: """
            SELECT e.rowid AS entity_rowid, e.id, e.kind, e.name, e.key, count(x.article_rowid) AS articles, coalesce(sum(x.mentions), 0) AS mentions
            FROM entities e LEFT JOIN article_entities x ON x.entity_rowid = e.rowid
            WHERE e.rowid IN (\(marks)) GROUP BY e.rowid ORDER BY articles DESC, mentions DESC, e.id
            """, arguments: StatementArguments(rowids)).map { r in
                EntitySummary(entity: entity(from: r), articles: r["articles"], mentions: r["mentions"])
            }
    }

    static func entity(from row: Row) -> Entity {
        let kind = Mention.Kind(rawValue: row["kind"]) ?? .miscellaneous
        var e = Entity(kind: kind, name: row["name"], key: row["key"])
        e.id = row["id"]
        return e
    }
}
