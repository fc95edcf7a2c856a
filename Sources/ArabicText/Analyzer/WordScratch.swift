/// The analyzer's per-word working state: the folded word, its stem, their UTF-8, and the
/// memo of analysed words. A value type used through a local variable on the hot path, so
/// that its buffers are reused without the dynamic exclusivity checks a class's stored
/// arrays would cost on every access.
///
/// The buffers are fixed-size storage, grown when a word needs more and never shrunk; a
/// separate count says how much of each is the current word. The inner loops write through
/// unsafe pointers into that storage, with no per-element `Array.append` (and its
/// uniqueness and capacity checks). Creating one allocates nothing.
struct WordScratch {
    private var foldBuf: [UInt32] = []
    private(set) var foldedCount = 0
    private var stemBuf: [UInt32] = []
    private var stemCount = 0
    /// Whether the stem is the whole folded word (then `stemBuf` is not used).
    private(set) var stemIsFolded = true
    private var foldedUTF8: [UInt8] = []
    private var foldedUTF8Count = 0
    private var stemUTF8: [UInt8] = []
    private var stemUTF8Count = 0
    private var tmp: [UInt32] = []
    var nameKey: [UInt8] = []
    var memo = MemoTable()

    init() {}

    /// The folded word.
    var folded: ArraySlice<UInt32> { foldBuf[0..<foldedCount] }

    /// The stem written by `buildStem` (or the folded word).
    var stem: ArraySlice<UInt32> { stemIsFolded ? foldBuf[0..<foldedCount] : stemBuf[0..<stemCount] }

    private mutating func ensureFoldCapacity(_ need: Int) {
        if foldBuf.count < need {
            foldBuf.append(contentsOf: repeatElement(0, count: max(need, 64, foldBuf.count * 2) - foldBuf.count))
        }
    }

