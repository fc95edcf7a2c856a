import Storage

/// What an ingest did: counts, the first failures with their reasons, and timing.
public struct IngestSummary: Sendable, Codable {
    /// Input items read (records and pages).
    public var read = 0
    /// New articles stored.
    public var stored = 0
    /// New articles linked to a duplicate group (exact or near-duplicates of an article stored
    /// before or earlier in the same batch); they are also counted in `stored`.
    public var duplicates = 0
    /// Items that were already in the store (same article id).
    public var alreadyPresent = 0
    /// Items that failed, reported and skipped.
    public var failed = 0
    /// The first failures, `origin: reason`.
    public var failures: [String] = []
    /// Input bytes read and in all (for progress).
    public var bytesRead = 0
    public var totalBytes = 0
    public var seconds = 0.0
    /// Every item's fate, when the pipeline was asked for them (`Options.listsItems`): failures
    /// to read as they are met, then stored items batch by batch; nil otherwise.
    public var items: [IngestItem]?

    /// Most failures listed by name; the rest are counted.
    public static let listedFailures = 50

    mutating func fail(_ f: IngestFailure) {
        failed += 1
        if failures.count < IngestSummary.listedFailures { failures.append(f.description) }
        items?.append(IngestItem(origin: f.origin, outcome: .failed, reason: f.reason))
    }

    mutating func record(_ o: StoreOutcome, origin: String) {
        if case .failed = o {} else { items?.append(IngestItem(o, origin: origin)) }  // failures are listed by `fail`
        switch o {
        case .stored: stored += 1
        case .storedDuplicate: stored += 1; duplicates += 1
        case .alreadyPresent: alreadyPresent += 1
        case .failed(let reason): fail(IngestFailure(origin: origin, reason: reason))
        }
    }

    /// Items per second so far.
    public var itemsPerSecond: Double { seconds > 0 ? Double(read) / seconds : 0 }
}
