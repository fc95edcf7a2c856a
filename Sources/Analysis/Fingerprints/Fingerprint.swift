/// What duplicate detection keeps of an article body: its exact fingerprint, its MinHash
/// signature and how many analysed words it had.
public struct Fingerprint: Hashable, Sendable {
    /// Equal for texts with the same analysed tokens in the same order.
    public var exact: ExactFingerprint
    /// Near-duplicate signature over word shingles.
    public var minHash: MinHashSignature
    /// Analysed words fingerprinted (after boilerplate lines were dropped).
    public var wordCount: Int

    /// A fingerprint from its parts.
    public init(exact: ExactFingerprint, minHash: MinHashSignature, wordCount: Int) {
        self.exact = exact
        self.minHash = minHash
        self.wordCount = wordCount
    }

    /// Whether `other` is the same text or a near-duplicate under `parameters`: equal exact
    /// fingerprints, or an estimated Jaccard similarity at or above the threshold.
    public func isDuplicate(of other: Fingerprint, parameters: FingerprintParameters = .default) -> Bool {
        exact == other.exact || minHash.estimatedJaccard(other.minHash) >= parameters.threshold
    }
}