    /// Folds token `t` of the decoded text into `folded` and, for Arabic words and hashtags,
    /// segments it (memoised).
    mutating func foldAndSegment(
        _ t: Token, values: UnsafeBufferPointer<UInt32>, classes: UnsafeBufferPointer<ScalarClass>, segmenter: Segmenter
    ) -> WordAnalysis {
        var n = 0
        var hamzaAlefs: UInt32 = 0
        let isArabic = t.kind == .arabicWord
        var i = t.scalars.lowerBound
        let end = t.scalars.upperBound
        SearchFolding.withArabicTable { arabicFold in
        while i < end {
            // The fast path folds each scalar to at most one: room for the rest of the word.
            ensureFoldCapacity(n + (end - i))
            i = foldBuf.withUnsafeMutableBufferPointer { out -> Int in
                var i = i
                while i < end {
                    let v = values[i]
                    if isArabic {
                        if classes[i] == .space { i += 1; continue }
                        if v == 0x0623 || v == 0x0625 || v == 0x0622, n < 32 { hamzaAlefs |= 1 << UInt32(n) }
                    }
                    if v < 0x80 {
                        out[n] = (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v
                        n += 1
                        i += 1
                        continue
                    }
                    // Most Arabic scalars fold to one scalar or to nothing.
                    if v >= 0x0600 && v <= 0x06FF {
                        let f = arabicFold[Int(v - 0x0600)]
                        if f != SearchFolding.complex {
                            if f != 0 { out[n] = f; n += 1 }
                            i += 1
                            continue
                        }
                    }
                    return i  // needs the general rule
                }
                return i
            }
            if i < end {
                slowFold(values[i], count: &n)
                i += 1
            }
        }
        }
        if t.kind == .hashtag, n > 0, foldBuf[0] == 0x23 {
            for k in 1..<n { foldBuf[k - 1] = foldBuf[k] }
            n -= 1
            hamzaAlefs >>= 1
        }
        foldedCount = n
        guard isArabic || t.kind == .hashtag else { return WordAnalysis() }
        let wordHash = foldBuf.withUnsafeBufferPointer { WordHash.hash(UnsafeBufferPointer(rebasing: $0[0..<n])) }
        let h = (wordHash ^ (UInt64(hamzaAlefs) &* 0x9E37_79B9_7F4A_7C15)) | 1
        if let known = memo.lookup(h) { return known }
        var a = WordAnalysis()
        if n >= Segmenter.minimumStem {
            a = foldBuf.withUnsafeBufferPointer {
                segmenter.analyze(UnsafeBufferPointer(rebasing: $0[0..<n]), hamzaAlefs: hamzaAlefs)
            }
        }
        let bare = foldBuf[Int(a.proclitic)..<max(Int(a.proclitic), n - Int(a.enclitic))]
        a.isStopWord = StopWords.contains(wordHash) || StopWords.contains(WordHash.hash(bare))
        memo.insert(h, a)
        return a
    }

    /// Folds `v` with the general rule (`SearchFolding.append`), which may read and rewrite
    /// the last folded scalar and append several.
    private mutating func slowFold(_ v: UInt32, count n: inout Int) {
        tmp.removeAll(keepingCapacity: true)
        if n > 0 { tmp.append(foldBuf[n - 1]) }
        SearchFolding.append(v, to: &tmp)
        let base = n > 0 ? n - 1 : 0
        ensureFoldCapacity(base + tmp.count)
        for k in 0..<tmp.count { foldBuf[base + k] = tmp[k] }
        n = base + tmp.count
    }

    /// Makes the stem the whole folded word.
    mutating func stemIsWholeWord() { stemIsFolded = true }

    /// Writes the stem of `folded` under analysis `a` into `stem`.
    mutating func buildStem(_ a: WordAnalysis) {
        let n = foldedCount
        let start = Int(a.proclitic)
        let end = n - Int(a.enclitic)
        guard start < end else { stemIsFolded = true; return }
        if start == 0 && end == n && !a.restoresTaMarbuta && a.suffix == 0 { stemIsFolded = true; return }
        stemIsFolded = false
        let len = end - start
        if stemBuf.count < len { stemBuf = [UInt32](repeating: 0, count: max(len, 64, stemBuf.count * 2)) }
        for k in 0..<len { stemBuf[k] = foldBuf[start + k] }
        if a.restoresTaMarbuta { stemBuf[len - 1] = Clitics.ha }
        precondition(Int(a.suffix) <= len)
        stemCount = len - Int(a.suffix)
    }

    /// Encodes `folded` and the stem as UTF-8 and calls `body` with both (the same buffer
    /// when the stem is the folded word).
    mutating func withEncoded<R>(
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R {
        foldedUTF8Count = foldBuf.withUnsafeBufferPointer {
            WordScratch.encode(UnsafeBufferPointer(rebasing: $0[0..<foldedCount]), into: &foldedUTF8)
        }
        if !stemIsFolded {
            stemUTF8Count = stemBuf.withUnsafeBufferPointer {
                WordScratch.encode(UnsafeBufferPointer(rebasing: $0[0..<stemCount]), into: &stemUTF8)
            }
        }
        return try withBuffers(body)
    }

    private func withBuffers<R>(
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R {
        let nc = foldedUTF8Count, sc = stemUTF8Count, same = stemIsFolded
        return try foldedUTF8.withUnsafeBufferPointer { fb in
            let norm = UnsafeBufferPointer(rebasing: fb[0..<nc])
            return try nameKey.withUnsafeBufferPointer { key in
                if same { return try body(norm, norm, key) }
                return try stemUTF8.withUnsafeBufferPointer { sb in
                    try body(norm, UnsafeBufferPointer(rebasing: sb[0..<sc]), key)
                }
            }
        }
    }

    /// Writes the UTF-8 of `scalars` into the start of `out` (grown as needed); returns its length.
    static func encode(_ scalars: UnsafeBufferPointer<UInt32>, into out: inout [UInt8]) -> Int {
        let need = scalars.count * 4
        if out.count < need { out = [UInt8](repeating: 0, count: max(need, 128, out.count * 2)) }
        return out.withUnsafeMutableBufferPointer { o -> Int in
            var k = 0
            for v in scalars {
                if v < 0x80 {
                    o[k] = UInt8(v)
                    k += 1
                } else if v < 0x800 {
                    o[k] = UInt8(0xC0 | (v >> 6))
                    o[k + 1] = UInt8(0x80 | (v & 0x3F))
                    k += 2
                } else if v < 0x10000 {
                    o[k] = UInt8(0xE0 | (v >> 12))
                    o[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    o[k + 2] = UInt8(0x80 | (v & 0x3F))
                    k += 3
                } else {
                    o[k] = UInt8(0xF0 | (v >> 18))
                    o[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    o[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    o[k + 3] = UInt8(0x80 | (v & 0x3F))
                    k += 4
                }
            }
            return k
        }
    }
}
