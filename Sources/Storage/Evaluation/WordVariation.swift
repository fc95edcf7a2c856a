import NewsModel

/// One way real users and other outlets write an Arabic word differently from an article.
///
/// Each kind changes the spelling only, never the word: `apply` returns nil when the kind does
/// not fit the word (no final `ة` to write as `ه`, no diacritics to strip …).
public enum WordVariation: String, CaseIterable, Sendable {
    /// A proclitic `و`, `ب`, `ل` or the article `ال` put in front (`بوتين` → `ببوتين`,
    /// `الحكومة` → `للحكومة`).
    case addClitic
    /// A leading `و`/`ب`/`ل`/`ف` + `ال`, or `ال` alone, taken off (`والحكومة` → `حكومة` or `الحكومة`).
    case removeClitic
    /// One or two short vowels, sukun or shadda written over letters (`وزير` → `وَزير`).
    case addDiacritics
    /// Every diacritic removed (`وَزِير` → `وزير`).
    case stripDiacritics
    /// A tatweel `ـ` stretched between two joined letters (`وزير` → `وزـير`).
    case tatweel
    /// Alef with hamza or madda written bare (`أحمد` → `احمد`).
    case bareAlef
    /// A leading bare alef written with hamza (`احمد` → `أحمد`), the reverse.
    case hamzaAlef
    /// A final `ة` written `ه` (`الحكومة` → `الحكومه`).
    case haForTaMarbuta
    /// A final `ه` written `ة`, the reverse.
    case taMarbutaForHa
    /// A final `ى` written `ي` (`مستشفى` → `مستشفي`).
    case yaForAlefMaqsura
    /// A final `ي` written `ى`, the reverse (`علي` → `على`).
    case alefMaqsuraForYa

    /// `word` varied this way, or nil when the variation does not apply to it.
    /// `proclitics` are those the analyzer finds on `word` (`AnalyzedToken.proclitics`), outermost first.
    public func apply<G: RandomNumberGenerator>(to word: String, proclitics: [String] = [], using rng: inout G) -> String? {
        var s = Array(word.unicodeScalars)
        guard s.contains(where: WordVariation.isLetter) else { return nil }
        switch self {
        case .addClitic:
            // Only on a word with no proclitic but the article: `ووالسيسي`, `لبمصير` are not Arabic.
            guard proclitics.allSatisfy({ $0 == "ال" }) else { return nil }
            let startsWithArticle = proclitics == ["ال"] && WordVariation.hasPrefix(s, "ال")
            var options = ["و", "ب", "ل"]
            if !startsWithArticle { options.append("ال") }
            let c = options.randomElement(using: &rng)!
            if c == "ل" && startsWithArticle { s.removeFirst() }  // ل + الحكومة → للحكومة
            return String(String.UnicodeScalarView(Array(c.unicodeScalars) + s))
        case .removeClitic:
            // Only the proclitics the analyzer found, the outer 1…all of them: `والسيسي` →
            // `السيسي` or `سيسي`; `للحكومة` (ل + ال) → `الحكومة` or `حكومة`.
            let written = Array(WordVariation.written(proclitics).unicodeScalars)
            guard !proclitics.isEmpty, WordVariation.hasPrefix(s, String(String.UnicodeScalarView(written))) else { return nil }
            let stem = Array(s.dropFirst(written.count))
            guard WordVariation.letters(stem).count >= 2 else { return nil }
            let dropped = Int.random(in: 1...proclitics.count, using: &rng)
            let rest = Array(WordVariation.written(Array(proclitics.dropFirst(dropped))).unicodeScalars)
            return String(String.UnicodeScalarView(rest + stem))
        case .addDiacritics:
            let slots = s.indices.filter { i in
                WordVariation.isLetter(s[i]) && (i + 1 == s.count || !WordVariation.isDiacritic(s[i + 1]))
            }
            guard !slots.isEmpty else { return nil }
            let marks: [Unicode.Scalar] = ["\u{064E}", "\u{064F}", "\u{0650}", "\u{0652}", "\u{0651}"]
            let n = min(slots.count, Int.random(in: 1...2, using: &rng))
            for i in slots.shuffled(using: &rng).prefix(n).sorted(by: >) {
                s.insert(marks.randomElement(using: &rng)!, at: i + 1)
            }
            return String(String.UnicodeScalarView(s))
        case .stripDiacritics:
            guard s.contains(where: WordVariation.isDiacritic) else { return nil }
            return String(String.UnicodeScalarView(s.filter { !WordVariation.isDiacritic($0) }))
        case .tatweel:
            let slots = s.indices.dropLast().filter { i in
                WordVariation.isLetter(s[i]) && !WordVariation.nonJoining.contains(s[i]) && WordVariation.isLetter(s[i + 1])
            }
            guard let i = slots.randomElement(using: &rng) else { return nil }
            s.insert("\u{0640}", at: i + 1)
            return String(String.UnicodeScalarView(s))
        case .bareAlef:
            let slots = s.indices.filter { "أإآ".unicodeScalars.contains(s[$0]) }
            guard !slots.isEmpty else { return nil }
            for i in slots { s[i] = "ا" }
            return String(String.UnicodeScalarView(s))
        case .hamzaAlef:
            guard s.first == "ا", s.count > 1, s[1] != "ل" else { return nil }  // not the article
            s[0] = Bool.random(using: &rng) ? "أ" : "إ"
            return String(String.UnicodeScalarView(s))
        case .haForTaMarbuta: return WordVariation.replaceLast(&s, "ة", "ه")
        case .taMarbutaForHa: return WordVariation.replaceLast(&s, "ه", "ة")
        case .yaForAlefMaqsura: return WordVariation.replaceLast(&s, "ى", "ي")
        case .alefMaqsuraForYa: return WordVariation.replaceLast(&s, "ي", "ى")
        }
    }

