import GRDB

extension SQLiteSchema {
    /// Migration `v9-quote-entities`: `quotes.speaker_entity`, the entity (`entities.rowid`) a
    /// quote's speaker names (`QuoteSpeakerLink`), NULL when none; indexed for an entity's quotes.
    ///
    /// Quotes stored before it are linked here from their article's body mentions: a speaker
    /// span's overlapping mention (person, then organisation, then place, then the longest and
    /// last; a place or other name only when it opens the phrase), then each span-less speaker
    /// (a continuation) from the same speaker's latest earlier quote.
    static func linkQuoteSpeakers(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE quotes ADD COLUMN speaker_entity INTEGER REFERENCES entities(rowid)")
        try db.execute(sql: "CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity) WHERE speaker_entity IS NOT NULL")
        try linkStoredQuoteSpeakers(db)
    }

    /// Sets `quotes.speaker_entity` of stored body quotes from their articles' mentions (see
    /// `linkQuoteSpeakers`); teaser quotes stay unlinked.
    static func linkStoredQuoteSpeakers(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE quotes SET speaker_entity = (
                SELECT m.entity_rowid FROM entity_mentions m JOIN entities e ON e.rowid = m.entity_rowid
                WHERE m.article_rowid = quotes.article_rowid AND m.in_title = 0
                  AND m.start < quotes.speaker_end AND quotes.speaker_start < m.end
                  AND (e.kind IN ('PERS', 'ORG') OR m.start <= quotes.speaker_start + 2)
                ORDER BY CASE e.kind WHEN 'PERS' THEN 3 WHEN 'ORG' THEN 2 WHEN 'LOC' THEN 1 ELSE 0 END DESC,
                         m.end - m.start DESC, m.start DESC
                LIMIT 1)
            WHERE text_kind = 'body' AND speaker_start IS NOT NULL
            """)
        try db.execute(sql: """
            UPDATE quotes SET speaker_entity = (
                SELECT p.speaker_entity FROM quotes p
                WHERE p.article_rowid = quotes.article_rowid AND p.text_kind = 'body' AND p.position < quotes.position
                  AND p.speaker = quotes.speaker AND p.speaker_entity IS NOT NULL
                ORDER BY p.position DESC LIMIT 1)
            WHERE text_kind = 'body' AND speaker_start IS NULL AND speaker IS NOT NULL
            """)
    }
}
