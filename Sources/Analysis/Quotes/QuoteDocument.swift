import ArabicText
import NewsModel

/// A text prepared for quote extraction: its scalars, analysed tokens (punctuation and
/// quotation marks included), each token's folded form and sentence.
struct _QuoteDocument {
    let scalars: [Unicode.Scalar]
    let tokens: [AnalyzedToken]
    /// `Normalizer.search` form of each token.
    let folded: [String]
    /// Sentence number of each token.
    let sentence: [Int]
    private let sentenceStarts: [Int]

    init(text: String, analyzer: Analyzer = Analyzer()) {
        scalars = Array(text.unicodeScalars)
        // One tokenization for both the tokens and their sentences.
        let groups = analyzer.sentences(text)
        var all: [AnalyzedToken] = []
        var ids: [Int] = []
        var starts: [Int] = []
        for (s, g) in groups.enumerated() {
            starts.append(all.count)
            all.append(contentsOf: g.tokens)
            ids.append(contentsOf: repeatElement(s, count: g.tokens.count))
        }
        tokens = all
        folded = all.map { $0.normalized }
        sentence = ids
        sentenceStarts = starts
    }

    /// The first scalar of token `k`.
    func scalar(_ k: Int) -> Unicode.Scalar { scalars[tokens[k].token.scalars.lowerBound] }

    /// Whether the quotation mark `k` opens a quotation.
    func opens(_ k: Int) -> Bool { QuoteMarks.opens(k, tokens: tokens, scalars: scalars) }

    /// The folded word without a leading و or ف (when something is left).
    func bare(_ k: Int) -> String {
        let w = folded[k]
        if let f = w.first, f == "و" || f == "ف", w.count > 3 { return String(w.dropFirst()) }
        return w
    }

    /// Index of the first token of sentence `s`.
    func sentenceStart(_ s: Int) -> Int { s < sentenceStarts.count ? sentenceStarts[s] : tokens.count }

    /// `إن`, `أن`, `أنه`, `بأن`, `فإن` … : the word that opens reported speech.
    func isComplementizer(_ k: Int) -> Bool {
        var w = folded[k]
        if let f = w.first, f == "ب" || f == "ف" || f == "و", w.count > 2 { w.removeFirst() }
        return Self.complementizers.contains(w)
    }

    static let complementizers: Set<String> = ["ان", "انه", "انها", "انهم", "انهما", "انني", "اننا", "انكم", "انهن", "انى"]

    /// Whether the cue word `k` carries و or ف, or follows كما (so its subject, if any, follows it).
    func hasConjunction(_ k: Int, cues: SpeechCues) -> Bool {
        if k > 0, folded[k - 1] == "كما" || folded[k - 1] == "وكما" { return true }
        let w = folded[k]
        guard let f = w.first, f == "و" || f == "ف" else { return false }
        return cues.role(ofFolded: String(w.dropFirst())) != nil
    }

    /// Whether words of their own follow the cue `k` in its sentence: an إن/أن, a colon or an
    /// opening quotation mark within ten tokens (`ويدعى محمد`, "is called", introduces none).
    func introducesWords(after k: Int) -> Bool {
        var n = k + 1
        while n < tokens.count, n <= k + 10, sentence[n] == sentence[k] {
            if tokens[n].kind == .quote, opens(n) { return true }
            if tokens[n].kind == .punctuation, scalar(n) == ":" { return true }
            if tokens[n].kind.isWord, isComplementizer(n) { return true }
            n += 1
        }
        return false
    }

    /// A short noun phrase that ends just before the verb `k` and starts a clause (after an
    /// opening quotation mark, إن/أن or a colon, or at the start of a sentence): `… أن "شي قال`.
    func subjectBefore(_ k: Int, cues: SpeechCues) -> Range<Int>? {
        if let r = subjectOfKana(before: k) { return r }
        // `لكن بيتر مكماهون، الذي عرفته الصحيفة …، يصر على`: the subject before a relative
        // clause set off by commas.
        if k > 2, tokens[k - 1].kind == .punctuation, scalar(k - 1) == "،" || scalar(k - 1) == "," {
            var c = k - 2
            while c > 0, k - c < 24, sentence[c] == sentence[k], !(tokens[c].kind == .punctuation && (scalar(c) == "،" || scalar(c) == ",")) { c -= 1 }
            if c > 0, c + 1 < k, tokens[c].kind == .punctuation, tokens[c + 1].kind.isWord, Self.relativePronouns.contains(folded[c + 1]),
                let r = subjectBefore(c, cues: cues, throughRelative: false)
            {
                return r
            }
        }
        return subjectBefore(k, cues: cues, throughRelative: false)
    }

