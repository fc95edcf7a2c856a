import ArabicText
import Foundation
import Testing
@testable import Storage

@Suite struct EndToEndIndexComparisonTests {
    @Test func bothModesStoreEveryArticleAndFindKnownItems() throws {
        let docs = try antArticles(80).enumerated().map { (id: String($0.offset), title: $0.element.title, body: $0.element.body) }
        let generator = KnownItemQueryGenerator(seed: 2, maximumDocumentFrequency: 0.2)
        // Raw-word document frequency over the same articles, as `khabar eval search` counts it.
        let texts = docs.map { Set(($0.title + " " + $0.body).split(separator: " ").map(String.init)) }
        let known = generator.queries(count: 20, from: docs.map { QuerySourceArticle(id: $0.id, title: $0.title) },
                                      analyzer: Analyzer(), documentFrequency: { w in texts.filter { $0.contains(w) }.count })
        #expect(known.count >= 10)
        let r = try EndToEndIndexComparison(workers: 2).run(articles: docs, queries: known)
        #expect(r.articles == 80)
        #expect(r.preAnalysed.count == known.count && r.tokenizer.count == known.count)
        // Title words as written find their article near the top in both modes.
        #expect(r.preAnalysed.mean > 0.7, "pre-analysed MRR \(r.preAnalysed.mean)")
        #expect(r.tokenizer.mean > 0.7, "tokenizer MRR \(r.tokenizer.mean)")
    }
}
