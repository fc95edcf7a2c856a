/// The tagger's features for one sentence, as stable 64-bit keys in compressed rows:
/// token `i` has keys `keys[starts[i]..<starts[i+1]]`. Each key scores every tag.
///
/// Per token: the folded word, the word as written, the word without proclitics (with and
/// without the article), prefixes and suffixes, shape and length, the words and stems of
/// the neighbours ±2, neighbour bigrams, and the gazetteer marks (place names, demonyms,
/// trigger words, learned names) of the token and its neighbours ±2. The previous tag is
/// scored by the transition weights.
struct EntityFeatures {
    var keys: [UInt64] = []
    var starts: [Int] = [0]

    static let boundaryBefore: UInt64 = 0x1111_2222_3333_4444
    static let boundaryAfter: UInt64 = 0x5555_6666_7777_8888

    /// `documentMarks` and `firstPass` (the first pass's tag indices for this sentence) are
    /// given for the second pass only.
    init(forms: [WordForm], marks: [UInt64], documentMarks: [UInt32]? = nil, firstPass: [Int]? = nil) {
        let n = forms.count
        keys.reserveCapacity(n * 36)
        starts.reserveCapacity(n + 1)
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            keys.append(FeatureHash.mix(template, value))
        }
        func word(_ j: Int) -> UInt64 { j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : forms[j].word }
        func stem(_ j: Int) -> UInt64 { j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : forms[j].stem }
        func clitic(_ j: Int) -> UInt64 { j < 0 ? Self.boundaryBefore : j >= n ? Self.boundaryAfter : forms[j].clitic }
        func shape(_ j: Int) -> UInt64 { j < 0 ? 7 : j >= n ? 8 : UInt64(forms[j].shape) }
        func mark(_ j: Int) -> UInt64 { j < 0 || j >= n ? 0 : marks[j] }

        for i in 0..<n {
            let f = forms[i]
            add(0, 0)
            add(1, f.word)
            add(2, f.raw)
            add(3, f.clitic)
            add(4, f.stem)
            f.folded.withUnsafeBufferPointer { s in
                let c = s.count
                for k in 1...3 where k <= c {
                    add(4 + UInt64(k), FeatureHash.scalars(s, from: 0, to: k))
                    add(7 + UInt64(k), FeatureHash.scalars(s, from: c - k, to: c))
                }
                let st = f.stemStart
                if c - st >= 3 {
                    add(11, FeatureHash.scalars(s, from: st, to: st + 2))
                    add(12, FeatureHash.scalars(s, from: st, to: st + 3))
                    add(13, FeatureHash.scalars(s, from: c - 2, to: c))
                    add(14, FeatureHash.scalars(s, from: c - 3, to: c))
                }
                add(15, UInt64(f.shape) << 8 | UInt64(min(c, 10)))
            }
            if f.lightStem != 0 { add(31, f.lightStem) }
            add(32, f.affixes)
            add(27, UInt64(f.frequency))
            add(28, UInt64(f.cliticFrequency))
            add(29, UInt64(f.cliticFrequency) << 8 | UInt64(i > 0 ? forms[i - 1].cliticFrequency : 99))
            add(30, UInt64(f.cliticFrequency) << 8 | UInt64(i + 1 < n ? forms[i + 1].cliticFrequency : 99))
            add(16, word(i - 1))
            add(17, word(i - 2))
            add(18, word(i + 1))
            add(19, word(i + 2))
            add(20, stem(i - 1))
            add(21, stem(i + 1))
            add(22, clitic(i - 1))
            add(23, clitic(i + 1))
            add(24, FeatureHash.mix(word(i - 1), f.word))
            add(25, FeatureHash.mix(f.word, word(i + 1)))
            add(26, shape(i - 1) << 16 | shape(i) << 8 | shape(i + 1))
            for (offset, base) in [(0, 100), (-1, 200), (1, 300), (-2, 400), (2, 500)] {
                var m = mark(i + offset)
                while m != 0 {
                    let bit = m.trailingZeroBitCount
                    add(UInt64(base + bit), 1)
                    m &= m - 1
                }
            }
            add(600, marks[i])
            if let d = documentMarks {
                for (offset, base) in [(0, 700), (-1, 800), (1, 900)] where i + offset >= 0 && i + offset < n {
                    var m = d[i + offset]
                    while m != 0 {
                        let bit = m.trailingZeroBitCount
                        add(UInt64(base + bit), 1)
                        m &= m - 1
                    }
                }
                add(1000, UInt64(d[i]))
            }
            if let p = firstPass {
                let prev = i > 0 ? UInt64(p[i - 1]) : 99, next = i + 1 < n ? UInt64(p[i + 1]) : 99
                add(1100, UInt64(p[i]))
                add(1101, prev)
                add(1102, next)
                add(1103, prev << 8 | UInt64(p[i]))
                add(1104, UInt64(p[i]) << 8 | next)
            }
            starts.append(keys.count)
        }
    }

    /// Number of tokens.
    var count: Int { starts.count - 1 }
}
