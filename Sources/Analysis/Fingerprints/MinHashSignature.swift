/// A MinHash signature: for each of `FingerprintParameters.hashCount` hash functions, the
/// least 32-bit hash over a text's shingles. The fraction of equal positions in two
/// signatures estimates the Jaccard similarity of the two shingle sets (standard error
/// `sqrt(J(1-J)/k)`: ±0.06 at J = 0.5 with 64 hashes).
public struct MinHashSignature: Hashable, Sendable {
    /// One minimum per hash function.
    public var values: [UInt32]

    /// A signature with known values (read back from a store).
    public init(values: [UInt32]) { self.values = values }

    /// The estimated Jaccard similarity with `other` (0 when lengths differ).
    public func estimatedJaccard(_ other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        var equal = 0
        for i in values.indices where values[i] == other.values[i] { equal += 1 }
        return Double(equal) / Double(values.count)
    }

    /// The LSH band keys: one 64-bit hash per band of `rows` consecutive values, salted with the
    /// band's number so equal keys in different bands never meet.
    public func bandKeys(bands: Int) -> [UInt64] {
        let rows = values.count / max(1, bands)
        var keys: [UInt64] = []
        keys.reserveCapacity(bands)
        for b in 0..<bands {
            var h = FingerprintHashing.mix(UInt64(b) &+ 0x5851_F42D_4C95_7F2D)
            for i in (b * rows)..<((b + 1) * rows) {
                h = FingerprintHashing.combine(h, UInt64(values[i]))
            }
            keys.append(h)
        }
        return keys
    }
}
