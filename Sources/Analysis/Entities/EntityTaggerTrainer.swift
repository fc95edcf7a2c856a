/// Trains an `EntityTagger`: a structured perceptron (Collins 2002) with Viterbi decoding,
/// weights averaged over every update, sentences shuffled between passes by a fixed-seed
/// generator — the same sentences and settings give the same model, byte for byte.
///
/// Names learned from the training data become gazetteer entries. So that the model does
/// not learn to trust them more than they deserve on unseen text, each training sentence
/// sees only the names learned from the other folds (jackknifing); the saved model carries
/// the names learned from all training sentences.
public struct EntityTaggerTrainer: Sendable {
    /// Passes over the training sentences.
    public var epochs: Int
    /// Seed of the shuffle between passes.
    public var seed: UInt64
    /// Folds for the learned-name gazetteer (1 disables jackknifing).
    public var folds: Int
    /// Fraction of the corpus held out as development part; recorded in the model.
    public var devFraction: Double

    /// Creates a trainer.
    public init(epochs: Int = 12, seed: UInt64 = 20_260_101, folds: Int = 5, devFraction: Double = 0.1) {
        self.epochs = epochs
        self.seed = seed
        self.folds = folds
        self.devFraction = devFraction
    }

    /// Trains on `sentences`. After each pass, `progress` (if given) receives the pass number
    /// and the tagger averaged so far.
    /// - Throws: `EntityTaggerError.noTrainingData` when there are no sentences.
    public func train(_ sentences: [TaggedSentence], progress: ((Int, EntityTagger) -> Void)? = nil)
        throws(EntityTaggerError) -> EntityTagger
    {
        guard !sentences.isEmpty else { throw .noTrainingData }
        let T = EntityTag.count
        let builtin = Gazetteer.builtin()
        let k = max(1, folds)
        let full = builtin.merging(Gazetteer.learned(from: sentences))
        var foldGazetteers: [Gazetteer] = []
        if k == 1 {
            foldGazetteers = [full]
        } else {
            for fold in 0..<k {
                let others = sentences.enumerated().filter { $0.offset % k != fold }.map(\.element)
                foldGazetteers.append(builtin.merging(Gazetteer.learned(from: others)))
            }
        }

        // Features of every sentence, keys mapped to dense rows in first-seen order.
        var rowOf: [UInt64: Int32] = [:]
        var rowKeys: [UInt64] = []
        var sentenceRows: [[Int32]] = []
        var sentenceStarts: [[Int]] = []
        var gold: [[Int]] = []
        var tokenCount = 0
        for (i, s) in sentences.enumerated() {
            let forms = s.tokens.map(WordForm.init)
            let marks = foldGazetteers[k == 1 ? 0 : i % k].marks(forms)
            let features = EntityFeatures(forms: forms, marks: marks)
            var rows = [Int32]()
            rows.reserveCapacity(features.keys.count)
            for key in features.keys {
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
            sentenceStarts.append(features.starts)
            gold.append(Self.wellFormed(s.tags))
            tokenCount += s.tokens.count
        }
        rowOf = [:]

        let rowCount = rowKeys.count
        var w = [Double](repeating: 0, count: rowCount * T)
        var u = [Double](repeating: 0, count: rowCount * T)
        var tw = [Double](repeating: 0, count: (T + 1) * T)
        var tu = [Double](repeating: 0, count: (T + 1) * T)
        var c: Double = 1
        var rng = _SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        let metadata = EntityTagger.Metadata(
            epochs: epochs, seed: seed, devFraction: devFraction,
            trainingSentences: sentences.count, trainingTokens: tokenCount)

        func averaged() -> EntityTagger {
            Self.quantize(
                metadata: metadata, gazetteer: full, keys: rowKeys,
                weights: zip(w, u).map { $0 - $1 / c }, transitions: zip(tw, tu).map { $0 - $1 / c })
        }

        for epoch in 1...max(1, epochs) {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
            for s in order {
                let rows = sentenceRows[s], starts = sentenceStarts[s], g = gold[s]
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
            progress?(epoch, averaged())
        }
        return averaged()
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

    /// Quantises averaged weights to Int16 steps, drops keys whose weights are all zero and
    /// sorts the rest by key.
    static func quantize(metadata: EntityTagger.Metadata, gazetteer: Gazetteer, keys: [UInt64],
                         weights: [Double], transitions: [Double]) -> EntityTagger
    {
        let T = EntityTag.count
        var maxAbs = 1e-9
        for v in weights { maxAbs = max(maxAbs, abs(v)) }
        for v in transitions { maxAbs = max(maxAbs, abs(v)) }
        let step = maxAbs / 32767
        func q(_ v: Double) -> Int16 { Int16(max(-32767, min(32767, (v / step).rounded()))) }
        var kept: [(UInt64, Int)] = []
        for r in keys.indices {
            var any = false
            for y in 0..<T where q(weights[r * T + y]) != 0 { any = true; break }
            if any { kept.append((keys[r], r)) }
        }
        kept.sort { $0.0 < $1.0 }
        var qw = [Int16](); qw.reserveCapacity(kept.count * T)
        for (_, r) in kept { for y in 0..<T { qw.append(q(weights[r * T + y])) } }
        return EntityTagger(
            metadata: metadata, gazetteer: gazetteer, keys: kept.map(\.0), weights: qw,
            transitions: transitions.map(q), scale: Float(step))
    }
}

/// SplitMix64: a small, fixed pseudo-random generator, so shuffles are the same everywhere.
struct _SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
