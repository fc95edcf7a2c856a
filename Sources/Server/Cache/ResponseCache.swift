import Foundation

/// A bounded, time-limited cache of response bodies, for GET routes whose answer depends only
/// on the request's URL and the store's contents (search).
///
/// An entry lives at most `ttl`, so articles that another process ingests into the same store
/// show within that time; `invalidate()` drops every entry at once (this server's own ingest
/// calls it); when the bodies exceed `maxBytes`, the least recently used go, so the server's
/// memory stays flat however many distinct queries arrive.
final class ResponseCache: @unchecked Sendable {
    /// A cached body and when it was stored.
    struct Entry: Sendable {
        let body: [UInt8]
        let contentType: String
        let stored: ContinuousClock.Instant
    }

    /// The most bytes of bodies kept.
    let maxBytes: Int
    /// How long an entry is served.
    let ttl: Duration

    private let lock = NSLock()
    private var entries: [String: (entry: Entry, lastUse: UInt64)] = [:]
    private var bytes = 0
    private var clock: UInt64 = 0
    private var counters = (hits: 0, misses: 0)

    /// - Parameters:
    ///   - maxBytes: body bytes kept at most (keys not counted; each key is bounded by the
    ///     routes' query length limit).
    ///   - ttl: how long an entry is served; zero turns the cache off.
    init(maxBytes: Int = 32 << 20, ttl: Duration = .seconds(60)) {
        self.maxBytes = maxBytes
        self.ttl = ttl
    }

    /// Whether the cache keeps anything.
    var isEnabled: Bool { ttl > .zero && maxBytes > 0 }

    /// The live entry for `key`, counting a hit or a miss.
    func value(for key: String, now: ContinuousClock.Instant = .now) -> Entry? {
        guard isEnabled else { return nil }
        lock.lock(); defer { lock.unlock() }
        guard let found = entries[key] else { counters.misses += 1; return nil }
        guard now - found.entry.stored < ttl else {
            entries[key] = nil
            bytes -= found.entry.body.count
            counters.misses += 1
            return nil
        }
        clock += 1
        entries[key]!.lastUse = clock
        counters.hits += 1
        return found.entry
    }

    /// Keeps `body` for `key`; a body larger than an eighth of `maxBytes` is not kept.
    func store(_ body: [UInt8], contentType: String, for key: String, now: ContinuousClock.Instant = .now) {
        guard isEnabled, body.count <= maxBytes / 8 else { return }
        lock.lock(); defer { lock.unlock() }
        if let old = entries[key] { bytes -= old.entry.body.count }
        clock += 1
        entries[key] = (Entry(body: body, contentType: contentType, stored: now), clock)
        bytes += body.count
        if bytes > maxBytes { evictLeastRecentlyUsed() }
    }

    /// Drops every entry (the store changed).
    func invalidate() {
        lock.lock(); defer { lock.unlock() }
        entries.removeAll(keepingCapacity: true)
        bytes = 0
    }

    /// Entries, body bytes, hits and misses so far.
    var statistics: (entries: Int, bytes: Int, hits: Int, misses: Int) {
        lock.lock(); defer { lock.unlock() }
        return (entries.count, bytes, counters.hits, counters.misses)
    }

    /// Drops the least recently used entries until the bodies fit in three quarters of the
    /// budget (so eviction, which sorts, runs rarely).
    private func evictLeastRecentlyUsed() {
        let target = maxBytes / 4 * 3
        for (key, value) in entries.sorted(by: { $0.value.lastUse < $1.value.lastUse }) {
            guard bytes > target else { break }
            entries[key] = nil
            bytes -= value.entry.body.count
        }
    }
}
