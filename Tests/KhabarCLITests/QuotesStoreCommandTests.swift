import Foundation
import Testing

/// `khabar quotes ID` and `khabar quotes --speaker NAME` against a store filled from ANT lines
/// and the seed page.
@Suite struct QuotesStoreCommandTests {
    struct StoredLine: Decodable {
        var source: String
        var quote: QuotesCommandTests.Line.Q
        var text: String
        var article: String
        var position: Int
    }

    /// A new store with the first 40 ANT records and the seed; returns its path and the seed's id.
    static func filledStore() throws -> (db: String, seedID: String) {
        let db = StoreCommandTests.dbPath()
        let sample = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-cli-\(UUID().uuidString).jsonl")
        try (try CLI.antLines(40).joined(separator: "\n") + "\n").write(to: sample, atomically: true, encoding: .utf8)
        let ingest = try CLI.run(["ingest", sample.path, QuotesCommandTests.seed.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let search = try CLI.run(["search", "يوري أوتشاكوف", "--db", db, "--json"])
        let first = try JSONSerialization.jsonObject(with: Data(search.stdout.split(separator: "\n")[0].utf8)) as! [String: Any]
        return (db, first["id"] as! String)
    }

    func lines(_ r: CLI.Result) throws -> [StoredLine] {
        try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(StoredLine.self, from: Data($0.utf8)) }
    }

    @Test func storedArticleGivesBackTheSeedsQuotes() throws {
        let (db, id) = try Self.filledStore()
        let r = try CLI.run(["quotes", id, "--db", db, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let stored = try lines(r)
        #expect(stored.allSatisfy { $0.article == id })
        // Every item of the seed's expected "quotes" section, as `everySeedQuoteHolds` checks the page.
        let expected = try JSONDecoder().decode(QuotesCommandTests.Expected.self, from: Data(contentsOf: QuotesCommandTests.expected))
        let checker = QuotesCommandTests()
        var carried: String? = nil
        for item in expected.quotes.items {
            let source = item.where == "read_also" ? "readAlso[0]" : "body"
            let mine = stored.filter { $0.source == source }
            let asPage = mine.map { QuotesCommandTests.Line(source: $0.source, quote: $0.quote, text: $0.text) }
            if let s = item.speaker_surface { carried = s }
            let found = checker.find(item, in: asPage.enumerated().map { ($0.offset, $0.element) }, carried: carried)
            #expect(found != nil, "missing from the store: \(item.cue) \(item.text_contains)")
            guard let (index, _) = found else { continue }
            for inner in item.nested ?? [] {
                // Stored parents are positions in the article's whole list.
                let children = mine.filter { $0.quote.parent == mine[index].position }
                    .map { QuotesCommandTests.Line(source: $0.source, quote: $0.quote, text: $0.text) }
                #expect(checker.find(inner, in: children.enumerated().map { ($0.offset, $0.element) }, carried: nil) != nil,
                        "missing nested: \(inner.cue) \(inner.text_contains)")
            }
        }
        // The stored list is the page's list.
        let page = try checker.seedLines()
        #expect(page.map(\.text) == stored.map(\.text))
        #expect(page.map(\.source) == stored.map(\.source))

        let readable = try CLI.run(["quotes", id, "--db", db])
        #expect(readable.stdout.contains("يوري أوتشاكوف →"))
        let missing = try CLI.run(["quotes", "no-such-article", "--db", db])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no stored article"))
    }

    @Test func speakerAcrossTheStoreUnderAnotherSpelling() throws {
        let (db, id) = try Self.filledStore()
        let r = try CLI.run(["quotes", "--speaker", "اوتشاكوف", "--db", db, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let found = try lines(r)
        #expect(found.filter { $0.article == id && $0.source == "body" && $0.quote.parent == nil }.count == 5)
        #expect(found.allSatisfy { $0.quote.speaker?.contains("أوتشاكوف") == true })

        let readable = try CLI.run(["quotes", "--speaker", "المستشار أوتشاكوف", "--db", db])
        #expect(readable.stdout.hasPrefix("\(found.count) quotes\n"))
        let paged = try CLI.run(["quotes", "--speaker", "اوتشاكوف", "--limit", "2", "--db", db, "--json"])
        #expect(try lines(paged).count == 2)
        let later = try CLI.run(["quotes", "--speaker", "اوتشاكوف", "--from", "2100-01-01", "--db", db, "--json"])
        #expect(later.status == 0)
        #expect(later.stdout.isEmpty)

        let titleOnly = try CLI.run(["quotes", "--speaker", "الرئيس", "--db", db])
        #expect(titleOnly.status == 65)
        let badDay = try CLI.run(["quotes", "--speaker", "اوتشاكوف", "--from", "yesterday", "--db", db])
        #expect(badDay.status != 0)
        #expect(try CLI.run(["quotes", "x", "--speaker", "اوتشاكوف", "--db", db]).status != 0)
    }
}
