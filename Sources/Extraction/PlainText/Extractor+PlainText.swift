import ArabicText
import NewsModel

extension Extractor {
    /// The plain-text path: decode, split into parts by line shape, infer a headline when none.
    func extractText(_ decoded: PageDecoder.Decoded, page: RawPage) throws(ExtractionError) -> Article {
        let text = Normalizer.display(String(decoding: decoded.bytes, as: UTF8.self))
        let parts = PlainTextExtractor().extract(text)
        guard parts.paragraphs.contains(where: { $0.unicodeScalars.count >= options.minBodyScalars }) else {
            throw .noContent(reason: "the text has no body paragraphs before its first marker line")
        }
        var warnings = parts.warnings
        let lead = LeadSentence.first(of: parts.paragraphs[0])
        var title = parts.title ?? ""
        var inferred = false
        if title.isEmpty {
            title = LeadSentence.headline(from: lead)
            inferred = true
            warnings.append("the page has no headline; the title was inferred from the lead sentence")
        }
        return Article(
            id: ArticleID.make(canonicalURL: nil, url: page.url, body: parts.paragraphs.joined(separator: Article.paragraphSeparator)),
            url: page.url, canonicalURL: nil, source: parts.source ?? page.sourceHint,
            title: title, titleInferred: inferred, lead: lead, paragraphs: parts.paragraphs,
            published: nil, publishedOrigin: nil, authors: parts.authors,
            language: LanguageGuess.guess(text), readAlso: parts.readAlso, related: parts.related,
            warnings: warnings
        )
    }
}
