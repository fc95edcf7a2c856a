import NewsModel

/// Khabar's named-entity tagger: a structured averaged perceptron over BIO tags
/// (`B-PERS`, `I-LOC`, …) with first-order Viterbi decoding, trained on ANERcorp-style
/// CoNLL data by `EntityTaggerTrainer` (`khabar train ner`).
///
/// Use `EntityTagger.shipped()` for the model shipped with Khabar, then `mentions(in:)` on
/// text or `tag(_:)` on tokens. A tagger is an immutable value, safe to share across tasks.
public struct EntityTagger: Sendable {
    /// How the model was trained; saved with it.
    public struct Metadata: Codable, Hashable, Sendable {
        /// Passes over the training sentences.
        public var epochs: Int
        /// Seed of the shuffle of training sentences between passes.
        public var seed: UInt64
        /// Fraction of the input sentences held out at the end as the development part
        /// (not trained on); `khabar eval ner --dev` scores on the same part.
        public var devFraction: Double
        /// Sentences trained on.
        public var trainingSentences: Int
        /// Tokens trained on.
        public var trainingTokens: Int

        /// Creates metadata.
        public init(epochs: Int, seed: UInt64, devFraction: Double, trainingSentences: Int, trainingTokens: Int) {
            self.epochs = epochs
            self.seed = seed
            self.devFraction = devFraction
            self.trainingSentences = trainingSentences
            self.trainingTokens = trainingTokens
        }
    }

    /// How the model was trained.
    public let metadata: Metadata
    /// The gazetteer the model's features were trained with.
    public let gazetteer: Gazetteer
    /// Feature keys, ascending; row `r` of `weights` belongs to `keys[r]`.
    let keys: [UInt64]
    /// Quantised weights, `EntityTag.count` per key.
    let weights: [Int16]
    /// Quantised transition weights, `(prev + 1) * EntityTag.count + tag`, prev −1 the start.
    let transitions: [Int16]
    /// Value of one quantisation step.
    let scale: Float
    let table: FeatureTable

    init(metadata: Metadata, gazetteer: Gazetteer, keys: [UInt64], weights: [Int16], transitions: [Int16], scale: Float) {
        self.metadata = metadata
        self.gazetteer = gazetteer
        self.keys = keys
        self.weights = weights
        self.transitions = transitions
        self.scale = scale
        self.table = FeatureTable(keys: keys)
    }

    /// Number of features with a weight.
    public var featureCount: Int { keys.count }

    /// Tags one sentence of tokens (words and punctuation as separate tokens, as in
    /// ANERcorp). Returns one tag per token; the sequence is well-formed IOB2.
    public func tag(_ tokens: [String]) -> [EntityTag] {
        let forms = tokens.map(WordForm.init)
        let marks = gazetteer.marks(forms)
        return tag(features: EntityFeatures(forms: forms, marks: marks)).map { EntityTag(index: $0) }
    }

    /// Tags sentences; the same as `tag(_:)` on each.
    public func tag(sentences: [[String]]) -> [[EntityTag]] {
        sentences.map { tag($0) }
    }

    func tag(features: EntityFeatures) -> [Int] {
        let n = features.count
        let T = EntityTag.count
        var emission = [Float](repeating: 0, count: n * T)
        table.withLookup { lookup in
            weights.withUnsafeBufferPointer { w in
                features.keys.withUnsafeBufferPointer { k in
                    emission.withUnsafeMutableBufferPointer { em in
                        var sums = [Int32](repeating: 0, count: T)
                        for t in 0..<n {
                            for y in 0..<T { sums[y] = 0 }
                            for j in features.starts[t]..<features.starts[t + 1] {
                                let r = lookup(k[j])
                                if r < 0 { continue }
                                let base = r * T
                                for y in 0..<T { sums[y] &+= Int32(w[base + y]) }
                            }
                            for y in 0..<T { em[t * T + y] = Float(sums[y]) }
                        }
                    }
                }
            }
        }
        let trans = transitions.map { Float($0) }
        return Viterbi.decode(emission: emission, count: n, transitions: trans)
    }
}
