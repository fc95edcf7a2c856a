import Foundation
import GRDB
import NewsModel

/// Stories in SQLite (migration `v6-stories`): assignment inside the batch write transaction
/// and the story listings.
extension SQLiteStore: StoryStore {
    /// Puts the just-inserted article `rowid` into a story: the story of the most similar
    /// article of the time window (when similar enough), else a new one.
    static func assignStory(of doc: IndexedArticle, rowid: Int64, db: Database) throws {
        let time = (doc.article.published ?? Date()).timeIntervalSince1970
        let vector = doc.storyTerms
        let posted = vector.entries.prefix(StoryClustering.postedTerms).map { StoryClustering.termHash($0.stem) }

        // Candidates: window articles sharing posted key terms.
        var sharedCounts: [Int64: Int] = [:]
        let postings = try db.cachedStatement(sql: """
            SELECT article_rowid FROM story_postings WHERE term_hash = ? AND time BETWEEN ? AND ? LIMIT ?
            """)
        for hash in posted {
            let rows = try Int64.fetchAll(postings, arguments: [hash, time - StoryClustering.window,
                                                                time + StoryClustering.window, StoryClustering.maxPostings + 1])
            guard rows.count <= StoryClustering.maxPostings else { continue }
            for r in rows { sharedCounts[r, default: 0] += 1 }
        }
        var best: (rowid: Int64, story: Int64, score: Double, shared: [String])?
        let member = try db.cachedStatement(sql: "SELECT story_id, terms FROM story_members WHERE article_rowid = ?")
        let candidates = sharedCounts.filter { $0.value >= StoryClustering.minSharedTerms }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(StoryClustering.maxCandidates)
        let lookup = TermVector.Lookup(vector)
        for (candidate, _) in candidates {
            guard let row = try Row.fetchOne(member, arguments: [candidate]) else { continue }
            let (score, shared) = lookup.cosine(TermVector(encoded: row[1]))
            if score > (best?.score ?? 0) { best = (candidate, row[0], score, shared) }
        }

        let storyID: Int64
        var matched: (rowid: Int64, score: Double, shared: [String])?
        if let best, best.score >= StoryClustering.threshold {
            storyID = best.story
            matched = (best.rowid, best.score, Array(best.shared.prefix(8)))
            try db.cachedStatement(sql: """
                UPDATE stories SET first_time = min(first_time, ?), last_time = max(last_time, ?),
                    article_count = article_count + 1 WHERE id = ?
                """).execute(arguments: [time, time, storyID])
            try db.cachedStatement(sql: "UPDATE story_members SET centrality = centrality + ? WHERE article_rowid = ?")
                .execute(arguments: [best.score, best.rowid])
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO stories (label, label_rowid, first_time, last_time, article_count) VALUES (?, ?, ?, ?, 1)
                """).execute(arguments: [doc.article.title, rowid, time, time])
            storyID = db.lastInsertedRowID
        }
        let sharedJSON = String(decoding: try JSONEncoder().encode(matched?.shared ?? []), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO story_members (article_rowid, story_id, time, score, matched_rowid, shared_terms, centrality, terms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [rowid, storyID, time, matched?.score ?? 0, matched?.rowid, sharedJSON,
                                     matched?.score ?? 0, vector.encoded])
        let post = try db.cachedStatement(sql: "INSERT OR IGNORE INTO story_postings (term_hash, time, article_rowid) VALUES (?, ?, ?)")
        for hash in Set(posted) { try post.execute(arguments: [hash, time, rowid]) }
        if matched != nil {
            // The label follows the most central member.
            try db.cachedStatement(sql: """
                UPDATE stories SET label_rowid = m.article_rowid, label = (SELECT title FROM articles WHERE rowid = m.article_rowid)
                FROM (SELECT article_rowid FROM story_members WHERE story_id = ?1
                      ORDER BY centrality DESC, article_rowid LIMIT 1) AS m
                WHERE stories.id = ?1 AND stories.label_rowid IS NOT m.article_rowid
                """).execute(arguments: [storyID])
        }
    }

    public func stories(_ request: StoryRequest) async throws -> [StorySummary] {
        try await read { db in
            var conditions = ["s.article_count >= ?"]
            var args: [any DatabaseValueConvertible] = [request.minArticles]
            if let f = request.from { conditions.append("s.last_time >= ?"); args.append(f.timeIntervalSince1970) }
            if let t = request.to { conditions.append("s.first_time <= ?"); args.append(t.timeIntervalSince1970) }
            if let source = request.source {
                conditions.append("""
                    s.id IN (SELECT m.story_id FROM story_members m JOIN articles a ON a.rowid = m.article_rowid
                             JOIN sources src ON src.id = a.source_id WHERE src.name LIKE ?)
                    """)
                args.append("%" + source + "%")
            }
            args.append(request.limit)
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.* FROM stories s WHERE \(conditions.joined(separator: " AND "))
                ORDER BY s.last_time DESC, s.id DESC LIMIT ?
                """, arguments: StatementArguments(args))
            return try rows.map { try SQLiteStore.summary($0, db: db) }
        }
    }

    public func story(id: Int64) async throws -> StoryDetail? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM stories WHERE id = ?", arguments: [id]) else { return nil }
            let members = try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, a.published, src.name AS source, m.score, m.shared_terms, o.id AS matched_id
                FROM story_members m JOIN articles a ON a.rowid = m.article_rowid
                LEFT JOIN sources src ON src.id = a.source_id
                LEFT JOIN articles o ON o.rowid = m.matched_rowid
                WHERE m.story_id = ? ORDER BY m.time, m.article_rowid
                """, arguments: [id]).map { r -> StoryMember in
                let published: Double? = r["published"]
                let shared: String = r["shared_terms"]
                return StoryMember(id: r["id"], title: r["title"], source: r["source"],
                                   published: published.map(Date.init(timeIntervalSince1970:)), score: r["score"],
                                   matchedID: r["matched_id"],
                                   sharedTerms: (try? JSONDecoder().decode([String].self, from: Data(shared.utf8))) ?? [])
            }
            return StoryDetail(summary: try SQLiteStore.summary(row, db: db), members: members)
        }
    }

    public func storyID(ofArticle articleID: String) async throws -> Int64? {
        try await read { db in
            try Int64.fetchOne(db, sql: """
                SELECT m.story_id FROM story_members m JOIN articles a ON a.rowid = m.article_rowid WHERE a.id = ?
                """, arguments: [articleID])
        }
    }

    private static func summary(_ row: Row, db: Database) throws -> StorySummary {
        let id: Int64 = row["id"]
        let sources = try String.fetchAll(db, sql: """
            SELECT DISTINCT src.name FROM story_members m JOIN articles a ON a.rowid = m.article_rowid
            JOIN sources src ON src.id = a.source_id WHERE m.story_id = ? ORDER BY src.name
            """, arguments: [id])
        return StorySummary(id: id, label: row["label"], sources: sources,
                            first: Date(timeIntervalSince1970: row["first_time"]),
                            last: Date(timeIntervalSince1970: row["last_time"]), articleCount: row["article_count"])
    }
}
