import ArgumentParser
import Foundation
import NewsModel
import Storage

/// `khabar quotes ID` and `khabar quotes --speaker NAME`: quotes read from the store.
extension QuotesCommand {
    /// One line of `--json` output for a stored quote: the page mode's fields plus the article.
    struct StoredLine: Encodable {
        var source: String
        var quote: Quote
        var speaker: String?
        /// The entity id the speaker is linked to, when linked.
        var entity: String?
        var text: String
        var article: String
        var title: String
        var outlet: String?
        var published: Date?
        var position: Int
    }

    func listStored(id: String) async throws {
        guard FileManager.default.fileExists(atPath: store.path) else {
            stderrLine("khabar: no such file: \(id) (and no database at \(store.path) to look it up as an article id)")
            throw KhabarExit.missingFile
        }
        let db = try store.open(mustExist: true)
        guard let quotes = try await db.quotes(ofArticle: id) else {
            stderrLine("khabar: no such file, and no stored article with id \(id)")
            throw KhabarExit.missingFile
        }
        var out = StandardOutput()
        for q in quotes { try emit(q, to: &out, withArticle: false) }
        out.flush()
    }

    func listSpeaker(_ name: String) async throws {
        func day(_ s: String?, end: Bool) throws -> Date? {
            guard let s else { return nil }
            guard let d = SearchQuery.parseDay(s, endOfDay: end) else {
                throw ValidationError("expected a date like 2018-02-18, got \(s)")
            }
            return d
        }
        let request = SpeakerQuoteRequest(speaker: name, from: try day(from, end: false), to: try day(to, end: true),
                                          limit: limit, offset: offset, includeDuplicates: allDuplicates)
        let db = try store.open(mustExist: true)
        let page: QuotePage
        do { page = try await db.quotes(bySpeaker: request) } catch let e as QuoteQueryError {
            stderrLine("khabar: \(e)")
            throw KhabarExit.badInput
        }
        var out = StandardOutput()
        if !json { out.write("\(page.total) quotes" + (offset > 0 ? " (from \(offset + 1))" : "")) }
        for q in page.quotes { try emit(q, to: &out, withArticle: true) }
        out.flush()
    }

    private func emit(_ q: StoredQuote, to out: inout StandardOutput, withArticle: Bool) throws {
        if json {
            let line = StoredLine(source: q.text.description, quote: q.quote, speaker: q.quote.speaker, entity: q.speakerEntity, text: q.words,
                                  article: q.articleID, title: q.title, outlet: q.source, published: q.published,
                                  position: q.position)
            out.write(String(decoding: try JSONEncoder.khabar.encode(line), as: UTF8.self))
            return
        }
        var flags: [String] = [q.quote.kind.rawValue]
        if q.quote.isContinuation { flags.append("continuation") }
        if q.quote.isAnonymous { flags.append("anonymous") }
        if let p = q.quote.parent { flags.append("inside #\(p + 1)") }
        if q.text != .body { flags.append(q.text.description) }
        if let e = q.speakerEntity { flags.append(e) }
        if withArticle {
            out.write([q.published?.isoDay, q.source, q.articleID].compactMap { $0 }.joined(separator: " · "))
            out.write("  " + q.title)
        }
        out.write("\(withArticle ? "  " : "")\(q.quote.speaker ?? "?") → \(q.words)  [\(q.quote.cue); \(flags.joined(separator: ", "))]")
    }
}
