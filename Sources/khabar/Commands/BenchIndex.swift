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
            """
    )

    @Option(help: "JSON lines of articles (title, text).")
    var input = "../shared/data/ant/ant-v2.1.jsonl.gz"

    @Option(help: "Articles to index.")
    var limit = 10_000

    @Option(help: "Queries, one per line (id TAB query or the query alone).")
    var queries = "../shared/data/queries/miracl-ar-dev.tsv"

    func run() async throws {
        for p in [input, queries] where !FileManager.default.fileExists(atPath: p) {
            stderrLine("khabar: no such file: \(p)")
            throw KhabarExit.missingFile
        }
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
}
