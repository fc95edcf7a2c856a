import ArabicText
import NewsModel

/// Khabar's named-entity tagger: a structured averaged perceptron over BIO tags
/// (`B-PERS`, `I-LOC`, …) with first-order Viterbi decoding, trained on ANERcorp-style
/// CoNLL data by `EntityTaggerTrainer` (`khabar train ner`).
///
/// Two passes: the first tags each sentence from its own words; the second sees, besides,
/// what the first found in the neighbouring sentences of the same document
/// (`DocumentMemory`), so a name recognised once is recognised again.
///
/// Use `EntityTagger.shipped()` for the model shipped with Khabar, then `mentions(in:)` on
/// text or `tag(sentences:)` on tokens. A tagger is an immutable value, safe to share.
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
        /// Sentences before and after a sentence that make its document for the second pass.
        public var documentWindow: Int

        /// Creates metadata.
        public init(epochs: Int, seed: UInt64, devFraction: Double, trainingSentences: Int,
                    trainingTokens: Int, documentWindow: Int) {
            self.epochs = epochs
            self.seed = seed
            self.devFraction = devFraction
            self.trainingSentences = trainingSentences
            self.trainingTokens = trainingTokens
            self.documentWindow = documentWindow
        }
    }

    /// How the model was trained.
    public let metadata: Metadata
    /// The gazetteer the model's features were trained with.
    public let gazetteer: Gazetteer
    /// The passes: one (sentence features) or two (plus document memory).
    let stages: [PerceptronStage]

    init(metadata: Metadata, gazetteer: Gazetteer, stages: [PerceptronStage]) {
        precondition(EntityTag.count == 9 && (1...2).contains(stages.count))
        self.metadata = metadata
        self.gazetteer = gazetteer
        self.stages = stages
    }

    /// Number of features with a weight, over all passes.
    public var featureCount: Int { stages.reduce(0) { $0 + $1.keys.count } }

    /// Tags the sentences of one document (in order; words and punctuation as separate
    /// tokens, as in ANERcorp). Returns one well-formed IOB2 tag sequence per sentence.
    public func tag(sentences: [[String]]) -> [[EntityTag]] {
        let builder = WordForm.Builder()
        let forms = sentences.map { builder.forms($0) }
        return tag(forms: forms).map { $0.map { EntityTag(index: $0) } }
    }

    /// Tags one sentence on its own (no document around it).
    public func tag(_ tokens: [String]) -> [EntityTag] {
        tag(sentences: [tokens])[0]
    }

    func tag(forms: [[WordForm]]) -> [[Int]] {
        let marks = forms.map { gazetteer.marks($0) }
        let first = zip(forms, marks).map { stages[0].decode(EntityFeatures(forms: $0, marks: $1)) }
        guard stages.count > 1 else { return first }
        let memory = DocumentMemory.marks(forms: forms, predictions: first, window: metadata.documentWindow)
        return forms.indices.map {
            stages[1].decode(EntityFeatures(forms: forms[$0], marks: marks[$0], documentMarks: memory[$0], firstPass: first[$0]))
        }
    }
}
