import Foundation
import GRDB

/// A plain SQLite FTS5 index with the stock `unicode61` tokenizer over the raw title and body:
/// the baseline Khabar's Arabic analysis is measured against (no folding, no clitics, no
/// stems; unicode61 even splits words at diacritics). Title weighted above body as in Khabar
/// (the weights of Khabar's exact columns).
public final class PlainFTSIndex: @unchecked Sendable {
    private let queue: DatabaseQueue

    /// One article's raw text.
    public struct Document: Sendable {
        public var id: String
        public var title: String
        public var body: String
        public init(id: String, title: String, body: String) {
            self.id = id
            self.title = title
            self.body = body
        }
    }

    /// How query words are combined.
    public enum Combination: String, Sendable {
        /// Every word must occur.
        case and = "AND"
        /// Any word may occur.
        case or = "OR"
    }

    /// Opens (creating when needed) the index at `path`.
    /// - Throws: `DatabaseError` when the file cannot be opened or created.
    public init(path: String) throws {
        queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL);
                CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(title, body, tokenize = 'unicode61');
                CREATE VIRTUAL TABLE IF NOT EXISTS temp.docs_vocab USING fts5vocab(main, docs_fts, 'row');
                """)
        }
    }

    /// Adds `documents` in one transaction.
    /// - Throws: `DatabaseError` on a write failure.
    public func add(_ documents: [Document]) throws {
        try queue.write { db in
            for d in documents {
                try db.execute(sql: "INSERT INTO docs(id) VALUES (?)", arguments: [d.id])
                try db.execute(sql: "INSERT INTO docs_fts(rowid, title, body) VALUES (?, ?, ?)",
                               arguments: [db.lastInsertedRowID, d.title, d.body])
            }
        }
    }

    /// Number of documents indexed.
    public func count() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM docs") ?? 0 }
    }

    /// Number of documents containing the unicode61 token `word` (case-folded; 0 when unknown).
    public func documentFrequency(_ word: String) throws -> Int {
        try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT doc FROM temp.docs_vocab WHERE term = ?", arguments: [word.lowercased()]) ?? 0
        }
    }

    /// The ids of the best `limit` documents for `words`, BM25-ranked. Each word is one FTS5
    /// string (so unicode61 tokenizes it; syntax characters are just text); words without a
    /// letter or digit are dropped. Empty when no word is left.
    /// - Throws: `DatabaseError` on a read failure.
    public func search(_ words: [String], combination: Combination = .and, limit: Int = 10) throws -> [String] {
        let terms = words.filter { $0.unicodeScalars.contains { CharacterSet.alphanumerics.contains($0) } }
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        guard !terms.isEmpty else { return [] }
        let match = terms.joined(separator: " \(combination.rawValue) ")
        return try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT d.id FROM (
                    SELECT rowid, bm25(docs_fts, 10.0, 2.0) AS score FROM docs_fts WHERE docs_fts MATCH ?
                    ORDER BY score LIMIT ?
                ) AS hits JOIN docs d ON d.rowid = hits.rowid ORDER BY hits.score
                """, arguments: [match, limit])
        }
    }
}
