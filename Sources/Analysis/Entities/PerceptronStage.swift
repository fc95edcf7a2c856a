/// One pass of the tagger: feature weights for every tag, tag-to-tag transition weights,
/// quantised to Int16 steps of `scale`.
struct PerceptronStage: Sendable, Equatable {
    /// Feature keys, ascending; row `r` of `weights` belongs to `keys[r]`.
    let keys: [UInt64]
    /// `EntityTag.count` weights per key.
    let weights: [Int16]
    /// `(prev + 1) * EntityTag.count + tag`, prev −1 the sentence start.
    let transitions: [Int16]
    /// Value of one quantisation step.
    let scale: Float
    let table: FeatureTable

    init(keys: [UInt64], weights: [Int16], transitions: [Int16], scale: Float) {
        self.keys = keys
        self.weights = weights
        self.transitions = transitions
        self.scale = scale
        self.table = FeatureTable(keys: keys, weights: weights)
    }

    static func == (a: PerceptronStage, b: PerceptronStage) -> Bool {
        a.keys == b.keys && a.weights == b.weights && a.transitions == b.transitions && a.scale == b.scale
    }

    /// Best tag indices for a sentence's features.
    func decode(_ features: EntityFeatures) -> [Int] {
        let n = features.count
        let T = EntityTag.count
        var emission = [Float](repeating: 0, count: n * T)
        table.withLookup { lookup in
            features.keys.withUnsafeBufferPointer { k in
                features.starts.withUnsafeBufferPointer { starts in
                    emission.withUnsafeMutableBufferPointer { em in
                        var sums = (Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0), Int32(0))
                        for t in 0..<n {
                            sums = (0, 0, 0, 0, 0, 0, 0, 0, 0)
                            for j in starts[t]..<starts[t + 1] {
                                guard let w = lookup(k[j]) else { continue }
                                sums.0 &+= Int32(w[0]); sums.1 &+= Int32(w[1]); sums.2 &+= Int32(w[2])
                                sums.3 &+= Int32(w[3]); sums.4 &+= Int32(w[4]); sums.5 &+= Int32(w[5])
                                sums.6 &+= Int32(w[6]); sums.7 &+= Int32(w[7]); sums.8 &+= Int32(w[8])
                            }
                            let o = t * T
                            em[o] = Float(sums.0); em[o + 1] = Float(sums.1); em[o + 2] = Float(sums.2)
                            em[o + 3] = Float(sums.3); em[o + 4] = Float(sums.4); em[o + 5] = Float(sums.5)
                            em[o + 6] = Float(sums.6); em[o + 7] = Float(sums.7); em[o + 8] = Float(sums.8)
                        }
                    }
                }
            }
        }
        return Viterbi.decode(emission: emission, count: n, transitions: transitions.map { Float($0) })
    }

    /// Quantises averaged weights, drops keys whose weights all round to zero, sorts by key.
    static func quantize(keys: [UInt64], weights: [Double], transitions: [Double]) -> PerceptronStage {
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
        var qw = [Int16]()
        qw.reserveCapacity(kept.count * T)
        for (_, r) in kept { for y in 0..<T { qw.append(q(weights[r * T + y])) } }
        return PerceptronStage(keys: kept.map(\.0), weights: qw, transitions: transitions.map(q), scale: Float(step))
    }
}
