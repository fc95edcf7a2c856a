import ArabicText
import Foundation
import GRDB
import NewsModel

/// The embedded store: SQLite through GRDB, WAL mode, foreign keys, versioned migrations,
/// FTS5 over analysed terms.
public final class SQLiteStore: ArticleStore {
    let pool: DatabasePool
    /// What the writer connection remembers between batches (touched only inside `pool` writes).
    let writerMemo = WriterMemo()
    /// Analyzers for queries and snippets, reused across searches.
    let analyzers = AnalyzerPool()

    /// Opens (creating and migrating when needed) the database at `path`.
    /// - Throws: `DatabaseError` when the file cannot be opened or migrated.
    public init(path: String) throws {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -\(SQLiteStore.cacheKiB)")
        }
        // Readers: enough for the server's concurrent requests on a few cores (GRDB's default is 5).
        config.maximumReaderCount = max(4, ProcessInfo.processInfo.activeProcessorCount * 2)
        pool = try DatabasePool(path: path, configuration: config)
        try SQLiteSchema.migrator.migrate(pool)
        try pool.writeWithoutTransaction { db in
            // The one writer connection: ingest inserts into indexes keyed by hashes (band keys,
            // story terms, entities), whose pages are spread over the file, so a larger page cache
            // saves re-reading and spilling them; fewer checkpoints rewrite hot pages less often.
            try db.execute(sql: "PRAGMA cache_size = -\(SQLiteStore.writerCacheKiB)")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(SQLiteStore.writerCheckpointPages)")
            // Each article is written in a savepoint, whose sub-journal keeps the original of
            // every page it changes: in memory, not in a temporary file.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
    }

    /// Page cache per connection (the readers; the writer gets `writerCacheKiB`), in KiB (SQLite's `cache_size`; 2 MiB by default).
    static let cacheKiB = 8_192
    /// Page cache of the writer connection, in KiB (SQLite's default is 2,000).
    static let writerCacheKiB = 16_384
    /// WAL pages after which a commit checkpoints (SQLite's default is 1,000).
    static let writerCheckpointPages = 8_192

    // MARK: - Writing

    public func store(_ batch: [IndexedArticle]) async throws -> [StoreOutcome] {
        try await writeWithoutTransaction { db in
            try PhaseTimes.measure("write.total") {
                var outcomes: [StoreOutcome] = []
                do {
                    try db.inTransaction {
                        outcomes = try SQLiteStore.store(batch, db: db, memo: writerMemo)
                        return .commit
                    }
                } catch {
                    writerMemo.entityRowids = [:]
                    throw error
                }
                return outcomes
            }
        }
    }

    /// Stores `batch` inside the open transaction, each article in its own savepoint.
    private static func store(_ batch: [IndexedArticle], db: Database, memo: WriterMemo) throws -> [StoreOutcome] {
        var outcomes: [StoreOutcome] = []
        outcomes.reserveCapacity(batch.count)
        var sourceIDs: [String: Int64] = [:]
        var stored: [(rowid: Int64, doc: IndexedArticle)] = []
        let present = try db.cachedStatement(sql: "SELECT 1 FROM articles WHERE id = ?")
        for doc in batch {
            if try Bool.fetchOne(present, arguments: [doc.article.id]) == true {
                outcomes.append(.alreadyPresent(id: doc.article.id))
                continue
            }
            do {
                var link: (canonicalID: String, similarity: Double)?
                var rowid: Int64 = 0
                try db.inSavepoint {
                    rowid = try PhaseTimes.measure("write.articles") { try SQLiteStore.insert(doc, db: db, sourceIDs: &sourceIDs) }
                    if let entities = doc.entities {
                        try PhaseTimes.measure("write.entities") {
                            try SQLiteStore.insertEntities(entities, article: rowid, db: db, entityRowids: &memo.entityRowids)
                        }
                    }
                    try PhaseTimes.measure("write.quotes") { try SQLiteStore.saveQuotes(doc.quotes, entities: doc.entities, rowid: rowid, db: db) }
                    if let fingerprint = doc.fingerprint {
                        link = try PhaseTimes.measure("write.duplicates") {
                            try SQLiteStore.linkDuplicates(of: doc, rowid: rowid, fingerprint: fingerprint, db: db)
                        }
                    }
                    try PhaseTimes.measure("write.stories") { try SQLiteStore.assignStory(of: doc, rowid: rowid, db: db) }
                    return .commit
                }
                stored.append((rowid, doc))
                if let link {
                    outcomes.append(.storedDuplicate(id: doc.article.id, canonicalID: link.canonicalID, similarity: link.similarity))
                } else {
                    outcomes.append(.stored(id: doc.article.id))
                }
            } catch {
                memo.entityRowids = [:]  // it may hold rows the savepoint rolled back
                outcomes.append(.failed(reason: "\(error)"))
            }
        }
        try PhaseTimes.measure("write.fts") { try index(stored, db: db) }
        return outcomes
    }

