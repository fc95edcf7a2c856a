import Foundation

/// Word forms attested in a corpus, with their frequencies: the evidence that guards every
/// clitic cut and suffix strip of the analyzer (`ببوتين` is cut because `بوتين` is common,
/// `بكين` is kept because `كين` is not).
///
/// Forms are stored folded to the search level and keyed by a 64-bit hash. The shipped
/// lexicon (`Resources/lexicon.tsv`) is built from the ANT corpus by `khabar lexicon build`.
public struct Lexicon: Sendable {
    private var counts: [UInt64: UInt32]
    private var hamzaInitial: Set<UInt64>

    /// The number of distinct forms.
    public var count: Int { counts.count }

    /// An empty lexicon: nothing attested, so the analyzer only makes the cuts its rules
    /// allow without evidence (the definite article).
    public init() {
        counts = [:]
        hamzaInitial = []
    }

    /// A lexicon of `entries`: a folded form, its corpus count, and whether most of its
    /// occurrences begin with a hamza on alef (أ إ آ), which tells that a leading ال is not
    /// the article (ألمانيا, إلغاء).
    public init<S: Sequence>(entries: S) where S.Element == (form: String, count: Int, hamzaInitial: Bool) {
        self.init()
        for e in entries {
            let key = WordHash.hash(e.form.unicodeScalars.lazy.map(\.value))
            counts[key, default: 0] &+= UInt32(clamping: e.count)
            if e.hamzaInitial { hamzaInitial.insert(key) }
        }
    }

    /// Reads a lexicon in the TSV format `khabar lexicon build` writes: `form TAB count
    /// [TAB H]` per line, `#` comments.
    /// - Throws: `LexiconError.malformedLine` naming the first bad line.
    public init(tsv: String) throws {
        var entries: [(form: String, count: Int, hamzaInitial: Bool)] = []
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            lineNumber += 1
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let n = Int(fields[1]) else {
                throw LexiconError.malformedLine(lineNumber, String(line.prefix(80)))
            }
            entries.append((String(fields[0]), n, fields.count > 2 && fields[2] == "H"))
        }
        self.init(entries: entries)
    }

    /// The lexicon shipped with Khabar, loaded once on first use.
    public static let shared: Lexicon = {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8),
            let lexicon = try? Lexicon(tsv: text)
        else { return Lexicon() }
        return lexicon
    }()

    /// Corpus count of the form with hash `key`.
    @inline(__always)
    func count(_ key: UInt64) -> Int { Int(counts[key] ?? 0) }

    /// Whether the form with hash `key` mostly begins with a hamza on alef.
    @inline(__always)
    func isHamzaInitial(_ key: UInt64) -> Bool { hamzaInitial.contains(key) }

    /// Corpus count of a folded form.
    public func count(of form: String) -> Int {
        count(WordHash.hash(form.unicodeScalars.lazy.map(\.value)))
    }
}

/// Why a lexicon file could not be read.
public enum LexiconError: Error, CustomStringConvertible {
    /// A line without a form and a count; carries the 1-based line number and its start.
    case malformedLine(Int, String)

    public var description: String {
        switch self {
        case .malformedLine(let n, let text):
            return "lexicon line \(n) is not `form TAB count [TAB H]`: \(text) — rebuild it with `khabar lexicon build`"
        }
    }
}
