import ArabicText
import Foundation
import NewsModel

/// An article with what the full-text index needs. Its `article.id` is the key that makes
/// ingest idempotent (Extraction's `ArticleID`: canonical URL, else URL, else the normalised
/// body), so the same page stored twice is one article.
///
/// What the full-text index needs, computed by the analyzer outside the
/// store's write transaction (so ingest workers do it in parallel).
public struct IndexedArticle: Sendable {
    /// The article itself.
    public var article: Article
    /// Hash of the body's search-normalised tokens (exact-duplicate fingerprint).
    public var contentHash: String
    /// Analysed index columns: space-separated terms.
    public var titleExact: String
    public var titleStems: String
    public var bodyExact: String
    public var bodyStems: String
    /// Name keys of name-like words of title and body (`NameKey`).
    public var nameKeys: String
    /// Fields of the input record that Khabar does not model, kept as JSON.
    public var extra: String?
    /// The body's duplicate-detection fingerprint, or nil when it has none (empty, boilerplate-only
    /// or too short a body): then the article is never linked as a duplicate.
    public var fingerprint: IndexedFingerprint?
    /// The article's entity mentions linked to entities (Analysis's `EntityLinker`), stored
    /// with the article; nil when entities were not computed.
    public var entities: [LinkedMention]?
    /// Quotes of the body and the teasers' texts, in that order (ingest's `RecordPreparation`
    /// fills them); empty when none were looked for.
    public var quotes: [IndexedQuote] = []
    /// Title-and-lead key terms for story clustering (`StoryClustering.keyVector`), computed here
    /// so ingest workers build them in parallel.
    public var storyTerms: TermVector

    /// Analyses `article` with `analyzer` (one per thread: `Analyzer` is not thread-safe).
    public init(article: Article, extra: String? = nil, fingerprint: IndexedFingerprint? = nil, analyzer: Analyzer) {
        self.article = article
        self.extra = extra
        self.fingerprint = fingerprint
        let title = IndexTerms(article.title, analyzer: analyzer)
        let body = IndexTerms(article.body, analyzer: analyzer)
        titleExact = title.exact
        titleStems = title.stems
        bodyExact = body.exact
        bodyStems = body.stems
        var keys = title.keys
        if !keys.isEmpty && !body.keys.isEmpty { keys += " " }
        keys += body.keys
        nameKeys = keys
        contentHash = body.contentHash
        storyTerms = StoryClustering.keyVector(titleExact: titleExact, titleStems: titleStems, bodyExact: bodyExact, bodyStems: bodyStems)
    }
}

/// The index terms of one text: exact (search-folded) forms, stems and name keys, each a
/// space-separated string in token order, plus a hash of the exact forms.
struct IndexTerms {
    var exact = ""
    var stems = ""
    var keys = ""
    var contentHash = ""

    /// Shortest name key indexed: shorter keys are shared by too many words to help.
    static let minimumKeyLength = 4

    init(_ text: String, analyzer: Analyzer) {
        var exactBytes: [UInt8] = []
        var stemBytes: [UInt8] = []
        var keyBytes: [UInt8] = []
        exactBytes.reserveCapacity(text.utf8.count)
        stemBytes.reserveCapacity(text.utf8.count)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        analyzer.forEachTerm(in: text, withNameKeys: true) { term in
            guard !term.normalized.isEmpty else { return }
            if !exactBytes.isEmpty { exactBytes.append(0x20) }
            exactBytes.append(contentsOf: term.normalized)
            for b in term.normalized { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            hash = (hash ^ 0x20) &* 0x0000_0100_0000_01b3
            if !stemBytes.isEmpty { stemBytes.append(0x20) }
            stemBytes.append(contentsOf: term.stem.isEmpty ? term.normalized : term.stem)
            if !term.isStopWord, term.nameKey.count >= IndexTerms.minimumKeyLength {
                if !keyBytes.isEmpty { keyBytes.append(0x20) }
                keyBytes.append(contentsOf: term.nameKey)
            }
        }
        exact = String(decoding: exactBytes, as: UTF8.self)
        stems = String(decoding: stemBytes, as: UTF8.self)
        keys = String(decoding: keyBytes, as: UTF8.self)
        contentHash = String(hash, radix: 16)
    }
}
