import NewsModel
import ArabicText

/// Trains an `EntityTagger`: a structured perceptron (Collins 2002) with Viterbi decoding,
/// weights averaged over every update, sentences shuffled between passes by a fixed-seed
/// generator — the same sentences and settings give the same model, byte for byte.
///
/// Names learned from the training data become gazetteer entries. So that the model does
/// not learn to trust them more than they deserve on unseen text, each training sentence
/// sees only the names learned from the other folds (jackknifing, folds being contiguous
/// blocks so a story's names stay in one fold); the saved model carries the names learned
/// from all training sentences. The second pass is trained the same way on first-pass
/// predictions made by models that did not see the sentence's fold.
public struct EntityTaggerTrainer: Sendable {
    /// Passes over the training sentences.
    public var epochs: Int
    /// Seed of the shuffle between passes.
    public var seed: UInt64
    /// Folds for jackknifing (1 disables it).
    public var folds: Int
    /// Fraction of the corpus held out as development part; recorded in the model.
    public var devFraction: Double
    /// Whether to train the second, document-aware pass.
    public var documentPass: Bool
    /// Sentences before and after a sentence that make its document for the second pass.
    public var documentWindow: Int
    /// Every how many training sentences one is given to the second pass without its document
    /// (0: never).
    public var aloneEvery = 4
    /// Whether the saved model's self-trained names come from a second round: the finished
    /// two-pass tagger tagging the unlabeled documents again.
    public var secondSelfTrainingRound = true
    /// Perceptrons trained per pass, each with its own shuffle (seeds `seed`, `seed + 1`, …),
    /// whose averaged weights are averaged again: less dependence on one shuffle's luck.
    public var ensemble: Int

    /// Creates a trainer.
    public init(epochs: Int = 8, seed: UInt64 = 20_260_101, folds: Int = 5, devFraction: Double = 0.1,
                documentPass: Bool = true, documentWindow: Int = 50, ensemble: Int = 3) {
        self.ensemble = ensemble
        self.epochs = epochs
        self.seed = seed
        self.folds = folds
        self.devFraction = devFraction
        self.documentPass = documentPass
        self.documentWindow = documentWindow
    }

