import ArgumentParser
import Foundation
import NewsModel
import Storage

extension SearchOrder: ExpressibleByArgument {}

/// `khabar search QUERY`: Arabic-aware full-text search.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the store: clitics, spelling variants, diacritics and tatweel are matched.",
        discussion: """
            Query language: words (all must match), "exact phrase", -exclude, a OR b, prefix*, and the \
            filters source:NAME category:NAME from:YYYY-MM-DD to:YYYY-MM-DD. With --json, one JSON line per \
            result: id, url, title, source, published, score, snippet {text, spans}.
            """
    )

    @Argument(parsing: .allUnrecognized, help: "The query (words starting with '-' are exclusions, not options).")
    var query: [String]

    @OptionGroup var store: StoreOptions

    @Option(help: "Only articles from this outlet.")
    var source: String?

    @Option(help: "Only articles published on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only articles published on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Order: news (text relevance lifted for fresh articles), relevance (text alone), newest.")
    var sort: SearchOrder = .news

    @Option(help: "Results per page (1–100).")
    var limit = 10

    @Option(help: "Results to skip (paging).")
    var offset = 0

    @Flag(help: "One JSON line per result.")
    var json = false

    func run() async throws {
        func day(_ s: String?, end: Bool) throws -> Date? {
            guard let s else { return nil }
            guard let d = SearchQuery.parseDay(s, endOfDay: end) else {
                throw ValidationError("expected a date like 2018-02-18, got \(s)")
            }
            return d
        }
        let request = SearchRequest(query.joined(separator: " "), source: source, from: try day(from, end: false),
                                    to: try day(to, end: true), order: sort, limit: limit, offset: offset)
        let db = try store.open(mustExist: true)
        let page: SearchPage
        do { page = try await db.search(request) } catch let e as SearchError {
            stderrLine("khabar: \(e)")
            throw KhabarExit.badInput
        }
        var out = StandardOutput()
        for w in page.warnings { stderrLine("khabar: \(w)") }
        if json {
            let enc = JSONEncoder.khabar
            for hit in page.hits {
                out.write(String(decoding: try enc.encode(hit), as: UTF8.self))
            }
        } else {
            out.write("\(page.total.map(String.init) ?? "?") results" + (offset > 0 ? " (from \(offset + 1))" : ""))
            for (i, hit) in page.hits.enumerated() {
                out.write("")
                out.write("\(offset + i + 1). \(MarkedText(text: hit.title, spans: hit.titleMarks).marked())")
                var meta = [hit.id, hit.source ?? "", hit.published?.isoDay ?? "", String(format: "score %.2f", hit.score)]
                meta.removeAll { $0.isEmpty }
                out.write("   " + meta.joined(separator: " · "))
                out.write("   " + hit.snippet.marked().replacingOccurrences(of: "\n", with: " "))
            }
        }
        out.flush()
    }
}
