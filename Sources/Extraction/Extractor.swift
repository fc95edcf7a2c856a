import Foundation
import ArabicText
import NewsModel

/// Turns a raw page into a clean `Article`: the article alone in its body, and what the page
/// wrapped around it (source line, read-also teasers, related lists) kept apart as data.
///
/// Plain-text pages go through `PlainTextExtractor`, HTML pages through libxml2's HTML parser
/// and `MainContentFinder`. Pure and `Sendable`: one extractor may serve many threads.
public struct Extractor: Sendable {
    /// The limits and thresholds in use.
    public var options: ExtractionOptions

    /// Creates an extractor.
    public init(options: ExtractionOptions = ExtractionOptions()) {
        self.options = options
    }

    /// Extracts the article of `page`.
    ///
    /// - Returns: the article; survivable oddities (replaced bytes, a guessed charset, an
    ///   inferred title, truncated nesting) are listed in `Article.warnings`.
    /// - Throws: `ExtractionError.emptyInput`, `.tooLarge`, `.binaryData`, `.unparsableHTML`,
    ///   or `.noContent` when no text is left once the boilerplate is gone.
    public func extract(_ page: RawPage) throws(ExtractionError) -> Article {
        if page.bytes.isEmpty || page.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .emptyInput
        }
        if page.bytes.count > options.maxBytes { throw .tooLarge(bytes: page.bytes.count, limit: options.maxBytes) }
        let decoded = try PageDecoder().decode(page.bytes, contentType: page.contentType)
        let isHTML: Bool
        switch page.format {
        case .html: isHTML = true
        case .text: isHTML = false
        case .auto: isHTML = Self.looksLikeHTML(decoded.bytes, contentType: page.contentType)
        }
        var article = isHTML ? try extractHTML(decoded, page: page) : try extractText(decoded, page: page)
        article.warnings.insert(contentsOf: decoded.warnings, at: 0)
        return article
    }

    /// HTML when the content type says so, or when the first non-blank byte opens a tag.
    static func looksLikeHTML(_ bytes: [UInt8], contentType: String?) -> Bool {
        if let ct = contentType?.lowercased() {
            if ct.contains("html") || ct.contains("xml") { return true }
            if ct.contains("text/plain") { return false }
        }
        for b in bytes.prefix(1024) {
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0xEF || b == 0xBB || b == 0xBF { continue }
            return b == UInt8(ascii: "<")
        }
        return false
    }
}