    /// Trains on `sentences`. After each pass over the data of the last stage, `progress`
    /// (if given) receives the pass number and the tagger averaged so far (with a second
    /// self-training round, only the finished tagger, once).
    ///
    /// With `unlabeled` documents (tokenized news: documents of sentences of tokens), the
    /// names a one-pass tagger finds in them become `auto-KIND` gazetteer entries
    /// (`Gazetteer.selfTrained`): for training sentences from taggers that did not see their
    /// fold, for the saved model from a tagger trained on all sentences.
    /// - Throws: `EntityTaggerError.noTrainingData` when there are no sentences.
    public func train(_ sentences: [TaggedSentence], unlabeled: [[[String]]] = [],
                      progress: ((Int, EntityTagger) -> Void)? = nil)
        throws(EntityTaggerError) -> EntityTagger
    {
        guard !sentences.isEmpty else { throw .noTrainingData }
        let builtin = Gazetteer.builtin()
        let k = max(1, min(folds, sentences.count))
        let foldOf = sentences.indices.map { Self.fold(of: $0, count: sentences.count, folds: k) }
        let builder = WordForm.Builder()
        let forms = sentences.map { builder.forms($0.tokens) }
        let gold = sentences.map { Self.wellFormed($0.tags) }
        let useDocument = documentPass && k > 1
        let useUnlabeled = !unlabeled.isEmpty && k > 1

        // One-pass taggers trained without each fold: their predictions feed the second pass
        // and the self-trained gazetteers.
        var inner = self
        inner.documentPass = false
        var foldTaggers: [EntityTagger?] = Array(repeating: nil, count: k)
        if useDocument || useUnlabeled {
            for fold in 0..<k {
                let others = sentences.indices.filter { foldOf[$0] != fold }.map { sentences[$0] }
                if !others.isEmpty { foldTaggers[fold] = try inner.train(others) }
            }
        }
        var full = builtin.merging(Gazetteer.learned(from: sentences))
        var foldGazetteers: [Gazetteer] = []
        if k == 1 {
            foldGazetteers = [full]
        } else {
            for fold in 0..<k {
                let others = sentences.indices.filter { foldOf[$0] != fold }.map { sentences[$0] }
                var g = builtin.merging(Gazetteer.learned(from: others))
                if useUnlabeled, let tagger = foldTaggers[fold] {
                    g = g.merging(Gazetteer.selfTrained(by: tagger, documents: unlabeled))
                }
                foldGazetteers.append(g)
            }
        }
        if useUnlabeled {
            full = full.merging(Gazetteer.selfTrained(by: try inner.train(sentences), documents: unlabeled))
        }
        let marks = forms.indices.map { foldGazetteers[foldOf[$0]].marks(forms[$0]) }
        let metadata = EntityTagger.Metadata(
            epochs: epochs, seed: seed, devFraction: devFraction, trainingSentences: sentences.count,
            trainingTokens: sentences.reduce(0) { $0 + $1.tokens.count }, documentWindow: documentWindow)

        let localFeatures = forms.indices.map { EntityFeatures(forms: forms[$0], marks: marks[$0]) }
        let first = trainStage(localFeatures, gold: gold) { epoch, stage in
            if !useDocument { progress?(epoch, EntityTagger(metadata: metadata, gazetteer: full, stages: [stage])) }
        }
        guard useDocument else { return EntityTagger(metadata: metadata, gazetteer: full, stages: [first]) }

        // First-pass predictions for each fold from the one-pass tagger trained without it.
        var predictions = [[Int]](repeating: [], count: sentences.count)
        for fold in 0..<k {
            guard let tagger = foldTaggers[fold] else { continue }
            let inFold = sentences.indices.filter { foldOf[$0] == fold }
            for (i, p) in zip(inFold, tagger.tag(forms: inFold.map { forms[$0] })) { predictions[i] = p }
        }
        for i in predictions.indices where predictions[i].count != forms[i].count {
            predictions[i] = [Int](repeating: 0, count: forms[i].count)
        }
        // Every `aloneEvery`-th sentence is seen as if it stood alone (no document evidence), so
        // that the second pass also knows what to do with a headline or a one-sentence text.
        let memory = DocumentMemory.marks(forms: forms, predictions: predictions, window: documentWindow)
        let documentFeatures = forms.indices.map {
            let alone = aloneEvery > 0 && $0 % aloneEvery == aloneEvery - 1
            let d = alone ? [UInt32](repeating: 0, count: forms[$0].count) : memory[$0]
            return EntityFeatures(forms: forms[$0], marks: marks[$0], documentMarks: d, firstPass: predictions[$0])
        }
        let second = trainStage(documentFeatures, gold: gold) { epoch, stage in
            if !(useUnlabeled && secondSelfTrainingRound) {
                progress?(epoch, EntityTagger(metadata: metadata, gazetteer: full, stages: [first, stage]))
            }
        }
        let tagger = EntityTagger(metadata: metadata, gazetteer: full, stages: [first, second])
        guard useUnlabeled && secondSelfTrainingRound else { return tagger }
        let noAuto = Gazetteer(entries: full.entries.filter { !$0.category.rawValue.hasPrefix("auto-") })
        let again = EntityTagger(metadata: metadata, gazetteer: noAuto.merging(Gazetteer.selfTrained(by: tagger, documents: unlabeled)),
                                 stages: [first, second])
        progress?(epochs, again)
        return again
    }

    /// Trains one pass on precomputed features.
    func trainStage(_ features: [EntityFeatures], gold: [[Int]], progress: (Int, PerceptronStage) -> Void) -> PerceptronStage {
        let T = EntityTag.count
        // Keys mapped to dense rows in first-seen order.
        var rowOf: [UInt64: Int32] = [:]
        var rowKeys: [UInt64] = []
        var sentenceRows: [[Int32]] = []
        for f in features {
            var rows = [Int32]()
            rows.reserveCapacity(f.keys.count)
            for key in f.keys {
                if let r = rowOf[key] {
                    rows.append(r)
                } else {
                    let r = Int32(rowKeys.count)
                    rowOf[key] = r
                    rowKeys.append(key)
                    rows.append(r)
                }
            }
            sentenceRows.append(rows)
        }
        rowOf = [:]

        // Each member's averaged weights are added to `sum`; the model is their sum (the
        // scale of the weights does not matter to the decoder).
        var sumW = [Double](repeating: 0, count: rowKeys.count * T)
        var sumT = [Double](repeating: 0, count: (T + 1) * T)
        let members = max(1, ensemble)
        for member in 0..<members {
            trainMember(features, rows: sentenceRows, gold: gold, seed: seed &+ UInt64(member)) { epoch, w, t in
                guard member == members - 1 else { return }
                progress(epoch, PerceptronStage.quantize(
                    keys: rowKeys, weights: zip(sumW, w).map { $0 + $1 }, transitions: zip(sumT, t).map { $0 + $1 }))
            } done: { w, t in
                for i in sumW.indices { sumW[i] += w[i] }
                for i in sumT.indices { sumT[i] += t[i] }
            }
        }
        return PerceptronStage.quantize(keys: rowKeys, weights: sumW, transitions: sumT)
    }

