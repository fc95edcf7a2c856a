import ArabicText
import Foundation

/// A sparse tf·idf vector over analysed terms: the representation behind similar articles and
/// story clustering. Terms are keyed by their light stem (so `روسيا`/`وروسيا` are one term) and
/// remember a readable search-folded form for explanations.
///
/// **Weights.** A term's raw frequency counts each occurrence with its field's boost (title
/// occurrences weigh `titleBoost`); its weight is `(1 + ln tf) · idf` (`tf · idf` below 1).
/// **idf** comes from the shipped corpus lexicon (`Lexicon.shared`), looked up by the folded
/// form: `ln(1 + 100,000 / (1 + count))`, so a form seen 100,000 times weighs ln 2 and an
/// unseen one (a new name) about 11.5. It is static, so vectors stored at ingest stay
/// comparable and no statistics table is written per article. Stop words are left out when
/// the analyzer marks them.
public struct TermVector: Sendable, Equatable {
    /// One term of the vector.
    public struct Entry: Sendable, Equatable {
        /// The light stem: the key two vectors are compared on.
        public var stem: String
        /// The search-folded form seen most in the text (for reasons shown to people).
        public var form: String
        /// The tf·idf weight.
        public var weight: Double
    }

    /// The entries, heaviest first.
    public private(set) var entries: [Entry]
    /// Euclidean norm of the weights.
    public private(set) var norm: Double

    /// How much a title occurrence counts against a body occurrence.
    public static let titleBoost = 2.0
    /// Scale of the lexicon idf (see the type's documentation).
    static let idfScale = 100_000.0

    /// A vector of `entries` (re-sorted heaviest first).
    public init(entries: [Entry]) {
        self.init(sorted: entries.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.stem < $1.stem })
    }

    private init(sorted: [Entry]) {
        entries = sorted
        norm = sorted.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
    }

    /// Whether the vector has no terms.
    public var isEmpty: Bool { entries.isEmpty }

    /// The vector cut to its `n` heaviest terms.
    public func top(_ n: Int) -> TermVector { TermVector(sorted: Array(entries.prefix(n))) }

    /// The idf of a search-folded form (see the type's documentation).
    public static func idf(ofForm form: String, lexicon: Lexicon = .shared) -> Double {
        log(1 + idfScale / Double(1 + lexicon.count(of: form)))
    }

    /// Cosine similarity with `other`, and the shared terms that drove it (readable forms of
    /// this vector, largest contribution first).
    public func cosine(_ other: TermVector) -> (score: Double, shared: [String]) {
        Lookup(self).cosine(other)
    }

    /// A vector prepared for comparing with many others.
    public struct Lookup {
        private let vector: TermVector
        private let index: [String: Int]

        public init(_ vector: TermVector) {
            self.vector = vector
            var index: [String: Int] = [:]
            index.reserveCapacity(vector.entries.count)
            for (i, e) in vector.entries.enumerated() { index[e.stem] = i }
            self.index = index
        }

        /// Cosine similarity of the prepared vector with `other`, and the shared terms (readable
        /// forms of the prepared vector) by contribution, largest first.
        public func cosine(_ other: TermVector) -> (score: Double, shared: [String]) {
            guard vector.norm > 0, other.norm > 0 else { return (0, []) }
            var dot = 0.0
            var contributions: [(form: String, value: Double)] = []
            for e in other.entries {
                guard let i = index[e.stem] else { continue }
                let value = vector.entries[i].weight * e.weight
                dot += value
                contributions.append((vector.entries[i].form, value))
            }
            contributions.sort { $0.value > $1.value }
            return (min(1, dot / (vector.norm * other.norm)), contributions.map(\.form))
        }
    }

    // MARK: - Building

    /// Accumulates term frequencies field by field, then weighs them.
    public struct Builder {
        private var tf: [String: Double] = [:]
        private var forms: [String: [String: Int]] = [:]

        public init() {}

        /// Adds the aligned folded forms and stems of one field (space-separated, as
        /// `IndexedArticle` keeps them), at most `limit` tokens, each counting `boost`.
        /// One-letter terms and pure numbers are skipped; function words weigh next to nothing
        /// through their idf (the analyzer's stop-word flag is not kept in index columns).
        public mutating func add(exact: String, stems: String, boost: Double, limit: Int = .max) {
            // Split only as far as needed: a body's columns are long.
            let n = limit == .max ? Int.max : limit
            let forms = exact.split(separator: " ", maxSplits: n, omittingEmptySubsequences: true).prefix(n)
            let stemList = stems.split(separator: " ", maxSplits: n, omittingEmptySubsequences: true).prefix(n)
            for (form, stem) in zip(forms, stemList) {
                add(form: String(form), stem: String(stem), boost: boost)
            }
        }

        /// Adds every term of `text` as `analyzer` sees it, at most `limit` tokens.
        public mutating func add(_ text: String, analyzer: Analyzer, boost: Double, limit: Int = .max) {
            var count = 0
            analyzer.forEachTerm(in: text) { term in
                guard count < limit, !term.isStopWord, !term.normalized.isEmpty else { return }
                count += 1
                let form = String(decoding: term.normalized, as: UTF8.self)
                let stem = term.stem.isEmpty ? form : String(decoding: term.stem, as: UTF8.self)
                add(form: form, stem: stem, boost: boost)
            }
        }

        private mutating func add(form: String, stem: String, boost: Double) {
            guard form.unicodeScalars.count > 1,
                  !form.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) else { return }
            tf[stem, default: 0] += boost
            forms[stem, default: [:]][form, default: 0] += 1
        }

        /// The weighted vector.
        public func vector(lexicon: Lexicon = .shared) -> TermVector {
            TermVector(entries: tf.map { stem, f in
                let variants = forms[stem] ?? [:]
                let form = variants.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? stem
                // The rarest variant's idf: a stem is as distinctive as its most specific spelling.
                let idf = variants.keys.map { TermVector.idf(ofForm: $0, lexicon: lexicon) }.max() ?? 0
                let tfWeight = f >= 1 ? 1 + log(f) : f
                return Entry(stem: stem, form: form, weight: tfWeight * idf)
            })
        }
    }

    // MARK: - Stored form

    /// The vector as one line of text: `stem form weight` triples separated by tabs.
    public var encoded: String {
        entries.map { "\($0.stem) \($0.form) \(($0.weight * 10_000).rounded() / 10_000)" }.joined(separator: "\t")
    }

    /// Reads `encoded` back (malformed triples are skipped). Split on UTF-8 bytes: the writer
    /// reads the vectors of every story candidate.
    public init(encoded: String) {
        var entries: [Entry] = []
        var text = encoded
        text.withUTF8 { u in
            var fields: [Range<Int>] = []
            var start = 0
            for end in 0...u.count where end == u.count || u[end] == 0x09 {
                defer { start = end + 1 }
                // One triple: space-separated, empty pieces skipped.
                fields.removeAll(keepingCapacity: true)
                var p = start
                while p < end {
                    while p < end, u[p] == 0x20 { p += 1 }
                    let q = p
                    while p < end, u[p] != 0x20 { p += 1 }
                    if p > q { fields.append(q..<p) }
                }
                guard fields.count == 3 else { continue }
                func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: u[r]), as: UTF8.self) }
                guard let w = Double(string(fields[2])), w.isFinite else { continue }
                entries.append(Entry(stem: string(fields[0]), form: string(fields[1]), weight: w))
            }
        }
        self.init(entries: entries)
    }
}
