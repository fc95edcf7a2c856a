import Analysis
import ArabicText
import NewsModel
import Storage

extension RecordPreparation {
    /// The extractor every worker shares (it holds only immutable cue tables).
    static let quoteExtractor = QuoteExtractor()

    /// The quotes of `article`'s body, then of each read-also and related teaser's text, as the
    /// store keeps them: each text's nested-quote `parent` index is shifted to index the whole list.
    static func quotes(of article: Article, analyzer: Analyzer) -> [IndexedQuote] {
        var texts: [(QuoteText, String)] = [(.body, article.body)]
        for (n, t) in article.readAlso.enumerated() { if let s = t.text, !s.isEmpty { texts.append((.readAlso(n), s)) } }
        for (n, t) in article.related.enumerated() { if let s = t.text, !s.isEmpty { texts.append((.related(n), s)) } }
        var out: [IndexedQuote] = []
        for (which, text) in texts where !text.isEmpty {
            let base = out.count
            for var q in quoteExtractor.quotes(in: text, analyzer: analyzer) {
                q.parent = q.parent.map { $0 + base }
                out.append(IndexedQuote(quote: q, text: which, analyzer: analyzer))
            }
        }
        return out
    }
}
