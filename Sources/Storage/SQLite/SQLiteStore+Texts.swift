import GRDB

extension SQLiteStore {
    /// Calls `handle` with every stored article's id, title and body, in storage order,
    /// `batchSize` articles at a time (so a large store is never held in memory at once).
    /// - Throws: what `handle` throws, or `DatabaseError` on a read failure.
    public func forEachArticleText(batchSize: Int = 2_000, _ handle: ([PlainFTSIndex.Document]) throws -> Void) throws {
        var after: Int64 = -1
        while true {
            let rows = try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT rowid, id, title, body FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                                 arguments: [after, batchSize])
            }
            guard let last = rows.last else { return }
            after = last["rowid"]
            try handle(rows.map { PlainFTSIndex.Document(id: $0["id"], title: $0["title"], body: $0["body"]) })
        }
    }
}
