import GRDB

extension SQLiteSchema {
    /// Migration "v6-stories": stories and their members (see `SQLiteStore+Stories.swift`).
    static func createStories(_ db: Database) throws {
        // A story: articles about one event across outlets. `label_rowid` is its most central
        // member (highest summed similarity with the members that matched it); times are
        // publication times, else ingest times.
        try db.execute(sql: """
            CREATE TABLE stories (
                id INTEGER PRIMARY KEY,
                label TEXT NOT NULL,
                label_rowid INTEGER,
                first_time REAL NOT NULL,
                last_time REAL NOT NULL,
                article_count INTEGER NOT NULL
            )
            """)
        try db.execute(sql: "CREATE INDEX stories_last_time ON stories(last_time)")
        // One row per article: its story, the member it matched and how well (score, shared
        // terms as a JSON array), its centrality, and its key-term vector (`TermVector.encoded`).
        try db.execute(sql: """
            CREATE TABLE story_members (
                article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
                story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                time REAL NOT NULL,
                score REAL NOT NULL,
                matched_rowid INTEGER,
                shared_terms TEXT NOT NULL DEFAULT '[]',
                centrality REAL NOT NULL DEFAULT 0,
                terms TEXT NOT NULL
            )
            """)
        try db.execute(sql: "CREATE INDEX story_members_story ON story_members(story_id, time)")
        // Key-term postings by time: a new article's candidates are the articles of the time
        // window that share its key terms, read through this primary key.
        try db.execute(sql: """
            CREATE TABLE story_postings (
                term_hash INTEGER NOT NULL,
                time REAL NOT NULL,
                article_rowid INTEGER NOT NULL,
                PRIMARY KEY (term_hash, time, article_rowid)
            ) WITHOUT ROWID
            """)
    }
}
