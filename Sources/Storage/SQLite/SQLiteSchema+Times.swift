import GRDB

extension SQLiteSchema {
    /// Migration "v7-article-times": each article's time — its publication time, else the time
    /// Khabar first saw it — in a narrow table of its own, so that ranking by freshness over
    /// thousands of matches reads a few pages instead of the article rows with their bodies.
    static func createArticleTimes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE article_times (
                article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
                time REAL NOT NULL
            )
            """)
        try db.execute(sql: """
            INSERT INTO article_times(article_rowid, time)
            SELECT rowid, coalesce(published, ingested_at) FROM articles
            """)
    }
}
