import ArabicText
import Foundation
import NewsModel
import Testing
@testable import Storage

/// The stores the contract runs against. PostgreSQL joins this list when it lands; the
/// tests below are written once, against `ArticleStore`.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case sqlite

    var testDescription: String { rawValue }

    func make() throws -> any ArticleStore {
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-store-\(UUID().uuidString).db").path
            return try SQLiteStore(path: path)
        }
    }
}

/// Real ANT articles for the contract (the first `n` records).
func antArticles(_ n: Int) throws -> [Article] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/data/ant/ant-v2.1.jsonl.gz")
        .standardized
    let data = try Data(contentsOf: url)
    let text = try gunzipWithSystemTool(data)
    var out: [Article] = []
    for line in text.split(separator: "\n").prefix(n) {
        let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        let body = (o["text"] as! String).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        out.append(Article(id: o["id"] as! String, url: o["url"] as? String, source: o["source"] as? String, title: o["title"] as! String,
                           paragraphs: body, published: ISO8601DateFormatter().date(from: "2018-02-18T00:00:00Z")!
                               .addingTimeInterval(Double(out.count) * 86400), category: o["category"] as? String))
    }
    return out
}

/// gunzip through the system tool: the Storage tests do not depend on the Ingest module.
func gunzipWithSystemTool(_ data: Data) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/gzip")
    p.arguments = ["-dc"]
    let inPipe = Pipe(), outPipe = Pipe()
    p.standardInput = inPipe
    p.standardOutput = outPipe
    try p.run()
    let writer = Thread { inPipe.fileHandleForWriting.write(data); try? inPipe.fileHandleForWriting.close() }
    writer.start()
    let out = outPipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: out, as: UTF8.self)
}

func indexed(_ articles: [Article]) -> [IndexedArticle] {
    let analyzer = Analyzer()
    return articles.map { IndexedArticle(article: $0, analyzer: analyzer) }
}

@Suite struct ArticleStoreContractTests {
    static let putinArticle = Article(
        id: "seed-like", url: "https://example.org/a", source: "السومرية العراقية",
        title: "اتصال هاتفي بين شي وبوتين",
        paragraphs: ["عبر الرئيسان الصيني شي جينبينغ والروسي فلاديمير بوتين عن تنديدهما بتدخل الولايات المتحدة.",
                     "وقال المستشار الدبلوماسي للكرملين يوري أوتشاكوف إن الزعيمين ناقشا الوضع."],
        published: SearchQuery.parseDay("2024-05-16"),
        readAlso: [Teaser(title: "الكرملين: موسكو مستعدة", text: "أعلن الكرملين")], related: [Teaser(title: "ماكرون يحث بوتين")])

    @Test(arguments: StoreKind.allCases)
    func sameArticleTwiceIsOneArticle(kind: StoreKind) async throws {
        let store = try kind.make()
        let docs = indexed([Self.putinArticle])
        #expect(try await store.store(docs) == [.stored(id: "seed-like")])
        #expect(try await store.store(docs + docs) == [.alreadyPresent(id: "seed-like"), .alreadyPresent(id: "seed-like")])
        #expect(try await store.count() == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func articlesRoundTrip(kind: StoreKind) async throws {
        let store = try kind.make()
        _ = try await store.store(indexed([Self.putinArticle]))
        let back = try #require(try await store.article(id: "seed-like"))
        #expect(back.title == Self.putinArticle.title)
        #expect(back.paragraphs == Self.putinArticle.paragraphs)
        #expect(back.source == "السومرية العراقية")
        #expect(back.readAlso == Self.putinArticle.readAlso)
        #expect(back.related == Self.putinArticle.related)
        #expect(back.published == Self.putinArticle.published)
        #expect(try await store.article(id: "missing") == nil)
        #expect(try await store.sources() == [SourceCount(source: "السومرية العراقية", articles: 1)])
    }

    @Test(arguments: StoreKind.allCases)
    func arabicMatchingAndOriginalSnippets(kind: StoreKind) async throws {
        let store = try kind.make()
        _ = try await store.store(indexed([Self.putinArticle] + (try antArticles(120))))
        for q in ["ببوتين", "بوتين", "اوتشاكوف", "والولايات", "مريخ OR الولايات", "للكرملين", "كرملين", "تدخل", "الصينيّ"] {
            let page = try await store.search(SearchRequest(q, limit: 50))
            #expect(page.hits.contains { $0.id == "seed-like" }, "\(q)")
        }
        let page = try await store.search(SearchRequest("ببوتين", limit: 5))
        let hit = try #require(page.hits.first { $0.id == "seed-like" })
        // The mark falls on the original words, even where the query's form differs.
        let marked = hit.snippet.marked()
        #expect(marked.contains("<mark>بوتين</mark>"))
        #expect(MarkedText(text: hit.title, spans: hit.titleMarks).marked().contains("<mark>وبوتين</mark>"))
    }

    @Test(arguments: StoreKind.allCases)
    func phrasesExclusionsFiltersAndPaging(kind: StoreKind) async throws {
        let store = try kind.make()
        let ant = try antArticles(150)
        _ = try await store.store(indexed([Self.putinArticle] + ant))
        #expect(try await store.search(SearchRequest(#""الزعيمين ناقشا""#)).hits.map(\.id) == ["seed-like"])
        #expect(try await store.search(SearchRequest(#""ناقشا الزعيمين""#)).hits.isEmpty)
        #expect(try await store.search(SearchRequest("بوتين -أوتشاكوف")).hits.allSatisfy { $0.id != "seed-like" })
        #expect(try await store.search(SearchRequest("بوتين", source: "alarabia")).hits.allSatisfy { $0.source == "alarabia" })
        let before = try await store.search(SearchRequest("بوتين", to: SearchQuery.parseDay("2024-01-01"), limit: 100))
        #expect(!before.hits.contains { $0.id == "seed-like" })
        // Paging: two pages of five are the first ten, in order, without overlap.
        let all = try await store.search(SearchRequest("في", limit: 10))
        let p1 = try await store.search(SearchRequest("في", limit: 5))
        let p2 = try await store.search(SearchRequest("في", limit: 5, offset: 5))
        #expect(p1.hits.map(\.id) + p2.hits.map(\.id) == all.hits.map(\.id))
        #expect(all.total ?? 0 > 10)
        #expect(all.hits.map(\.score) == all.hits.map(\.score).sorted(by: >))
    }

    @Test(arguments: StoreKind.allCases)
    func hostileQueriesNeverReachSQL(kind: StoreKind) async throws {
        let store = try kind.make()
        _ = try await store.store(indexed([Self.putinArticle]))
        let hostile = [#"""#, #""بوتين"#, "*", "NEAR(بوتين شي)", "بوتين AND OR NOT", "'; DROP TABLE articles; --", "col:بوتين",
                       "^بوتين", "{title_exact}: بوتين", String(repeating: "بوتين ", count: 2000), "بوتين\u{0000}", "(((", "-"]
        for q in hostile {
            do {
                _ = try await store.search(SearchRequest(q))
            } catch let e as SearchError {
                #expect(e == .nothingToSearch, "\(q)")
            }
        }
        #expect(try await store.count() == 1)
        await #expect(throws: SearchError.nothingToSearch) { try await store.search(SearchRequest("-بوتين")) }
        await #expect(throws: SearchError.nothingToSearch) { try await store.search(SearchRequest("source:x ،")) }
    }
}
