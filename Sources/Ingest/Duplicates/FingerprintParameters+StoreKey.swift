import Analysis
import Storage

extension FingerprintParameters {
    /// How the store records the parameters a fingerprint was computed under; fingerprints are
    /// compared only when their keys are equal.
    var storeKey: String { "shingle=\(shingleSize) hashes=\(hashCount) bands=\(bandCount) seed=\(seed)" }
}

extension Fingerprinter {
    /// The store's form of the fingerprint of `body`, or nil when the body gets none (empty,
    /// boilerplate-only or too short: see `Fingerprinter.fingerprint(of:)`).
    func indexedFingerprint(of body: String) -> IndexedFingerprint? {
        guard let f = try? fingerprint(of: body) else { return nil }
        return IndexedFingerprint(exact: f.exact.value, signature: f.minHash.values,
                                  bandKeys: f.minHash.bandKeys(bands: parameters.bandCount),
                                  parameters: parameters.storeKey, threshold: parameters.threshold)
    }
}
