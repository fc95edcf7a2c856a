import Analysis
import Extraction
import Foundation
import NewsModel
import Testing

@Suite struct TitleGrouperTests {
    @Test func macronTitlesAreOneItem() {
        let a = "ماكرون يحث بوتين على التعقل.. ويطالب الرئيس الصيني بـالضغط بكل ثقله"
        let b = "ماكرون يحث بوتين على التعقل.. ويطالب الرئيس الصيني بـ الضغط بكل ثفله"
        #expect(TitleGrouper().isSameItem(a, b))
        #expect(!TitleGrouper().isSameItem(a, "رئيس مجلس النواب يبحث مع السفير الصيني العلاقات الثنائية بين بغداد وبكين"))
    }

    @Test func seedTeasersGroupAsExpected() throws {
        let url = ANTSample.shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt")
        let data = try Data(contentsOf: url)
        let article = try Extractor().extract(RawPage(bytes: Array(data), format: .text))
        let expectedURL = ANTSample.shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.expected.json")
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as! [String: Any]
        let duplicates = expected["duplicates"] as! [String: Any]
        let expectedGroups = Set((duplicates["groups"] as! [[String]]).map(Set.init))

        let titles = article.readAlso.map(\.title) + article.related.map(\.title)
        let repeated = TitleGrouper().groups(titles).filter { $0.count > 1 }
        #expect(Set(repeated.map { Set($0.map { titles[$0] }) }) == expectedGroups)

        // The related list repeats the read-also teaser: it is not a new item.
        let distinct = TitleGrouper().distinctItems(article.related.map(\.title), excluding: article.readAlso.map(\.title))
        #expect(distinct.count == duplicates["distinct_related_items_after_dedup"] as! Int)
        #expect(distinct == [0, 1, 3, 4, 6, 7, 8, 9])
    }
}