    private func subjectBefore(_ k: Int, cues: SpeechCues, throughRelative: Bool) -> Range<Int>? {
        var s = k
        while s > 0, k - s < 6 {
            let p = s - 1
            let t = tokens[p]
            if sentence[p] != sentence[k] { break }
            if t.kind == .quote {
                guard opens(p) else { return nil }
                break
            }
            if t.kind == .punctuation { guard scalar(p) == ":" else { return nil }; break }
            if t.kind.isWord && isComplementizer(p) { break }
            if t.kind.isWord && Self.clauseOpeners.contains(folded[p]) { break }
            guard t.kind.isWord, !t.isStopWord, cues.role(ofFolded: folded[p]) == nil,
                !Self.circumstance.contains(bare(p))
            else { return nil }
            s = p
            if t.token.followsLineBreak { break }
        }
        guard s < k else { return nil }
        if s > 0, sentence[s - 1] == sentence[k], k - s >= 6 {
            let p = s - 1
            let boundary = tokens[p].kind == .quote || (tokens[p].kind.isWord && (isComplementizer(p) || Self.clauseOpeners.contains(folded[p])))
                || (tokens[p].kind == .punctuation && scalar(p) == ":")
            if !boundary { return nil }
        }
        return s..<k
    }

    /// `وكانت، خديجة آزرو، …، قد أعربت`: the subject between كان and قد before the verb `k`.
    func subjectOfKana(before k: Int) -> Range<Int>? {
        guard k > 2, tokens[k - 1].kind.isWord, ["قد", "وقد", "فقد"].contains(folded[k - 1]) else { return nil }
        var n = k - 2
        while n >= 0, k - n <= 16, sentence[n] == sentence[k] {
            if tokens[n].kind.isWord, ["كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"].contains(folded[n]) {
                return cleanSpeaker((n + 1)..<(k - 1)).flatMap { r in
                    // The phrase runs to قد, its apposition included.
                    var e = r.upperBound
                    while e < k - 1, tokens[e].kind == .punctuation, let a = apposition(after: e, within: e..<(k - 1)) { e = a }
                    return r.lowerBound..<e
                }
            }
            n -= 1
        }
        return nil
    }

    /// The speaker among `range`: leading time words and punctuation dropped, cut at the first
    /// circumstance (`في`, `خلال`, `اليوم`, `أمس` …), punctuation or quotation mark.
    func cleanSpeaker(_ range: Range<Int>) -> Range<Int>? {
        var s = range.lowerBound
        while s < range.upperBound,
            tokens[s].kind == .punctuation || (tokens[s].kind.isWord && Self.circumstance.contains(bare(s)) && !Self.cutters.contains(bare(s)))
        {
            s += 1
        }
        var e = s
        while e < range.upperBound {
            let t = tokens[e]
            if t.kind == .punctuation {
                // `وزير الخارجية، مايك بومبيو، …`: a short apposition set off by commas names the speaker.
                if e > s, let end = apposition(after: e, within: range) { e = end }
                break
            }
            // `قالت المرأة التي اتهمت …`: a relative clause describes the speaker, it is not part of the name.
            if t.kind.isWord, Self.circumstance.contains(bare(e)) || bare(e).hasPrefix("قول") || Self.relativePronouns.contains(folded[e]) { break }
            e += 1
        }
        // `وشدد الوزير على أن`: the preposition before إن/أن belongs to the verb.
        while e > s, tokens[e - 1].kind.isWord, Self.trailingPrepositions.contains(tokens[e - 1].surface) { e -= 1 }
        return e > s ? s..<e : nil
    }

    /// The end of a name in apposition after the comma `c`: one to four words up to the next
    /// comma or the end of `range`, none a function word, circumstance, cue or إن/أن
    /// (`، الجنرال سوملوت جونماو،`, but not `، وهي أم …` nor `، في مؤتمر صحفي،`).
    func apposition(after c: Int, within range: Range<Int>) -> Int? {
        guard scalar(c) == "،" || scalar(c) == "," else { return nil }
        var n = c + 1
        var words = 0
        while n < range.upperBound, tokens[n].kind.isWord {
            if tokens[n].isStopWord || Self.circumstance.contains(bare(n)) || isComplementizer(n) || bare(n).hasPrefix("قول") { return nil }
            words += 1
            n += 1
        }
        guard (1...4).contains(words) else { return nil }
        guard n == range.upperBound || (tokens[n].kind == .punctuation && (scalar(n) == "،" || scalar(n) == ",")) else { return nil }
        return n
    }

