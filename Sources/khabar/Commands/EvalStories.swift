import ArabicText
import ArgumentParser
import Foundation
import NewsModel
import Storage

/// `khabar eval stories`: story decisions on ANS headline pairs, through a real store.
struct EvalStories: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Story clustering on headline pairs: are two headlines about one event put in one story?",
        discussion: """
            Reads an ANS stance CSV (s1,s2,stance). Gold: an `agree` pair (paraphrase) and a `disagree` \
            pair (the same claim contradicted) are about one event, so one story; an `other` pair is not, \
            and neither is a mismatched pair (s1 of pair i with s2 of pair i + n/2), one per pair. Each pair \
            is ingested as two articles (title and body = the headline, same day) into a temporary SQLite \
            store, ten days from every other pair so pairs never meet, and judged by whether the store put \
            both in one story. Also prints a sweep of the key-term cosine over thresholds. Ends with \
            f1, precision, recall, counts, threshold and seconds.
            """
    )

    @Option(help: "ANS stance CSV (s1,s2,stance).")
    var pairs: String = "../shared/data/ans/stance/dev.csv"

    func run() async throws {
        let start = Date()
        let read = try StancePairs.read(path: pairs)
        let all = read.pairs
        guard !all.isEmpty else {
            stderrLine("khabar: no pairs in \(pairs)")
            throw KhabarExit.badInput
        }
        var judged: [(s1: String, s2: String, gold: Bool)] = all.map { ($0.s1, $0.s2, $0.stance != "other") }
        let n = all.count
        for i in 0..<n { judged.append((all[i].s1, all[(i + n / 2) % n].s2, false)) }

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-eval-stories-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        let analyzer = Analyzer()
        let base = Date(timeIntervalSince1970: 1_500_000_000)
        var docs: [IndexedArticle] = []
        var cosines: [(Double, Bool)] = []
        for (i, p) in judged.enumerated() {
            let day = base.addingTimeInterval(Double(i) * 10 * 86_400)
            let pair = [p.s1, p.s2].enumerated().map { k, text in
                IndexedArticle(article: Article(id: "pair\(i)-\(k)", source: "s\(k)", title: text, paragraphs: [text], published: day),
                               analyzer: analyzer)
            }
            let vectors = pair.map { StoryClustering.keyVector(titleExact: $0.titleExact, titleStems: $0.titleStems,
                                                               bodyExact: $0.bodyExact, bodyStems: $0.bodyStems) }
            cosines.append((vectors[0].cosine(vectors[1]).score, p.gold))
            docs += pair
        }
        for chunk in stride(from: 0, to: docs.count, by: 512) {
            _ = try await store.store(Array(docs[chunk..<min(docs.count, chunk + 512)]))
        }
        var result = PrecisionRecall()
        for (i, p) in judged.enumerated() {
            let a = try await store.storyID(ofArticle: "pair\(i)-0")
            let b = try await store.storyID(ofArticle: "pair\(i)-1")
            result.add(predicted: a != nil && a == b, gold: p.gold)
        }
        for t in stride(from: 0.1, through: 0.61, by: 0.05) {
            var pr = PrecisionRecall()
            for (s, gold) in cosines { pr.add(predicted: s >= t, gold: gold) }
            print(String(format: "cosine_threshold=%.2f precision=%.3f recall=%.3f f1=%.3f", t, pr.precision, pr.recall, pr.f1))
        }
        print(String(format: "f1=%.3f precision=%.3f recall=%.3f pairs=%d same_story_gold=%d threshold=%.2f seconds=%.1f",
                     result.f1, result.precision, result.recall, judged.count,
                     result.truePositives + result.falseNegatives, StoryClustering.threshold, Date().timeIntervalSince(start)))
    }
}
