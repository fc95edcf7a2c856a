import NewsModel

extension Gazetteer {
    /// Names learned from tagged sentences: a word (without conjunction and preposition
    /// proclitics) becomes a `learned-KIND` entry when it occurs inside entities of that kind
    /// at least `minimumCount` times and in at least half of all its occurrences.
    public static func learned(from sentences: [TaggedSentence], minimumCount: Int = 1) -> Gazetteer {
        var total: [String: Int] = [:]
        var byKind: [String: [Mention.Kind: Int]] = [:]
        var begins: [String: [Mention.Kind: Int]] = [:]
        for s in sentences {
            var kinds = [Mention.Kind?](repeating: nil, count: s.tokens.count)
            var first = [Bool](repeating: false, count: s.tokens.count)
            for chunk in EntityChunk.chunks(of: s.tags) {
                for i in chunk.tokens { kinds[i] = chunk.kind }
                first[chunk.tokens.lowerBound] = true
            }
            for (i, token) in s.tokens.enumerated() {
                let key = cliticForm(token)
                guard key.unicodeScalars.count >= 2 else { continue }
                total[key, default: 0] += 1
                if let k = kinds[i] {
                    byKind[key, default: [:]][k, default: 0] += 1
                    if first[i] { begins[key, default: [:]][k, default: 0] += 1 }
                }
            }
        }
        var entries: [Entry] = []
        for key in byKind.keys.sorted() {
            let n = total[key] ?? 0
            for kind in Mention.Kind.allCases {
                let c = byKind[key]?[kind] ?? 0
                guard c >= minimumCount else { continue }
                if 2 * c >= n {
                    entries.append(Entry(category: .learned(kind), words: [key]))
                } else if 10 * c >= n {
                    entries.append(Entry(category: .learned(kind, .sometimes), words: [key]))
                }
                let b = begins[key]?[kind] ?? 0
                if b >= minimumCount, 2 * b >= c, 4 * c >= n {
                    entries.append(Entry(category: .learned(kind, .begins), words: [key]))
                }
            }
        }
        return Gazetteer(entries: entries)
    }

    /// The folded word without conjunction and preposition proclitics (`وبالصين` → `الصين`).
    static func cliticForm(_ token: String) -> String {
        let f = WordForm(token)
        var scalars = Array(f.folded[f.cliticStart...])
        if f.lamLamArticle { scalars.insert(WordForm.alef, at: 0) }
        return String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }
}
