import ArabicText
import NewsModel

extension Extractor {
    /// Whether stray fragments at the start and end of the body are dropped.
    static let trimEdges = true
    /// A fragment has fewer words than this (and under 40 scalars, without a final stop).
    static let edgeWords = 6

    /// The HTML path: parse, find the main content, read metadata and teaser boxes.
    func extractHTML(_ decoded: PageDecoder.Decoded, page: RawPage) throws(ExtractionError) -> Article {
        let encoding = decoded.needsLibXMLDecoding ? decoded.charset.name : "UTF-8"
        var parsed = try HTMLDocumentParser.parse(decoded.bytes, encoding: encoding)
        if parsed.tree.count == 0, decoded.needsLibXMLDecoding {
            // libxml2/iconv does not know the label: read the bytes as UTF-8 instead.
            let repaired = PageDecoder.repairUTF8(decoded.bytes[...]).utf8
            parsed = try HTMLDocumentParser.parse(repaired, encoding: "UTF-8")
        }
        var warnings: [String] = []
        if parsed.hitDepthLimit {
            warnings.append("the page nests elements deeper than libxml2's limit of 256; deeper content was cut")
        }
        let md = PageMetadata(parsed.metadata)
        let found = MainContentFinder(tree: parsed.tree).find()
        var paragraphs: [String] = []
        var inlineReadAlso: [Teaser] = []
        var afterMarker = false
        for p in found.paragraphs {
            switch BoilerplateLine.classify(p.text, letters: p.letters) {
            case .readAlso(let title)?:
                if let title { inlineReadAlso.append(Teaser(title: title)) }
                afterMarker = title == nil
            case .furniture?:
                continue
            case nil:
                if afterMarker && p.linkLetters * 2 > p.letters {
                    inlineReadAlso.append(Teaser(title: p.text))
                    continue
                }
                afterMarker = false
                paragraphs.append(p.text)
            }
        }
        // Stray fragments before the first and after the last prose paragraph (a byline, a
        // category, "News", a lone teaser) are furniture.
        if Self.trimEdges {
            func isFragment(_ p: String) -> Bool {
                guard p.wordCount < Self.edgeWords, p.unicodeScalars.count < 40 else { return false }
                guard let last = p.unicodeScalars.last else { return true }
                return !".!?。！？:".unicodeScalars.contains(last)
            }
            while paragraphs.count > 1, isFragment(paragraphs[0]) { paragraphs.removeFirst() }
            while paragraphs.count > 1, isFragment(paragraphs[paragraphs.count - 1]) { paragraphs.removeLast() }
        }
        // The headline often opens the content block: keep it as the title, not as body.
        if let t = md.title, let first = paragraphs.first, first == t { paragraphs.removeFirst() }
        guard paragraphs.contains(where: { $0.unicodeScalars.count >= options.minBodyScalars }) else {
            throw .noContent(reason: "every block of the page is navigation, links or boilerplate")
        }
        let teasers = TeaserBoxes(tree: parsed.tree, pruned: found.pruned).teasers()
        let lead = LeadSentence.first(of: paragraphs[0])
        var title = md.title ?? ""
        var inferred = false
        if title.isEmpty {
            title = LeadSentence.headline(from: lead)
            inferred = true
            warnings.append("the page has no headline; the title was inferred from the lead sentence")
        }
        let body = paragraphs.joined(separator: Article.paragraphSeparator)
        return Article(
            id: ArticleID.make(canonicalURL: md.canonicalURL, url: page.url, body: body),
            url: page.url, canonicalURL: md.canonicalURL, source: page.sourceHint ?? md.siteName,
            title: title, titleInferred: inferred, lead: lead, paragraphs: paragraphs,
            published: md.published, publishedOrigin: md.publishedOrigin, authors: md.authors,
            language: md.language ?? LanguageGuess.guess(body), readAlso: inlineReadAlso + teasers.readAlso, related: teasers.related,
            category: md.category, warnings: warnings
        )
    }
}
