import ArgumentParser
import Foundation
import Storage

/// `khabar bench search`: search latency over real queries, Khabar against plain FTS5 unicode61.
struct BenchSearch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search latency over real queries (one thread): Khabar's search vs. a plain FTS5 unicode61 index.",
        discussion: """
            Runs every query of the TSV file (id TAB query) once through Khabar's search exactly as \
            `khabar search` does (parse, analyse, FTS5 match, BM25 top 10, total count, snippets), one at \
            a time on one thread, after one untimed warm-up pass. Then runs the same queries against a plain \
            FTS5 unicode61 index of the same articles' raw title and body (an AND of the raw query tokens, \
            BM25 top 10, ids only), built next to the store on first use (--baseline-db). \
            Build a store of 100,000+ articles with `khabar bench build-store`. Prints p50_ms p90_ms p99_ms \
            max_ms queries_per_s, then the same for the baseline (baseline_…), articles, queries, seconds.
            With --filters (e.g. "source:BBC", "category:sport", "from:2018-01-01 to:2018-03-31") each query \
            carries those filters: the filtered search path with its separate total count is timed, the \
            baseline is skipped, and the summary adds filtered_hits (queries with at least one result).
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Queries, one per line: id TAB query.")
    var queries = "../shared/data/queries/miracl-ar-dev.tsv"

    @Option(help: "The unicode61 baseline index (default: the store's path + '.unicode61'; built when missing).")
    var baselineDb: String?

    @Flag(help: "Skip the unicode61 baseline.")
    var noBaseline = false

    @Option(help: "Filters appended to every query (source:, category:, from:, to:); skips the baseline.")
    var filters: String?

    @Option(help: "Order of results: news (default), relevance, newest.")
    var sort: SearchOrder = .news

    func run() async throws {
        let start = Date()
        guard FileManager.default.fileExists(atPath: queries) else {
            stderrLine("khabar: no such file: \(queries)")
            throw KhabarExit.missingFile
        }
        let texts = try TextInput.utf8Text(queries).split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: "\t", maxSplits: 1)
            return fields.count == 2 ? String(fields[1]) + (filters.map { " " + $0 } ?? "") : nil
        }
        guard !texts.isEmpty else {
            stderrLine("khabar: no `id TAB query` line in \(queries)")
            throw KhabarExit.badInput
        }
        let db = try store.open(mustExist: true)
        let articles = try await db.count()

        for t in texts { _ = try? await db.search(SearchRequest(t, order: sort)) }  // warm-up, untimed
        var khabar = LatencySample()
        var errors = 0, withHits = 0
        for t in texts {
            let clock = ContinuousClock.now
            do {
                let page = try await db.search(SearchRequest(t, order: sort))
                if !page.hits.isEmpty { withHits += 1 }
            } catch is SearchError { errors += 1 }
            khabar.add(ContinuousClock.now - clock)
        }
        var line = khabar.summary(prefix: "") + " articles=\(articles) queries=\(texts.count) no_word_queries=\(errors) sort=\(sort.rawValue)"
        if let filters { line += " filtered_hits=\(withHits) filters=\"\(filters)\"" }

        if !noBaseline && filters == nil {
            let path = baselineDb ?? store.path + ".unicode61"
            let fresh = !FileManager.default.fileExists(atPath: path)
            let baseline = try PlainFTSIndex(path: path)
            if fresh {
                stderrLine("khabar: building the unicode61 baseline index at \(path)")
                try db.forEachArticleText { try baseline.add($0) }
            }
            let tokens = texts.map { $0.split(whereSeparator: { $0.isWhitespace }).map(String.init) }
            for t in tokens { _ = try baseline.search(t) }  // warm-up, untimed
            var plain = LatencySample()
            for t in tokens {
                let clock = ContinuousClock.now
                _ = try baseline.search(t, combination: .and)
                plain.add(ContinuousClock.now - clock)
            }
            line += " " + plain.summary(prefix: "baseline_") + " baseline=unicode61_and"
        }
        print(line + String(format: " seconds=%.1f", Date().timeIntervalSince(start)))
    }
}

/// Latencies of one run, summarised as percentiles in milliseconds.
struct LatencySample {
    private var ms: [Double] = []

    mutating func add(_ d: Duration) {
        ms.append(Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15)
    }

    /// The `q` quantile (nearest rank).
    func quantile(_ q: Double) -> Double {
        let s = ms.sorted()
        guard !s.isEmpty else { return 0 }
        return s[min(s.count - 1, max(0, Int((q * Double(s.count)).rounded(.up)) - 1))]
    }

    func summary(prefix p: String) -> String {
        let total = ms.reduce(0, +)
        return String(format: "%@p50_ms=%.2f %@p90_ms=%.2f %@p99_ms=%.2f %@max_ms=%.2f %@queries_per_s=%.0f",
                      p, quantile(0.5), p, quantile(0.9), p, quantile(0.99), p, ms.max() ?? 0, p, total > 0 ? Double(ms.count) / (total / 1e3) : 0)
    }
}
