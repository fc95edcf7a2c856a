import ArabicText
import ArgumentParser
import Foundation
import Storage

/// `khabar eval search`: known-item search quality, MRR@10, Khabar against a plain unicode61 index.
struct EvalSearch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Known-item search quality (MRR@10, BM25) on varied and unvaried queries, Khabar vs. plain FTS5 unicode61.",
        discussion: """
            Queries are drawn from the store's own articles, reproducibly for a seed: articles are shuffled \
            with the seed; from each article's title (--words title, the default) or from one of its body \
            sentences (--words body: the first, in a seeded shuffle, with 2 such words), 2 to 4 words are sampled among those that are Arabic, \
            letters only, at least 3 letters, not stop words, and distinctive (written so in at most \
            --max-df of the articles, counted on raw words). Articles with fewer than 2 such words are \
            skipped. The unvaried query is the words as written; the varied query rewrites each word with \
            one variation (and a second one half of the time), drawn among those that fit the word: \
            add or remove a clitic (و ب ل ال), add or strip diacritics, insert tatweel, bare alef for أ/إ/آ \
            or the reverse, ه for final ة or the reverse, ي for final ى or the reverse.

            Each query runs through Khabar's search (the same parser and SQL as `khabar search`) and \
            through a plain FTS5 unicode61 index over the same articles' raw title and body, built in a \
            temporary file, queried with the same words as an AND of raw tokens, BM25 with the title \
            weighted as Khabar's. A query scores 1/rank of its article in the top 10, else 0.
            Prints mrr_varied mrr_unvaried baseline_mrr_varied baseline_mrr_unvaried queries words max_df seed seconds.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Number of known-item queries to draw.")
    var queries = 1000

    @Option(help: "Seed fixing the articles, words and variations drawn.")
    var seed: UInt64 = 1

    @Option(help: "Where query words come from: title, or body (one sentence of the body).")
    var words: KnownItemQueryGenerator.Field = .title

    @Option(help: "Largest share of the articles a query word may occur in (distinctiveness).")
    var maxDf = 0.01

    @Flag(help: "Print each query with its ranks (Khabar, baseline) before the summary.")
    var details = false

    func run() async throws {
        let start = Date()
        let db = try store.open(mustExist: true)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let baseline = try PlainFTSIndex(path: dir.appendingPathComponent("baseline.db").path)
        var articles: [QuerySourceArticle] = []
        try db.forEachArticleText { docs in
            try baseline.add(docs)
            articles += docs.map { QuerySourceArticle(id: $0.id, title: $0.title, body: words == .title ? "" : $0.body) }
        }
        let analyzer = Analyzer()
        let generator = KnownItemQueryGenerator(seed: seed, maximumDocumentFrequency: maxDf, field: words)
        let drawn = try generator.queries(count: queries, from: articles, analyzer: analyzer,
                                          documentFrequency: baseline.documentFrequency)
        guard !drawn.isEmpty else {
            stderrLine("khabar: no article of \(store.path) has two distinctive title words to query")
            throw KhabarExit.badInput
        }
        var varied = ReciprocalRank(), unvaried = ReciprocalRank()
        var baseVaried = ReciprocalRank(), baseUnvaried = ReciprocalRank()
        func khabar(_ words: [String]) async throws -> [String] {
            do {
                let page = try await db.search(SearchRequest(query: SearchQuery(parsing: words.joined(separator: " ")),
                                                             limit: 10, countTotal: false))
                return page.hits.map(\.id)
            } catch is SearchError { return [] }
        }
        for q in drawn {
            let kv = varied.record(try await khabar(q.varied), target: q.articleID)
            let ku = unvaried.record(try await khabar(q.unvaried), target: q.articleID)
            let bv = baseVaried.record(try baseline.search(q.varied), target: q.articleID)
            let bu = baseUnvaried.record(try baseline.search(q.unvaried), target: q.articleID)
            if details {
                let kinds = q.variations.map { $0.map(\.rawValue).joined(separator: "+") }.joined(separator: ",")
                print(String(format: "%@\tvaried=%.2f unvaried=%.2f baseline_varied=%.2f baseline_unvaried=%.2f\t%@\t%@\t%@",
                             q.articleID, kv, ku, bv, bu, q.unvaried.joined(separator: " "), q.varied.joined(separator: " "), kinds))
            }
        }
        print(String(format: "mrr_varied=%.3f mrr_unvaried=%.3f baseline_mrr_varied=%.3f baseline_mrr_unvaried=%.3f queries=%d words=%@ max_df=%g seed=%llu seconds=%.1f",
                     varied.mean, unvaried.mean, baseVaried.mean, baseUnvaried.mean, drawn.count, words.rawValue, maxDf, seed, Date().timeIntervalSince(start)))
    }
}

extension KnownItemQueryGenerator.Field: ExpressibleByArgument {}
