import ArgumentParser
import Foundation
import NewsModel
import Storage

/// `khabar show ID`: one stored article.
struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a stored article: its text, teasers and metadata.")

    @Argument(help: "The article id (from search results).")
    var id: String

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print the article as JSON.")
    var json = false

    func run() async throws {
        let db = try store.open(mustExist: true)
        guard let a = try await db.article(id: id) else {
            stderrLine("khabar: no article with id \(id)")
            throw ExitCode.failure
        }
        if json {
            print(String(decoding: try JSONEncoder.khabar.encode(a), as: UTF8.self))
            return
        }
        print(a.title + (a.titleInferred ? "  [title inferred]" : ""))
        print([a.source, a.published?.isoDay, a.url].compactMap { $0 }.joined(separator: " · "))
        print("")
        print(a.body)
        for (label, teasers) in [("Read also", a.readAlso), ("Related", a.related)] where !teasers.isEmpty {
            print("\n\(label):")
            for t in teasers { print("  • " + t.title) }
        }
    }
}
