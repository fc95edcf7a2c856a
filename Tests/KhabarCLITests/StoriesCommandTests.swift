import Foundation
import Testing

/// `khabar stories` and `khabar similar`, end to end, on a real store of ANT articles, the
/// seed page, a copy of the seed and the items of the seed's related list.
@Suite(.serialized) struct StoriesCommandTests {
    static let seed = CLI.shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt")

    /// The related-list titles of the seed page (its "مقالات مشابهة"), as Khabar extracts them.
    static func relatedTitles() throws -> [String] {
        let r = try CLI.run(["extract", seed.path])
        let article = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        return (article["related"] as! [[String: Any]]).map { $0["title"] as! String }
    }

    static func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    /// A store with 300 ANT articles, the seed, an undated copy of the seed at another address,
    /// and each related-list item as an article of its own; returns the path and the seed's id.
    static func filledStore() throws -> (db: String, seedID: String, copyID: String) {
        let body = try String(contentsOf: seed, encoding: .utf8)
        var lines = try CLI.antLines(300)
        lines.append(try line(["url": "https://copies.example/seed", "source": "copies", "text": body]))
        for (i, title) in try relatedTitles().enumerated() {
            lines.append(try line(["url": "https://related.example/\(i)", "source": "related", "title": title, "text": title]))
        }
        let sample = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-cli-stories-\(UUID().uuidString).jsonl")
        try lines.joined(separator: "\n").write(to: sample, atomically: true, encoding: .utf8)
        let db = StoreCommandTests.dbPath()
        let ingest = try CLI.run(["ingest", sample.path, seed.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let seedID = try JSONSerialization.jsonObject(with: Data(try CLI.run(["extract", seed.path]).stdout.utf8)) as! [String: Any]
        let dups = try CLI.run(["duplicates", seedID["id"] as! String, "--db", db, "--json"])
        let copy = try dups.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
            .first { $0["source"] as? String == "copies" }
        return (db, seedID["id"] as! String, (copy?["id"] as? String) ?? "")
    }

    @Test func similarLeavesOutDuplicatesAndFoldsTheRelatedListToEightItems() throws {
        let (db, seedID, copyID) = try StoriesCommandTests.filledStore()
        #expect(!copyID.isEmpty, "the copy of the seed is linked as its duplicate")

        // A long limit: two related items share only "الولايات المتحدة" with the seed and rank
        // below many ANT articles, but they are still found (and told apart).
        let r = try CLI.run(["similar", seedID, "--db", db, "--limit", "300", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let results = try r.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let ids = results.map { $0["id"] as! String }
        #expect(!ids.contains(seedID))
        #expect(!ids.contains(copyID), "the seed's own duplicate is not similar, it is the same article")
        for result in results {
            #expect((result["score"] as! Double) > 0)
            #expect(!(result["sharedTerms"] as! [String]).isEmpty, "every result says why")
        }
        // The related list holds ten titles: two are one item (ثقله/ثفله) and one is the page's
        // own read-also teaser, so eight distinct items remain.
        let related = results.filter { $0["source"] as? String == "related" }.map { $0["title"] as! String }
        #expect(related.count == 8, "\(related)")
        #expect(related.filter { $0.hasPrefix("ماكرون يحث بوتين") }.count == 1)
        #expect(!related.contains { $0.hasPrefix("الكرملين: موسكو مستعدة") })

        let text = try CLI.run(["similar", seedID, "--db", db, "--limit", "3"])
        #expect(text.stdout.contains("shared: "))
        #expect(text.stdout.contains("similar=3"))
        #expect(try CLI.run(["similar", "no-such-id", "--db", db]).status == 1)
    }

    @Test func storiesListAndExplainTheirMembers() throws {
        let lines = try CLI.antLines(400)
        let sample = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-cli-stories-\(UUID().uuidString).jsonl")
        try lines.joined(separator: "\n").write(to: sample, atomically: true, encoding: .utf8)
        let db = StoreCommandTests.dbPath()
        #expect(try CLI.run(["ingest", sample.path, "--db", db]).status == 0)

        let list = try CLI.run(["stories", "--db", db, "--json", "--limit", "50"])
        #expect(list.status == 0, "\(list.stderr)")
        let stories = try list.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(!stories.isEmpty)
        for s in stories {
            #expect((s["articleCount"] as! Int) >= 2)
            #expect(!(s["label"] as! String).isEmpty)
            #expect(!(s["sources"] as! [String]).isEmpty)
        }
        let lasts = stories.map { $0["last"] as! String }
        #expect(lasts == lasts.sorted(by: >), "newest first")

        let id = stories[0]["id"] as! Int
        let detail = try CLI.run(["stories", String(id), "--db", db, "--json"])
        let story = try JSONSerialization.jsonObject(with: Data(detail.stdout.utf8)) as! [String: Any]
        let members = story["members"] as! [[String: Any]]
        #expect(members.count == stories[0]["articleCount"] as! Int)
        let joined = members.filter { $0["matchedID"] != nil }
        #expect(joined.count == members.count - 1, "every member but the first joined through another")
        for m in joined {
            #expect((m["score"] as! Double) >= 0.3)
            #expect(!(m["sharedTerms"] as! [String]).isEmpty)
        }
        let text = try CLI.run(["stories", String(id), "--db", db])
        #expect(text.stdout.contains("joined: "))
        #expect(text.stdout.contains("started the story"))

        let filtered = try CLI.run(["stories", "--db", db, "--from", "2030-01-01"])
        #expect(filtered.stdout.contains("stories=0"))
        #expect(try CLI.run(["stories", "999999", "--db", db]).status == 1)
        #expect(try CLI.run(["stories", "--db", db, "--from", "yesterday"]).status != 0)
    }
}
