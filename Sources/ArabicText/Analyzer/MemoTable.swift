/// An open-addressing hash table from a 64-bit word hash to its `WordAnalysis`: the
/// analyzer's memo. The keys are already well-mixed hashes, so lookup is a mask and a probe,
/// without the general `Hasher` a `Dictionary` would run on every word. Each key is stored
/// next to its value (one cache line visit per probe). It starts empty (creating one
/// allocates nothing), doubles as it fills, and is cleared at `limit` entries.
struct MemoTable {
    private struct Entry {
        var key: UInt64 = 0
        var value = WordAnalysis()
    }

    private var entries: [Entry] = []
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
        let mask = self.mask
        return entries.withUnsafeBufferPointer { e -> WordAnalysis? in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let k = e[i].key
                if k == key { return e[i].value }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    /// Stores `value` for `key`, growing or clearing the table as needed.
    mutating func insert(_ key: UInt64, _ value: WordAnalysis) {
        if count >= limit {
            for i in entries.indices { entries[i].key = 0 }
            count = 0
        }
        if (count + 1) * 2 > entries.count { grow() }
        var i = Int(truncatingIfNeeded: key) & mask
        while entries[i].key != 0 && entries[i].key != key { i = (i + 1) & mask }
        if entries[i].key == 0 { count += 1 }
        entries[i] = Entry(key: key, value: value)
    }

    private mutating func grow() {
        let old = entries
        let size = max(1024, entries.count * 2)
        entries = [Entry](repeating: Entry(), count: size)
        mask = size - 1
        count = 0
        for o in old where o.key != 0 {
            var i = Int(truncatingIfNeeded: o.key) & mask
            while entries[i].key != 0 { i = (i + 1) & mask }
            entries[i] = o
            count += 1
        }
    }
}
