import ArgumentParser
import Foundation
import Ingest
import NewsModel
import Storage

/// `khabar demo`: a demo database from the bundled sample, then a few example searches.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a demo database from the bundled sample (the seed page and 316 ANT articles), run example searches, serve it.",
        discussion: """
            The database is built only when missing (or with --rebuild); the examples show Arabic-aware matching;             then the web reader and API are served on --host/--port until interrupted (--no-serve to stop after the examples).
            """
    )

    @Option(help: "Where to keep the demo database.")
    var db = "khabar-demo.db"

    @Flag(help: "Rebuild the demo database even if it exists.")
    var rebuild = false

    @Flag(help: "Only build the database and run the example searches; do not serve.")
    var noServe = false

    @Option(help: "Address to serve on.")
    var host = "127.0.0.1"

    @Option(help: "Port to serve on.")
    var port = 8080

    @OptionGroup var token: WriteTokenOptions

    /// Queries that show what the analyzer does: clitics, spelling variants, phrases, filters.
    static let examples = [
        "ببوتين", "أمريكا", "اوتشاكوف", "\"نظام عالمي\"", "الصين -روسيا", "source:BBC ترامب",
    ]

    func run() async throws {
        if rebuild {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        }
        let exists = FileManager.default.fileExists(atPath: db)
        let store = try StoreOptions.open(path: db)
        if !exists {
            guard let sample = Bundle.module.url(forResource: "demo-sample", withExtension: "jsonl.gz") else {
                stderrLine("khabar: the demo sample is missing from this build")
                throw ExitCode.failure
            }
            let summary = try await IngestPipeline(store: store).run(try InputWalker(paths: [sample.path]))
            print("Built \(db): \(summary.stored) articles in \(String(format: "%.1f", summary.seconds)) s.")
        } else {
            print("Using \(db) (\(try await store.count()) articles; --rebuild to start over).")
        }
        for q in Demo.examples {
            let page = try await store.search(SearchRequest(q, limit: 3))
            print("\n$ khabar search --db \(db) '\(q)'   → \(page.total ?? page.hits.count) results")
            for hit in page.hits {
                print("  • " + MarkedText(text: hit.title, spans: hit.titleMarks).marked(open: "[", close: "]"))
                print("    " + hit.snippet.marked(open: "[", close: "]").replacingOccurrences(of: "\n", with: " "))
            }
        }
        print("\nTry: khabar search --db \(db) QUERY   ·   khabar show --db \(db) ID")
        if !noServe {
            print("")
            try await Serve.serve(store, host: host, port: port, writeToken: try token.token())
        }
    }
}
