import Analysis
import ArabicText
import Foundation
import Ingest
import NewsModel
import Testing

/// The per-worker entity workspace (word forms remembered across articles) must not change
/// what is tagged and linked: real ANT articles, one workspace small enough to start over
/// several times, against a fresh analysis per article.
@Suite struct EntityWorkspaceTests {
    @Test func aSharedWorkspaceLinksTheSameMentionsAsFreshAnalysis() throws {
        let tagger = try EntityTagger.shipped()
        let reader = try LineReader(path: sharedData.appendingPathComponent("ant/ant-v2.1.jsonl.gz").path)
        var articles: [Article] = []
        while articles.count < 40, let line = try reader.nextLine() {
            let o = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
            let paragraphs = (o["text"] as! String).split(separator: "\n").map(String.init)
            articles.append(Article(id: o["id"] as! String, url: o["url"] as? String, source: o["source"] as? String,
                                    title: o["title"] as! String, paragraphs: paragraphs))
        }
        let workspace = EntityTagger.Workspace(analyzer: Analyzer(), capacity: 500)
        var total = 0
        for a in articles {
            let shared = tagger.linkedMentions(in: a, workspace: workspace)
            let fresh = tagger.linkedMentions(in: a, analyzer: Analyzer())
            #expect(shared == fresh, "\(a.id)")
            total += shared.count
        }
        #expect(total > 100)
    }
}
