/// What the first pass of the tagger found elsewhere in the same document, as marks for the
/// second pass: a name recognised once in a clear context (`الوزيرة فايزة أبوالنجا`) helps
/// recognise it where the context says little (`وقالت أبوالنجا`).
///
/// A sentence's document is the `window` sentences before and after it (ANERcorp has no
/// document breaks; an article passed to `EntityTagger.mentions(in:)` fits in one window).
/// The sentence's own predictions are left out, so the marks only carry outside evidence.
///
/// Bits per token: `kind * 2 + 0/1` — the word (without proclitics) was tagged `B-`/`I-` of
/// the kind elsewhere; `8 + kind * 2 + 0/1` — the token begins / is inside a word sequence
/// tagged as a whole entity of the kind elsewhere.
enum DocumentMemory {
    static let maxChunkLength = 4

    private struct Counts {
        var words: [UInt64: [Int32]] = [:]
        var chunks: [UInt64: [Int32]] = [:]

        mutating func add(_ forms: [WordForm], _ tags: [Int], sign: Int32) {
            for (i, t) in tags.enumerated() where t != 0 {
                words[forms[i].clitic, default: [Int32](repeating: 0, count: 8)][t - 1] += sign
            }
            for chunk in EntityChunk.chunks(of: tags.map { EntityTag(index: $0) }) where chunk.tokens.count <= DocumentMemory.maxChunkLength {
                let key = DocumentMemory.chunkKey(forms, chunk.tokens)
                let k = Mention.Kind.allCases.firstIndex(of: chunk.kind)!
                chunks[key, default: [Int32](repeating: 0, count: 4)][k] += sign
            }
        }
    }

    static func chunkKey(_ forms: [WordForm], _ range: Range<Int>) -> UInt64 {
        var h = FeatureHash.mix(UInt64(range.count), forms[range.lowerBound].clitic)
        for j in range.dropFirst() { h = FeatureHash.mix(h, forms[j].word) }
        return h
    }

    /// Marks for every token of every sentence, from first-pass `predictions` (tag indices).
    static func marks(forms: [[WordForm]], predictions: [[Int]], window: Int) -> [[UInt32]] {
        var all = Counts()
        var result: [[UInt32]] = []
        result.reserveCapacity(forms.count)
        let n = forms.count
        var low = 0, high = -1  // sentences [low, high] are counted in `all`
        for s in 0..<n {
            let wantLow = max(0, s - window), wantHigh = min(n - 1, s + window)
            while high < wantHigh { high += 1; all.add(forms[high], predictions[high], sign: 1) }
            while low < wantLow { all.add(forms[low], predictions[low], sign: -1); low += 1 }
            var own = Counts()
            own.add(forms[s], predictions[s], sign: 1)
            let f = forms[s]
            var marks = [UInt32](repeating: 0, count: f.count)
            for i in f.indices {
                if let c = all.words[f[i].clitic] {
                    let o = own.words[f[i].clitic]
                    for b in 0..<8 where c[b] - (o?[b] ?? 0) > 0 { marks[i] |= 1 << b }
                }
                for length in 1...maxChunkLength where i + length <= f.count {
                    let key = chunkKey(f, i..<(i + length))
                    guard let c = all.chunks[key] else { continue }
                    let o = own.chunks[key]
                    for k in 0..<4 where c[k] - (o?[k] ?? 0) > 0 {
                        marks[i] |= 1 << (8 + 2 * k)
                        for j in (i + 1)..<(i + length) { marks[j] |= 1 << (9 + 2 * k) }
                    }
                }
            }
            result.append(marks)
        }
        return result
    }
}

import NewsModel
