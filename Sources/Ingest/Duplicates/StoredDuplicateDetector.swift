import Analysis
import NewsModel
import Storage

/// Near-duplicate detection against the store, incremental across ingests: each article's
/// fingerprint and LSH band keys are saved in the `v2-fingerprints` tables, and a new article
/// is compared only with the stored articles that share its exact fingerprint or a band key
/// (`SQLiteStore.duplicateCandidates`), never with the whole corpus in memory.
///
/// Not thread-safe (it owns a `Fingerprinter`); give each task its own.
public final class StoredDuplicateDetector {
    /// What the detector decided for one article.
    public struct Decision: Hashable, Sendable {
        /// The article.
        public var articleID: String
        /// The stored article it duplicates (the most similar; ties to the earliest stored), or nil.
        public var duplicateOf: String?
        /// Estimated Jaccard similarity with `duplicateOf` (1 for an exact duplicate).
        public var similarity: Double
        /// Whether it is an exact duplicate (same analysed tokens).
        public var isExact: Bool
        /// Why the body got no fingerprint, when it did not (then it is never a duplicate).
        public var warning: FingerprintWarning?
    }

    private let store: SQLiteStore
    private let fingerprinter: Fingerprinter
    private let parametersKey: String

    /// A detector over `store` with `parameters`.
    public init(store: SQLiteStore, parameters: FingerprintParameters = .default) {
        self.store = store
        self.fingerprinter = Fingerprinter(parameters: parameters)
        parametersKey = parameters.storeKey
    }

    /// Decides whether `article` (already stored) duplicates an earlier stored article, then
    /// saves its fingerprint so later articles are compared with it.
    /// - Throws: `FingerprintStoreError.unknownArticle` when `article` is not stored;
    ///   `DatabaseError` on a database failure.
    public func record(_ article: Article) async throws -> Decision {
        let fingerprint: Fingerprint
        do {
            fingerprint = try fingerprinter.fingerprint(of: article.body)
        } catch {
            return Decision(articleID: article.id, duplicateOf: nil, similarity: 0, isExact: false, warning: error)
        }
        let parameters = fingerprinter.parameters
        let keys = fingerprint.minHash.bandKeys(bands: parameters.bandCount)
        var best: Decision? = nil
        for candidate in try await store.duplicateCandidates(exact: fingerprint.exact.value, bandKeys: keys)
        where candidate.articleID != article.id && candidate.parameters == parametersKey {
            let isExact = candidate.exact == fingerprint.exact.value
            let similarity = isExact ? 1 : fingerprint.minHash.estimatedJaccard(MinHashSignature(values: candidate.signature))
            guard isExact || similarity >= parameters.threshold else { continue }
            if similarity > (best?.similarity ?? -1) {
                best = Decision(articleID: article.id, duplicateOf: candidate.articleID, similarity: similarity, isExact: isExact, warning: nil)
            }
        }
        try await store.saveFingerprint(
            StoredFingerprint(articleID: article.id, exact: fingerprint.exact.value, signature: fingerprint.minHash.values,
                              parameters: parametersKey),
            bandKeys: keys)
        return best ?? Decision(articleID: article.id, duplicateOf: nil, similarity: 0, isExact: false, warning: nil)
    }
}
