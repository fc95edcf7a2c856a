import Foundation
import Testing

/// `khabar extract` and `khabar eval extraction`, run as a user would.
@Suite struct ExtractCommandTests {
    static let seed = CLI.shared.appendingPathComponent("fixtures/000_4b46f3481c6e6e4c.txt").path

    @Test func seedAsJSONUsesTheContractNames() throws {
        let r = try CLI.run(["extract", Self.seed])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        for key in ["id", "url", "canonicalURL", "source", "title", "titleInferred", "lead", "paragraphs", "body",
                    "published", "authors", "language", "readAlso", "related", "warnings"] {
            #expect(json.keys.contains(key), "missing \(key)")
        }
        #expect(json["source"] as? String == "السومرية العراقية")
        #expect((json["paragraphs"] as? [String])?.count == 6)
        #expect(json["titleInferred"] as? Bool == true)
    }

    @Test func textFormatFromStdin() throws {
        let r = try CLI.run(["extract", "-", "--text", "--format", "text"], stdin: try Data(contentsOf: URL(fileURLWithPath: Self.seed)))
        #expect(r.status == 0, "\(r.stderr)")
        let parts = r.stdout.components(separatedBy: "\n\n")
        #expect(parts.count >= 7)
        #expect(parts[1].hasPrefix("عبر الرئيسان الصيني شي جينبينغ"))
        #expect(!r.stdout.contains("مقالات مشابهة"))
    }

    @Test func exitCodes() throws {
        #expect(try CLI.run(["extract", "/no/such/page.html"]).status == 66)
        let empty = try CLI.run(["extract", "-"], stdin: Data())
        #expect(empty.status == 65)
        #expect(empty.stderr.contains("empty"))
        let binary = try CLI.run(["extract", "-"], stdin: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]))
        #expect(binary.status == 65)
        let big = try CLI.run(["extract", "-", "--max-bytes", "10"], stdin: Data("<p>more than ten bytes</p>".utf8))
        #expect(big.status == 65)
        #expect(big.stderr.contains("limit"))
    }

    @Test func evalExtractionEndsWithOneSummaryLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-eval-\(UUID().uuidString)")
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = CLI.shared.appendingPathComponent("data/extraction")
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: source.appendingPathComponent("gold.json"))) as! [String: Any]
        var subset: [String: Any] = [:]
        for key in gold.keys.sorted().prefix(3) {
            let entry = gold[key] as! [String: Any]
            let file = entry["file"] as! String
            try FileManager.default.copyItem(at: source.appendingPathComponent("pages/\(file).gz"),
                                             to: pages.appendingPathComponent("\(file).gz"))
            subset[key] = entry
        }
        try JSONSerialization.data(withJSONObject: subset).write(to: dir.appendingPathComponent("gold.json"))
        let r = try CLI.run(["eval", "extraction", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let last = try #require(r.stdout.split(separator: "\n").last)
        #expect(last.hasPrefix("f1="))
        for key in ["precision=", "recall=", "pages=3", "pages_per_s="] { #expect(last.contains(key)) }
        #expect(try CLI.run(["eval", "extraction", "/no/such/dir"]).status == 66)
    }
}
