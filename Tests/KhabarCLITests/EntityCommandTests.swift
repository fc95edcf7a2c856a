import Foundation
import Testing

/// `entities`, `entity` and `search entity:` end to end on ANT records and the seed page.
@Suite struct EntityCommandTests {
    static let seed = CLI.shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt").path

    /// A database with 60 ANT records and the seed page; the seed's article id.
    static func store() throws -> (db: String, seedID: String) {
        let db = StoreCommandTests.dbPath()
        let sample = try StoreCommandTests.sampleFile()
        let ingest = try CLI.run(["ingest", sample.path, seed, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let search = try CLI.run(["search", "أوتشاكوف", "--db", db, "--json"])
        let first = try JSONSerialization.jsonObject(with: Data(search.stdout.split(separator: "\n")[0].utf8)) as! [String: Any]
        return (db, first["id"] as! String)
    }

    @Test func articleEntities() throws {
        let (db, seedID) = try Self.store()
        let text = try CLI.run(["entities", seedID, "--db", db])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("فلاديمير بوتين"))
        #expect(text.stdout.contains("وبوتين"))
        let json = try CLI.run(["entities", seedID, "--db", db, "--json"])
        let lines = json.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count >= 10)
        let china = try #require(lines.first { ($0["entity"] as! [String: Any])["name"] as? String == "الصين" })
        let texts = (china["mentions"] as! [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(texts.contains("الصيني"))
        let span = try #require((china["mentions"] as! [[String: Any]]).first?["span"] as? [String: Int])
        #expect(span["end"]! > span["start"]!)
        #expect(try CLI.run(["entities", "nope", "--db", db]).status == 1)
    }

    @Test func entityAcrossTheStore() throws {
        let (db, seedID) = try Self.store()
        let json = try CLI.run(["entity", "ببوتين", "--db", db, "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let detail = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect((detail["entity"] as! [String: Any])["name"] as? String == "فلاديمير بوتين")
        for key in ["articles", "mentions", "variants", "timeline", "latest", "cooccurring", "others"] { #expect(detail.keys.contains(key), "\(key)") }
        let variants = (detail["variants"] as! [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(variants.contains("بوتين") && variants.contains("وبوتين"))
        let latest = (detail["latest"] as! [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(latest.contains(seedID))

        let text = try CLI.run(["entity", "الصيني", "--db", db, "--by", "day"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("LOC\tالصين"))
        #expect(text.stdout.contains("co-occurring:"))

        let missing = try CLI.run(["entity", "نيكاراغوا", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no entity named"))
    }

    @Test func searchByEntity() throws {
        let (db, seedID) = try Self.store()
        for query in ["entity:ببوتين", "entity:\"فلاديمير بوتين\"", "الكرملين entity:بوتين"] {
            let r = try CLI.run(["search", query, "--db", db, "--json"])
            #expect(r.status == 0, "\(query): \(r.stderr)")
            #expect(r.stdout.contains(seedID), "\(query)")
        }
    }
}
