import ArabicText
import NewsModel

/// One gold statement of a quotes gold file (`../shared/data/quotes/dev.gold.jsonl`).
public struct GoldQuote: Codable, Hashable, Sendable {
    /// The speaker's name or descriptive phrase.
    public var speaker: String
    /// The speaker as written at or nearest the cue; `nil` for a continuation with no subject.
    public var speakerSurface: String?
    /// The cue as written.
    public var cue: String
    /// `direct` or `indirect`.
    public var kind: Quote.Kind
    /// A verbatim substring of the attributed words.
    public var text: String
    /// Whether the speaker is carried over from an earlier sentence.
    public var continuation: Bool
    /// Whether the speech act is not clearly reported speech (left out of strict scores).
    public var borderline: Bool

    enum CodingKeys: String, CodingKey {
        case speaker, cue, kind, text, continuation, borderline
        case speakerSurface = "speaker_surface"
    }

    /// Creates a gold statement.
    public init(speaker: String, speakerSurface: String?, cue: String, kind: Quote.Kind, text: String, continuation: Bool = false, borderline: Bool = false) {
        self.speaker = speaker
        self.speakerSurface = speakerSurface
        self.cue = cue
        self.kind = kind
        self.text = text
        self.continuation = continuation
        self.borderline = borderline
    }
}

/// Precision, recall and speaker accuracy of predicted quotes against gold ones.
///
/// **Matching.** A predicted quote matches a gold one when the word tokens of its content cover
/// at least half of the word tokens of the gold text (located as the first occurrence of the
/// gold text in the article). Pairs are made one to one, greedily: among the pairs that reach
/// half, those that agree on the speaker first, then by coverage (a nested attribution has two
/// gold items with the same text, and an attribution's clause may cover a verb's clause).
///
/// **Strict and lenient.** Lenient counts every gold item. Strict leaves borderline gold items
/// out of recall, and a prediction matched to a borderline item out of precision (it is
/// neither right nor wrong).
///
/// **Speaker accuracy**, on matched pairs: both speakers are folded (`Normalizer.search`, words
/// joined by single spaces); the speaker is right when the predicted one contains the gold
/// `speaker` or `speaker_surface`, or is contained in either (`المتحدث` for `المتحدث باسم
/// الحكومة`, `الكرملين` for `الكرملين الروسي`). A missing predicted speaker is wrong.
public struct QuoteScorer: Sendable {
    /// Counts, summed over articles.
    public struct Counts: Sendable, Equatable {
        /// Gold items.
        public var gold = 0
        /// Predicted items.
        public var predicted = 0
        /// Matched pairs.
        public var matched = 0
        /// Matched pairs whose speaker is right.
        public var speakerRight = 0

        /// matched / predicted (1 when nothing was predicted).
        public var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
        /// matched / gold (1 when there is no gold).
        public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        /// speakerRight / matched.
        public var speakerAccuracy: Double { matched == 0 ? 1 : Double(speakerRight) / Double(matched) }

        static func += (a: inout Counts, b: Counts) {
            a.gold += b.gold; a.predicted += b.predicted; a.matched += b.matched; a.speakerRight += b.speakerRight
        }
    }

    /// The slices a score is reported for.
    public enum Slice: String, CaseIterable, Sendable {
        case all, direct, indirect, continuation, lenient
    }

    /// Counts per slice. For `direct`, `indirect` and `continuation`, gold items are those of that
    /// kind (strict) and predictions those the extractor labelled so.
    public private(set) var counts: [Slice: Counts] = [:]

    /// Creates an empty score.
    public init() {
        for s in Slice.allCases { counts[s] = Counts() }
    }

