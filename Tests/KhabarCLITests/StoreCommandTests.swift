import Foundation
import Testing

/// `ingest`, `search`, `show` and `demo` end to end, on a small real sample.
@Suite struct StoreCommandTests {
    static func sampleFile(extraLines: [String] = []) throws -> URL {
        // The first 60 ANT records.
        var text = try CLI.antLines(60).joined(separator: "\n") + "\n"
        for l in extraLines { text += l + "\n" }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-cli-\(UUID().uuidString).jsonl")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func dbPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("khabar-cli-\(UUID().uuidString).db").path
    }

    @Test func ingestSearchShow() throws {
        let db = Self.dbPath()
        let sample = try Self.sampleFile(extraLines: ["{broken"])
        let seed = CLI.shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt").path
        let ingest = try CLI.run(["ingest", sample.path, seed, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("failed: khabar-cli-"))
        #expect(ingest.stdout.contains("failed=1"))
        #expect(ingest.stderr.isEmpty, "no progress output when stderr is not a terminal")

        let again = try CLI.run(["ingest", seed, "--db", db, "--json"])
        let summary = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as! [String: Any]
        #expect(summary["alreadyPresent"] as? Int == 1)
        #expect(summary["stored"] as? Int == 0)

        let search = try CLI.run(["search", "ببوتين", "--db", db, "--json"])
        #expect(search.status == 0, "\(search.stderr)")
        let first = try JSONSerialization.jsonObject(with: Data(search.stdout.split(separator: "\n")[0].utf8)) as! [String: Any]
        for key in ["id", "url", "title", "source", "published", "score", "snippet"] { #expect(first.keys.contains(key), "\(key)") }
        let snippet = first["snippet"] as! [String: Any]
        #expect(!(snippet["spans"] as! [[String: Int]]).isEmpty)

        let text = try CLI.run(["search", "اوتشاكوف", "--db", db])
        #expect(text.stdout.contains("<mark>أوتشاكوف</mark>"))

        let excluded = try CLI.run(["search", "بوتين", "-اوتشاكوف", "--db", db, "--json"])
        #expect(excluded.status == 0)
        #expect(!excluded.stdout.contains("السومرية"))

        let id = first["id"] as! String
        let show = try CLI.run(["show", id, "--db", db, "--json"])
        #expect(show.status == 0)
        let article = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as! [String: Any]
        for key in ["id", "url", "canonicalURL", "source", "title", "titleInferred", "lead", "paragraphs", "body", "published",
                    "authors", "language", "readAlso", "related", "warnings"] {
            #expect(article.keys.contains(key), "article field \(key)")
        }
        #expect(try CLI.run(["show", "nope", "--db", db]).status == 1)
    }

    @Test func dbFromEnvironmentAndMissingDatabase() throws {
        let db = Self.dbPath()
        #expect(try CLI.run(["search", "خبر", "--db", db]).status == 66)
        let seed = CLI.shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt").path
        #expect(try CLI.run(["ingest", seed], environment: ["KHABAR_DB": db]).status == 0)
        let r = try CLI.run(["search", "جينبينغ"], environment: ["KHABAR_DB": db])
        #expect(r.stdout.hasPrefix("1 results"))
        #expect(try CLI.run(["ingest", "/nonexistent.jsonl", "--db", db]).status == 66)
        #expect(try CLI.run(["search", "-خبر", "--db", db]).status == 65)
    }

    @Test func demoBuildsItsDatabaseAndSearches() throws {
        let db = Self.dbPath()
        let r = try CLI.run(["demo", "--db", db, "--no-serve"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Built \(db): 317 articles"))
        #expect(r.stdout.contains("[بوتين]"))
        let again = try CLI.run(["demo", "--db", db, "--no-serve"])
        #expect(again.stdout.contains("Using \(db) (317 articles"))
    }
}