    /// Inserts `doc`; returns its rowid.
    private static func insert(_ doc: IndexedArticle, db: Database, sourceIDs: inout [String: Int64]) throws -> Int64 {
        let a = doc.article
        var sourceID: Int64?
        if let s = a.source?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty {
            if let known = sourceIDs[s] {
                sourceID = known
            } else {
                try db.execute(sql: "INSERT OR IGNORE INTO sources(name) VALUES (?)", arguments: [s])
                sourceID = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE name = ?", arguments: [s])
                sourceIDs[s] = sourceID
            }
        }
        let json = JSONEncoder.khabar
        let now = Date().timeIntervalSince1970
        try db.execute(
            sql: """
                INSERT INTO articles(id, content_hash, url, canonical_url, source_id, title, title_inferred, lead,
                    body, published, published_origin, authors, language, category, warnings, extra, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                a.id, doc.contentHash, a.url, a.canonicalURL, sourceID, a.title, a.titleInferred, a.lead,
                a.body, a.published?.timeIntervalSince1970, a.publishedOrigin?.rawValue,
                String(decoding: try json.encode(a.authors), as: UTF8.self), a.language, a.category,
                String(decoding: try json.encode(a.warnings), as: UTF8.self), doc.extra, now,
            ])
        let rowid = db.lastInsertedRowID
        try db.execute(sql: "INSERT INTO article_times(article_rowid, time) VALUES (?, ?)",
                       arguments: [rowid, a.published?.timeIntervalSince1970 ?? now])
        for (kind, teasers) in [("readAlso", a.readAlso), ("related", a.related)] {
            for (i, t) in teasers.enumerated() {
                try db.execute(
                    sql: "INSERT INTO teasers(article_rowid, kind, position, title, url, text) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [rowid, kind, i, t.title, t.url, t.text])
            }
        }
        return rowid
    }

    /// Indexes the stored articles of a batch (`rowid`, article) in the full-text index, after
    /// their savepoints: FTS5 writes its pending terms to disk at every savepoint opened after
    /// it was written to, so indexing inside the per-article savepoints would flush one small
    /// segment per article (and merge them) instead of one per batch.
    private static func index(_ stored: [(rowid: Int64, doc: IndexedArticle)], db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO article_fts(rowid, title_exact, title_stem, body_exact, body_stem, name_keys) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (rowid, doc) in stored {
            try insert.execute(arguments: [rowid, doc.titleExact, doc.titleStems, doc.bodyExact, doc.bodyStems, doc.nameKeys])
        }
    }

    // MARK: - Reading

    public func article(id: String) async throws -> Article? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.*, s.name AS source_name FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?
                """, arguments: [id])
            else { return nil }
            let rowid: Int64 = row["rowid"]
            let teasers = try Row.fetchAll(db, sql: "SELECT kind, title, url, text FROM teasers WHERE article_rowid = ? ORDER BY kind, position",
                                           arguments: [rowid])
            return SQLiteStore.article(from: row, teasers: teasers)
        }
    }

    static func article(from row: Row, teasers: [Row]) -> Article {
        let decoder = JSONDecoder()
        func list(_ column: String) -> [String] {
            let s: String = row[column] ?? "[]"
            return (try? decoder.decode([String].self, from: Data(s.utf8))) ?? []
        }
        let body: String = row["body"]
        let published: Double? = row["published"]
        let originRaw: String? = row["published_origin"]
        return Article(
            id: row["id"], url: row["url"], canonicalURL: row["canonical_url"], source: row["source_name"],
            title: row["title"], titleInferred: row["title_inferred"], lead: row["lead"],
            paragraphs: body.isEmpty ? [] : body.components(separatedBy: Article.paragraphSeparator),
            published: published.map(Date.init(timeIntervalSince1970:)),
            publishedOrigin: originRaw.flatMap(Article.DateOrigin.init(rawValue:)),
            authors: list("authors"), language: row["language"],
            readAlso: teasers.filter { $0["kind"] == "readAlso" }.map { Teaser(title: $0["title"], url: $0["url"], text: $0["text"]) },
            related: teasers.filter { $0["kind"] == "related" }.map { Teaser(title: $0["title"], url: $0["url"], text: $0["text"]) },
            category: row["category"], warnings: list("warnings"))
    }

    public func count() async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
    }

    public func sources() async throws -> [SourceCount] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.name, count(a.rowid) AS n FROM sources s JOIN articles a ON a.source_id = s.id
                GROUP BY s.id ORDER BY n DESC, s.name
                """).map { SourceCount(source: $0["name"], articles: $0["n"]) }
        }
    }
}

/// State the single writer keeps between write transactions; GRDB serialises the writes, so
/// it is never touched by two threads at once.
final class WriterMemo: @unchecked Sendable {
    /// Stored entity ids and their rowids.
    var entityRowids: [String: Int64] = [:]
}
