import Analysis
import ArabicText
import Foundation
import Ingest
import NewsModel
import Storage
import Testing

@Suite struct StoredDuplicateDetectorTests {
    /// The first `n` ANT records as articles.
    func antArticles(_ n: Int) throws -> [Article] {
        let reader = try LineReader(path: sharedData.appendingPathComponent("ant/ant-v2.1.jsonl.gz").path)
        var out: [Article] = []
        while out.count < n, let line = try reader.nextLine() {
            let o = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
            let paragraphs = (o["text"] as! String).split(separator: "\n").map(String.init)
            out.append(Article(id: o["id"] as! String, url: o["url"] as? String, source: o["source"] as? String,
                               title: o["title"] as! String, paragraphs: paragraphs, category: o["category"] as? String))
        }
        return out
    }

    @Test func duplicatesAreFoundAcrossIngestsThroughTheStore() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-dups-\(UUID().uuidString).db").path
        let articles = try antArticles(20).filter { $0.body.count > 400 }
        let analyzer = Analyzer()
        do {
            let store = try SQLiteStore(path: path)
            _ = try await store.store(articles.map { IndexedArticle(article: $0, analyzer: analyzer) })
            let detector = StoredDuplicateDetector(store: store)
            for a in articles {
                let d = try await detector.record(a)
                #expect(d.duplicateOf == nil, "\(a.id)")
            }
        }
        // A later ingest, a new store handle: a perturbed copy of one article under another id.
        let store = try SQLiteStore(path: path)
        var rng = SeededGenerator(seed: 3)
        var copy = articles[2]
        copy.id = "copy-of-\(copy.id)"
        copy.source = "another outlet"
        copy.paragraphs = [PerturbationGenerator().perturb(copy.body, .sourceLine, rng: &rng)]
        var exact = articles[4]
        exact.id = "exact-\(exact.id)"
        _ = try await store.store([copy, exact].map { IndexedArticle(article: $0, analyzer: analyzer) })
        let detector = StoredDuplicateDetector(store: store)
        let near = try await detector.record(copy)
        #expect(near.duplicateOf == articles[2].id)
        #expect(!near.isExact && near.similarity >= FingerprintParameters.default.threshold)
        let same = try await detector.record(exact)
        #expect(same.duplicateOf == articles[4].id && same.isExact)
    }
}
