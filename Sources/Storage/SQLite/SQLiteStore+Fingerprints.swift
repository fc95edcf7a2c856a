import Foundation
import GRDB

/// A stored fingerprint, as duplicate detection reads it back.
public struct StoredFingerprint: Hashable, Sendable {
    /// The article's id.
    public var articleID: String
    /// The exact fingerprint.
    public var exact: UInt64
    /// The MinHash signature.
    public var signature: [UInt32]
    /// The parameters it was computed under (compare before comparing signatures).
    public var parameters: String

    public init(articleID: String, exact: UInt64, signature: [UInt32], parameters: String) {
        self.articleID = articleID
        self.exact = exact
        self.signature = signature
        self.parameters = parameters
    }
}

/// Why a fingerprint could not be stored.
public enum FingerprintStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No article has this id: store the article first.
    case unknownArticle(String)

    public var description: String {
        switch self {
        case .unknownArticle(let id): return "no article \(id) in the store: store the article before its fingerprint"
        }
    }
}

extension SQLiteStore {
    /// Stores (or replaces) the fingerprint of article `fingerprint.articleID` and its LSH band keys.
    /// - Throws: `FingerprintStoreError.unknownArticle` when the article is not stored;
    ///   `DatabaseError` on a database failure.
    public func saveFingerprint(_ fingerprint: StoredFingerprint, bandKeys: [UInt64]) async throws {
        try await write { db in
            guard let rowid = try Int64.fetchOne(db, sql: "SELECT rowid FROM articles WHERE id = ?", arguments: [fingerprint.articleID]) else {
                throw FingerprintStoreError.unknownArticle(fingerprint.articleID)
            }
            try db.execute(sql: "DELETE FROM fingerprint_bands WHERE article_rowid = ?", arguments: [rowid])
            try db.execute(sql: "INSERT OR REPLACE INTO fingerprints (article_rowid, exact, signature, parameters) VALUES (?, ?, ?, ?)",
                           arguments: [rowid, Int64(bitPattern: fingerprint.exact), SQLiteStore.blob(fingerprint.signature), fingerprint.parameters])
            for key in Set(bandKeys) {
                try db.execute(sql: "INSERT OR IGNORE INTO fingerprint_bands (band_key, article_rowid) VALUES (?, ?)",
                               arguments: [Int64(bitPattern: key), rowid])
            }
        }
    }

    /// The stored fingerprints that share `exact` or at least one of `bandKeys`: the candidates
    /// a new article must be compared with (by signature) to decide whether it is a duplicate.
    /// Reads only the matching rows, never the whole corpus.
    /// - Throws: `DatabaseError` on a database failure.
    public func duplicateCandidates(exact: UInt64, bandKeys: [UInt64]) async throws -> [StoredFingerprint] {
        try await read { db in
            let keys = bandKeys.map { Int64(bitPattern: $0) }
            let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
            var arguments: [any DatabaseValueConvertible] = [Int64(bitPattern: exact)]
            arguments.append(contentsOf: keys)
            let bandClause = keys.isEmpty ? "" : " OR f.article_rowid IN (SELECT article_rowid FROM fingerprint_bands WHERE band_key IN (\(placeholders)))"
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, f.exact, f.signature, f.parameters FROM fingerprints f JOIN articles a ON a.rowid = f.article_rowid
                WHERE f.exact = ?\(bandClause) ORDER BY f.article_rowid
                """, arguments: StatementArguments(arguments))
            return rows.map { row in
                let e: Int64 = row["exact"]
                let data: Data = row["signature"]
                return StoredFingerprint(articleID: row["id"], exact: UInt64(bitPattern: e),
                                         signature: SQLiteStore.values(data), parameters: row["parameters"])
            }
        }
    }

    static func blob(_ values: [UInt32]) -> Data {
        var d = Data(capacity: values.count * 4)
        for v in values { withUnsafeBytes(of: v.littleEndian) { d.append(contentsOf: $0) } }
        return d
    }

    static func values(_ data: Data) -> [UInt32] {
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - 3, by: 4).map { i in
            UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
        }
    }
}