    /// One averaged perceptron: `epochs` shuffled passes with Viterbi decoding and
    /// Collins's updates; averages kept lazily (`w − u / c`). Calls `epochDone` with the
    /// averaged feature and transition weights after each pass, `done` after the last.
    private func trainMember(
        _ features: [EntityFeatures], rows sentenceRows: [[Int32]], gold: [[Int]], seed: UInt64,
        epochDone: (Int, [Double], [Double]) -> Void, done: ([Double], [Double]) -> Void
    ) {
        let T = EntityTag.count
        let rowCount = sentenceRows.reduce(0) { max($0, Int($1.max() ?? -1) + 1) }
        var w = [Double](repeating: 0, count: rowCount * T)
        var u = [Double](repeating: 0, count: rowCount * T)
        var tw = [Double](repeating: 0, count: (T + 1) * T)
        var tu = [Double](repeating: 0, count: (T + 1) * T)
        var c: Double = 1
        var rng = SeededGenerator(seed: seed)
        var order = Array(features.indices)
        for epoch in 1...max(1, epochs) {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
            for s in order {
                let rows = sentenceRows[s], starts = features[s].starts, g = gold[s]
                let n = g.count
                var emission = [Float](repeating: 0, count: n * T)
                for t in 0..<n {
                    for j in starts[t]..<starts[t + 1] {
                        let base = Int(rows[j]) * T
                        for y in 0..<T { emission[t * T + y] += Float(w[base + y]) }
                    }
                }
                let pred = Viterbi.decode(emission: emission, count: n, transitions: tw.map { Float($0) })
                if pred != g {
                    for t in 0..<n {
                        let gp = t == 0 ? 0 : g[t - 1] + 1, pp = t == 0 ? 0 : pred[t - 1] + 1
                        if g[t] != pred[t] {
                            for j in starts[t]..<starts[t + 1] {
                                let base = Int(rows[j]) * T
                                w[base + g[t]] += 1; u[base + g[t]] += c
                                w[base + pred[t]] -= 1; u[base + pred[t]] -= c
                            }
                        }
                        if g[t] != pred[t] || gp != pp {
                            tw[gp * T + g[t]] += 1; tu[gp * T + g[t]] += c
                            tw[pp * T + pred[t]] -= 1; tu[pp * T + pred[t]] -= c
                        }
                    }
                }
                c += 1
            }
            let last = epoch == max(1, epochs)
            let aw = zip(w, u).map { $0 - $1 / c }, at = zip(tw, tu).map { $0 - $1 / c }
            epochDone(epoch, aw, at)
            if last { done(aw, at) }
        }
    }

    /// The fold of sentence `i`: folds are contiguous blocks, so that a news story's
    /// sentences (and its names) fall in one fold.
    static func fold(of i: Int, count: Int, folds: Int) -> Int {
        min(folds - 1, i * folds / max(count, 1))
    }

    /// Gold tags as dense indices, with an `I-X` that follows no `B-X`/`I-X` read as `B-X`
    /// (what seqeval's default mode makes of it, and what the decoder can produce).
    static func wellFormed(_ tags: [EntityTag]) -> [Int] {
        var out: [Int] = []
        var prev: EntityTag? = nil
        for tag in tags {
            var t = tag
            if !t.canFollow(prev), let kind = t.kind { t = EntityTag(kind: kind, inside: false) }
            out.append(t.index)
            prev = t
        }
        return out
    }
}
