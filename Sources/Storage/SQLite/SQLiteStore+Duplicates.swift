import Foundation
import GRDB

/// Duplicate groups in SQLite: detection inside the batch write transaction (candidates through
/// the `v2-fingerprints` band table, links in the `v3-duplicates` table) and the group listing.
extension SQLiteStore {
    /// A stored fingerprint that is a candidate duplicate of a new article.
    private struct Candidate {
        var rowid: Int64
        var similarity: Double
        var isExact: Bool
    }

    /// Decides whether the just-inserted article `rowid` duplicates a stored article (earlier
    /// batches and earlier articles of this batch alike: they are in the same transaction),
    /// links it into that article's group, and stores its fingerprint and band keys.
    /// Returns the group's canonical id and the similarity, or nil when it duplicates nothing.
    static func linkDuplicates(of doc: IndexedArticle, rowid: Int64, fingerprint fp: IndexedFingerprint,
                               db: Database) throws -> (canonicalID: String, similarity: Double)? {
        let exact = Int64(bitPattern: fp.exact)
        let keys = Array(Set(fp.bandKeys)).map { Int64(bitPattern: $0) }
        // Candidates: same exact fingerprint or a shared band key, under the same parameters,
        // in rowid order. One cached statement per key: cheaper than one statement with an
        // IN list and a UNION, which builds temporary tables on every article.
        var candidates = Set<Int64>()
        let byBand = try db.cachedStatement(sql: "SELECT article_rowid FROM fingerprint_bands WHERE band_key = ?")
        for key in keys {
            let rows = try Int64.fetchCursor(byBand, arguments: [key])
            while let r = try rows.next() { candidates.insert(r) }
        }
        let byExact = try db.cachedStatement(sql: "SELECT article_rowid FROM fingerprints WHERE exact = ?")
        let exactRows = try Int64.fetchCursor(byExact, arguments: [exact])
        while let r = try exactRows.next() { candidates.insert(r) }
        candidates.remove(rowid)
        var best: Candidate?
        let select = try db.cachedStatement(sql: "SELECT exact, signature, parameters FROM fingerprints WHERE article_rowid = ?")
        for other in candidates.sorted() {
            guard let row = try Row.fetchOne(select, arguments: [other]), (row[2] as String) == fp.parameters else { continue }
            let isExact = (row[0] as Int64) == exact
            let similarity = isExact ? 1 : IndexedFingerprint.estimatedJaccard(fp.signature, values(row[1]))
            guard isExact || similarity >= fp.threshold else { continue }
            if similarity > (best?.similarity ?? -1) { best = Candidate(rowid: other, similarity: similarity, isExact: isExact) }
        }
        try PhaseTimes.measure("write.duplicates.save") { try saveFingerprint(fp, rowid: rowid, db: db) }
        guard let best else { return nil }

        let kind = best.isExact ? "exact" : "near"
        let insertLink = try db.cachedStatement(sql: "INSERT OR REPLACE INTO duplicates (article_rowid, canonical_rowid, similarity, kind) VALUES (?, ?, ?, ?)")
        let canonical = try Int64.fetchOne(db.cachedStatement(sql: "SELECT canonical_rowid FROM duplicates WHERE article_rowid = ?"),
                                           arguments: [best.rowid]) ?? best.rowid
        let current = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, published, length(body) FROM articles WHERE rowid = ?"),
                                       arguments: [canonical])!
        let currentID: String = current[0]
        let currentPublished: Double? = current[1]
        let currentLength: Int = current[2]
        let newPublished = doc.article.published?.timeIntervalSince1970
        let newLength = doc.article.body.unicodeScalars.count
        guard precedes(newPublished, newLength, currentPublished, currentLength) else {
            try insertLink.execute(arguments: [rowid, canonical, best.similarity, kind])
            return (currentID, best.similarity)
        }
        // The new article is earlier (or as early and longer): it becomes the group's canonical one.
        var groupSimilarity = best.similarity
        var groupKind = kind
        if canonical != best.rowid,
           let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT exact, signature FROM fingerprints WHERE article_rowid = ?"), arguments: [canonical]) {
            let isExact = (row[0] as Int64) == exact
            groupSimilarity = isExact ? 1 : IndexedFingerprint.estimatedJaccard(fp.signature, values(row[1]))
            groupKind = isExact ? "exact" : "near"
        }
        try db.cachedStatement(sql: "UPDATE duplicates SET canonical_rowid = ? WHERE canonical_rowid = ?").execute(arguments: [rowid, canonical])
        try insertLink.execute(arguments: [canonical, rowid, groupSimilarity, groupKind])
        return (doc.article.id, best.similarity)
    }

    /// Whether an article published at `a` with a body of `aLength` scalars comes before the
    /// canonical article (`b`, `bLength`): earlier date (undated counts as latest), then longer body.
    static func precedes(_ a: Double?, _ aLength: Int, _ b: Double?, _ bLength: Int) -> Bool {
        switch (a, b) {
        case let (a?, b?) where a != b: return a < b
        case (_?, nil): return true
        case (nil, _?): return false
        default: return aLength > bLength
        }
    }

    private static func saveFingerprint(_ fp: IndexedFingerprint, rowid: Int64, db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO fingerprints (article_rowid, exact, signature, parameters) VALUES (?, ?, ?, ?)")
            .execute(arguments: [rowid, Int64(bitPattern: fp.exact), blob(fp.signature), fp.parameters])
        let band = try db.cachedStatement(sql: "INSERT OR IGNORE INTO fingerprint_bands (band_key, article_rowid) VALUES (?, ?)")
        for key in Set(fp.bandKeys) { try band.execute(arguments: [Int64(bitPattern: key), rowid]) }
    }

    public func duplicates(of id: String) async throws -> [DuplicateLink] {
        try await read { db in
            guard let rowid = try Int64.fetchOne(db, sql: "SELECT rowid FROM articles WHERE id = ?", arguments: [id]) else { return [] }
            let canonical = try Int64.fetchOne(db, sql: "SELECT canonical_rowid FROM duplicates WHERE article_rowid = ?", arguments: [rowid]) ?? rowid
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.title, s.name AS source, coalesce(a.canonical_url, a.url) AS url, a.published,
                       d.similarity, d.kind
                FROM articles a LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN duplicates d ON d.article_rowid = a.rowid
                WHERE a.rowid = ? OR a.rowid IN (SELECT article_rowid FROM duplicates WHERE canonical_rowid = ?)
                ORDER BY a.rowid = ? DESC, a.published IS NULL, a.published, a.rowid
                """, arguments: [canonical, canonical, canonical])
            guard rows.count > 1 else { return [] }
            return rows.map { row in
                let published: Double? = row["published"]
                let kind: String? = row["kind"]
                return DuplicateLink(id: row["id"], title: row["title"], source: row["source"], url: row["url"],
                                     published: published.map(Date.init(timeIntervalSince1970:)),
                                     similarity: row["similarity"] ?? 1,
                                     kind: kind.flatMap(DuplicateLink.Kind.init(rawValue:)) ?? .canonical)
            }
        }
    }
}