    /// Participles that describe a source and govern their own preposition (`مطلع على`,
    /// `قريبة من`, `مقرب من`), folded stems.
    static let sourceDescriptions: [String] = ["مطلع", "المطلع", "قريب", "القريب", "مقرب", "المقرب"]

    /// Relative pronouns, search-folded.
    static let relativePronouns: Set<String> = ["الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي", "والذي", "والتي"]

    /// The relative pronoun whose clause the word `k` stands in: met within eight words back, in
    /// the same sentence, before any punctuation, quotation mark or إن/أن.
    func relativePronoun(opening k: Int) -> Int? {
        var n = k - 1
        while n >= 0, k - n <= 8, sentence[n] == sentence[k] {
            let t = tokens[n]
            if t.kind == .punctuation || t.kind == .quote { return nil }
            if t.kind.isWord {
                if Self.relativePronouns.contains(folded[n]) { return n }
                if isComplementizer(n) { return nil }
            }
            n -= 1
        }
        return nil
    }

    /// The noun phrase a relative pronoun just before the verb `k` refers to (`حماته، التي قالت`):
    /// up to four content words back to punctuation or a function word.
    func antecedent(ofRelativeBefore k: Int) -> Range<Int>? {
        guard k > 1, tokens[k - 1].kind.isWord, Self.relativePronouns.contains(folded[k - 1]) else { return nil }
        var e = k - 1
        if e > 0, tokens[e - 1].kind == .punctuation, scalar(e - 1) == "،" || scalar(e - 1) == "," { e -= 1 }
        var s = e
        var words = 0
        // Words, with a bracketed or quoted name among them (`جماعة (غوداس)`).
        while s > 0, words < 4, sentence[s - 1] == sentence[k] {
            let t = tokens[s - 1]
            if t.kind.isWord {
                guard !t.isStopWord, !Self.circumstance.contains(bare(s - 1)), !isComplementizer(s - 1) else { break }
                words += 1
            } else if !(t.kind == .quote || (t.kind == .punctuation && "()".unicodeScalars.contains(scalar(s - 1)))) {
                break
            }
            s -= 1
        }
        let r = trimmed(s..<e)
        return wordCount(r) > 0 ? r : nil
    }

    /// `منهم سيدة، تحدثت`: one or two words of an indefinite noun phrase just before the comma
    /// before the verb `k` (a clause describing an indefinite noun needs no relative pronoun).
    func indefiniteBeforeComma(_ k: Int) -> Range<Int>? {
        guard k > 1, tokens[k - 1].kind == .punctuation, scalar(k - 1) == "،" || scalar(k - 1) == "," else { return nil }
        let e = k - 1
        var s = e
        while s > 0, e - s < 2, sentence[s - 1] == sentence[k], tokens[s - 1].kind == .arabicWord, !tokens[s - 1].isStopWord,
            !folded[s - 1].hasPrefix("ال"), !bare(s - 1).hasPrefix("ال"), !Self.circumstance.contains(bare(s - 1)),
            !isComplementizer(s - 1), !Self.partitives.contains(folded[s - 1])
        {
            s -= 1
        }
        // The phrase opens after a stop word, a partitive (`منهم سيدة`) or a clause boundary, not
        // inside a longer one.
        guard s < e, s > 0, tokens[s - 1].kind != .arabicWord || tokens[s - 1].isStopWord || Self.partitives.contains(folded[s - 1])
        else { return nil }
        return s..<e
    }

    /// Nouns that name a statement: `في تصريحات لـ…`, `في بيان`.
    static let statementNouns = ["تصريح", "تصريحات", "مقابله", "حديث", "كلمه", "بيان"]

    /// Whether the folded word `w` is one of `words`, compared byte for byte (folded text is
    /// already normal; `String ==` on Arabic pays for Unicode normalisation on every token).
    static func matches(_ w: String, _ words: [String]) -> Bool {
        words.contains { $0.utf8.count == w.utf8.count && $0.utf8.elementsEqual(w.utf8) }
    }

    /// `منهم`, `بينها`: "among them", before an indefinite noun.
    static let partitives: Set<String> = ["منهم", "منها", "منهن", "بينهم", "بينها", "بينهن"]

