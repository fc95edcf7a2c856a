import Foundation
import NewsModel

/// Reads JSON lines (gzip'ed or not) of news records in constant memory:
/// `url`, `title`, `text` or `html`, `source`, `published`, `category`, `author`/`authors`;
/// other fields are kept as `extra`. A malformed line is a failure of that line only.
public final class JSONLinesReader {
    private let reader: LineReader
    private let name: String
    private var lineNumber = 0

    /// Opens `path` (`-` for stdin).
    public init(path: String) throws {
        reader = try LineReader(path: path)
        name = path == "-" ? "stdin" : (path as NSString).lastPathComponent
    }

    /// Compressed bytes read so far (for progress).
    public var bytesRead: Int { reader.bytesRead }

    static let modelled: Set<String> = ["url", "title", "text", "html", "source", "published", "category", "author", "authors"]

    /// The next record, a failure for an unreadable line, or nil at the end.
    public func next() throws -> Result<IngestRecord, IngestFailure>? {
        while let line = try reader.nextLine() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return JSONLinesReader.record(from: line, origin: "\(name):\(lineNumber)")
        }
        return nil
    }

    static func record(from line: [UInt8], origin: String) -> Result<IngestRecord, IngestFailure> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)), let o = object as? [String: Any] else {
            return .failure(IngestFailure(origin: origin, reason: "not a JSON object"))
        }
        let url = o["url"] as? String
        let page: RawPage
        if let html = o["html"] as? String, !html.isEmpty {
            page = RawPage(bytes: Array(html.utf8), url: url, contentType: "text/html; charset=utf-8", format: .html)
        } else if let text = o["text"] as? String {
            page = RawPage(bytes: Array(text.utf8), url: url, contentType: "text/plain; charset=utf-8", format: .text)
        } else {
            return .failure(IngestFailure(origin: origin, reason: "the record has neither `text` nor `html`"))
        }
        var r = IngestRecord(page: page, origin: origin)
        r.title = (o["title"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        r.source = (o["source"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        r.page.sourceHint = r.source
        r.category = o["category"] as? String
        if let p = o["published"] as? String { r.published = DateParsing.parse(p) }
        if let a = o["authors"] as? [String] { r.authors = a } else if let a = o["author"] as? String, !a.isEmpty { r.authors = [a] }
        let rest = o.filter { !modelled.contains($0.key) }
        if !rest.isEmpty, let data = try? JSONSerialization.data(withJSONObject: rest, options: [.sortedKeys]) {
            r.extra = String(decoding: data, as: UTF8.self)
        }
        return .success(r)
    }
}

/// Dates as news feeds write them: ISO 8601 (with or without time and zone) and RFC 822
/// (`Sun, 18 Feb 2018 21:35:43 +0400`).
public enum DateParsing {
    /// The date `s` denotes, or nil.
    public static func parse(_ s: String) -> Date? {
        let t = s.trimmingCharacters(in: .whitespaces)
        if let d = iso.date(from: t) ?? isoFractional.date(from: t) { return d }
        for f in formatters { if let d = f.date(from: t) { return d } }
        return nil
    }

    nonisolated(unsafe) private static let iso: ISO8601DateFormatter = ISO8601DateFormatter()
    nonisolated(unsafe) private static let isoFractional: ISO8601DateFormatter = {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }()
    nonisolated(unsafe) private static let formatters: [DateFormatter] = [
        "EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm Z", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd",
    ].map { format in
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = format
        return f
    }
}
