/// Open-addressing table from feature key to weight row, for tagging: keys are already
/// well-mixed hashes, so the low bits index the table directly.
struct FeatureTable: Sendable {
    private var slots: [UInt64]
    private var rows: [Int32]
    private let mask: Int

    /// Builds the table for `keys` (distinct, non-zero); row `r` belongs to `keys[r]`.
    init(keys: [UInt64]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = [UInt64](repeating: 0, count: capacity)
        rows = [Int32](repeating: -1, count: capacity)
        for (r, k) in keys.enumerated() {
            var i = Int(truncatingIfNeeded: k) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = k
            rows[i] = Int32(r)
        }
    }

    /// Calls `body` with a lookup function valid inside it (no bounds checks or copies).
    @inline(__always)
    func withLookup<R>(_ body: ((UInt64) -> Int) -> R) -> R {
        slots.withUnsafeBufferPointer { s in
            rows.withUnsafeBufferPointer { r in
                let m = mask
                return body { key in
                    var i = Int(truncatingIfNeeded: key) & m
                    while true {
                        let k = s[i]
                        if k == key { return Int(r[i]) }
                        if k == 0 { return -1 }
                        i = (i + 1) & m
                    }
                }
            }
        }
    }
}
