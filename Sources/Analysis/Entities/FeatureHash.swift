/// Stable 64-bit hashing for feature keys. Swift's `Hasher` is seeded per process, so the
/// model cannot use it: a model's keys must mean the same thing in every run.
enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over scalar values.
    @inline(__always)
    static func scalars(_ s: UnsafeBufferPointer<UInt32>, from: Int, to: Int) -> UInt64 {
        var h = offset
        var i = from
        while i < to {
            h = (h ^ UInt64(s[i])) &* prime
            i += 1
        }
        return h
    }

    /// FNV-1a over scalar values.
    static func scalars<C: Sequence>(_ s: C) -> UInt64 where C.Element == UInt32 {
        var h = offset
        for v in s { h = (h ^ UInt64(v)) &* prime }
        return h
    }

    /// Combines two hashes (a SplitMix-style finaliser); never returns 0, which marks an empty slot.
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = a &* 0x9E37_79B9_7F4A_7C15 ^ (b &+ 0x632B_E59B_D9B4_E019)
        h ^= h >> 31
        h &*= 0xD6E8_FEB8_6659_FD93
        h ^= h >> 29
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return h == 0 ? 1 : h
    }
}
