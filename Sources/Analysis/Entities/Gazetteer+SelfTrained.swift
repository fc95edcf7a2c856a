import NewsModel

extension Gazetteer {
    /// Names found by a tagger in unlabeled text (self-training): a word (without conjunction
    /// and preposition proclitics) that the tagger put inside entities of a kind at least
    /// `minimumCount` times becomes an `auto-KIND` entry when that is at least half of its
    /// occurrences, `auto-some-KIND` when at least a fifth.
    ///
    /// `documents` are tokenized texts (sentences of tokens), tagged a document at a time.
    static func selfTrained(by tagger: EntityTagger, documents: [[[String]]], minimumCount: Int = 3) -> Gazetteer {
        var total: [UInt64: Int32] = [:]
        var byKind: [UInt64: [Int32]] = [:]
        var spelling: [UInt64: String] = [:]
        let builder = WordForm.Builder()
        for document in documents {
            let forms = document.map { builder.forms($0) }
            let tags = tagger.tag(forms: forms)
            for (f, t) in zip(forms, tags) {
                for i in f.indices where f[i].shape == 1 {
                    let key = f[i].clitic
                    total[key, default: 0] += 1
                    guard t[i] != 0 else { continue }
                    byKind[key, default: [0, 0, 0, 0]][(t[i] - 1) / 2] += 1
                    if spelling[key] == nil {
                        var scalars = Array(f[i].folded[f[i].cliticStart...])
                        if f[i].lamLamArticle { scalars.insert(WordForm.alef, at: 0) }
                        spelling[key] = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
                    }
                }
            }
        }
        var entries: [Entry] = []
        for (key, counts) in byKind {
            guard let word = spelling[key], word.unicodeScalars.count >= 2 else { continue }
            let n = Int(total[key] ?? 0)
            for (k, kind) in Mention.Kind.allCases.enumerated() {
                let c = Int(counts[k])
                guard c >= minimumCount else { continue }
                if 2 * c >= n {
                    entries.append(Entry(category: .auto(kind, sometimes: false), words: [word]))
                } else if 5 * c >= n {
                    entries.append(Entry(category: .auto(kind, sometimes: true), words: [word]))
                }
            }
        }
        return Gazetteer(entries: entries)  // sorted by the initialiser: deterministic
    }
}
