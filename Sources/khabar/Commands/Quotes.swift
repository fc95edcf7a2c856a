import Analysis
import ArgumentParser
import Extraction
import Foundation
import NewsModel

/// `khabar quotes FILE|-|ID` and `khabar quotes --speaker NAME`: who said what, in one page
/// or across the store.
///
/// The argument is read as a page when it is `-` (stdin) or an existing file, else as the id of
/// a stored article (quotes stored at ingest). With `--speaker`, quotes of that speaker across
/// the store, under any spelling of the name (`SpeakerKey`). Quotes are found in the article
/// body and in each teaser's text; spans are scalar offsets into that text.
struct QuotesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotations with their speakers: of a page, of a stored article, or of one speaker across the store.",
        discussion: """
            khabar quotes FILE|-   reads a page (plain text or HTML; - for stdin), extracts the article and its quotes.
            khabar quotes ID       the quotes stored at ingest for the article with that id (when ID is not an \
            existing file).
            khabar quotes --speaker NAME [--from DAY] [--to DAY] [--limit N] [--offset N]
                                   one speaker's quotes across the store, newest first. NAME matches any spelling \
            (أوتشاكوف = اوتشاكوف) and titles are ignored (الرئيس بوتين = بوتين); every name word must match. \
            Quotes whose speaker is linked to an entity the name refers to are found too (any spelling the entity \
            linker merged, or an entity id such as PERS:ar atckf). \
            Quotes of duplicate articles are listed once (--all-duplicates lists them all).
            Prints speaker → words [cue; kind, flags, speaker's entity id], or one JSON object per quote with --json \
            (source: body or readAlso[N]/related[N]; spans are scalar offsets into that text; entity: the speaker's \
            entity id).
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

    @Argument(help: "The page to read (plain text or HTML), - for stdin, or a stored article's id.")
    var file: String?

    @Option(help: "List this speaker's quotes across the store (any spelling, titles ignored, or through the entity the speaker is linked to).")
    var speaker: String?

    @Option(help: "With --speaker: only articles published on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "With --speaker: only articles published on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "With --speaker: quotes per page.")
    var limit = 20

    @Option(help: "With --speaker: quotes to skip (paging).")
    var offset = 0

    @Flag(name: .customLong("all-duplicates"), help: "With --speaker: also list quotes of articles that duplicate another.")
    var allDuplicates = false

    @OptionGroup var store: StoreOptions

    @Flag(help: "Read the page as plain text.")
    var text = false

    @Flag(help: "Read the page as HTML.")
    var html = false

    @Flag(help: "Print one JSON object per quote (JSON lines).")
    var json = false

    func validate() throws {
        if html && text { throw ValidationError("--html and --text exclude each other") }
        if speaker != nil && file != nil { throw ValidationError("give either a page/article id or --speaker, not both") }
        if speaker == nil && (from != nil || to != nil) { throw ValidationError("--from and --to need --speaker") }
        if limit < 1 || offset < 0 { throw ValidationError("--limit must be at least 1 and --offset not negative") }
    }

    func run() async throws {
        if let speaker { return try await listSpeaker(speaker) }
        let file = self.file ?? "-"
        if file != "-" && !FileManager.default.fileExists(atPath: file) { return try await listStored(id: file) }
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
            for q in extractor.quotes(in: body) {
                let words = q.content.text(in: scalars)
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
