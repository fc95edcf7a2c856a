import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// CPU seconds spent per named phase, summed over threads (`khabar ingest --profile`): each
/// phase is timed with the calling thread's CPU clock, so other processes on the machine do
/// not inflate it. Off by default; when off, `measure` only runs its body.
public enum PhaseTimes {
    /// Whether phases are timed. Set it before the work starts.
    nonisolated(unsafe) public static var enabled = false
    nonisolated(unsafe) private static var totals: [String: Double] = [:]
    private static let lock = NSLock()

    /// The calling thread's CPU time in seconds.
    public static func threadCPUTime() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `body`, adding the CPU time it took on this thread to phase `name` when enabled.
    @inline(__always)
    public static func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        guard enabled else { return try body() }
        let start = threadCPUTime()
        defer { add(name, threadCPUTime() - start) }
        return try body()
    }

    /// Adds `seconds` to phase `name`.
    public static func add(_ name: String, _ seconds: Double) {
        lock.lock()
        totals[name, default: 0] += seconds
        lock.unlock()
    }

    /// The phases and their CPU seconds, by name.
    public static func snapshot() -> [(name: String, seconds: Double)] {
        lock.lock()
        defer { lock.unlock() }
        return totals.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
