import GRDB

extension SQLiteSchema {
    /// Migration `v5-quotes`: the quotes found at ingest and their speakers' key terms.
    ///
    /// `quotes`: one row per quote of an article, numbered by `position` over the body's quotes
    /// then each teaser's; `text_kind`/`teaser_position` say which text the spans point into
    /// (`teaser_position` is -1 for the body); spans are scalar offsets (SQLite's `substr` counts
    /// code points, so it cuts the words); `parent` is the position of the enclosing quote.
    /// `quote_speakers`: the speaker's `SpeakerKey` terms, one row each, for speaker queries.
    static func createQuoteTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE quotes (
                id INTEGER PRIMARY KEY,
                article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text_kind TEXT NOT NULL CHECK (text_kind IN ('body', 'readAlso', 'related')),
                teaser_position INTEGER NOT NULL DEFAULT -1,
                speaker TEXT,
                speaker_start INTEGER,
                speaker_end INTEGER,
                speaker_key TEXT NOT NULL DEFAULT '',
                cue TEXT NOT NULL,
                cue_start INTEGER NOT NULL,
                cue_end INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
                content_start INTEGER NOT NULL,
                content_end INTEGER NOT NULL,
                continuation INTEGER NOT NULL DEFAULT 0,
                anonymous INTEGER NOT NULL DEFAULT 0,
                parent INTEGER,
                UNIQUE (article_rowid, position)
            )
            """)
        try db.execute(sql: """
            CREATE TABLE quote_speakers (
                term TEXT NOT NULL,
                quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
                PRIMARY KEY (term, quote_id)
            ) WITHOUT ROWID
            """)
        try db.execute(sql: "CREATE INDEX quote_speakers_quote ON quote_speakers(quote_id)")
    }
}
