import NewsModel

/// A seeded, documented generator of near-duplicate pairs (positives) and same-topic different
/// articles (negatives) from a corpus such as ANT, for `khabar eval duplicates` and
/// `khabar bench duplicates`.
///
/// For a seed the output is the same on every run and machine (`SeededGenerator`):
/// - `sampleSize` articles are drawn without replacement from those with at least
///   `minimumWords` words;
/// - each drawn article yields one positive per `Perturbation` kind (the kind's documentation
///   says exactly what changes);
/// - and two negatives: the article of the same category closest in publication time, and,
///   among the 40 same-category articles closest in time, the one sharing most title words
///   (ties to the closest). Candidates with the same folded title or the same body as the
///   drawn article are skipped: ANT files some articles twice under two categories, and those
///   are duplicates, not negatives.
public struct PerturbationGenerator: Sendable {
    /// An article the generator draws from.
    public struct Document: Sendable {
        /// Its identifier.
        public var id: String
        /// Its title.
        public var title: String
        /// Its body, paragraphs separated by line breaks.
        public var body: String
        /// Its category (topic) or nil.
        public var category: String?
        /// Publication time in seconds since 1970, or nil.
        public var published: Double?

        public init(id: String, title: String, body: String, category: String?, published: Double?) {
            self.id = id
            self.title = title
            self.body = body
            self.category = category
            self.published = published
        }
    }

    /// What made a pair.
    public enum Kind: Hashable, Sendable, CustomStringConvertible {
        /// A perturbed copy of the article: a duplicate.
        case perturbed(Perturbation)
        /// The closest article in time of the same category: not a duplicate.
        case sameCategoryCloseDate
        /// A close article of the same category sharing title words: not a duplicate.
        case sharedTitleWords

        public var description: String {
            switch self {
            case .perturbed(let p): return p.rawValue
            case .sameCategoryCloseDate: return "negative-close-date"
            case .sharedTitleWords: return "negative-title-words"
            }
        }
    }

    /// A generated pair: document `original` against `text`.
    public struct Pair: Sendable {
        /// Index of the drawn article in the input.
        public var original: Int
        /// The other text (a perturbed copy or another article's body).
        public var text: String
        /// Index of the other article for negatives.
        public var other: Int?
        /// How the pair was made.
        public var kind: Kind
        /// Whether the pair is a duplicate (positives) or not (negatives).
        public var isDuplicate: Bool { if case .perturbed = kind { return true } else { return false } }
    }

    /// The seed.
    public var seed: UInt64
    /// Articles shorter than this many words are not drawn.
    public var minimumWords: Int

    /// A generator with `seed`.
    public init(seed: UInt64 = 5, minimumWords: Int = 30) {
        self.seed = seed
        self.minimumWords = minimumWords
    }

    /// Outlets used by `.sourceLine`.
    public static let outlets = ["سكاي نيوز عربية", "فرانس 24", "بي بي سي عربي", "سي إن إن بالعربية", "العربية نت",
                                 "وكالة الأنباء الفرنسية", "رويترز", "الجزيرة نت"]
    static let cities = ["القاهرة", "دبي", "بيروت", "باريس", "لندن", "الرياض", "عمان", "الرباط"]
    static let header = [["الرئيسية", "أخبار", "شارك هذا المقال"], ["تابعونا على تويتر", "آخر تحديث منذ ساعة", "حجم الخط"]]
    static let footer = [["جميع الحقوق محفوظة ٢٠١٨", "شارك", "تابعونا"], ["الأكثر قراءة", "أخبار ذات صلة", "حقوق النشر محفوظة"]]

    /// The pairs for `documents` (see the type's documentation).
    public func pairs(from documents: [Document], sampleSize: Int) -> [Pair] {
        var rng = SeededGenerator(seed: seed)
        let eligible = documents.indices.filter { PerturbationGenerator.wordCount(documents[$0].body) >= minimumWords }
        // Partial Fisher–Yates with the seeded generator.
        var pool = eligible
        let n = min(sampleSize, pool.count)
        for i in 0..<n { pool.swapAt(i, i + rng.below(pool.count - i)) }
        let drawn = pool[0..<n]

        // Same-category lists sorted by time, for negatives.
        var byCategory: [String: [Int]] = [:]
        for i in eligible { byCategory[documents[i].category ?? "", default: []].append(i) }
        for (c, list) in byCategory {
            byCategory[c] = list.sorted { (documents[$0].published ?? 0, $0) < (documents[$1].published ?? 0, $1) }
        }
        var position: [Int: Int] = [:]
        for list in byCategory.values { for (p, i) in list.enumerated() { position[i] = p } }

        var result: [Pair] = []
        for d in drawn {
            let doc = documents[d]
            for kind in Perturbation.allCases {
                let text = perturb(doc.body, kind, rng: &rng, otherTitle: documents[eligible[rng.below(eligible.count)]].title)
                result.append(Pair(original: d, text: text, other: nil, kind: .perturbed(kind)))
            }
            let list = byCategory[doc.category ?? ""] ?? []
            let p = position[d] ?? 0
            let near = PerturbationGenerator.neighbours(of: p, in: list, count: 40).filter {
                PerturbationGenerator.isDifferentArticle(documents[$0], doc)
            }
            if let closest = near.first {
                result.append(Pair(original: d, text: documents[closest].body, other: closest, kind: .sameCategoryCloseDate))
            }
            let words = PerturbationGenerator.titleWords(doc.title)
            var best: (shared: Int, index: Int)? = nil
            for c in near.dropFirst() {
                let shared = PerturbationGenerator.titleWords(documents[c].title).intersection(words).count
                if shared > (best?.shared ?? 0) { best = (shared, c) }
            }
            if let b = best {
                result.append(Pair(original: d, text: documents[b.index].body, other: b.index, kind: .sharedTitleWords))
            }
        }
        return result
    }

