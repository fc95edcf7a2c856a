import Analysis
import Foundation
import Ingest

/// Reads ANT-style JSON lines (`id`, `url`, `source`, `category`, `title`, `published`, `text`),
/// gzip'ed or not, for `eval duplicates` and `bench duplicates`.
struct DuplicateCorpus {
    /// One record of the corpus.
    struct Record: Decodable {
        var id: String?
        var url: String?
        var source: String?
        var category: String?
        var title: String?
        var published: String?
        var text: String?
    }

    private let reader: LineReader
    private let decoder = JSONDecoder()
    /// Lines that were not JSON records.
    private(set) var skipped = 0

    /// Opens `path`; throws `KhabarExit.missingFile` when it does not exist.
    init(path: String) throws {
        guard path == "-" || FileManager.default.fileExists(atPath: path) else {
            stderrLine("khabar: no such file: \(path)")
            throw KhabarExit.missingFile
        }
        reader = try LineReader(path: path)
    }

    /// The next record, or nil at the end.
    mutating func next() throws -> Record? {
        while let line = try reader.nextLine() {
            if line.isEmpty { continue }
            if let r = try? decoder.decode(Record.self, from: Data(line)) { return r }
            skipped += 1
        }
        return nil
    }

    /// Every record as a generator document (at most `limit`).
    static func documents(path: String, limit: Int) throws -> [PerturbationGenerator.Document] {
        var corpus = try DuplicateCorpus(path: path)
        var docs: [PerturbationGenerator.Document] = []
        while docs.count < limit, let r = try corpus.next() {
            docs.append(PerturbationGenerator.Document(
                id: r.id ?? String(docs.count), title: r.title ?? "", body: r.text ?? "",
                category: r.category, published: r.published.flatMap(parseDate)?.timeIntervalSince1970))
        }
        return docs
    }

    private static let dateFormats: [DateFormatter] = ["EEE, dd MMM yyyy HH:mm:ss Z", "yyyy-MM-dd'T'HH:mm:ssZ", "yyyy-MM-dd"].map {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = $0
        return f
    }

    /// An RFC 2822 or ISO date.
    static func parseDate(_ s: String) -> Date? {
        for f in dateFormats { if let d = f.date(from: s) { return d } }
        return nil
    }
}
