import Analysis
import Extraction
import Foundation
import Ingest
import NewsModel
import Storage
import Testing

/// Near-duplicate detection wired into ingest: real ANT articles and perturbed copies of some of
/// them (`PerturbationGenerator`) go through `IngestPipeline`, and the store links each copy to its
/// original, in the same batch and across ingests.
@Suite struct DuplicateIngestTests {
    /// The first `n` ANT records as JSON objects.
    static func antRecords(_ n: Int) throws -> [[String: Any]] {
        let reader = try LineReader(path: sharedData.appendingPathComponent("ant/ant-v2.1.jsonl.gz").path)
        var out: [[String: Any]] = []
        while out.count < n, let line = try reader.nextLine() {
            out.append(try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any])
        }
        return out
    }

    static func write(_ records: [[String: Any]]) throws -> URL {
        let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-dupingest-\(UUID().uuidString).jsonl")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func id(_ record: [String: Any]) -> String {
        ArticleID.make(canonicalURL: nil, url: record["url"] as? String, body: record["text"] as? String ?? "")
    }

    /// A perturbed copy of `record` from another outlet, at another URL, undated (so it is never
    /// earlier than its original and never the canonical article).
    static func copy(of record: [String: Any], _ kind: Perturbation, number: Int) -> [String: Any] {
        var rng = SeededGenerator(seed: UInt64(number) + 11)
        var c = record
        c["url"] = "https://copies.example/\(number)"
        c["source"] = "copies"
        c["text"] = PerturbationGenerator().perturb(record["text"] as! String, kind, rng: &rng, otherTitle: "عنوان مقال آخر")
        c.removeValue(forKey: "published")
        c.removeValue(forKey: "id")
        return c
    }

    @Test func copiesAreLinkedToTheirOriginalsAndNothingElseIs() async throws {
        let originals = try Self.antRecords(40)
        let long = originals.indices.filter { (originals[$0]["text"] as! String).count > 600 }
        try #require(long.count >= 12)
        // Not `.boilerplateWrapper`: the plain-text extractor rejects a page whose first line is a
        // read-also marker ("no article text found") before duplicate detection sees it.
        let kinds = Perturbation.allCases.filter { $0 != .boilerplateWrapper }
        // Six copies in the same batch as their originals, six more in a later ingest.
        let sameBatch = long.prefix(6).enumerated().map { (n, i) in (i, Self.copy(of: originals[i], kinds[n % kinds.count], number: n)) }
        let later = long.dropFirst(6).prefix(6).enumerated().map { (n, i) in (i, Self.copy(of: originals[i], kinds[n % kinds.count], number: 100 + n)) }
        let disclaimer = "جميع المقالات المنشورة تمثل رأي كتابها فقط"
        let boilerplate: [[String: Any]] = (0..<3).map {
            ["url": "https://opinion.example/\($0)", "source": "alarabia", "title": "مقال رأي \($0)", "text": disclaimer]
        }

        let store = try temporaryStore()
        let first = try await IngestPipeline(store: store).run(
            try InputWalker(paths: [try Self.write(originals + sameBatch.map(\.1) + boilerplate).path]))
        #expect(first.failed == 0, "\(first.failures)")
        let second = try await IngestPipeline(store: store).run(try InputWalker(paths: [try Self.write(later.map(\.1)).path]))
        #expect(second.stored == 6)
        #expect(second.duplicates == 6)

        var linked = Set<String>()
        for (i, copy) in sameBatch + later {
            let group = try await store.duplicates(of: Self.id(copy))
            #expect(group.first?.id == Self.id(originals[i]), "copy of \(i) (\(copy["url"]!)) links to its original")
            #expect(group.first?.kind == .canonical)
            let member = try #require(group.first { $0.id == Self.id(copy) })
            #expect(member.source == "copies" && member.url == copy["url"] as? String)
            #expect(member.similarity >= FingerprintParameters.default.threshold)
            // Seen from the original, the group is the same.
            #expect(try await store.duplicates(of: Self.id(originals[i])).map(\.id) == group.map(\.id))
            for l in group { linked.insert(l.id) }
        }
        // ANT files some articles twice (same text under two ids): those are duplicates too. Any
        // other original stays alone.
        let copiedTexts = Set((sameBatch + later).map { originals[$0.0]["text"] as! String })
        for r in originals where !copiedTexts.contains(r["text"] as! String) {
            let group = try await store.duplicates(of: Self.id(r))
            let texts = Set(originals.filter { o in group.contains { $0.id == Self.id(o) } }.map { $0["text"] as! String })
            #expect(texts.count <= 1, "\(Self.id(r)) is grouped only with copies of its own text")
        }
        #expect(first.duplicates >= 6)
        // Boilerplate-only bodies get no fingerprint: never linked.
        for b in boilerplate {
            #expect(try await store.duplicates(of: Self.id(b)).isEmpty)
        }

        // Re-ingest: idempotent, nothing new, no new links.
        let again = try await IngestPipeline(store: store).run(
            try InputWalker(paths: [try Self.write(originals + sameBatch.map(\.1) + boilerplate + later.map(\.1)).path]))
        #expect(again.stored == 0 && again.duplicates == 0)
        #expect(again.alreadyPresent == again.read)
        #expect(try await store.duplicates(of: Self.id(later[0].1)).count == 2)
    }

    @Test func anEarlierArticleBecomesTheCanonicalOne() async throws {
        let record = try #require(try Self.antRecords(10).first { ($0["text"] as! String).count > 600 })
        var late = record
        late["url"] = "https://late.example/1"
        late["published"] = "Sun, 18 Mar 2018 10:00:00 +0000"
        var early = record
        early["url"] = "https://early.example/1"
        early["published"] = "Sun, 18 Feb 2018 10:00:00 +0000"
        var earliest = record
        earliest["url"] = "https://earliest.example/1"
        earliest["published"] = "Sun, 11 Feb 2018 10:00:00 +0000"
        let store = try temporaryStore()
        _ = try await IngestPipeline(store: store).run(try InputWalker(paths: [try Self.write([late, early]).path]))
        #expect(try await store.duplicates(of: Self.id(late)).map(\.id) == [Self.id(early), Self.id(late)])
        let summary = try await IngestPipeline(store: store).run(try InputWalker(paths: [try Self.write([earliest]).path]))
        #expect(summary.duplicates == 1)
        let group = try await store.duplicates(of: Self.id(late))
        #expect(group.map(\.id) == [Self.id(earliest), Self.id(early), Self.id(late)])
        #expect(group.dropFirst().allSatisfy { $0.kind == .exact && $0.similarity == 1 })
    }
}
