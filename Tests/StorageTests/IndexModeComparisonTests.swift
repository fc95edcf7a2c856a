import GRDB
import Foundation
import Testing
@testable import Storage

@Suite struct IndexModeComparisonTests {
    @Test func bothIndexModesIndexAndAnswer() throws {
        let articles = try antArticles(30).map { (title: $0.title, body: $0.body) }
        let r = try IndexModeComparison().run(articles: articles, queries: ["بوتين", "ما هي عاصمة روسيا", "في"])
        #expect(r.articles == 30)
        #expect(r.queries == 2)  // the stop-word-only query is skipped
    }

    @Test func tokenizerReportsFoldedFormsAndStemsAtOriginalOffsets() throws {
        var config = GRDB.Configuration()
        config.prepareDatabase { db in db.add(tokenizer: ArabicFTS5Tokenizer.self) }
        let q = try DatabaseQueue(configuration: config)
        try q.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='\(ArabicFTS5Tokenizer.name)')")
            try db.execute(sql: "INSERT INTO t(rowid, body) VALUES (1, 'اتصل ماكرون ببوتين أمس')")
            // The clitic form is found by its stem, and highlight() marks the original bytes.
            let h = try String.fetchOne(db, sql: "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '\"بوتين\"'")
            #expect(h == "اتصل ماكرون [ببوتين] أمس")
        }
    }
}
