/// Why a page could not be turned into an article. Each case says what to do about it.
public enum ExtractionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The page has no bytes at all.
    case emptyInput
    /// The page is larger than `ExtractionOptions.maxBytes`.
    case tooLarge(bytes: Int, limit: Int)
    /// The bytes are not text (NUL bytes or mostly control characters): an image, an archive, a PDF.
    case binaryData(reason: String)
    /// The page was read but no article text was found in it (a page that is all navigation,
    /// an empty template).
    case noContent(reason: String)
    /// libxml2 could not build a document from the bytes at all.
    case unparsableHTML

    public var description: String {
        switch self {
        case .emptyInput:
            return "the page is empty: give a file or stdin with the page's bytes"
        case let .tooLarge(bytes, limit):
            return "the page has \(bytes) bytes, more than the limit of \(limit): raise ExtractionOptions.maxBytes (--max-bytes) if the page is genuine"
        case let .binaryData(reason):
            return "the page is not text (\(reason)): give an HTML or plain-text page"
        case let .noContent(reason):
            return "no article text found (\(reason)): the page may be an index, a navigation page or need JavaScript"
        case .unparsableHTML:
            return "libxml2 could not parse the page as HTML: check that it is HTML, or pass it as text"
        }
    }
}
