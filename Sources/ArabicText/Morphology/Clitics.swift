/// The clitics Khabar segments, in search-folded letters.
enum Clitics {
    /// A proclitic sequence as written and the clitics it is made of (`لل` = ل + ال).
    struct Proclitic {
        let letters: [UInt32]
        let parts: [String]
        /// Whether the sequence ends with the definite article.
        let hasArticle: Bool
        /// How likely a word is to carry this sequence, a priori (see `prior(of:)`).
        let prior: Double
    }

    static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, kaf: UInt32 = 0x0643
    static let lam: UInt32 = 0x0644, sin: UInt32 = 0x0633, alef: UInt32 = 0x0627, ha: UInt32 = 0x0647
    static let ta: UInt32 = 0x062A, ya: UInt32 = 0x064A, nun: UInt32 = 0x0646, meem: UInt32 = 0x0645

    /// A priori odds of a clitic, rough frequencies in news prose. They weigh the lexicon's
    /// evidence when readings compete (`واتهما` is و + اتهما, not وات + هما) and a
    /// proclitic reading must beat the whole word even after paying for its clitics. A
    /// sequence ending in the article pays nothing: a stem attested with ال is the article's
    /// own evidence.
    static func prior(of clitic: String) -> Double {
        switch clitic {
        case "و", "ه", "ها": return 0.5
        case "ب", "ل", "هم", "نا": return 0.3
        case "ف", "كم": return 0.2
        case "ك", "س", "هما", "ني", "ي": return 0.1
        default: return 0.05  // هن كن كما
        }
    }

    /// Every proclitic sequence: an optional conjunction (و ف), an optional preposition or
    /// future particle (ب ك ل س), an optional article (ال; after ل it is written لل).
    /// Longest first, so that the first match is the fullest reading.
    static let proclitics: [Proclitic] = {
        var result: [Proclitic] = []
        for conj in ["", "و", "ف"] {
            for prep in ["", "ب", "ك", "ل", "س"] {
                for article in ["", "ال"] {
                    if conj.isEmpty && prep.isEmpty && article.isEmpty { continue }
                    if prep == "س" && !article.isEmpty { continue }  // the future particle precedes verbs only
                    let written = prep == "ل" && !article.isEmpty ? conj + "لل" : conj + prep + article
                    let parts = [conj, prep, article].filter { !$0.isEmpty }
                    let prior = article.isEmpty ? parts.map(Clitics.prior(of:)).reduce(1, *) : 1
                    result.append(Proclitic(letters: written.unicodeScalars.map(\.value), parts: parts,
                                            hasArticle: !article.isEmpty, prior: prior))
                }
            }
        }
        return result.sorted { $0.letters.count > $1.letters.count }
    }()

    /// Whether `p` may precede a stem beginning with `first`: the future particle س only
    /// comes before an imperfect verb, whose first letter is ي ت ن or ا (أ).
    static func allows(_ p: Proclitic, before first: UInt32) -> Bool {
        guard p.letters.last == sin else { return true }
        return first == ya || first == ta || first == nun || first == alef
    }

    /// Whether `p` is و or ف alone, the one case where a two-letter stem may remain (وشي).
    static func isLoneConjunction(_ p: Proclitic) -> Bool {
        p.letters.count == 1 && (p.letters[0] == waw || p.letters[0] == fa)
    }

    /// Attached pronouns, longest first: ه ها هم هما هن كم كما كن نا ني ي.
    static let enclitics: [(letters: [UInt32], prior: Double)] = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ي"]
        .map { ($0.unicodeScalars.map(\.value), prior(of: $0)) }

    /// Light-stem suffixes (plural, dual, feminine, nisba), in folded letters, longest first.
    static let suffixes: [[UInt32]] = ["يين", "يون", "ات", "ون", "ين", "ان", "يه", "ه", "ي"]
        .map { $0.unicodeScalars.map(\.value) }

    /// Endings a stem takes in its paradigm: the evidence a suffix strip looks for. A
    /// plural, dual or feminine ending is evidenced by the stem's other numbers and genders;
    /// a nisba ending (ي, يه, يون, يين) by the noun it derives from and its other forms.
    static func paradigm(of suffix: [UInt32]) -> [[UInt32]] {
        nisbaSuffixes.contains(suffix) ? nisbaParadigm : numberParadigm
    }

    static let nisbaSuffixes: Set<[UInt32]> = Set(["ي", "يه", "يون", "يين"].map { $0.unicodeScalars.map(\.value) })

    static let numberParadigm: [[UInt32]] = ["", "ه", "ات", "ون", "ين", "ان"].map { $0.unicodeScalars.map(\.value) }
    static let nisbaParadigm: [[UInt32]] = ["", "ه", "ي", "يه", "يون", "يين"].map { $0.unicodeScalars.map(\.value) }
}
