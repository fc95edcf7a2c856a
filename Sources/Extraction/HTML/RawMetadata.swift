/// What the `<head>` (and a few body elements) say about the page, before interpretation.
struct RawMetadata: Sendable {
    /// Text of the first `<title>`.
    var title: String?
    /// `<meta>` contents by lowercased `name`, `property` or `itemprop`; the first one wins.
    var meta: [String: String] = [:]
    /// `href` of `<link rel="canonical">`.
    var canonical: String?
    /// Texts of `<script type="application/ld+json">` blocks.
    var jsonLD: [String] = []
    /// `<html lang>` and `<html dir>`.
    var lang: String?
    var dir: String?
    /// `datetime` of the first `<time>` element.
    var timeDatetime: String?
    /// `<a rel="author">` texts.
    var authorLinks: [String] = []
}
