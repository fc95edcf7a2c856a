import ArgumentParser
import Foundation
import NewsModel
import Storage

/// `khabar stories [ID]`: stories (one event covered by several articles), or one story's members.
struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List stories (articles about one event across outlets), newest first, or show one story.",
        discussion: """
            Ingest groups each new article with the most similar article of a ±3-day window (cosine of \
            title and lead tf·idf terms ≥ 0.30) or starts a new story. Without ID: each story's id, label \
            (its most central title), outlets, time span and article count. With ID: its members in time \
            order and, for each, the score and shared terms that made it join. --json prints JSON lines \
            (one per story; with ID one line for the story with its members).
            """
    )

    @Argument(help: "A story id: show its members and why each joined.")
    var id: Int64?

    @Option(help: "Only stories with an article on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only stories with an article on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only stories with an article from an outlet whose name contains this.")
    var source: String?

    @Option(help: "Only stories with at least this many articles.")
    var minArticles = 2

    @Option(help: "At most this many stories.")
    var limit = 20

    @OptionGroup var store: StoreOptions

    @Flag(help: "JSON lines.")
    var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
        guard minArticles > 0 else { throw ValidationError("--min-articles must be positive") }
    }

    func run() async throws {
        let db = try store.open(mustExist: true)
        if let id {
            guard let detail = try await db.story(id: id) else {
                stderrLine("khabar: no story with id \(id)")
                throw ExitCode.failure
            }
            if json {
                print(String(decoding: try JSONEncoder.khabar.encode(detail), as: UTF8.self))
                return
            }
            print(line(detail.summary))
            for m in detail.members {
                let meta = [m.id, m.source, m.published?.isoDay].compactMap { $0 }.joined(separator: " · ")
                print("  \(meta)\n      \(m.title)")
                if let matched = m.matchedID {
                    print("      joined: " + String(format: "%.2f", m.score) + " with \(matched); shared: "
                          + m.sharedTerms.joined(separator: "، "))
                } else {
                    print("      started the story")
                }
            }
            return
        }
        func day(_ s: String?, end: Bool) throws -> Date? {
            guard let s else { return nil }
            guard let d = SearchQuery.parseDay(s, endOfDay: end) else {
                throw ValidationError("expected a date like 2018-02-18, got \(s)")
            }
            return d
        }
        let request = StoryRequest(from: try day(from, end: false), to: try day(to, end: true), source: source,
                                   minArticles: minArticles, limit: limit)
        let stories = try await db.stories(request)
        for s in stories {
            if json {
                print(String(decoding: try JSONEncoder.khabar.encode(s), as: UTF8.self))
            } else {
                print(line(s))
            }
        }
        if !json { print("stories=\(stories.count)") }
    }

    private func line(_ s: StorySummary) -> String {
        let span = s.first.isoDay == s.last.isoDay ? s.first.isoDay : "\(s.first.isoDay)…\(s.last.isoDay)"
        return "\(s.id)  \(s.articleCount) articles · \(span) · \(s.sources.joined(separator: ", "))\n      \(s.label)"
    }
}
