import Analysis
import ArabicText
import Dispatch
import Extraction
import Foundation
import NewsModel
import Storage

/// `khabar ingest`: records → extraction → analysis → store, in batches.
///
/// Reading is sequential and streams; extraction and analysis of a batch run on all cores
/// (one `Analyzer` per worker); each batch is written in one transaction while the next is
/// being analysed. A record that fails is reported with its reason and the batch goes on.
public final class IngestPipeline {
    /// How the pipeline runs.
    public struct Options: Sendable {
        /// Records per batch (and per write transaction).
        public var batchSize = 256
        /// Parallel extraction and analysis workers.
        public var workers = ProcessInfo.processInfo.activeProcessorCount
        /// Extraction limits.
        public var extraction = ExtractionOptions()
        /// Whether entities are tagged and linked (`EntityTagger.linkedMentions`) and stored.
        public var entities = true
        /// Whether to extract quotes (`IndexedArticle.quotes`) for the store.
        public var quotes = true
        /// Whether the summary lists every item's fate (`IngestSummary.items`; for the HTTP API).
        public var listsItems = false
        public init() {}
    }

    private let store: any ArticleStore
    private let options: Options
    private let workers: WorkerPool

    public init(store: any ArticleStore, options: Options = Options()) {
        self.store = store
        self.options = options
        self.workers = WorkerPool(count: max(1, options.workers), entities: options.entities)
    }

    /// Ingests every record `walker` yields; calls `progress` after each batch.
    public func run(_ walker: some RecordSource, progress: ((IngestSummary) -> Void)? = nil) async throws -> IngestSummary {
        var summary = IngestSummary()
        if options.listsItems { summary.items = [] }
        summary.totalBytes = walker.totalBytes
        let clock = ContinuousClock()
        let start = clock.now
        var pendingWrite: Task<[StoreOutcome], any Error>?
        var pendingOrigins: [String] = []
        func finishWrite() async throws {
            guard let task = pendingWrite else { return }
            let outcomes = try await task.value
            for (origin, o) in zip(pendingOrigins, outcomes) { summary.record(o, origin: origin) }
            pendingWrite = nil
        }
        while true {
            var records: [IngestRecord] = []
            while records.count < options.batchSize, let next = try walker.next() {
                summary.read += 1
                switch next {
                case .success(let r): records.append(r)
                case .failure(let f): summary.fail(f)
                }
            }
            if records.isEmpty { break }
            let prepared = workers.prepare(records, extractor: Extractor(options: options.extraction), quotes: options.quotes)
            var batch: [IndexedArticle] = []
            var origins: [String] = []
            for (record, result) in zip(records, prepared) {
                switch result {
                case .success(let doc): batch.append(doc); origins.append(record.origin)
                case .failure(let f): summary.fail(f)
                }
            }
            try await finishWrite()
            let store = self.store
            let toWrite = batch
            pendingWrite = Task { try await store.store(toWrite) }
            pendingOrigins = origins
            summary.bytesRead = walker.bytesRead
            summary.seconds = (clock.now - start).seconds
            progress?(summary)
        }
        try await finishWrite()
        summary.bytesRead = walker.bytesRead
        summary.seconds = (clock.now - start).seconds
        return summary
    }
}


/// Extraction and analysis of one record: the part that runs in parallel.
enum RecordPreparation {
    static func prepare(_ r: IngestRecord, extractor: Extractor, analyzer: Analyzer,
                        fingerprinter: Fingerprinter, tagger: EntityTagger? = nil,
                        workspace: EntityTagger.Workspace? = nil, quotes: Bool = true) -> Result<IndexedArticle, IngestFailure> {
        var a: Article
        let start = PhaseTimes.enabled ? PhaseTimes.threadCPUTime() : 0
        defer { if PhaseTimes.enabled { PhaseTimes.add("prepare.total", PhaseTimes.threadCPUTime() - start) } }
        do { a = try extractor.extract(r.page) } catch {
            return .failure(IngestFailure(origin: r.origin, reason: error.description))
        }
        if let t = r.title?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty {
            if a.titleInferred { a.warnings.removeAll { $0.contains("title was inferred") } }
            a.title = t
            a.titleInferred = false
        }
        if let s = r.source { a.source = s }
        if let p = r.published { a.published = p; a.publishedOrigin = .feed }
        if let c = r.category { a.category = c }
        if !r.authors.isEmpty { a.authors = r.authors }
        let fingerprint = PhaseTimes.measure("prepare.fingerprint") { fingerprinter.indexedFingerprint(of: a.body) }
        var doc = PhaseTimes.measure("prepare.index") {
            IndexedArticle(article: a, extra: r.extra, fingerprint: fingerprint, analyzer: analyzer)
        }
        if let tagger {
            doc.entities = PhaseTimes.measure("prepare.entities") {
                if let workspace { return tagger.linkedMentions(in: a, workspace: workspace) }
                return tagger.linkedMentions(in: a, analyzer: analyzer)
            }
        }
        if quotes { doc.quotes = PhaseTimes.measure("prepare.quotes") { Self.quotes(of: a, analyzer: analyzer) } }
        return .success(doc)
    }
}

/// One analyzer, fingerprinter and entity workspace per worker, reused across batches so
/// their memos stay warm. Worker `w` touches only its own entries, hence the unchecked `Sendable`.
final class WorkerPool: @unchecked Sendable {
    private let analyzers: [Analyzer]
    private let fingerprinters: [Fingerprinter]
    private let workspaces: [EntityTagger.Workspace]
    /// The shipped entity tagger, shared read-only; nil when entities are off or the model is missing.
    private let tagger: EntityTagger?

    init(count: Int, parameters: FingerprintParameters = .default, entities: Bool = true) {
        tagger = entities ? try? EntityTagger.shipped() : nil
        let analyzers = (0..<count).map { _ in Analyzer() }
        self.analyzers = analyzers
        fingerprinters = (0..<count).map { _ in Fingerprinter(parameters: parameters) }
        workspaces = analyzers.map { EntityTagger.Workspace(analyzer: $0) }
    }

    func prepare(_ records: [IngestRecord], extractor: Extractor, quotes: Bool = true) -> [Result<IndexedArticle, IngestFailure>] {
        let n = records.count
        let workers = min(analyzers.count, n)
        var results = [Result<IndexedArticle, IngestFailure>?](repeating: nil, count: n)
        // Records are handed out one at a time, so a worker that drew short records takes more.
        let next = NextIndex()
        results.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                while let i = next.take(below: n) {
                    out[i] = RecordPreparation.prepare(records[i], extractor: extractor, analyzer: self.analyzers[w],
                                                      fingerprinter: self.fingerprinters[w], tagger: self.tagger,
                                                      workspace: self.workspaces[w], quotes: quotes)
                }
            }
        }
        return results.map { $0! }
    }
}

/// A shared counter handing out indices 0, 1, 2, … to parallel workers.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// The next index, or nil once `limit` is reached.
    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
