import NewsModel
import ArabicText

/// A known-item query: words taken from one article, which that article should answer.
public struct KnownItemQuery: Sendable, Equatable {
    /// The article the query was drawn from (the one right answer).
    public var articleID: String
    /// The words as the article writes them, in title order.
    public var unvaried: [String]
    /// The same words as users and other outlets vary them (`WordVariation`).
    public var varied: [String]
    /// For each word, the variations applied.
    public var variations: [[WordVariation]]
}

/// An article as the query generator sees it.
public struct QuerySourceArticle: Sendable {
    public var id: String
    public var title: String
    /// The body; may be left empty when queries are drawn from titles.
    public var body: String

    public init(id: String, title: String, body: String = "") {
        self.id = id
        self.title = title
        self.body = body
    }
}

/// Draws known-item queries from articles, reproducibly for a seed.
///
/// The rule, for `count` queries and seed `seed`:
/// 1. Articles are shuffled with `SeededGenerator(seed:)` and taken in that order.
/// 2. Candidate words are the words of the article's title (`Field.title`), or of one body
///    sentence (`Field.bodySentence`: the first sentence, in a seeded shuffle of the body's
///    sentences, that has at least 2 candidates), that are Arabic, written with letters only
///    (no diacritics, tatweel or digits), at least 3 letters long, not stop words (`StopWords`,
///    after clitics), once each (by normalised form).
/// 3. A candidate must be distinctive: written exactly so in at most `maximumDocumentFrequency`
///    of the articles (document frequency of the raw word, as a plain index sees it, so the
///    choice owes nothing to Khabar's analysis).
/// 4. An article with fewer than 2 candidates is skipped. Otherwise 2–4 words (uniform, capped by
///    the candidates) are sampled uniformly among the candidates and kept in title order: that
///    is the unvaried query.
/// 5. The varied query rewrites each word with one variation, plus a second with probability 1/2
///    (`WordVariation.vary`), each drawn among the kinds that apply to the word; clitics are
///    added only to words with no proclitic but `ال`, and removed only where the analyzer
///    finds them (so `بمصير` never becomes `لبمصير`, nor `كاليفورنيا` `يفورنيا`).
public struct KnownItemQueryGenerator: Sendable {
    /// Where query words come from.
    public enum Field: String, Sendable, CaseIterable {
        /// The article's title, as a user remembers a headline.
        case title
        /// One sentence of the body, as a user remembers a passage.
        case bodySentence = "body"
    }

    /// The seed fixing articles, words and variations.
    public var seed: UInt64
    /// Largest share of the articles a query word may occur in.
    public var maximumDocumentFrequency: Double
    /// Where query words come from.
    public var field: Field

    public init(seed: UInt64, maximumDocumentFrequency: Double = 0.01, field: Field = .title) {
        self.seed = seed
        self.maximumDocumentFrequency = maximumDocumentFrequency
        self.field = field
    }

    /// Up to `count` queries from `articles` (fewer when too few articles have candidates).
    /// `documentFrequency` gives the number of articles in which a raw word occurs.
    public func queries(count: Int, from articles: [QuerySourceArticle], analyzer: Analyzer,
                        documentFrequency: (String) throws -> Int) rethrows -> [KnownItemQuery] {
        var rng = SeededGenerator(seed: seed)
        let limit = max(1, Int(maximumDocumentFrequency * Double(articles.count)))
        var order = Array(articles.indices)
        order.shuffle(using: &rng)
        func distinctive(_ tokens: [AnalyzedToken]) throws -> [AnalyzedToken] {
            var seen = Set<String>()
            var out: [AnalyzedToken] = []
            for t in tokens where t.kind == .arabicWord && !t.isStopWord {
                let scalars = Array(t.surface.unicodeScalars)
                guard scalars.count >= 3, scalars.allSatisfy(WordVariation.isLetter) else { continue }
                guard seen.insert(t.normalized).inserted else { continue }
                let df = try documentFrequency(t.surface)
                if df >= 1 && df <= limit { out.append(t) }
            }
            return out
        }
        var out: [KnownItemQuery] = []
        for i in order where out.count < count {
            let a = articles[i]
            var candidates: [AnalyzedToken] = []
            switch field {
            case .title:
                candidates = try distinctive(analyzer.analyze(a.title))
            case .bodySentence:
                for s in analyzer.sentences(a.body).shuffled(using: &rng) {
                    candidates = try distinctive(s.tokens)
                    if candidates.count >= 2 { break }
                }
            }
            guard candidates.count >= 2 else { continue }
            let k = min(candidates.count, Int.random(in: 2...4, using: &rng))
            let picked = Array(candidates.indices).shuffled(using: &rng).prefix(k).sorted()
            let words = picked.map { candidates[$0] }
            var varied: [String] = []
            var applied: [[WordVariation]] = []
            for w in words {
                let n = Bool.random(using: &rng) ? 2 : 1
                let v = WordVariation.vary(w.surface, proclitics: w.proclitics, count: n, using: &rng)
                varied.append(v.word)
                applied.append(v.applied)
            }
            out.append(KnownItemQuery(articleID: a.id, unvaried: words.map(\.surface), varied: varied, variations: applied))
        }
        return out
    }
}

/// Mean reciprocal rank at a cutoff: each query scores 1/rank of its article when within the
/// first `cutoff` results, else 0.
public struct ReciprocalRank: Sendable {
    public private(set) var sum = 0.0
    public private(set) var count = 0
    public let cutoff: Int

    public init(cutoff: Int = 10) { self.cutoff = cutoff }

    /// Records one query's ranked result ids; returns its reciprocal rank.
    @discardableResult
    public mutating func record(_ ranked: [String], target: String) -> Double {
        count += 1
        guard let i = ranked.prefix(cutoff).firstIndex(of: target) else { return 0 }
        let rr = 1.0 / Double(i + 1)
        sum += rr
        return rr
    }

    /// The mean (0 when nothing was recorded).
    public var mean: Double { count == 0 ? 0 : sum / Double(count) }
}
