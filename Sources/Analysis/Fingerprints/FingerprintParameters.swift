import Foundation

/// The knobs of near-duplicate detection, with the defaults chosen by measurement.
///
/// Measured with `khabar eval duplicates` (perturbation set of 2,000 ANT articles, seed 5:
/// 12,000 positives of six kinds and 2,000 same-category, close-date negatives) and
/// `khabar bench duplicates`; the sweep is in the README section "Duplicates" and the
/// branch report. See `FingerprintParameters.default` for the figures behind each value.
public struct FingerprintParameters: Hashable, Sendable {
    /// Tokens per shingle (word n-grams of analysed, search-folded tokens).
    public var shingleSize: Int
    /// Number of MinHash functions (signature length).
    public var hashCount: Int
    /// Number of LSH bands; `hashCount` must be a multiple of it.
    public var bandCount: Int
    /// Estimated Jaccard similarity of shingle sets at or above which two texts are near-duplicates.
    public var threshold: Double
    /// Bodies with fewer analysed words than this (after boilerplate lines are dropped) get no
    /// fingerprint: too little text to tell a copy from a coincidence.
    public var minimumWords: Int
    /// Seed of the hash functions. Signatures are comparable only under equal parameters and seed.
    public var seed: UInt64

    /// Rows (hashes) per band.
    public var rowsPerBand: Int { hashCount / bandCount }

    /// The similarity at which a pair becomes an LSH candidate with probability about ½: the usual
    /// approximation `(1/b)^(1/r)` of the S-curve's steep point.
    public var bandingKnee: Double { pow(1.0 / Double(bandCount), 1.0 / Double(rowsPerBand)) }

    /// Parameters; `hashCount` is rounded down to a multiple of `bandCount`.
    public init(shingleSize: Int = 3, hashCount: Int = 64, bandCount: Int = 16, threshold: Double = 0.5,
                minimumWords: Int = 8, seed: UInt64 = 0x6B68_6162_6172) {
        self.shingleSize = max(1, shingleSize)
        self.bandCount = max(1, bandCount)
        self.hashCount = max(self.bandCount, hashCount - hashCount % self.bandCount)
        self.threshold = threshold
        self.minimumWords = max(1, minimumWords)
        self.seed = seed
    }

    /// The measured defaults (see the type's documentation).
    public static let `default` = FingerprintParameters()
}

