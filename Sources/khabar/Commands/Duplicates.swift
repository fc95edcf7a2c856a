import ArgumentParser
import Foundation
import NewsModel
import Storage

/// `khabar duplicates ID`: the duplicate group of a stored article ("also published by").
struct DuplicatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Show the duplicate group of a stored article: its canonical article and every copy.",
        discussion: """
            The canonical article is the group's earliest published one (ties: the longest body). Every \
            copy stays stored with its own source, URL and date. With --json, one JSON line per article: \
            id, title, source, url, published, similarity, kind (canonical, exact or near).
            """
    )

    @Argument(help: "The article id (from search results).")
    var id: String

    @OptionGroup var store: StoreOptions

    @Flag(help: "One JSON line per article of the group.")
    var json = false

    func run() async throws {
        let db = try store.open(mustExist: true)
        guard try await db.article(id: id) != nil else {
            stderrLine("khabar: no article with id \(id)")
            throw ExitCode.failure
        }
        let group = try await db.duplicates(of: id)
        if json {
            for link in group { print(String(decoding: try JSONEncoder.khabar.encode(link), as: UTF8.self)) }
            return
        }
        guard let canonical = group.first else {
            print("\(id): no duplicates")
            return
        }
        print("canonical: " + line(canonical))
        for link in group.dropFirst() {
            print("  \(link.kind.rawValue) " + String(format: "%.2f", link.similarity) + "  " + line(link))
        }
        print("duplicates=\(group.count - 1)")
    }

    private func line(_ link: DuplicateLink) -> String {
        let meta = [link.id, link.source, link.published?.isoDay, link.url].compactMap { $0 }
        return meta.joined(separator: " · ") + "\n      " + link.title
    }
}
