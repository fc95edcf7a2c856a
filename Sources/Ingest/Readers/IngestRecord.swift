import Foundation
import NewsModel

/// One item of input: a raw page to extract, with what the input says about it beyond the
/// page (a JSON-lines record's title, outlet, date, category and any other fields).
public struct IngestRecord: Sendable {
    /// The page to extract.
    public var page: RawPage
    /// Fields that override what extraction finds.
    public var title: String?
    public var source: String?
    public var published: Date?
    public var category: String?
    public var authors: [String] = []
    /// Input fields Khabar does not model, kept as a JSON object.
    public var extra: String?
    /// Where the item came from, for reports: `file.jsonl:12`, `pages/a.html`.
    public var origin: String

    public init(page: RawPage, origin: String) {
        self.page = page
        self.origin = origin
    }
}

/// An input item that could not even be read (a malformed JSON line): reported, then skipped.
public struct IngestFailure: Error, Sendable, CustomStringConvertible {
    public var origin: String
    public var reason: String

    public init(origin: String, reason: String) {
        self.origin = origin
        self.reason = reason
    }

    public var description: String { "\(origin): \(reason)" }
}
