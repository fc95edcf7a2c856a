import ArabicText

/// A short text (a title, a teaser) as the set of its character trigrams, for matching that
/// survives one-letter typos and moved spaces.
///
/// The text is search-folded (`Normalizer.search`: diacritics and tatweel gone, alef/hamza,
/// ى/ي and ة/ه unified) and then reduced to its letters and digits — spaces and punctuation
/// removed — so `بـالضغط`, `بـ الضغط` and `بالضغط` read the same. A one-letter change alters
/// at most three trigrams, so two 50-letter titles differing in one letter keep a Jaccard
/// similarity of about 0.89; unrelated titles on one topic rarely pass 0.4.
public struct ShortTextSignature: Hashable, Sendable {
    /// Sorted, distinct trigram hashes.
    public var grams: [UInt64]
    /// Letters and digits kept.
    public var length: Int

    /// The signature of `text`.
    public init(_ text: String) {
        var letters: [UInt32] = []
        for s in Normalizer.search(text).unicodeScalars {
            let p = s.properties
            if p.isAlphabetic || p.numericType != nil { letters.append(s.value) }
        }
        length = letters.count
        var g: [UInt64] = []
        if letters.count < 3 {
            if !letters.isEmpty {
                g.append(FingerprintHashing.mix(letters.reduce(7) { $0 &* 0x1_0000_01B3 &+ UInt64($1) }))
            }
        } else {
            g.reserveCapacity(letters.count - 2)
            for i in 0..<(letters.count - 2) {
                g.append(FingerprintHashing.mix(UInt64(letters[i]) << 42 | UInt64(letters[i + 1]) << 21 | UInt64(letters[i + 2])))
            }
        }
        g.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(g.count)
        for x in g where unique.last != x { unique.append(x) }
        grams = unique
    }

    /// Jaccard similarity of the two trigram sets (1 for two empty texts).
    public func similarity(to other: ShortTextSignature) -> Double {
        if grams.isEmpty && other.grams.isEmpty { return 1 }
        var i = 0, j = 0, common = 0
        while i < grams.count && j < other.grams.count {
            if grams[i] == other.grams[j] { common += 1; i += 1; j += 1 }
            else if grams[i] < other.grams[j] { i += 1 }
            else { j += 1 }
        }
        return Double(common) / Double(grams.count + other.grams.count - common)
    }
}