    /// Adds one article's predictions and gold items.
    public mutating func add(text: String, predicted: [Quote], gold: [GoldQuote]) {
        let tokens = Tokenizer().tokenize(text).filter { $0.kind.isWord || $0.kind == .number }
        let scalars = Array(text.unicodeScalars)
        func words(in span: Range<Int>) -> Set<Int> {
            var s = Set<Int>()
            for (k, t) in tokens.enumerated() where t.scalars.lowerBound >= span.lowerBound && t.scalars.upperBound <= span.upperBound { s.insert(k) }
            return s
        }
        let goldWords: [Set<Int>] = gold.map { g in
            guard let r = Self.find(Array(g.text.unicodeScalars), in: scalars) else { return [] }
            return words(in: r)
        }
        let predWords = predicted.map { words(in: $0.content.range) }
        var pairs: [(p: Int, g: Int, cover: Double, speaker: Bool)] = []
        for (gi, gw) in goldWords.enumerated() where !gw.isEmpty {
            for (pi, pw) in predWords.enumerated() {
                let cover = Double(gw.intersection(pw).count) / Double(gw.count)
                if cover >= 0.5 { pairs.append((pi, gi, cover, Self.speakerMatches(predicted[pi].speaker, gold[gi]))) }
            }
        }
        pairs.sort { ($0.speaker ? 1 : 0, $0.cover, -$0.p) > ($1.speaker ? 1 : 0, $1.cover, -$1.p) }
        var goldOf = [Int?](repeating: nil, count: predicted.count)
        var predOf = [Int?](repeating: nil, count: gold.count)
        for pair in pairs where goldOf[pair.p] == nil && predOf[pair.g] == nil {
            goldOf[pair.p] = pair.g
            predOf[pair.g] = pair.p
        }
        func tally(_ slice: Slice, goldIn: (GoldQuote) -> Bool, predIn: (Quote) -> Bool, strict: Bool) {
            var c = Counts()
            for (gi, g) in gold.enumerated() where goldIn(g) && !(strict && g.borderline) {
                c.gold += 1
                if let p = predOf[gi] {
                    c.matched += 1
                    if Self.speakerMatches(predicted[p].speaker, g) { c.speakerRight += 1 }
                }
            }
            for (pi, p) in predicted.enumerated() where predIn(p) {
                if let g = goldOf[pi], strict, gold[g].borderline { continue }
                c.predicted += 1
            }
            counts[slice]! += c
        }
        tally(.all, goldIn: { _ in true }, predIn: { _ in true }, strict: true)
        tally(.lenient, goldIn: { _ in true }, predIn: { _ in true }, strict: false)
        tally(.direct, goldIn: { $0.kind == .direct }, predIn: { $0.kind == .direct }, strict: true)
        tally(.indirect, goldIn: { $0.kind == .indirect }, predIn: { $0.kind == .indirect }, strict: true)
        tally(.continuation, goldIn: { $0.continuation }, predIn: { $0.isContinuation }, strict: true)
    }

    /// The largest share of `gold`'s word tokens that one of `predicted` covers (0 when the gold
    /// text is not in `text`): what decides a match, for error analysis.
    public static func bestCoverage(text: String, predicted: [Quote], gold: GoldQuote) -> Double {
        let tokens = Tokenizer().tokenize(text).filter { $0.kind.isWord || $0.kind == .number }
        guard let r = find(Array(gold.text.unicodeScalars), in: Array(text.unicodeScalars)) else { return 0 }
        let goldWords = tokens.filter { $0.scalars.lowerBound >= r.lowerBound && $0.scalars.upperBound <= r.upperBound }.map(\.scalars.lowerBound)
        guard !goldWords.isEmpty else { return 0 }
        return predicted.map { q in
            Double(goldWords.filter { $0 >= q.content.start && $0 < q.content.end }.count) / Double(goldWords.count)
        }.max() ?? 0
    }

    /// Whether a predicted speaker names the gold one (see the type's documentation).
    public static func speakerMatches(_ predicted: String?, _ gold: GoldQuote) -> Bool {
        guard let predicted else { return false }
        let p = fold(predicted)
        guard !p.isEmpty else { return false }
        for g in [gold.speaker, gold.speakerSurface].compactMap({ $0 }).map(fold) where !g.isEmpty {
            if p.contains(g) || g.contains(p) { return true }
        }
        return false
    }

    static func fold(_ s: String) -> String {
        Normalizer.search(s).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        outer: for i in 0...(hay.count - needle.count) {
            for j in 0..<needle.count where hay[i + j] != needle[j] { continue outer }
            return i..<(i + needle.count)
        }
        return nil
    }
}
