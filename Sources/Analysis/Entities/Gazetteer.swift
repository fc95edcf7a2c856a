import Foundation
import NewsModel

/// Word lists the entity tagger consults: place names, demonyms, capitals, trigger words and
/// names learned from training data. Entries are search-folded word sequences; a match marks
/// its first token as beginning and the rest as inside an entry of the category.
///
/// A gazetteer is part of a trained model (built at training time, saved with the weights),
/// so tagging never depends on the platform's locale data.
public struct Gazetteer: Hashable, Sendable {
    /// What an entry is.
    public enum Category: String, CaseIterable, Sendable, Comparable {
        /// A country name from CLDR (`روسيا`, `الولايات المتحدة`) or a common variant (`أمريكا`).
        case country
        /// A capital (`موسكو`).
        case capital
        /// A large city that is not a capital (`نيويورك`).
        case city
        /// A region or continent (`الشرق الأوسط`, `أوروبا`).
        case region
        /// A demonym derived from a country name or listed (`الصيني`, `الأميركية`).
        case demonym
        /// A title or role before a person's name (`الرئيس`, `وزير`, `المستشار`).
        case personTitle = "person-title"
        /// A word that heads organisation names (`وكالة`, `شركة`, `حركة`).
        case organizationTrigger = "org-trigger"
        /// A word that heads place names (`مدينة`, `جزيرة`).
        case locationTrigger = "loc-trigger"
        /// A verb of saying that often follows or precedes a name (`قال`, `أعلن`).
        case speechVerb = "speech-verb"
        /// A word mostly inside persons in the training data.
        case learnedPerson = "learned-PERS"
        /// A word mostly inside places in the training data.
        case learnedLocation = "learned-LOC"
        /// A word mostly inside organisations in the training data.
        case learnedOrganization = "learned-ORG"
        /// A word mostly inside other names in the training data.
        case learnedMiscellaneous = "learned-MISC"
        /// A word that mostly begins a person (a first name).
        case learnedPersonBegin = "learned-begin-PERS"
        /// A word that mostly begins a place.
        case learnedLocationBegin = "learned-begin-LOC"
        /// A word that mostly begins an organisation.
        case learnedOrganizationBegin = "learned-begin-ORG"
        /// A word that mostly begins another name.
        case learnedMiscellaneousBegin = "learned-begin-MISC"
        /// A word inside persons at least a tenth of the time, but not mostly.
        case learnedPersonSometimes = "learned-some-PERS"
        /// A word inside places at least a tenth of the time, but not mostly.
        case learnedLocationSometimes = "learned-some-LOC"
        /// A word inside organisations at least a tenth of the time, but not mostly.
        case learnedOrganizationSometimes = "learned-some-ORG"
        /// A word inside other names at least a tenth of the time, but not mostly.
        case learnedMiscellaneousSometimes = "learned-some-MISC"
        /// A word the tagger itself mostly tagged as a person in unlabeled news (self-training).
        case autoPerson = "auto-PERS"
        /// A word mostly tagged as a place in unlabeled news.
        case autoLocation = "auto-LOC"
        /// A word mostly tagged as an organisation in unlabeled news.
        case autoOrganization = "auto-ORG"
        /// A word mostly tagged as another name in unlabeled news.
        case autoMiscellaneous = "auto-MISC"
        /// A word tagged as a person at least a fifth of the time in unlabeled news.
        case autoPersonSometimes = "auto-some-PERS"
        /// A word tagged as a place at least a fifth of the time in unlabeled news.
        case autoLocationSometimes = "auto-some-LOC"
        /// A word tagged as an organisation at least a fifth of the time in unlabeled news.
        case autoOrganizationSometimes = "auto-some-ORG"
        /// A word tagged as another name at least a fifth of the time in unlabeled news.
        case autoMiscellaneousSometimes = "auto-some-MISC"

        var bit: Int { Self.allCases.firstIndex(of: self)! }

        /// Declaration order.
        public static func < (a: Category, b: Category) -> Bool { a.bit < b.bit }

        /// How strongly a learned word belongs to a kind.
        enum Strength { case mostly, begins, sometimes }

