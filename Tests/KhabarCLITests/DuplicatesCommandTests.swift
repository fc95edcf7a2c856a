import Foundation
import Testing

@Suite struct DuplicatesCommandTests {
    /// A small corpus: the first 40 ANT articles written to a temporary JSON-lines file.
    static func smallCorpus() throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-dup-\(UUID().uuidString).jsonl")
        try (CLI.antLines(40).joined(separator: "\n") + "\n").write(to: out, atomically: true, encoding: .utf8)
        return out
    }

    @Test func evalDuplicatesRunsEndToEnd() throws {
        let corpus = try Self.smallCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let pairs = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-pairs-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: pairs) }
        try """
            s1,s2,stance
            ماكرون يحث بوتين على التعقل,ماكرون يحث بوتين على التعقّل,agree
            "الدولار قرب أعلى مستوى, والذهب يستقر",الذهب يهبط بحدة في آسيا,disagree
            """.write(to: pairs, atomically: true, encoding: .utf8)
        let r = try CLI.run(["eval", "duplicates", "--corpus", corpus.path, "--pairs", pairs.path, "--sample", "4"])
        #expect(r.status == 0, "\(r.stderr)")
        let last = try #require(r.stdout.split(separator: "\n").last)
        #expect(last.hasPrefix("f1="))
        #expect(last.contains("pairs_f1=1.000"))
        #expect(last.contains("perturbations=24"))
    }

    @Test func evalDuplicatesReportsAMissingFile() throws {
        let r = try CLI.run(["eval", "duplicates", "--corpus", "/nonexistent/ant.jsonl.gz", "--pairs", "none"])
        #expect(r.status == 66)
    }

    @Test func benchDuplicatesRunsOnASmallInput() throws {
        let corpus = try Self.smallCorpus()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let r = try CLI.run(["bench", "duplicates", corpus.path, "--copies", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let last = try #require(r.stdout.split(separator: "\n").last)
        #expect(last.hasPrefix("articles_per_s="))
        #expect(last.contains("articles=80"))
        #expect(last.contains("copy_recall=1.0000"))
    }
}
