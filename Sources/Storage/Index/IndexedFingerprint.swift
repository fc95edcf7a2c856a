/// The duplicate-detection fingerprint of an article body, as the store keeps it: computed by
/// the ingest workers (Analysis' `Fingerprinter`) outside the write transaction, so the store
/// only looks up candidates, compares signatures and writes rows.
public struct IndexedFingerprint: Hashable, Sendable {
    /// The exact fingerprint (analysed tokens in order).
    public var exact: UInt64
    /// The MinHash signature.
    public var signature: [UInt32]
    /// The LSH band keys of `signature`.
    public var bandKeys: [UInt64]
    /// The parameters it was computed under; only fingerprints with equal parameters are compared.
    public var parameters: String
    /// Estimated Jaccard similarity at or above which two signatures are near-duplicates.
    public var threshold: Double

    public init(exact: UInt64, signature: [UInt32], bandKeys: [UInt64], parameters: String, threshold: Double) {
        self.exact = exact
        self.signature = signature
        self.bandKeys = bandKeys
        self.parameters = parameters
        self.threshold = threshold
    }

    /// The fraction of equal positions in two signatures (0 when their lengths differ).
    public static func estimatedJaccard(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var equal = 0
        for i in a.indices where a[i] == b[i] { equal += 1 }
        return Double(equal) / Double(a.count)
    }
}
