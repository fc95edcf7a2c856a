/// Counts the word forms of a corpus into a lexicon (`khabar lexicon build`).
///
/// Forms are Arabic words folded to the search level, with tatweel-joined proclitics closed
/// up. For each form it also counts how often it was written with a hamza on its first alef
/// (أ إ آ), which the analyzer uses to tell the article ال from a word's own first letters.
public struct LexiconBuilder {
    private var counts: [String: (total: Int, hamza: Int)] = [:]
    private let tokenizer = Tokenizer()
    /// Number of word tokens counted so far.
    public private(set) var tokens = 0

    public init() {}

    /// Counts the Arabic words of `text`.
    public mutating func add(_ text: String) {
        for t in tokenizer.tokenize(text) where t.kind == .arabicWord {
            let surface = t.surface(in: text)
            let form = Normalizer.search(surface).filter { $0 != " " }
            guard !form.isEmpty else { continue }
            let first = surface.unicodeScalars.first { ScalarClass.of($0.value) == .arabicLetter }?.value
            let hamza = first == 0x0623 || first == 0x0625 || first == 0x0622
            counts[form, default: (0, 0)].total += 1
            if hamza { counts[form, default: (0, 0)].hamza += 1 }
            tokens += 1
        }
    }

    /// The lexicon as TSV: forms seen at least `minimumCount` times, most frequent first,
    /// `H` marking forms written with a hamza-initial alef more often than not.
    public func tsv(minimumCount: Int, header: String) -> String {
        let kept = counts.filter { $0.value.total >= minimumCount }
            .sorted { $0.value.total != $1.value.total ? $0.value.total > $1.value.total : $0.key < $1.key }
        var out = header.split(separator: "\n").map { "# " + $0 }.joined(separator: "\n") + "\n"
        for (form, c) in kept {
            out += form + "\t" + String(c.total) + (c.hamza * 2 > c.total ? "\tH" : "") + "\n"
        }
        return out
    }

    /// Number of distinct forms counted.
    public var distinctForms: Int { counts.count }
}
