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
        m.registerMigration("v2-fingerprints") { db in
            // One fingerprint per article with a fingerprintable body (see Analysis/Fingerprints):
            // the exact fingerprint (64-bit, stored as its signed bit pattern), the MinHash
            // signature (little-endian UInt32s) and the parameters it was computed under.
            try db.execute(sql: """
                CREATE TABLE fingerprints (
                    article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
                    exact INTEGER NOT NULL,
                    signature BLOB NOT NULL,
                    parameters TEXT NOT NULL
                )
                """)
            try db.execute(sql: "CREATE INDEX fingerprints_exact ON fingerprints(exact)")
            // LSH bands: one row per (band key, article). A new article's candidates are the
            // articles sharing a band key, found through this primary key without loading the corpus.
            try db.execute(sql: """
                CREATE TABLE fingerprint_bands (
                    band_key INTEGER NOT NULL,
                    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
                    PRIMARY KEY (band_key, article_rowid)
                ) WITHOUT ROWID
                """)
            try db.execute(sql: "CREATE INDEX fingerprint_bands_article ON fingerprint_bands(article_rowid)")
        }
        m.registerMigration("v3-duplicates") { db in
            // Duplicate links: each non-canonical member of a duplicate group points at the group's
            // canonical article (earliest published; ties: longest body, then stored first — see
            // `DuplicateLink`). `similarity` is the estimated Jaccard similarity with the group
            // article it matched when linked (1 for exact); `kind` says how it matched.
            try db.execute(sql: """
                CREATE TABLE duplicates (
                    article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
                    canonical_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
                    similarity REAL NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('exact', 'near'))
                )
                """)
            try db.execute(sql: "CREATE INDEX duplicates_canonical ON duplicates(canonical_rowid)")
        }
        m.registerMigration("v4-entities") { db in
            // Entities (see Analysis's EntityLinker): `id` is the stable `kind:key`, `name` the
            // readable name first stored, `key` the linking key (a place's folded name, else name keys).
            try db.execute(sql: """
                CREATE TABLE entities (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL,
                    name TEXT NOT NULL,
                    key TEXT NOT NULL
                )
                """)
            try db.execute(sql: "CREATE INDEX entities_key ON entities(key)")
            // Every mention with its span (scalar offsets into the body, or the title when in_title).
            try db.execute(sql: """
                CREATE TABLE entity_mentions (
                    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
                    in_title INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    end INTEGER NOT NULL,
                    entity_rowid INTEGER NOT NULL REFERENCES entities(rowid),
                    text TEXT NOT NULL,
                    PRIMARY KEY (article_rowid, in_title, start)
                ) WITHOUT ROWID
                """)
            // One row per (entity, article) with its mention count: the entity filter of search,
            // article counts, timelines and co-occurrence read this, not the mentions.
            try db.execute(sql: """
                CREATE TABLE article_entities (
                    entity_rowid INTEGER NOT NULL REFERENCES entities(rowid),
                    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
                    mentions INTEGER NOT NULL,
                    PRIMARY KEY (entity_rowid, article_rowid)
                ) WITHOUT ROWID
                """)
            try db.execute(sql: "CREATE INDEX article_entities_article ON article_entities(article_rowid)")
            // Distinct surface forms of an entity with their counts; `lookup` is the form a query
            // for that spelling reduces to (ArabicText's NameForm.bare), so any spelling finds it;
            // `lookup_key` its name keys (NameForm.key), for transliterations never stored.
            try db.execute(sql: """
                CREATE TABLE entity_variants (
                    entity_rowid INTEGER NOT NULL REFERENCES entities(rowid),
                    text TEXT NOT NULL,
                    lookup TEXT NOT NULL,
                    lookup_key TEXT NOT NULL,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (entity_rowid, text)
                ) WITHOUT ROWID
                """)
            try db.execute(sql: "CREATE INDEX entity_variants_lookup ON entity_variants(lookup)")
            try db.execute(sql: "CREATE INDEX entity_variants_lookup_key ON entity_variants(lookup_key)")
        }
        m.registerMigration("v5-quotes") { db in
            try SQLiteSchema.createQuoteTables(db)
        }
        m.registerMigration("v6-stories", migrate: SQLiteSchema.createStories)
        m.registerMigration("v7-article-times", migrate: SQLiteSchema.createArticleTimes)
        m.registerMigration("v8-articles-facet-index", migrate: SQLiteSchema.createFacetIndex)
        m.registerMigration("v9-quote-entities", migrate: SQLiteSchema.linkQuoteSpeakers)
        return m
    }

    /// BM25 column weights: title above body, the exact form above the stem, name keys least.
    static let bm25Weights = "10.0, 6.0, 2.0, 1.2, 0.4"
}
