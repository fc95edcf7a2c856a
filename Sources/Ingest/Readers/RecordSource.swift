import Foundation
import NewsModel

/// Where `IngestPipeline` reads its records from: files and folders (`InputWalker`) or bytes
/// already in memory (`MemoryRecords`, for the HTTP API).
public protocol RecordSource: AnyObject {
    /// The next record, a failure to report for an item that cannot be read, or nil at the end.
    func next() throws -> Result<IngestRecord, IngestFailure>?
    /// Bytes of all the input, when known (for progress).
    var totalBytes: Int { get }
    /// Bytes read so far (for progress).
    var bytesRead: Int { get }
}

extension InputWalker: RecordSource {}

/// Records from bytes in memory: one page, or a JSON-lines batch with the same fields as
/// `JSONLinesReader` (a malformed line is a failure of that line only).
public final class MemoryRecords: RecordSource {
    private var records: [Result<IngestRecord, IngestFailure>]
    private var position = 0
    public let totalBytes: Int
    public private(set) var bytesRead = 0

    /// One page; `origin` names it in reports.
    public init(page: RawPage, origin: String) {
        records = [.success(IngestRecord(page: page, origin: origin))]
        totalBytes = page.bytes.count
    }

    /// A JSON-lines batch; blank lines are skipped and the others are named `name:LINE`.
    public init(jsonLines bytes: [UInt8], name: String) {
        var out: [Result<IngestRecord, IngestFailure>] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            out.append(JSONLinesReader.record(from: Array(line), origin: "\(name):\(lineNumber)"))
        }
        records = out
        totalBytes = bytes.count
    }

    /// Applies `change` to every readable record (fields the caller knows better than the input).
    public func override(_ change: (inout IngestRecord) -> Void) {
        for i in records.indices {
            if case .success(var r) = records[i] {
                change(&r)
                records[i] = .success(r)
            }
        }
    }

    /// Records left to read.
    public var count: Int { records.count - position }

    public func next() throws -> Result<IngestRecord, IngestFailure>? {
        guard position < records.count else {
            bytesRead = totalBytes
            return nil
        }
        defer { position += 1 }
        return records[position]
    }
}