    /// `word` with up to `count` variations: kinds are drawn in a seeded order among those that
    /// apply to the word and do not undo one another, then applied clitics first (so a clitic is
    /// added or removed on the word as written). The word is unchanged when none applies.
    public static func vary<G: RandomNumberGenerator>(_ word: String, proclitics: [String] = [], count: Int,
                                                      using rng: inout G) -> (word: String, applied: [WordVariation]) {
        var chosen: [WordVariation] = []
        for k in allCases.shuffled(using: &rng) where chosen.count < count {
            guard !chosen.contains(where: { $0 == k || $0.inverse == k }) else { continue }
            var probe = SeededGenerator(seed: 0)
            if let v = k.apply(to: word, proclitics: proclitics, using: &probe), v != word { chosen.append(k) }
        }
        chosen.sort { ($0.isClitic ? 0 : 1) < ($1.isClitic ? 0 : 1) }
        var w = word
        var applied: [WordVariation] = []
        for k in chosen {
            if let v = k.apply(to: w, proclitics: proclitics, using: &rng), v != w {
                w = v
                applied.append(k)
            }
        }
        return (w, applied)
    }

    /// How proclitics are written together: `ل` + `ال` is `لل`.
    static func written(_ proclitics: [String]) -> String {
        var out = ""
        for p in proclitics {
            if p == "ال" && out.hasSuffix("ل") { out += "ل" } else { out += p }
        }
        return out
    }

    /// Whether the variation adds or removes a clitic.
    public var isClitic: Bool { self == .addClitic || self == .removeClitic }

    /// The variation that undoes this one (never chained with it: the pair would cancel out).
    public var inverse: WordVariation {
        switch self {
        case .addClitic: return .removeClitic
        case .removeClitic: return .addClitic
        case .addDiacritics: return .stripDiacritics
        case .stripDiacritics: return .addDiacritics
        case .tatweel: return .tatweel
        case .bareAlef: return .hamzaAlef
        case .hamzaAlef: return .bareAlef
        case .haForTaMarbuta: return .taMarbutaForHa
        case .taMarbutaForHa: return .haForTaMarbuta
        case .yaForAlefMaqsura: return .alefMaqsuraForYa
        case .alefMaqsuraForYa: return .yaForAlefMaqsura
        }
    }

    // MARK: - Letters

    static let nonJoining = Set("اأإآدذرزوؤةىء".unicodeScalars)

    static func isLetter(_ c: Unicode.Scalar) -> Bool { (0x0621...0x064A).contains(c.value) && c.value != 0x0640 }

    static func isDiacritic(_ c: Unicode.Scalar) -> Bool { (0x064B...0x0652).contains(c.value) || c.value == 0x0670 }

    static func letters(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] { s.filter(isLetter) }

    static func hasPrefix(_ s: [Unicode.Scalar], _ p: String) -> Bool {
        let p = Array(p.unicodeScalars)
        return s.count >= p.count && Array(s.prefix(p.count)) == p
    }

    static func replaceLast(_ s: inout [Unicode.Scalar], _ from: Unicode.Scalar, _ to: Unicode.Scalar) -> String? {
        guard let i = s.lastIndex(where: isLetter), s[i] == from, i >= 2 else { return nil }
        s[i] = to
        return String(String.UnicodeScalarView(s))
    }
}
