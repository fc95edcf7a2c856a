/// The analyzer's per-word working state: the folded word, its stem, their UTF-8, and the
/// memo of analysed words. A value type used through a local variable on the hot path, so
/// that its buffers are reused without the dynamic exclusivity checks a class's stored
/// arrays would cost on every access.
struct WordScratch {
    var folded: [UInt32] = []
    var stem: [UInt32] = []
    var foldedUTF8: [UInt8] = []
    var stemUTF8: [UInt8] = []
    var nameKey: [UInt8] = []
    var memo = MemoTable()

    init() {
        folded.reserveCapacity(64)
        stem.reserveCapacity(64)
        foldedUTF8.reserveCapacity(128)
        stemUTF8.reserveCapacity(128)
    }

    /// Folds token `t` of the decoded text into `folded` and, for Arabic words and hashtags,
    /// segments it (memoised).
    mutating func foldAndSegment(
        _ t: Token, values: UnsafeBufferPointer<UInt32>, classes: UnsafeBufferPointer<ScalarClass>, segmenter: Segmenter
    ) -> WordAnalysis {
        folded.removeAll(keepingCapacity: true)
        var hamzaAlefs: UInt32 = 0
        let isArabic = t.kind == .arabicWord
        for i in t.scalars {
            let v = values[i]
            if isArabic {
                if classes[i] == .space { continue }
                if v == 0x0623 || v == 0x0625 || v == 0x0622, folded.count < 32 { hamzaAlefs |= 1 << UInt32(folded.count) }
                // Fast path: most Arabic scalars fold to one scalar or to nothing.
                if v >= 0x0600 && v <= 0x06FF {
                    let f = SearchFolding.arabicBlock(v)
                    if f != SearchFolding.complex {
                        if f != 0 { folded.append(f) }
                        continue
                    }
                }
            }
            SearchFolding.append(v, to: &folded)
        }
        if t.kind == .hashtag, folded.first == 0x23 { folded.removeFirst(); hamzaAlefs >>= 1 }
        guard isArabic || t.kind == .hashtag else { return WordAnalysis() }
        let h = (WordHash.hash(folded) ^ (UInt64(hamzaAlefs) &* 0x9E37_79B9_7F4A_7C15)) | 1
        if let known = memo.lookup(h) { return known }
        var a = WordAnalysis()
        if folded.count >= Segmenter.minimumStem {
            a = folded.withUnsafeBufferPointer { segmenter.analyze($0, hamzaAlefs: hamzaAlefs) }
        }
        let bare = folded[Int(a.proclitic)..<max(Int(a.proclitic), folded.count - Int(a.enclitic))]
        a.isStopWord = StopWords.contains(WordHash.hash(folded)) || StopWords.contains(WordHash.hash(bare))
        memo.insert(h, a)
        return a
    }

    /// Writes the stem of `folded` under analysis `a` into `stem`.
    mutating func buildStem(_ a: WordAnalysis) {
        stem.removeAll(keepingCapacity: true)
        let n = folded.count
        let start = Int(a.proclitic)
        let end = n - Int(a.enclitic)
        guard start < end else { stem.append(contentsOf: folded); return }
        stem.append(contentsOf: folded[start..<end])
        if a.restoresTaMarbuta { stem[stem.count - 1] = Clitics.ha }
        if a.suffix > 0 { stem.removeLast(Int(a.suffix)) }
    }

    /// Encodes `folded` and `stem` as UTF-8 into `foldedUTF8` and `stemUTF8`.
    mutating func encodeBoth() {
        WordScratch.encode(folded, into: &foldedUTF8)
        WordScratch.encode(stem, into: &stemUTF8)
    }

    static func encode(_ scalars: [UInt32], into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        for v in scalars {
            if v < 0x80 {
                out.append(UInt8(v))
            } else if v < 0x800 {
                out.append(UInt8(0xC0 | (v >> 6)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                out.append(UInt8(0xE0 | (v >> 12)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                out.append(UInt8(0xF0 | (v >> 18)))
                out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
    }
}
