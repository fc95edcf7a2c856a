import ArabicText
import ArgumentParser
import Foundation
import Ingest
import Storage

/// `khabar bench index`: pre-analysed FTS5 columns against the analyzer as an FTS5 tokenizer.
struct BenchIndex: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Compare the two ways of feeding FTS5 with Khabar's analysis: pre-analysed columns vs a custom tokenizer.",
        discussion: """
            Indexes the same ANT articles both ways (one thread each, temporary databases) and runs the same \
            queries (AND of words, top 10 by BM25) on each. Pre-analysed columns is what `SQLiteStore` uses.
            With --end-to-end: stores the articles both ways as ingest does (batches, one transaction each, \
            text kept in an articles table; pre-analysed columns analysed on --workers threads while the writer \
            stores the previous batch, the tokenizer analysing inside SQLite on the writer thread), then draws \
            known-item queries from titles as `khabar eval search` does (seed 1) and prints each mode's \
            seconds, articles/s and MRR@10 on unvaried and varied queries.
            """
    )

    @Option(help: "JSON lines of articles (title, text).")
    var input = "../shared/data/ant/ant-v2.1.jsonl.gz"

    @Option(help: "Articles to index.")
    var limit = 10_000

    @Option(help: "Queries, one per line (id TAB query or the query alone).")
    var queries = "../shared/data/queries/miracl-ar-dev.tsv"

    @Flag(help: "Compare the two modes end to end: store time with --workers threads and known-item MRR@10.")
    var endToEnd = false

    @Option(help: "Analysis threads for the pre-analysed mode of --end-to-end (default: all cores).")
    var workers = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Known-item queries drawn for --end-to-end.")
    var knownItems = 1000

    func run() async throws {
        for p in [input, queries] where !FileManager.default.fileExists(atPath: p) {
            stderrLine("khabar: no such file: \(p)")
            throw KhabarExit.missingFile
        }
        if endToEnd { return try runEndToEnd() }
        let reader = try LineReader(path: input)
        var articles: [(title: String, body: String)] = []
        while articles.count < limit, let line = try reader.nextLine() {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
            articles.append((o["title"] as? String ?? "", o["text"] as? String ?? ""))
        }
        let qs = try TextInput.utf8Text(queries).split(separator: "\n").map { l in
            String(l.split(separator: "\t", maxSplits: 1).last ?? l)
        }
        let r = try IndexModeComparison().run(articles: articles, queries: qs)
        print(String(format: "preanalysed_index_s=%.2f tokenizer_index_s=%.2f preanalysed_p50_ms=%.2f tokenizer_p50_ms=%.2f "
                + "preanalysed_p99_ms=%.2f tokenizer_p99_ms=%.2f articles=%d queries=%d",
            r.preAnalysedIndexSeconds, r.customTokenizerIndexSeconds, r.preAnalysedQueryP50Ms, r.customTokenizerQueryP50Ms,
            r.preAnalysedQueryP99Ms, r.customTokenizerQueryP99Ms, r.articles, r.queries))
    }

    private func runEndToEnd() throws {
        let start = Date()
        let reader = try LineReader(path: input)
        var docs: [EndToEndIndexComparison.Document] = []
        while docs.count < limit, let line = try reader.nextLine() {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let body = o["text"] as? String, !body.isEmpty else { continue }
            docs.append((String(docs.count), o["title"] as? String ?? "", body))
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-bench-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try PlainFTSIndex(path: dir.appendingPathComponent("df.db").path)
        try plain.add(docs.map { PlainFTSIndex.Document(id: $0.id, title: $0.title, body: $0.body) })
        let known = try KnownItemQueryGenerator(seed: 1).queries(
            count: knownItems, from: docs.map { QuerySourceArticle(id: $0.id, title: $0.title) }, analyzer: Analyzer(),
            documentFrequency: plain.documentFrequency)
        let r = try EndToEndIndexComparison(workers: workers).run(articles: docs, queries: known)
        print(String(format: "preanalysed_s=%.2f tokenizer_s=%.2f preanalysed_items_per_s=%.0f tokenizer_items_per_s=%.0f "
                + "preanalysed_mrr_unvaried=%.3f preanalysed_mrr_varied=%.3f tokenizer_mrr_unvaried=%.3f tokenizer_mrr_varied=%.3f "
                + "articles=%d workers=%d queries=%d seconds=%.1f",
            r.preAnalysedSeconds, r.tokenizerSeconds, Double(r.articles) / max(r.preAnalysedSeconds, 1e-9),
            Double(r.articles) / max(r.tokenizerSeconds, 1e-9), r.preAnalysed.mean, r.preAnalysedVaried.mean,
            r.tokenizer.mean, r.tokenizerVaried.mean, r.articles, r.workers, known.count, Date().timeIntervalSince(start)))
    }
}