    /// `text` changed by `kind`, drawing choices from `rng`; `otherTitle` feeds the read-also line
    /// of `.boilerplateWrapper`.
    public func perturb(_ text: String, _ kind: Perturbation, rng: inout SeededGenerator, otherTitle: String = "") -> String {
        var s = Array(text.unicodeScalars)
        switch kind {
        case .typo:
            let spots = s.indices.filter { PerturbationGenerator.neighbour[s[$0].value] != nil }
            for _ in 0..<min(3, spots.count) {
                let i = spots[rng.below(spots.count)]
                let options = PerturbationGenerator.neighbour[s[i].value]!
                s[i] = Unicode.Scalar(options[rng.below(options.count)])!
            }
        case .spacing:
            for _ in 0..<2 {
                let spaces = s.indices.filter { s[$0] == " " }
                if !spaces.isEmpty { s.remove(at: spaces[rng.below(spaces.count)]) }
            }
            for _ in 0..<2 {
                let inner = s.indices.dropFirst().filter { PerturbationGenerator.isArabicLetter(s[$0]) && PerturbationGenerator.isArabicLetter(s[$0 - 1]) }
                if !inner.isEmpty { s.insert(" ", at: inner[rng.below(inner.count)]) }
            }
            for _ in 0..<3 {
                let joins = s.indices.dropLast().filter { PerturbationGenerator.connectsForward(s[$0]) && PerturbationGenerator.isArabicLetter(s[$0 + 1]) }
                if !joins.isEmpty { s.insert("\u{0640}", at: joins[rng.below(joins.count)] + 1) }
            }
        case .boilerplateWrapper:
            let top = PerturbationGenerator.header[rng.below(2)]
            let bottom = PerturbationGenerator.footer[rng.below(2)]
            let wrapped = top.joined(separator: "\n") + "\n" + text + "\nاقرأ أيضاً: " + otherTitle + "\n" + bottom.joined(separator: "\n")
            return wrapped
        case .truncation:
            var cut = s.count * 7 / 10
            while cut > 0 && s[cut] != " " && s[cut] != "\n" { cut -= 1 }
            s.removeSubrange(cut...)
        case .paragraphMoved:
            let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            var parts = paragraphs.count >= 2 ? paragraphs : PerturbationGenerator.sentences(text)
            guard parts.count >= 2 else { return text }
            let from = rng.below(parts.count)
            let moved = parts.remove(at: from)
            var to = rng.below(parts.count + 1)
            if to == from { to = (to + 1) % (parts.count + 1) }
            parts.insert(moved, at: to)
            return parts.joined(separator: paragraphs.count >= 2 ? "\n" : " ")
        case .sourceLine:
            let outlet = PerturbationGenerator.outlets[rng.below(PerturbationGenerator.outlets.count)]
            let city = PerturbationGenerator.cities[rng.below(PerturbationGenerator.cities.count)]
            return city + " - " + outlet + "\n" + text + "\nالمصدر: " + outlet
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s)
        return String(out)
    }

    // MARK: - Helpers

    static let neighbour: [UInt32: [UInt32]] = {
        let groups: [[UInt32]] = [[0x642, 0x641], [0x628, 0x62A, 0x62B], [0x62C, 0x62D, 0x62E], [0x62F, 0x630], [0x631, 0x632],
                                  [0x633, 0x634], [0x635, 0x636], [0x637, 0x638], [0x639, 0x63A], [0x647, 0x629], [0x64A, 0x649]]
        var m: [UInt32: [UInt32]] = [:]
        for g in groups { for c in g { m[c] = g.filter { $0 != c } } }
        return m
    }()

    static func isArabicLetter(_ s: Unicode.Scalar) -> Bool { (0x621...0x64A).contains(s.value) && s.value != 0x640 }

    /// Letters that join to the following letter (so tatweel after them is well formed).
    static func connectsForward(_ s: Unicode.Scalar) -> Bool {
        isArabicLetter(s) && ![0x627, 0x623, 0x625, 0x622, 0x62F, 0x630, 0x631, 0x632, 0x648, 0x624, 0x629, 0x621, 0x649].contains(s.value)
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    }

    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            current.append(ch)
            if ch == "." || ch == "؟" || ch == "!" { out.append(current.trimmingSpaces); current = "" }
        }
        if !current.trimmingSpaces.isEmpty { out.append(current.trimmingSpaces) }
        return out
    }

    static func titleWords(_ title: String) -> Set<String> {
        Set(Boilerplate.key(title).split(separator: " ").filter { $0.count > 2 }.map(String.init))
    }

    static func isDifferentArticle(_ a: Document, _ b: Document) -> Bool {
        Boilerplate.key(a.title) != Boilerplate.key(b.title) && a.body != b.body
    }

    /// Up to `count` entries of `list` nearest to position `p` (excluding it), nearest first.
    static func neighbours(of p: Int, in list: [Int], count: Int) -> [Int] {
        var out: [Int] = []
        var lo = p - 1, hi = p + 1
        while out.count < count && (lo >= 0 || hi < list.count) {
            if hi < list.count { out.append(list[hi]); hi += 1 }
            if lo >= 0 && out.count < count { out.append(list[lo]); lo -= 1 }
        }
        return out
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
