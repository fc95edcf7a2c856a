import NewsModel
import ArabicText

/// Computes `Fingerprint`s of article bodies with Khabar's one analyzer.
///
/// Tokens are the analyzer's search-folded forms, stop words included (see `ExactFingerprint`).
/// Shingles are runs of `shingleSize` consecutive tokens; each shingle's 64-bit hash `x` goes
/// through `hashCount` multiply-shift hash functions `h_i(x) = (a_i·x + b_i) >> 32` (odd `a_i`,
/// drawn from the parameters' seed) and the signature keeps each function's minimum.
///
/// Like `Analyzer`, a fingerprinter keeps scratch buffers and is **not** thread-safe: give each
/// thread or task its own.
public final class Fingerprinter {
    /// The parameters signatures are computed under.
    public let parameters: FingerprintParameters
    /// Lines dropped before fingerprinting.
    public let boilerplate: Boilerplate
    private let analyzer: Analyzer
    private let multipliers: [UInt64]
    private let addends: [UInt64]
    private var minima: [UInt32]
    private var window: [UInt64]

    /// A fingerprinter under `parameters`, dropping `boilerplate` lines.
    public init(parameters: FingerprintParameters = .default, boilerplate: Boilerplate = .standard,
                analyzer: Analyzer = Analyzer()) {
        self.parameters = parameters
        self.boilerplate = boilerplate
        self.analyzer = analyzer
        var rng = SeededGenerator(seed: parameters.seed)
        multipliers = (0..<parameters.hashCount).map { _ in rng.next() | 1 }
        addends = (0..<parameters.hashCount).map { _ in rng.next() }
        minima = Array(repeating: .max, count: parameters.hashCount)
        window = Array(repeating: 0, count: parameters.shingleSize)
    }

    /// The fingerprint of `body`.
    /// - Throws: `FingerprintWarning` when the body is empty, boilerplate only, or shorter than
    ///   `parameters.minimumWords` analysed words: such a body gets no fingerprint.
    public func fingerprint(of body: String) throws(FingerprintWarning) -> Fingerprint {
        let text = boilerplate.stripped(body)

        let n = parameters.shingleSize
        let k = parameters.hashCount
        var exact: UInt64 = 0x8422_2325_cbf2_9ce4
        var words = 0
        var shingles = 0
        for i in 0..<k { minima[i] = .max }
        multipliers.withUnsafeBufferPointer { a in
            addends.withUnsafeBufferPointer { b in
                minima.withUnsafeMutableBufferPointer { mins in
                    window.withUnsafeMutableBufferPointer { ring in
                        analyzer.forEachTerm(in: text) { term in
                            let h = FingerprintHashing.hash(term.normalized)
                            exact = FingerprintHashing.combine(exact, h)
                            ring[words % n] = h
                            words += 1
                            guard words >= n else { return }
                            var x: UInt64 = 0x2545_F491_4F6C_DD1D
                            for j in (words - n)..<words { x = FingerprintHashing.combine(x, ring[j % n]) }
                            shingles += 1
                            for i in 0..<k {
                                let v = UInt32(truncatingIfNeeded: (a[i] &* x &+ b[i]) >> 32)
                                if v < mins[i] { mins[i] = v }
                            }
                        }
                    }
                }
            }
        }
        guard words >= parameters.minimumWords, shingles > 0 else {
            if words == 0 {
                // Nothing left: was there anything before the boilerplate lines went?
                if text.utf8.count == body.utf8.count || Boilerplate.key(body).isEmpty { throw .emptyBody }
                throw .boilerplateOnly
            }
            throw .tooShort(words: words, minimum: parameters.minimumWords)
        }
        return Fingerprint(exact: ExactFingerprint(value: exact), minHash: MinHashSignature(values: minima),
                           wordCount: words)
    }
}
