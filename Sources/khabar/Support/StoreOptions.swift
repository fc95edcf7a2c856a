import ArgumentParser
import Foundation
import Storage

/// `--db`, shared by every command that touches a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The database: a SQLite file path (default ./khabar.db, or $KHABAR_DB).")
    var db: String?

    /// The path in use.
    var path: String { db ?? ProcessInfo.processInfo.environment["KHABAR_DB"] ?? "khabar.db" }

    /// Opens the store. `mustExist`: fail with exit 66 rather than create an empty database.
    func open(mustExist: Bool = false) throws -> SQLiteStore {
        if path.hasPrefix("postgres://") || path.hasPrefix("postgresql://") {
            stderrLine("khabar: PostgreSQL stores are not available in this build yet; use a SQLite file path")
            throw ExitCode.failure
        }
        if mustExist && !FileManager.default.fileExists(atPath: path) {
            stderrLine("khabar: no database at \(path): run `khabar ingest FILES --db \(path)` first (or `khabar demo`)")
            throw KhabarExit.missingFile
        }
        return try StoreOptions.open(path: path)
    }

    /// Opens the SQLite store at `path`, creating it when missing.
    static func open(path: String) throws -> SQLiteStore {
        do {
            return try SQLiteStore(path: path)
        } catch {
            stderrLine("khabar: cannot open the database \(path): \(error)")
            throw ExitCode.failure
        }
    }
}
