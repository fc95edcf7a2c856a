import GRDB

/// The SQLite schema, as versioned migrations. One place per table; later issues add their
/// tables (fingerprints, entities, quotes) as new migrations, never by editing old ones.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-articles") { db in
            // Outlets, named once.
            try db.execute(sql: """
                CREATE TABLE sources (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE
                )
                """)
            // Articles: the clean article (its id is the dedup key), fingerprint, extra input fields.
            try db.execute(sql: """
                CREATE TABLE articles (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL,
                    url TEXT,
                    canonical_url TEXT,
                    source_id INTEGER REFERENCES sources(id),
                    title TEXT NOT NULL,
                    title_inferred INTEGER NOT NULL DEFAULT 0,
                    lead TEXT NOT NULL DEFAULT '',
                    body TEXT NOT NULL,
                    published REAL,
                    published_origin TEXT,
                    authors TEXT NOT NULL DEFAULT '[]',
                    language TEXT,
                    category TEXT,
                    warnings TEXT NOT NULL DEFAULT '[]',
                    extra TEXT,
                    ingested_at REAL NOT NULL
                )
                """)
            try db.execute(sql: "CREATE INDEX articles_content_hash ON articles(content_hash)")
            try db.execute(sql: "CREATE INDEX articles_published ON articles(published)")
            try db.execute(sql: "CREATE INDEX articles_source ON articles(source_id, published)")
            // Teasers: read-also boxes and related lists, in page order.
            try db.execute(sql: """
                CREATE TABLE teasers (
                    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('readAlso', 'related')),
                    position INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    url TEXT,
                    text TEXT,
                    PRIMARY KEY (article_rowid, kind, position)
                )
                """)
            // Full-text index of analysed terms (contentless: the text lives in `articles`).
            // Each column holds terms produced by ArabicText, space-separated; the `ascii`
            // tokenizer splits on spaces and ASCII punctuation only, so Arabic terms arrive
            // whole and unicode61's splitting of vowelled Arabic never happens.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE article_fts USING fts5(
                    title_exact, title_stem, body_exact, body_stem, name_keys,
                    content = '', tokenize = 'ascii'
                )
                """)
        }
        return m
    }

    /// BM25 column weights: title above body, the exact form above the stem, name keys least.
    static let bm25Weights = "10.0, 6.0, 2.0, 1.2, 0.4"
}