    /// Heads of an addressee after a verb of telling: the press and its media (`لوكالة رويترز`,
    /// `للصحفيين`, `لـ"سكاي نيوز"`).
    static let media: Set<String> = [
        "وكاله", "صحيفه", "قناه", "موقع", "تلفزيون", "اذاعه", "مجله", "شبكه", "برنامج", "الصحفيين", "الصحافيين",
        "الصحافه", "الصحيفه", "الوكاله", "القناه", "التلفزيون", "الاذاعه", "المجله", "الموقع", "وسائل", "وكالات",
    ]

    /// Where an addressee starts inside a speaker phrase (not at its start): a لـ word whose
    /// rest is a medium (`لوكالة`, `للصحفيين`), or `لـ` before a quotation or such a word.
    func addressee(in r: Range<Int>) -> Int? {
        for n in r where n > r.lowerBound && tokens[n].kind.isWord {
            let w = folded[n]
            guard w.hasPrefix("ل") else { continue }
            if w == "ل" || w == "لـ" { return n }
            let rest = String(w.dropFirst())
            if Self.media.contains(rest) || Self.media.contains("ا" + rest) { return n }
        }
        return nil
    }

    /// The quotation that closes just before the verb `k` (past a comma or `هكذا`), as a token
    /// range of its words, when it opened earlier on the same line.
    func quotationEnding(before k: Int) -> Range<Int>? {
        var c = k - 1
        while c >= 0, (tokens[c].kind == .punctuation && (scalar(c) == "،" || scalar(c) == ",")) || (tokens[c].kind.isWord && bare(c) == "هكذا") { c -= 1 }
        guard c > 0, tokens[c].kind == .quote, !opens(c) else { return nil }
        var depth = 0
        var o = c
        while o >= 0 {
            if tokens[o].kind == .quote { depth += opens(o) ? -1 : 1 }
            if depth == 0 { break }
            // The opening mark is on the quotation's own line.
            if tokens[o].token.followsLineBreak { return nil }
            o -= 1
        }
        guard o >= 0, o < c else { return nil }
        let r = trimmed((o + 1)..<c)
        return wordCount(r) >= 3 ? r : nil
    }

    /// Prepositions a speech verb takes before its إن/أن, as written (`علي` is also a name):
    /// `على أن`, `إلى أن`, `عن أن`.
    static let trailingPrepositions: Set<String> = ["على", "إلى", "الى", "عن", "ب", "ل", "من"]

