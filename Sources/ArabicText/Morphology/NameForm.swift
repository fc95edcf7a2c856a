/// A name reduced to what links its spellings: each word search-folded without its proclitics
/// (conjunction, preposition, the article: `وببوتين` → `بوتين`, `والكرملين` → `كرملين`), and the
/// `NameKey` of each word's stem (`جينبينغ`/`جينبينج` → `gnbng`).
///
/// Entity linking (Analysis) and entity lookup (Storage) both reduce names through this one
/// type, so a name typed in a query meets the mentions stored at ingest.
public struct NameForm: Hashable, Sendable {
    /// The words, search-folded, proclitics and the article removed.
    public var words: [String]
    /// The name key of each word (same count as `words`).
    public var keys: [String]
    /// The words as written without conjunction and preposition proclitics (the article kept,
    /// `لل` written back as `ال`): a readable form of the name (`ببوتين` → `بوتين`).
    public var display: String

    /// The folded words joined by a space (`فلاديمير بوتين`): the lookup key of a spelling.
    public var bare: String { words.joined(separator: " ") }
    /// The name keys joined by a space (`fldmr btn`): the key spelling variants share.
    public var key: String { keys.joined(separator: " ") }

    /// Reduces `text` with `analyzer` (its words only; punctuation and numbers that are not
    /// words are kept folded, without key).
    public init(_ text: String, analyzer: Analyzer) {
        var words: [String] = []
        var keys: [String] = []
        var shown: [String] = []
        for t in analyzer.analyze(text) where t.kind.isWord {
            var rest = Substring(t.normalized)
            var surface = Substring(t.surface)
            var article = false
            for p in t.proclitics {
                if p == "ال" {
                    article = true
                    if rest.hasPrefix("ال") { rest = rest.dropFirst(2) } else if rest.hasPrefix("ل") { rest = rest.dropFirst() }
                } else if rest.hasPrefix(p) {
                    rest = rest.dropFirst(p.count)
                    surface = NameForm.dropLetters(p.count, from: surface)
                }
            }
            if rest.isEmpty { rest = Substring(t.normalized) }
            words.append(String(rest))
            keys.append(t.nameKey.isEmpty ? String(rest) : t.nameKey)
            // `للكرملين` lost one ل to the preposition; the article's alef is written back.
            if article, surface.hasPrefix("ل"), !surface.hasPrefix("ال") { surface = "ا" + surface }
            shown.append(String(surface))
        }
        self.words = words
        self.keys = keys
        self.display = shown.joined(separator: " ")
    }

    /// `s` without its first `n` letters (marks and tatweel that follow them go too).
    static func dropLetters(_ n: Int, from s: Substring) -> Substring {
        var letters = 0
        var idx = s.unicodeScalars.startIndex
        let scalars = s.unicodeScalars
        while idx < scalars.endIndex {
            let v = scalars[idx]
            let isMark = v.properties.generalCategory == .nonspacingMark || v.value == 0x0640
            if !isMark {
                if letters == n { break }
                letters += 1
            }
            idx = scalars.index(after: idx)
        }
        return Substring(scalars[idx...])
    }
}
