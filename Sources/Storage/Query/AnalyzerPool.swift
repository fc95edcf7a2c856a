import ArabicText
import Foundation

/// Analyzers kept between searches, so their memos stay warm: a fresh `Analyzer` per query
/// re-segments every word of every snippet. `Analyzer` is not thread-safe, so each search
/// borrows one for its duration (creating one when all are lent) and gives it back.
final class AnalyzerPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [Analyzer] = []
    /// Analyzers kept idle at most (more concurrent searches create and drop extra ones).
    let capacity: Int

    init(capacity: Int = ProcessInfo.processInfo.activeProcessorCount * 2) {
        self.capacity = max(1, capacity)
    }

    /// Runs `body` with an analyzer no other caller uses meanwhile.
    func withAnalyzer<T>(_ body: (Analyzer) throws -> T) rethrows -> T {
        let analyzer = lock.withLock { idle.popLast() } ?? Analyzer()
        defer { lock.withLock { if idle.count < capacity { idle.append(analyzer) } } }
        return try body(analyzer)
    }
}
