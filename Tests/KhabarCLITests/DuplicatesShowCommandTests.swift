import Foundation
import Testing

/// `khabar ingest` folding duplicates and `khabar duplicates ID`, end to end.
@Suite struct DuplicatesShowCommandTests {
    @Test func ingestCountsDuplicatesAndTheCommandListsTheGroup() throws {
        let lines = try CLI.antLines(12)
        // Another outlet republishes the first article, undated, at its own address.
        var copy = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        let originalURL = copy["url"] as! String
        copy["url"] = "https://copies.example/first"
        copy["source"] = "copies"
        copy.removeValue(forKey: "published")
        copy.removeValue(forKey: "id")
        let copyLine = String(decoding: try JSONSerialization.data(withJSONObject: copy), as: UTF8.self)
        let sample = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-cli-dups-\(UUID().uuidString).jsonl")
        try (lines + [copyLine]).joined(separator: "\n").write(to: sample, atomically: true, encoding: .utf8)
        let db = StoreCommandTests.dbPath()

        let ingest = try CLI.run(["ingest", sample.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let folded = ingest.stdout.split(separator: " ").first { $0.hasPrefix("duplicates=") }.map { Int($0.dropFirst(11)) ?? 0 } ?? 0
        #expect(folded >= 1, "\(ingest.stdout)")

        let search = try CLI.run(["search", "أحلام وإليسا", "--source", "copies", "--db", db, "--json"])
        let hit = try JSONSerialization.jsonObject(with: Data(search.stdout.split(separator: "\n")[0].utf8)) as! [String: Any]
        let id = hit["id"] as! String

        let json = try CLI.run(["duplicates", id, "--db", db, "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let group = try json.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(group.count == 2)
        #expect(group.first?["kind"] as? String == "canonical")
        #expect(group.first?["url"] as? String == originalURL)
        #expect(group.last?["id"] as? String == id)
        #expect(group.last?["kind"] as? String == "exact")
        #expect(group.last?["source"] as? String == "copies")

        let text = try CLI.run(["duplicates", id, "--db", db])
        #expect(text.stdout.hasPrefix("canonical: "))
        #expect(text.stdout.contains("duplicates=1"))

        let again = try CLI.run(["ingest", sample.path, "--db", db])
        #expect(again.stdout.contains("new=0 duplicates=0"), "\(again.stdout)")

        let missing = try CLI.run(["duplicates", "no-such-id", "--db", db])
        #expect(missing.status == 1)
    }
}