        /// The self-trained category for an entity kind.
        static func auto(_ kind: Mention.Kind, sometimes: Bool) -> Category {
            switch (kind, sometimes) {
            case (.person, false): return .autoPerson
            case (.location, false): return .autoLocation
            case (.organization, false): return .autoOrganization
            case (.miscellaneous, false): return .autoMiscellaneous
            case (.person, true): return .autoPersonSometimes
            case (.location, true): return .autoLocationSometimes
            case (.organization, true): return .autoOrganizationSometimes
            case (.miscellaneous, true): return .autoMiscellaneousSometimes
            }
        }

        /// The learned category for an entity kind: words mostly inside entities of the kind,
        /// words that mostly begin one, and words inside one at least a tenth of the time.
        static func learned(_ kind: Mention.Kind, _ strength: Strength = .mostly) -> Category {
            switch (kind, strength) {
            case (.person, .mostly): return .learnedPerson
            case (.location, .mostly): return .learnedLocation
            case (.organization, .mostly): return .learnedOrganization
            case (.miscellaneous, .mostly): return .learnedMiscellaneous
            case (.person, .begins): return .learnedPersonBegin
            case (.location, .begins): return .learnedLocationBegin
            case (.organization, .begins): return .learnedOrganizationBegin
            case (.miscellaneous, .begins): return .learnedMiscellaneousBegin
            case (.person, .sometimes): return .learnedPersonSometimes
            case (.location, .sometimes): return .learnedLocationSometimes
            case (.organization, .sometimes): return .learnedOrganizationSometimes
            case (.miscellaneous, .sometimes): return .learnedMiscellaneousSometimes
            }
        }
    }

    /// One entry: a category and its folded words.
    public struct Entry: Hashable, Sendable, Comparable {
        /// The category.
        public var category: Category
        /// Search-folded words (`["الولايات", "المتحده"]`).
        public var words: [String]

        /// By category, then words.
        public static func < (a: Entry, b: Entry) -> Bool {
            (a.category, a.words.joined(separator: " ")) < (b.category, b.words.joined(separator: " "))
        }
    }

    /// The entries, sorted and without duplicates.
    public private(set) var entries: [Entry]

    /// Entries by the hash of their first word: categories and hashes of the following words.
    private var index: [UInt64: [(bit: Int, rest: [UInt64])]] = [:]

    /// Creates a gazetteer from entries; words are search-folded here.
    public init(entries: [Entry]) {
        var seen = Set<Entry>()
        var clean: [Entry] = []
        for e in entries {
            let words = e.words.flatMap { $0.split(separator: " ") }.map { Self.fold(String($0)) }.filter { !$0.isEmpty }
            guard !words.isEmpty else { continue }
            let entry = Entry(category: e.category, words: words)
            if seen.insert(entry).inserted { clean.append(entry) }
        }
        clean.sort()
        self.entries = clean
        for e in clean {
            let hashes = e.words.map { FeatureHash.scalars($0.unicodeScalars.map(\.value)) }
            index[hashes[0], default: []].append((e.category.bit, Array(hashes.dropFirst())))
        }
    }

    /// Merges two gazetteers.
    public func merging(_ other: Gazetteer) -> Gazetteer {
        Gazetteer(entries: entries + other.entries)
    }

    /// Number of entries per category.
    public func count(of category: Category) -> Int { entries.lazy.filter { $0.category == category }.count }

    static func fold(_ word: String) -> String {
        String(String.UnicodeScalarView(WordForm(word).folded.compactMap(Unicode.Scalar.init)))
    }

    /// Marks per token: bit `2c` when an entry of category `c` begins there, bit `2c+1` when
    /// the token is inside (after the first word of) such an entry.
    func marks(_ forms: [WordForm]) -> [UInt64] {
        var marks = [UInt64](repeating: 0, count: forms.count)
        guard !index.isEmpty else { return marks }
        for i in forms.indices {
            let (a, b) = forms[i].lookupKeys
            for pass in 0..<2 {
                if pass == 1 && a == b { break }
                guard let candidates = index[pass == 0 ? a : b] else { continue }
                for (bit, rest) in candidates {
                    guard i + rest.count < forms.count else { continue }
                    var ok = true
                    for (k, h) in rest.enumerated() where forms[i + 1 + k].word != h { ok = false; break }
                    guard ok else { continue }
                    marks[i] |= 1 << (2 * bit)
                    for k in 0..<rest.count { marks[i + 1 + k] |= 1 << (2 * bit + 1) }
                }
            }
        }
        return marks
    }

    public static func == (a: Gazetteer, b: Gazetteer) -> Bool { a.entries == b.entries }
    public func hash(into h: inout Hasher) { h.combine(entries) }
}
