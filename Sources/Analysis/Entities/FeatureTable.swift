/// Open-addressing table from feature key to its weights, for tagging: keys are already
/// well-mixed hashes, so the low bits index the table directly. A slot holds the key and its
/// `EntityTag.count` Int16 weights in 32 bytes, aligned so a slot never straddles a cache
/// line: a probe that hits reads one line.
struct FeatureTable: Sendable {
    /// The slots' memory, freed with the table.
    private final class Storage: @unchecked Sendable {
        let base: UnsafeMutableRawPointer

        init(bytes: Int) {
            base = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
            base.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        }

        deinit { base.deallocate() }
    }

    private static let slotSize = 32
    private static let weightsOffset = 8
    private let storage: Storage
    private let mask: Int

    /// Builds the table for `keys` (distinct, non-zero) and `weights` (`EntityTag.count` per key,
    /// row `r` belonging to `keys[r]`).
    init(keys: [UInt64], weights: [Int16]) {
        let T = EntityTag.count
        precondition(Self.weightsOffset + 2 * T <= Self.slotSize && weights.count == keys.count * T)
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        storage = Storage(bytes: capacity * Self.slotSize)
        let base = storage.base
        for (r, k) in keys.enumerated() {
            var i = Int(truncatingIfNeeded: k) & mask
            while base.load(fromByteOffset: i * Self.slotSize, as: UInt64.self) != 0 { i = (i + 1) & mask }
            base.storeBytes(of: k, toByteOffset: i * Self.slotSize, as: UInt64.self)
            for t in 0..<T {
                base.storeBytes(of: weights[r * T + t], toByteOffset: i * Self.slotSize + Self.weightsOffset + 2 * t, as: Int16.self)
            }
        }
    }

    /// Calls `body` with a lookup function valid inside it: the key's `EntityTag.count`
    /// weights, or nil when the key has none.
    @inline(__always)
    func withLookup<R>(_ body: ((UInt64) -> UnsafePointer<Int16>?) -> R) -> R {
        let base = UnsafeRawPointer(storage.base)
        let m = mask
        return withExtendedLifetime(storage) {
            body { key in
                var i = Int(truncatingIfNeeded: key) & m
                while true {
                    let slot = base + i &* FeatureTable.slotSize
                    let k = slot.load(as: UInt64.self)
                    if k == key { return (slot + FeatureTable.weightsOffset).assumingMemoryBound(to: Int16.self) }
                    if k == 0 { return nil }
                    i = (i + 1) & m
                }
            }
        }
    }
}
