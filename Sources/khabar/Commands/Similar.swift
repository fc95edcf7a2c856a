import ArgumentParser
import Foundation
import Ingest
import NewsModel
import Storage

/// `khabar similar ID`: the most similar other articles, each with its reason.
struct SimilarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "List the stored articles most similar to one article, each with its score and shared terms.",
        discussion: """
            A "more like this" query of the article's heaviest tf·idf terms against the full-text index, \
            re-scored by the cosine of term vectors. The article's own duplicates are left out; results that \
            are duplicates of each other or carry the same title (typos, moved spaces) are folded into one \
            (listed as "also"); items the article already shows (its read-also teasers) are left out. \
            With --json, one JSON line per result: id, title, source, url, published, score, sharedTerms, alsoIDs.
            """
    )

    @Argument(help: "The article id (from search results).")
    var id: String

    @Option(help: "At most this many results.")
    var limit = 10

    @OptionGroup var store: StoreOptions

    @Flag(help: "One JSON line per result.")
    var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() async throws {
        let db = try store.open(mustExist: true)
        guard try await db.article(id: id) != nil else {
            stderrLine("khabar: no article with id \(id)")
            throw ExitCode.failure
        }
        let results = try await SimilarArticleList().similar(to: id, limit: limit, in: db)
        for r in results {
            if json {
                print(String(decoding: try JSONEncoder.khabar.encode(r), as: UTF8.self))
                continue
            }
            let meta = [r.id, r.source, r.published?.isoDay, String(format: "score %.2f", r.score)].compactMap { $0 }
            print(meta.joined(separator: " · ") + "\n      " + r.title)
            print("      shared: " + r.sharedTerms.joined(separator: "، ") + (r.alsoIDs.isEmpty ? "" : "; also: " + r.alsoIDs.joined(separator: ", ")))
        }
        if !json { print("similar=\(results.count)") }
    }
}
