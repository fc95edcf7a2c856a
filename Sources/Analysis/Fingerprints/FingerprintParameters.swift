import Foundation

/// The knobs of near-duplicate detection, with the defaults chosen by measurement.
///
/// Measured with `khabar eval duplicates` (seed 5: 2,000 ANT articles, 12,000 perturbed copies
/// of six kinds, 3,646 same-category close-date negatives; LSH candidate *and* threshold, as
/// `NearDuplicateIndex` decides) on 2026-11-25:
///
/// | shingle | hashes | bands | threshold | precision | recall |
/// |---|---|---|---|---|---|
/// | 2 | 64 | 16 | 0.5 | 0.996 | 0.997 |
/// | **3** | **64** | **16** | **0.5** | **0.996** | **0.995** |
/// | 4 | 64 | 16 | 0.5 | 0.997 | 0.993 |
/// | 5 | 64 | 16 | 0.5 | 0.997 | 0.990 |
/// | 3 | 64 | 16 | 0.4 | 0.996 | 0.996 |
/// | 3 | 32 | 16 | 0.5 | 0.996 | 0.997 |
/// | 3 | 64 | 32 | 0.5 | 0.996 | 0.998 |
/// | 3 | 128 | 32 | 0.5 | 0.996 | 0.998 |
/// | 3 | 128 | 32 | 0.4 | 0.995 | 0.999 |
/// | 2 | 128 | 32 | 0.5 | 0.995 | 1.000 |
///
/// Every setting passes the targets (precision ≥ 0.98, recall ≥ 0.95); the remaining "false
/// positives" are mostly real copies inside ANT (one agency story under two outlets or two
/// ids, e.g. SK-internationalNews-1753/1755, SK-sport-171/AL-sport-311). The misses are short
/// bodies under spacing edits and 70% truncations near the threshold. Word 3-shingles keep
/// same-topic articles apart better than 2-shingles (which turn shared phrases into evidence),
/// and survive a local edit better than 4–5-shingles. 64 hashes in 16 bands of 4 rows
/// (banding knee (1/16)^(1/4) = 0.5, matching the threshold: a pair at J = 0.7 becomes a
/// candidate with probability 0.99) cost half the time and memory of 128/32 for 0.003 recall;
/// `khabar bench duplicates` runs 100,000 articles at ~10,000 articles/s of one core's CPU time
/// in 131 MB peak RSS with them. Standard error of the Jaccard estimate at J = 0.5 is 0.06.
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

