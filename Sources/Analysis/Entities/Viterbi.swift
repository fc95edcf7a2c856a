/// First-order Viterbi decoding over the BIO tags, with IOB2's constraint that `I-X` only
/// follows `B-X` or `I-X`.
enum Viterbi {
    static let tags = EntityTag.count
    /// `allowed[(prev + 1) * tags + cur]`: prev −1 is the sentence start.
    static let allowed: [Bool] = {
        var a = [Bool](repeating: true, count: (tags + 1) * tags)
        for prev in -1..<tags {
            for cur in 0..<tags {
                a[(prev + 1) * tags + cur] = EntityTag(index: cur).canFollow(prev < 0 ? nil : EntityTag(index: prev))
            }
        }
        return a
    }()

    /// Best tag sequence for emission scores `emission[t * tags + y]` and transition scores
    /// `transitions[(prev + 1) * tags + y]`.
    static func decode(emission: [Float], count n: Int, transitions: [Float]) -> [Int] {
        guard n > 0 else { return [] }
        let T = tags
        var score = [Float](repeating: 0, count: n * T)
        var back = [Int8](repeating: 0, count: n * T)
        allowed.withUnsafeBufferPointer { ok in
            transitions.withUnsafeBufferPointer { tr in
                emission.withUnsafeBufferPointer { em in
                    score.withUnsafeMutableBufferPointer { sc in
                        back.withUnsafeMutableBufferPointer { bp in
                            for y in 0..<T {
                                sc[y] = ok[y] ? em[y] + tr[y] : -Float.infinity
                            }
                            var t = 1
                            while t < n {
                                for y in 0..<T {
                                    var best = -Float.infinity
                                    var arg = 0
                                    for p in 0..<T where ok[(p + 1) * T + y] {
                                        let s = sc[(t - 1) * T + p] + tr[(p + 1) * T + y]
                                        if s > best { best = s; arg = p }
                                    }
                                    sc[t * T + y] = best + em[t * T + y]
                                    bp[t * T + y] = Int8(arg)
                                }
                                t += 1
                            }
                        }
                    }
                }
            }
        }
        var best = -Float.infinity
        var y = 0
        for k in 0..<T where score[(n - 1) * T + k] > best { best = score[(n - 1) * T + k]; y = k }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = y
        var t = n - 1
        while t > 0 {
            y = Int(back[t * T + y])
            path[t - 1] = y
            t -= 1
        }
        return path
    }
}
