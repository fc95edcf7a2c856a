import Analysis
import ArgumentParser
import Extraction
import Foundation
import NewsModel

/// `khabar quotes FILE|-`: who said what in one page (plain text or HTML, through `Extractor`).
///
/// Quotes are found in the article body and in the text of each "read also" teaser; spans are
/// scalar offsets into that text. Storing quotes at ingest and `khabar quotes ID` /
/// `--speaker NAME` across the store are not built yet (they need the store's schema).
struct QuotesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the quotations of a page with their speakers.",
        discussion: """
            Reads FILE (or stdin with -), extracts the article (plain text or HTML) and prints speaker → words for \
            the body and each read-also teaser's text, or JSON lines with --json (spans are scalar offsets into \
            that text). Not yet: quotes stored at ingest, `khabar quotes ID` and `--speaker NAME` across the store.
            """
    )

    /// One line of `--json` output.
    struct Line: Encodable {
        /// `body`, or `readAlso[N]` for the text of the N-th teaser.
        var source: String
        var quote: Quote
        var speaker: String?
        var text: String
    }

    @Argument(help: "The page to read (plain text or HTML), or - for stdin.")
    var file: String = "-"

    @Flag(help: "Read the page as plain text.")
    var text = false

    @Flag(help: "Read the page as HTML.")
    var html = false

    @Flag(help: "Print one JSON object per quote (JSON lines).")
    var json = false

    func validate() throws {
        if html && text { throw ValidationError("--html and --text exclude each other") }
    }

    func run() async throws {
        let bytes = try TextInput.bytes(file)
        let page = RawPage(bytes: bytes, format: html ? .html : text ? .text : .auto)
        let article: Article
        do {
            article = try Extractor().extract(page)
        } catch {
            stderrLine("khabar: \(file): \(error)")
            throw KhabarExit.badInput
        }
        var parts: [(String, String)] = [("body", article.body)]
        for (n, t) in article.readAlso.enumerated() { if let s = t.text { parts.append(("readAlso[\(n)]", s)) } }
        let extractor = QuoteExtractor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (name, body) in parts {
            let scalars = Array(body.unicodeScalars)
            func slice(_ s: Span) -> String {
                var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[s.start..<s.end]); return String(v)
            }
            for q in extractor.quotes(in: body) {
                let words = slice(q.content)
                if json {
                    let data = try encoder.encode(Line(source: name, quote: q, speaker: q.speaker, text: words))
                    print(String(decoding: data, as: UTF8.self))
                } else {
                    var flags: [String] = [q.kind.rawValue]
                    if q.isContinuation { flags.append("continuation") }
                    if q.isAnonymous { flags.append("anonymous") }
                    if let p = q.parent { flags.append("inside #\(p + 1)") }
                    if name != "body" { flags.append(name) }
                    print("\(q.speaker ?? "?") → \(words)  [\(q.cue); \(flags.joined(separator: ", "))]")
                }
            }
        }
    }
}
