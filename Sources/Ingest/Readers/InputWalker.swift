import Foundation
import NewsModel

/// Turns the paths given to `khabar ingest` into a stream of records: files and folders
/// (recursively, in name order), JSON lines (`.jsonl`, `.ndjson`, gzip'ed or not), HTML pages
/// (`.html`, `.htm`, `.xhtml`, gzip'ed or not) and other files as pages of unknown format.
/// Hidden files are skipped. Constant memory: one file or one JSON line at a time.
public final class InputWalker {
    private var pending: [String]
    private var current: JSONLinesReader?
    private let fm = FileManager.default
    /// Bytes of all the files to read (for progress), when known.
    public private(set) var totalBytes: Int = 0
    private var finishedBytes = 0

    /// - Throws: `IngestFailure` naming the first path that does not exist.
    public init(paths: [String]) throws {
        var files: [String] = []
        for p in paths {
            if p == "-" { files.append(p); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
                throw IngestFailure(origin: p, reason: "no such file or folder")
            }
            if isDir.boolValue {
                let base = URL(fileURLWithPath: p)
                let found = (fm.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])?
                    .compactMap { $0 as? URL } ?? [])
                    .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
                    .map(\.path).sorted()
                files += found
            } else {
                files.append(p)
            }
        }
        pending = files.reversed()
        totalBytes = files.reduce(0) { $0 + ((try? fm.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    }

    /// Bytes read so far across files (compressed bytes for gzip).
    public var bytesRead: Int { finishedBytes + (current?.bytesRead ?? 0) }

    static func isJSONLines(_ path: String) -> Bool {
        let p = path.lowercased()
        return [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz"].contains { p.hasSuffix($0) } || path == "-"
    }

    /// The next record, a failure to report, or nil when every input is read.
    public func next() throws -> Result<IngestRecord, IngestFailure>? {
        while true {
            if let reader = current {
                if let r = try reader.next() { return r }
                finishedBytes += reader.bytesRead
                current = nil
            }
            guard let path = pending.popLast() else { return nil }
            if InputWalker.isJSONLines(path) {
                do { current = try JSONLinesReader(path: path) } catch {
                    return .failure(IngestFailure(origin: path, reason: "\(error)"))
                }
                continue
            }
            return page(at: path)
        }
    }

    private func page(at path: String) -> Result<IngestRecord, IngestFailure> {
        guard var bytes = fm.contents(atPath: path).map(Array.init) else {
            return .failure(IngestFailure(origin: path, reason: "cannot read the file"))
        }
        finishedBytes += bytes.count
        var name = path.lowercased()
        if name.hasSuffix(".gz") {
            do { bytes = try Gzip.inflate(bytes) } catch {
                return .failure(IngestFailure(origin: path, reason: "\(error)"))
            }
            name.removeLast(3)
        }
        let format: RawPage.Format = [".html", ".htm", ".xhtml"].contains { name.hasSuffix($0) } ? .html
            : name.hasSuffix(".txt") ? .text : .auto
        let page = RawPage(bytes: bytes, url: nil, contentType: nil, fetchedAt: nil, sourceHint: nil, format: format)
        return .success(IngestRecord(page: page, origin: path))
    }
}
