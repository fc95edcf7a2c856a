import GRDB

/// Every database access of the store's async API goes through these two methods.
///
/// GRDB's `DatabasePool` has a blocking `read`/`write` and an async one; a `try await pool.read { … }`
/// whose closure is not `@Sendable` (or whose result is not `Sendable`, like `[Row]`) silently
/// compiles to the blocking one. On Swift's cooperative pool (one thread per core) that blocks
/// the thread while it waits for a reader, and under load every thread ends up waiting for
/// readers held by suspended tasks that need a thread to finish: the server hangs. These
/// signatures only accept what the async overload accepts, so the choice is made by the compiler.
extension SQLiteStore {
    /// Runs `body` in a read-only transaction on one of GRDB's reader queues; the calling task
    /// suspends meanwhile (no thread of the cooperative pool is blocked).
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await pool.read(body)
    }

    /// `read` for rows fetched into memory with `fetchAll`/`fetchOne` (copies, which GRDB only
    /// marks non-`Sendable` because cursor rows are not). Never pass cursor rows through it.
    func readRows(_ body: @Sendable (Database) throws -> [Row]) async throws -> [Row] {
        try await pool.read { db in CopiedRows(rows: try body(db)) }.rows
    }

    /// Runs `body` outside of a transaction on GRDB's writer queue; the calling task suspends meanwhile.
    func writeWithoutTransaction<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await pool.writeWithoutTransaction(body)
    }

    /// Runs `body` in a write transaction on GRDB's writer queue; the calling task suspends meanwhile.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await pool.write(body)
    }
}

/// Rows fetched into memory, handed from a reader queue to the calling task.
private struct CopiedRows: @unchecked Sendable {
    var rows: [Row]
}
