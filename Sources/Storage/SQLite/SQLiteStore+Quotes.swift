import Foundation
import GRDB
import NewsModel

/// Quotes in SQLite (`v5-quotes`, `v9-quote-entities`): written with their article in the batch
/// transaction, read per article and per speaker (through the `quote_speakers` term table and
/// the speaker's linked entity, `quotes.speaker_entity`).
extension SQLiteStore: QuoteStore {
    /// Writes the quotes of the just-inserted article `rowid`, each speaker linked to one of the
    /// article's `entities` (already stored) by `QuoteSpeakerLink`.
    static func saveQuotes(_ quotes: [IndexedQuote], entities: [LinkedMention]? = nil, rowid: Int64, db: Database) throws {
        guard !quotes.isEmpty else { return }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO quotes (article_rowid, position, text_kind, teaser_position, speaker, speaker_start, speaker_end,
                speaker_key, cue, cue_start, cue_end, kind, content_start, content_end, continuation, anonymous, parent,
                speaker_entity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let linked = QuoteSpeakerLink.entityIDs(of: quotes, mentions: entities)
        var entityRowids: [String: Int64] = [:]
        if linked.contains(where: { $0 != nil }) {
            let find = try db.cachedStatement(sql: "SELECT rowid FROM entities WHERE id = ?")
            for id in Set(linked.compactMap { $0 }) { entityRowids[id] = try Int64.fetchOne(find, arguments: [id]) }
        }
        let term = try db.cachedStatement(sql: "INSERT OR IGNORE INTO quote_speakers (term, quote_id) VALUES (?, ?)")
        for (position, iq) in quotes.enumerated() {
            let q = iq.quote
            let (kind, teaser) = iq.text.columns
            try insert.execute(arguments: [
                rowid, position, kind, teaser, q.speaker, q.speakerSpan?.start, q.speakerSpan?.end,
                iq.speakerKey.joined(separator: " "), q.cue, q.cueSpan.start, q.cueSpan.end, q.kind.rawValue,
                q.content.start, q.content.end, q.isContinuation, q.isAnonymous, q.parent,
                linked[position].flatMap { entityRowids[$0] },
            ])
            let id = db.lastInsertedRowID
            for k in iq.speakerKey { try term.execute(arguments: [k, id]) }
        }
    }

    /// Columns of a quote row joined with its article, source and teaser; the last one is the words.
    private static let quoteColumns = """
        q.position, q.text_kind, q.teaser_position, q.speaker, q.speaker_start, q.speaker_end, q.cue, q.cue_start,
        q.cue_end, q.kind, q.content_start, q.content_end, q.continuation, q.anonymous, q.parent,
        (SELECT id FROM entities WHERE rowid = q.speaker_entity) AS speaker_entity_id, a.id AS article_id, a.title, a.published, s.name AS source_name,
        substr(CASE q.text_kind WHEN 'body' THEN a.body ELSE t.text END, q.content_start + 1,
               q.content_end - q.content_start) AS words
        """
    private static let quoteJoins = """
        JOIN articles a ON a.rowid = q.article_rowid
        LEFT JOIN sources s ON s.id = a.source_id
        LEFT JOIN teasers t ON q.text_kind <> 'body' AND t.article_rowid = q.article_rowid AND t.kind = q.text_kind
            AND t.position = q.teaser_position
        """

    private static func storedQuote(_ row: Row) -> StoredQuote {
        let speakerSpan: Span? = {
            guard let s: Int = row["speaker_start"], let e: Int = row["speaker_end"], s <= e else { return nil }
            return Span(start: s, end: e)
        }()
        let cueStart: Int = row["cue_start"], contentStart: Int = row["content_start"]
        let quote = Quote(
            speaker: row["speaker"], speakerSpan: speakerSpan, cue: row["cue"],
            cueSpan: Span(start: cueStart, end: max(cueStart, row["cue_end"])),
            kind: Quote.Kind(rawValue: row["kind"]) ?? .indirect,
            content: Span(start: contentStart, end: max(contentStart, row["content_end"])),
            isContinuation: row["continuation"], isAnonymous: row["anonymous"], parent: row["parent"])
        let published: Double? = row["published"]
        return StoredQuote(
            articleID: row["article_id"], title: row["title"], source: row["source_name"],
            published: published.map(Date.init(timeIntervalSince1970:)), position: row["position"],
            text: QuoteText(kind: row["text_kind"], position: row["teaser_position"]) ?? .body,
            quote: quote, words: row["words"] ?? "", speakerEntity: row["speaker_entity_id"])
    }

    public func quotes(ofArticle id: String) async throws -> [StoredQuote]? {
        try await read { db in
            guard let rowid = try Int64.fetchOne(db, sql: "SELECT rowid FROM articles WHERE id = ?", arguments: [id]) else {
                return nil
            }
            return try Row.fetchAll(db, sql: """
                SELECT \(SQLiteStore.quoteColumns) FROM quotes q \(SQLiteStore.quoteJoins)
                WHERE q.article_rowid = ? ORDER BY q.position
                """, arguments: [rowid]).map(SQLiteStore.storedQuote)
        }
    }

    public func quotes(bySpeaker request: SpeakerQuoteRequest) async throws -> QuotePage {
        // The entity page asks for one entity's quotes (the link alone); a name finds quotes by its
        // speaker key and through every entity the name refers to (any spelling the linker merged).
        let terms = request.entityID == nil ? analyzers.withAnalyzer { SpeakerKey.terms(of: request.speaker, analyzer: $0) } : []
        let entities: [Int64]
        if let id = request.entityID {
            entities = try await pool.read { db in try Int64.fetchAll(db, sql: "SELECT rowid FROM entities WHERE id = ?", arguments: [id]) }
        } else {
            entities = try await entityRowids(named: request.speaker)
        }
        guard !terms.isEmpty || !entities.isEmpty || request.entityID != nil else { throw QuoteQueryError.noName(request.speaker) }
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        var speakerMatch: [String] = []
        if !terms.isEmpty {
            let placeholders = Array(repeating: "?", count: terms.count).joined(separator: ", ")
            speakerMatch.append("""
                q.id IN (SELECT quote_id FROM quote_speakers WHERE term IN (\(placeholders)) GROUP BY quote_id HAVING count(*) = ?)
                """)
            arguments += terms.map { $0 }
            arguments.append(terms.count)
        }
        if !entities.isEmpty {
            speakerMatch.append("q.speaker_entity IN (\(Array(repeating: "?", count: entities.count).joined(separator: ", ")))")
            arguments += entities.map { $0 }
        }
        conditions.append(speakerMatch.isEmpty ? "0" : "(" + speakerMatch.joined(separator: " OR ") + ")")
        if let from = request.from {
            conditions.append("a.published >= ?")
            arguments.append(from.timeIntervalSince1970)
        }
        if let to = request.to {
            conditions.append("a.published <= ?")
            arguments.append(to.timeIntervalSince1970)
        }
        if !request.includeDuplicates {
            conditions.append("NOT EXISTS (SELECT 1 FROM duplicates d WHERE d.article_rowid = q.article_rowid)")
        }
        let matching = """
            FROM quotes q \(SQLiteStore.quoteJoins)
            WHERE \(conditions.joined(separator: " AND "))
            """
        let countArguments = StatementArguments(arguments)
        arguments.append(max(0, request.limit))
        arguments.append(max(0, request.offset))
        let pageArguments = StatementArguments(arguments)
        return try await read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) \(matching)", arguments: countArguments) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(SQLiteStore.quoteColumns) \(matching)
                ORDER BY a.published IS NULL, a.published DESC, q.article_rowid, q.position LIMIT ? OFFSET ?
                """, arguments: pageArguments)
            return QuotePage(total: total, quotes: rows.map(SQLiteStore.storedQuote))
        }
    }
}
