import Foundation

/// A page as a crawler or an aggregator holds it: bytes and what is known about them.
public struct RawPage: Sendable {
    /// How the bytes should be read.
    public enum Format: String, Codable, Sendable, CaseIterable {
        /// Plain text: paragraphs separated by line breaks, like the seed page.
        case text
        /// An HTML document.
        case html
        /// Decide from the content type and the bytes.
        case auto
    }

    /// The page's bytes, in whatever encoding it came in.
    public var bytes: [UInt8]
    /// Where the page was fetched from, if known.
    public var url: String?
    /// The HTTP `Content-Type` header, if known (may carry a charset).
    public var contentType: String?
    /// When the page was fetched.
    public var fetchedAt: Date?
    /// The outlet, when the caller knows it better than the page does.
    public var sourceHint: String?
    /// How to read the bytes.
    public var format: Format

    public init(
        bytes: [UInt8], url: String? = nil, contentType: String? = nil,
        fetchedAt: Date? = nil, sourceHint: String? = nil, format: Format = .auto
    ) {
        self.bytes = bytes
        self.url = url
        self.contentType = contentType
        self.fetchedAt = fetchedAt
        self.sourceHint = sourceHint
        self.format = format
    }

    /// A page made from text already decoded (tests, JSON lines with a `text` field).
    public init(text: String, url: String? = nil, sourceHint: String? = nil, format: Format = .text) {
        self.init(bytes: Array(text.utf8), url: url, contentType: nil, sourceHint: sourceHint, format: format)
    }
}
