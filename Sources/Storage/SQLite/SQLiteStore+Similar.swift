import ArabicText
import Foundation
import GRDB
import NewsModel

/// Similar articles in SQLite: a "more like this" query inside the store.
///
/// The article's title and body are analysed into a tf·idf vector (`TermVector`); its
/// `SimilarSearch.queryTerms` heaviest stems are OR'ed into one FTS5 query on the stem columns,
/// whose best `SimilarSearch.candidates` BM25 hits are re-scored by the cosine of their own
/// vectors. Only those candidates are read, never the corpus.
extension SQLiteStore {
    /// Tunables of `similar(to:limit:)`.
    public enum SimilarSearch {
        /// Heaviest terms of the article put into the FTS5 query.
        public static let queryTerms = 128
        /// BM25 hits re-scored by cosine.
        public static let candidates = 200
        /// Results below this cosine are not similar enough to list.
        public static let minimumScore = 0.005
    }

    public func similar(to id: String, limit: Int) async throws -> [SimilarArticle] {
        guard limit > 0 else { return [] }
        guard let source = try await readRows({ db in
            try Row.fetchAll(db, sql: "SELECT rowid, title, body FROM articles WHERE id = ?", arguments: [id])
        }).first else { return [] }
        let rowid: Int64 = source["rowid"]
        let vector = analyzers.withAnalyzer { SQLiteStore.similarityVector(title: source["title"], body: source["body"], analyzer: $0) }
        guard !vector.isEmpty else { return [] }
        let match = "{title_stem body_stem} : (" + vector.top(SimilarSearch.queryTerms).entries
            .map { FTS5Query.quote($0.stem) }.joined(separator: " OR ") + ")"

        let rows: [Row] = try await readRows { db in
            // The article's own duplicate group is left out.
            let canonical = try Int64.fetchOne(db, sql: "SELECT canonical_rowid FROM duplicates WHERE article_rowid = ?",
                                               arguments: [rowid]) ?? rowid
            return try Row.fetchAll(db, sql: """
                SELECT a.rowid, a.id, a.title, a.body, coalesce(a.canonical_url, a.url) AS url, a.published,
                       src.name AS source, coalesce(d.canonical_rowid, a.rowid) AS grp
                FROM (SELECT rowid, bm25(article_fts, \(SQLiteSchema.bm25Weights)) AS score
                      FROM article_fts WHERE article_fts MATCH ? ORDER BY score LIMIT ?) AS h
                JOIN articles a ON a.rowid = h.rowid
                LEFT JOIN sources src ON src.id = a.source_id
                LEFT JOIN duplicates d ON d.article_rowid = a.rowid
                WHERE a.rowid != ? AND coalesce(d.canonical_rowid, a.rowid) != ?
                ORDER BY h.score
                """, arguments: [match, SimilarSearch.candidates + 1, rowid, canonical])
        }
        let lookup = TermVector.Lookup(vector)
        var scored: [(result: SimilarArticle, group: Int64)] = analyzers.withAnalyzer { analyzer in
            rows.compactMap { row in
                let other = SQLiteStore.similarityVector(title: row["title"], body: row["body"], analyzer: analyzer)
                let (score, shared) = lookup.cosine(other)
                guard score >= SimilarSearch.minimumScore else { return nil }
                let published: Double? = row["published"]
                return (SimilarArticle(id: row["id"], title: row["title"], source: row["source"], url: row["url"],
                                       published: published.map(Date.init(timeIntervalSince1970:)),
                                       score: (score * 1000).rounded() / 1000, sharedTerms: Array(shared.prefix(8))),
                        row["grp"])
            }
        }
        scored.sort { $0.result.score != $1.result.score ? $0.result.score > $1.result.score : $0.result.id < $1.result.id }
        // One result per duplicate group: the best scored; the others are folded into it.
        var results: [SimilarArticle] = []
        var position: [Int64: Int] = [:]
        for (result, group) in scored {
            if let i = position[group] { results[i].alsoIDs.append(result.id); continue }
            position[group] = results.count
            results.append(result)
        }
        return Array(results.prefix(limit))
    }

    /// The vector similar articles are compared on: title (boosted) and whole body.
    static func similarityVector(title: String, body: String, analyzer: Analyzer) -> TermVector {
        var b = TermVector.Builder()
        b.add(title, analyzer: analyzer, boost: TermVector.titleBoost)
        b.add(body, analyzer: analyzer, boost: 1)
        return b.vector()
    }
}
