/// An open-addressing hash table from a 64-bit word hash to its `WordAnalysis`: the
/// analyzer's memo. The keys are already well-mixed hashes, so lookup is a mask and a probe,
/// without the general `Hasher` a `Dictionary` would run on every word. It starts empty
/// (creating one allocates nothing), doubles as it fills, and is cleared at `limit` entries.
struct MemoTable {
    private var keys: [UInt64] = []
    private var values: [WordAnalysis] = []
    private var mask = -1
    private(set) var count = 0
    /// Entries held before the table is cleared.
    let limit: Int

    init(limit: Int = 1 << 19) {
        self.limit = limit
    }

    /// The analysis stored for `key` (never 0: callers set the low bit).
    @inline(__always)
    func lookup(_ key: UInt64) -> WordAnalysis? {
        guard mask >= 0 else { return nil }
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Stores `value` for `key`, growing or clearing the table as needed.
    mutating func insert(_ key: UInt64, _ value: WordAnalysis) {
        if count >= limit {
            for i in keys.indices { keys[i] = 0 }
            count = 0
        }
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: key) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = key
        values[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = max(1024, keys.count * 2)
        keys = [UInt64](repeating: 0, count: size)
        values = [WordAnalysis](repeating: WordAnalysis(), count: size)
        mask = size - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            var i = Int(truncatingIfNeeded: k) & mask
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
            count += 1
        }
    }
}
