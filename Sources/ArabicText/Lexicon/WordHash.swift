/// 64-bit FNV-1a over scalar values: the key of the lexicon and of the analyzer's memo.
/// With 64 bits, two of a million distinct words collide with odds of about 3 in 10⁸.
struct WordHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash state after `values`, continuing from `state`.
    @inline(__always)
    static func hash<C: Collection>(_ values: C, from state: UInt64 = offsetBasis) -> UInt64 where C.Element == UInt32 {
        var h = state
        for v in values {
            h = (h ^ UInt64(v)) &* prime
        }
        return h
    }

    /// The state after the definite article ال: `hash(r, from: afterArticle)` is the hash of ال+r.
    static let afterArticle: UInt64 = hash([0x0627, 0x0644])
}
