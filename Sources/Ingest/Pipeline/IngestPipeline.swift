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
                        quotes: Bool = true) -> Result<IndexedArticle, IngestFailure> {
        var a: Article
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
        var doc = IndexedArticle(article: a, extra: r.extra, fingerprint: fingerprinter.indexedFingerprint(of: a.body),
                                 analyzer: analyzer)
        doc.entities = tagger?.linkedMentions(in: a, analyzer: analyzer)
        if quotes { doc.quotes = Self.quotes(of: a, analyzer: analyzer) }
        return .success(doc)
    }
}

/// One analyzer and one fingerprinter per worker, reused across batches so their memos stay
/// warm. Worker `w` touches only `analyzers[w]` and `fingerprinters[w]`, hence the unchecked `Sendable`.
final class WorkerPool: @unchecked Sendable {
    private let analyzers: [Analyzer]
    private let fingerprinters: [Fingerprinter]
    /// The shipped entity tagger, shared read-only; nil when entities are off or the model is missing.
    private let tagger: EntityTagger?

    init(count: Int, parameters: FingerprintParameters = .default, entities: Bool = true) {
        tagger = entities ? try? EntityTagger.shipped() : nil
        analyzers = (0..<count).map { _ in Analyzer() }
        fingerprinters = (0..<count).map { _ in Fingerprinter(parameters: parameters) }
    }

    func prepare(_ records: [IngestRecord], extractor: Extractor, quotes: Bool = true) -> [Result<IndexedArticle, IngestFailure>] {
        let n = records.count
        let workers = analyzers.count
        var results = [Result<IndexedArticle, IngestFailure>?](repeating: nil, count: n)
        results.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var i = w
                while i < n {
                    out[i] = RecordPreparation.prepare(records[i], extractor: extractor, analyzer: self.analyzers[w],
                                                      fingerprinter: self.fingerprinters[w], tagger: self.tagger, quotes: quotes)
                    i += workers
                }
            }
        }
        return results.map { $0! }
    }
}
