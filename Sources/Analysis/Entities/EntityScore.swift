import NewsModel

/// Entity-level scores of predicted against gold tags: exact span-and-type matching, micro
/// averaged, as seqeval's default IOB2 mode computes them.
public struct EntityScore: Hashable, Sendable {
    /// Counts for one kind (or for all kinds).
    public struct Counts: Hashable, Sendable {
        /// Predicted entities that match a gold entity exactly (span and kind).
        public var truePositives = 0
        /// Predicted entities.
        public var predicted = 0
        /// Gold entities.
        public var gold = 0

        /// Creates empty counts.
        public init() {}

        /// Correct predictions over predictions; 0 when nothing was predicted.
        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        /// Correct predictions over gold entities; 0 when there are none.
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        /// Harmonic mean of precision and recall; 0 when both are 0.
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// All kinds together (micro average).
    public private(set) var overall = Counts()
    /// Per kind.
    public private(set) var byKind: [Mention.Kind: Counts] = [:]

    /// Creates an empty score.
    public init() {}

    /// Adds one sentence's gold and predicted tags (same length).
    public mutating func add(gold: [EntityTag], predicted: [EntityTag]) {
        precondition(gold.count == predicted.count, "gold and predicted differ in length")
        let g = EntityChunk.chunks(of: gold)
        let p = EntityChunk.chunks(of: predicted)
        let goldSet = Set(g)
        for chunk in g {
            overall.gold += 1
            byKind[chunk.kind, default: Counts()].gold += 1
        }
        for chunk in p {
            overall.predicted += 1
            byKind[chunk.kind, default: Counts()].predicted += 1
            if goldSet.contains(chunk) {
                overall.truePositives += 1
                byKind[chunk.kind, default: Counts()].truePositives += 1
            }
        }
    }

    /// Scores whole corpora: `gold[i]` against `predicted[i]`.
    public static func score(gold: [[EntityTag]], predicted: [[EntityTag]]) -> EntityScore {
        precondition(gold.count == predicted.count, "gold and predicted differ in sentence count")
        var s = EntityScore()
        for (g, p) in zip(gold, predicted) { s.add(gold: g, predicted: p) }
        return s
    }

    /// Counts for `kind` (zero counts when it never occurred).
    public subscript(kind: Mention.Kind) -> Counts { byKind[kind] ?? Counts() }
}