    /// The sentence of the token that starts at scalar offset `offset`.
    func sentenceOfScalar(_ offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].token.scalars.lowerBound < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count ? sentence[lo] : (sentence.last ?? 0)
    }

    /// The subject of a sentence that opens with a verb (`دافع المتحدث … بنجامان غريفو الاثنين عن …`):
    /// the words after the first one, up to a circumstance or punctuation, before token `k`.
    func clauseSubject(before k: Int) -> Range<Int>? {
        let first = sentenceStart(sentence[k])
        guard first < k, tokens[first].kind == .arabicWord, !tokens[first].isStopWord,
            !folded[first].hasPrefix("ال"), !bare(first).hasPrefix("ال")
        else { return nil }
        guard let r = cleanSpeaker((first + 1)..<min(k, first + 10)), r.lowerBound == first + 1 else { return nil }
        return r
    }

    /// Whether word `k` is, or plainly starts with, the preposition ب or ل (`بـ`, `لإعلان`, `للحكومة`).
    func hasPreposition(_ k: Int) -> Bool {
        // Only unambiguous shapes: names start with بـ and لا too (بايدن، لافروف).
        let w = tokens[k].surface
        if ["ب", "ل", "بـ", "لـ"].contains(w) { return true }
        return ["لإ", "لأ", "لل", "بال", "بإ", "بأ"].contains { w.hasPrefix($0) }
    }

    /// Words that open a clause before its subject: `لكن وزارة الخارجية وجدت أن`.
    static let clauseOpeners: Set<String> = [
        "لكن", "ولكن", "فيما", "بينما", "حيث", "اذ", "كما", "وكما", "ثم", "كان", "كانت", "وكان", "وكانت",
        "قد", "وقد", "فقد", "لقد", "بل", "و",
    ]

    /// Whether a speaker is one definite common noun (`المنظمة`, `الوزير`), which names no one new.
    func isBareDefinite(_ r: Range<Int>) -> Bool {
        let words = r.filter { tokens[$0].kind.isWord }
        guard words.count == 1 else { return false }
        return folded[words[0]].hasPrefix("ال") || bare(words[0]).hasPrefix("ال")
    }

    /// Words that end a speaker phrase: circumstances of time, place and medium.
    static let circumstance: Set<String> = [
        "في", "خلال", "عبر", "امام", "لدي", "لدى", "ضمن", "بعد", "قبل", "حين", "عندما", "مع", "اثناء", "من",
        "اليوم", "امس", "غدا", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
        "الشهر", "الاسبوع", "العام", "مساء", "صباح", "ليله", "الليله", "يوم", "حاليا", "مؤخرا", "ايضا",
        "كذلك", "بدوره", "بدورها", "بدورهم", "جهته", "جهتها", "جانبه", "جانبها", "الماضي", "الجاري",
        "ذلك", "هذا", "هذه", "كما", "قد", "لقد", "وقد", "فيما", "بينما", "حيث", "لكن", "ولكن", "عن", "الي", "الى",
        "مجددا", "بحسب", "حسب", "حسبما", "وفقا", "وفق", "وفقما", "نقلا", "فيه", "فيها", "عليه", "عليها", "بوضوح",
    ]
    /// Circumstances that stay a cut even at the start (`في`): the speaker, if any, came before.
    static let cutters: Set<String> = ["في", "خلال", "عبر", "امام", "لدي", "لدى", "ضمن", "مع", "من", "عن", "بحسب", "حسب", "حسبما", "وفقا", "وفق", "وفقما", "نقلا", "فيه", "فيها", "عليه", "عليها"]

    /// Line labels that are not speakers: `المصدر:`، `للمزيد:`، `إقرأ أيضاً:`.
    static let labels: Set<String> = ["المصدر", "مصدر", "للمزيد", "المزيد", "اقرا", "ايضا", "شاهد", "تابع", "عاجل", "تحديث", "اضغط", "ملاحظه", "اقرا ايضا"]

    /// Whether a speaker is an unnamed source (`مصادر أمنية`, `مسؤول كبير في وزارة الخارجية`,
    /// `مسؤول طلب عدم الكشف عن اسمه`): its head is a source noun, indefinite (a named person
    /// takes the definite title: `المسؤول الأمريكي جون بولتون`), or definite in two words at most
    /// (`المصدر`, `المصادر الأمنية`); or it asks not to be named.
    static func isAnonymous(_ speaker: String) -> Bool {
        let words = Normalizer.search(speaker).split(separator: " ").map { w -> Substring in
            var w = w
            if w.hasPrefix("و") && w.count > 4 { w = w.dropFirst() }
            return w
        }
        if let first = words.first {
            let definite = first.hasPrefix("ال")
            let head = definite ? first.dropFirst(2) : first
            if unnamedSources.contains(head), !definite || words.count <= 2 { return true }
        }
        let s = Normalizer.search(speaker)
        return s.contains("عدم الكشف") || s.contains("رفض الكشف") || s.contains("فضل عدم")
    }

    /// Nouns that head an unnamed source, search-folded.
    static let unnamedSources: Set<Substring> = [
        "مصادر", "مصدر", "مصدران", "مسؤول", "مسؤوله", "مسؤولون", "مسؤولين", "مسؤولان", "شهود", "شاهد", "دبلوماسي",
        "دبلوماسيون", "دبلوماسيين", "مراقبون", "متحدث", "متحدثه", "ناشطون", "ناشطين", "سكان", "خبراء", "محللون",
        "مقربون", "مقربين", "اوساط",
    ]

    func wordCount(_ r: Range<Int>) -> Int {
        r.filter { tokens[$0].kind.isWord || tokens[$0].kind == .number }.count
    }

    /// `r` without punctuation and quotation marks at either end.
    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, tokens[a].kind == .punctuation || tokens[a].kind == .quote { a += 1 }
        while b > a, tokens[b - 1].kind == .punctuation || tokens[b - 1].kind == .quote { b -= 1 }
        return a..<b
    }

    /// The scalar span of a token range.
    func span(_ r: Range<Int>) -> Span {
        if r.isEmpty {
            let at = r.lowerBound < tokens.count ? tokens[r.lowerBound].token.scalars.lowerBound : scalars.count
            return Span(start: at, end: at)
        }
        return Span(start: tokens[r.lowerBound].token.scalars.lowerBound, end: tokens[r.upperBound - 1].token.scalars.upperBound)
    }

    /// The text under a span.
    func text(_ s: Span) -> String { s.text(in: scalars) }
}
