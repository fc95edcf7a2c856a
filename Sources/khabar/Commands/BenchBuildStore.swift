import ArgumentParser
import Foundation
import Ingest
import Storage

/// `khabar bench build-store`: a large store for the search benchmark, from one corpus several times.
struct BenchBuildStore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-store",
        abstract: "Build a large store for `bench search` by ingesting a JSON-lines corpus several times with distinct ids.",
        discussion: """
            Copy 0 is the corpus as is; copy N (N ≥ 1) appends `?copy=N` (or `&copy=N`) to every record's \
            url, so every copy has its own article ids (ids come from the url). Each copy goes through the \
            real ingest pipeline (a temporary JSON-lines file per copy). ANT ×4 gives 126,100 articles.
            """
    )

    @Argument(help: "JSON lines (gzip'ed or not) with a `url` per record.")
    var corpus = "../shared/data/ant/ant-v2.1.jsonl.gz"

    @Option(help: "How many copies of the corpus to ingest.")
    var copies = 4

    @OptionGroup var store: StoreOptions

    func run() async throws {
        guard FileManager.default.fileExists(atPath: corpus) else {
            stderrLine("khabar: no such file: \(corpus)")
            throw KhabarExit.missingFile
        }
        let db = try store.open()
        let pipeline = IngestPipeline(store: db)
        var read = 0, stored = 0, failed = 0
        let start = Date()
        for copy in 0..<max(1, copies) {
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-copy-\(copy)-\(UUID().uuidString).jsonl")
            defer { try? FileManager.default.removeItem(at: tmp) }
            try BenchBuildStore.writeCopy(of: corpus, copy: copy, to: tmp)
            let summary = try await pipeline.run(try InputWalker(paths: [tmp.path]))
            read += summary.read
            stored += summary.stored
            failed += summary.failed
            stderrLine("khabar: copy \(copy): \(summary.stored) new, \(summary.alreadyPresent) already present, \(summary.failed) failed")
        }
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "articles=%d read=%d new=%d failed=%d copies=%d seconds=%.1f items_per_s=%.0f",
                     try await db.count(), read, stored, failed, copies, seconds, Double(read) / seconds))
    }

    /// Writes `corpus` with every url made distinct for `copy` (unchanged for copy 0).
    static func writeCopy(of corpus: String, copy: Int, to url: URL) throws {
        let reader = try LineReader(path: corpus)
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let out = try FileHandle(forWritingTo: url)
        defer { try? out.close() }
        var buffer = Data()
        while let line = try reader.nextLine() {
            var bytes = Data(line)
            if copy > 0, var o = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any], let u = o["url"] as? String {
                o["url"] = u + (u.contains("?") ? "&" : "?") + "copy=\(copy)"
                bytes = try JSONSerialization.data(withJSONObject: o)
            }
            buffer.append(bytes)
            buffer.append(0x0A)
            if buffer.count > 1 << 22 { out.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        out.write(buffer)
    }
}
