import Foundation
import Testing
@testable import Storage

@Suite struct QueryParserTests {
    @Test func wordsPhrasesExclusionsOrAndPrefix() {
        let q = SearchQuery(parsing: #"بوتين "نظام عالمي" -روسيا الصين OR بكين كرمل*"#)
        #expect(q.required == [[.word("بوتين")], [.phrase("نظام عالمي")], [.word("الصين"), .word("بكين")], [.prefix("كرمل")]])
        #expect(q.excluded == [.word("روسيا")])
    }

    @Test func filtersWithQuotedValuesAndDates() throws {
        let q = SearchQuery(parsing: #"source:"سكاي نيوز" category:politics from:2018-02-01 to:2018-02 ترامب"#)
        #expect(q.source == "سكاي نيوز")
        #expect(q.category == "politics")
        #expect(q.from == SearchQuery.parseDay("2018-02-01"))
        let to = try #require(q.to)
        #expect(to > SearchQuery.parseDay("2018-02-28")! && to < SearchQuery.parseDay("2018-03-01")!)
        #expect(q.required == [[.word("ترامب")]])
    }

    @Test func hostileInputIsReadAsWords() {
        let q = SearchQuery(parsing: #"NEAR(a b) AND * "unbalanced"#)
        #expect(q.required == [[.word("NEAR(a")], [.word("b)")], [.word("AND")], [.word("*")], [.phrase("unbalanced")]])
        #expect(q.required.last == [.phrase("unbalanced")])
        let long = SearchQuery(parsing: String(repeating: "كلمة ", count: 3000))
        #expect(long.required.count == SearchQuery.maximumClauses)
        #expect(!long.warnings.isEmpty)
    }

    @Test func badDateIsAWarningNotAnError() {
        let q = SearchQuery(parsing: "from:yesterday خبر")
        #expect(q.from == nil)
        #expect(q.warnings.count == 1)
    }

    @Test func fts5ExpressionQuotesEverything() throws {
        let q = SearchQuery(parsing: #"NEAR AND a"b"#)
        let compiled = FTS5Query.compile(try AnalysedQuery(q, analyzer: .init()))
        // Every term sits inside a quoted FTS5 string; no bare operator survives.
        #expect(!compiled.contains(" NEAR "))
        #expect(compiled.contains("\"near\""))
        #expect(compiled.contains("\"and\""))
        #expect(compiled.contains("\"b\""))
    }
}
