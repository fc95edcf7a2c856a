import ArabicText

/// The forms of one token the tagger's features look at: the search-folded word (hamza and
/// alef forms, ى/ي, ة/ه folded; harakat and tatweel removed), the word without its
/// conjunction and preposition proclitics (`وبالصين` → `الصين`), and without the article
/// too (`صين`), each with a stable hash; its shape; its trigger classes.
struct WordForm: Sendable {
    /// Search-folded scalars of the token.
    var folded: [UInt32]
    /// Start of the word after conjunction (و ف) and preposition (ب ل ك) proclitics.
    /// When the proclitic is لل, `clitic` starts at the second ل and `lamLamArticle` is set.
    var cliticStart: Int
    /// Whether the word is written with لل (ل + the article): the stripped form is ال + rest.
    var lamLamArticle: Bool
    /// Start of the stem after the article as well.
    var stemStart: Int

    /// Hash of the folded word.
    var word: UInt64
    /// Hash of the token as written (raw scalars).
    var raw: UInt64
    /// Hash of the word without conjunction/preposition proclitics (article kept: `الصين`).
    var clitic: UInt64
    /// Hash of the word without any proclitic (article removed: `صين`).
    var stem: UInt64
    /// Frequency class of the folded word in the ANT news corpus (`Lexicon.shared`): 0 unseen,
    /// else 1 + ⌊log₂ count⌋ (capped at 15).
    var frequency: UInt8
    /// Frequency class of the word without conjunction and preposition proclitics.
    var cliticFrequency: UInt8

    /// Hash of the analyzer's lexicon-guarded light stem (`ArabicText.Analyzer`); 0 if none.
    var lightStem: UInt64 = 0
    /// Hash of the analyzer's proclitics and enclitics (`و+ال|هما`); 0 if none.
    var affixes: UInt64 = 0

    /// Shape class: 1 Arabic letters, 2 Latin, 3 digits, 4 digits and letters, 5 punctuation, 6 other.
    var shape: UInt8

    static let waw: UInt32 = 0x648, fa: UInt32 = 0x641, ba: UInt32 = 0x628, lam: UInt32 = 0x644
    static let kaf: UInt32 = 0x643, alef: UInt32 = 0x627

    init(_ token: String) {
        let lexicon = Lexicon.shared
        var f: [UInt32] = []
        f.reserveCapacity(token.unicodeScalars.count)
        var raw = FeatureHash.offset
        for s in token.unicodeScalars {
            raw = (raw ^ UInt64(s.value)) &* FeatureHash.prime
        }
        let searchForm = Normalizer.search(token)
        for s in searchForm.unicodeScalars {
            switch s.value {
            case 0x060C: f.append(0x2C)  // ، → ,
            case 0x061B: f.append(0x3B)  // ؛ → ;
            case 0x061F: f.append(0x3F)  // ؟ → ?
            case 0xAB, 0xBB, 0x201C, 0x201D, 0x201E: f.append(0x22)  // « » “ ” → "
            default: f.append(s.value)
            }
        }
        if f.isEmpty { f = Array(token.unicodeScalars.map(\.value)) }
        self.folded = f
        self.raw = raw

        // Proclitics: conjunction, then preposition, then the article.
        let n = f.count
        var s = 0
        if n - s >= 4, f[s] == Self.waw || f[s] == Self.fa { s += 1 }
        var lamLam = false
        if n - s >= 4, f[s] == Self.lam, f[s + 1] == Self.lam {
            s += 1; lamLam = true
        } else if n - s >= 4, f[s] == Self.ba || f[s] == Self.lam || f[s] == Self.kaf, f[s + 1] == Self.alef, f[s + 2] == Self.lam {
            s += 1
        } else if n - s >= 4, f[s] == Self.ba || f[s] == Self.lam || f[s] == Self.kaf {
            s += 1
        }
        cliticStart = s
        lamLamArticle = lamLam
        var t = s
        if lamLam { t = s + 1 } else if n - s >= 4, f[s] == Self.alef, f[s + 1] == Self.lam { t = s + 2 }
        stemStart = t

        word = FeatureHash.scalars(f)
        if lamLam {
            clitic = FeatureHash.scalars([Self.alef] + f[s...])
        } else {
            clitic = FeatureHash.scalars(f[s...])
        }
        stem = FeatureHash.scalars(f[t...])

        func frequencyClass(_ n: Int) -> UInt8 { n == 0 ? 0 : UInt8(min(15, 1 + (Int.bitWidth - 1 - n.leadingZeroBitCount))) }
        frequency = frequencyClass(lexicon.count(of: searchForm))
        if s == 0 && !lamLam {
            cliticFrequency = frequency
        } else {
            let scalars = (lamLam ? [Self.alef] : []) + f[s...]
            cliticFrequency = frequencyClass(lexicon.count(of: String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))))
        }

        var arabic = 0, latin = 0, digit = 0, other = 0
        for v in f {
            if v >= 0x0621 && v <= 0x064A { arabic += 1 }
            else if (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v < 0x250) { latin += 1 }
            else if v >= 0x30 && v <= 0x39 { digit += 1 }
            else { other += 1 }
        }
        if digit == n { shape = 3 }
        else if digit > 0 { shape = 4 }
        else if arabic == n { shape = 1 }
        else if latin > 0 && arabic == 0 { shape = 2 }
        else if arabic == 0 && latin == 0 { shape = 5 }
        else { shape = 6 }
    }

    /// Builds word forms with the analyzer's stem and clitics, remembering each distinct
    /// token (a document repeats its words, and so does a stream of documents), so a word is
    /// analysed once while the memo holds it. A word form depends on the token alone, so the
    /// memo never changes a result.
    final class Builder {
        private let analyzer: Analyzer
        private var memo: [UInt64: WordForm] = [:]
        /// Distinct tokens remembered before the memo starts over (bounds its memory).
        private let capacity: Int

        /// A builder analysing with `analyzer` (a fresh one by default; not thread-safe),
        /// remembering at most `capacity` distinct tokens.
        init(analyzer: Analyzer = Analyzer(), capacity: Int = .max) {
            self.analyzer = analyzer
            self.capacity = capacity
        }

        func forms(_ tokens: [String]) -> [WordForm] {
            tokens.map { token in
                var key = FeatureHash.offset
                for s in token.unicodeScalars { key = (key ^ UInt64(s.value)) &* FeatureHash.prime }
                if let f = memo[key] { return f }
                if memo.count >= capacity { memo.removeAll(keepingCapacity: true) }
                var f = WordForm(token)
                if let a = analyzer.analyzeWord(token) {
                    if !a.stem.isEmpty { f.lightStem = FeatureHash.scalars(a.stem.unicodeScalars.map(\.value)) }
                    if !a.proclitics.isEmpty || !a.enclitics.isEmpty {
                        let affixes = a.proclitics.joined(separator: "+") + "|" + a.enclitics.joined(separator: "+")
                        f.affixes = FeatureHash.scalars(affixes.unicodeScalars.map(\.value))
                    }
                }
                memo[key] = f
                return f
            }
        }
    }

    /// The hashes a gazetteer entry's first word may match: the folded word, then the word
    /// without conjunction and preposition proclitics.
    var lookupKeys: (UInt64, UInt64) { (word, clitic) }
}
