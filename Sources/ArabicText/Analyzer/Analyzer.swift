/// Khabar's one analyzer: the same chain for indexing, querying and every later module.
///
/// Text → tokens with spans (`Tokenizer`) → search folding (`Normalizer.Level.search`) →
/// clitic segmentation and light stem guarded by the lexicon (`Segmenter`) → name key.
///
/// An `Analyzer` keeps scratch buffers and a memo of analysed words, so it is cheap to call
/// repeatedly and is **not** thread-safe: give each thread or task its own (they share the
/// immutable `Lexicon`).
public final class Analyzer {
    /// The lexicon guarding cuts.
    public let lexicon: Lexicon
    private let segmenter: Segmenter
    private let decoded = DecodedText()
    private var scratch = WordScratch()
    private var tokens: [Token] = []

    /// An analyzer over `lexicon` (the shipped one by default).
    public init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
        self.segmenter = Segmenter(lexicon: lexicon)
    }

    // MARK: - Full analysis

    /// Every token of `text` with its analysis.
    public func analyze(_ text: String) -> [AnalyzedToken] {
        decoded.load(text)
        var tokens: [Token] = []
        Tokenizer().tokenize(decoded) { tokens.append($0) }
        return analysed(tokens, in: text)
    }

    /// The sentences of `text`, each with its scalar range and analysed tokens.
    public func sentences(_ text: String) -> [(span: Range<Int>, tokens: [AnalyzedToken])] {
        decoded.load(text)
        var tokens: [Token] = []
        Tokenizer().tokenize(decoded) { tokens.append($0) }
        let groups = SentenceSplitter().sentences(tokens: tokens, values: decoded.values)
        let all = analysed(tokens, in: text)
        return groups.map { g in
            (tokens[g.lowerBound].scalars.lowerBound..<tokens[g.upperBound - 1].scalars.upperBound, Array(all[g]))
        }
    }

    /// Analyses one word given as text (a query word, a gazetteer entry).
    public func analyzeWord(_ word: String) -> AnalyzedToken? {
        analyze(word).first { $0.kind.isWord }
    }

    private func analysed(_ tokens: [Token], in text: String) -> [AnalyzedToken] {
        var s = WordScratch()
        swap(&s, &scratch)
        defer { swap(&s, &scratch) }
        return decoded.values.withUnsafeBufferPointer { vals in
            decoded.classes.withUnsafeBufferPointer { cls in
                tokens.map { analyzedToken($0, in: text, scratch: &s, values: vals, classes: cls) }
            }
        }
    }

    private func analyzedToken(
        _ t: Token, in text: String, scratch s: inout WordScratch,
        values: UnsafeBufferPointer<UInt32>, classes: UnsafeBufferPointer<ScalarClass>
    ) -> AnalyzedToken {
        let surface = t.surface(in: text)
        switch t.kind {
        case .punctuation, .quote:
            return AnalyzedToken(token: t, surface: surface, normalized: surface, proclitics: [], enclitics: [],
                                 stem: "", nameKey: "", isStopWord: false)
        default:
            let a = s.foldAndSegment(t, values: values, classes: classes, segmenter: segmenter)
            let n = s.foldedCount
            let normalized = Analyzer.string(s.folded[...])
            var proclitics: [String] = []
            var enclitics: [String] = []
            var stem = normalized
            var key = ""
            var stop = false
            if t.kind == .arabicWord || t.kind == .hashtag {
                if a.procliticIndex >= 0 { proclitics = Clitics.proclitics[Int(a.procliticIndex)].parts }
                if a.enclitic > 0 { enclitics = [Analyzer.string(s.folded[(n - Int(a.enclitic))...])] }
                s.buildStem(a)
                stem = Analyzer.string(s.stem[...])
                key = s.stem.withUnsafeBufferPointer { String(decoding: NameKey.key(of: $0), as: UTF8.self) }
                stop = a.isStopWord
            }
            return AnalyzedToken(token: t, surface: surface, normalized: normalized, proclitics: proclitics,
                                 enclitics: enclitics, stem: stem, nameKey: key, isStopWord: stop)
        }
    }

    private static func string(_ s: ArraySlice<UInt32>) -> String {
        var view = String.UnicodeScalarView()
        for v in s { if let u = Unicode.Scalar(v) { view.append(u) } }
        return String(view)
    }

    // MARK: - Hot path

    /// A term as the index sees it. The buffers are valid only inside the callback.
    public struct Term {
        /// The token (kind and spans).
        public var token: Token
        /// UTF-8 of the search-folded surface.
        public var normalized: UnsafeBufferPointer<UInt8>
        /// UTF-8 of the light stem.
        public var stem: UnsafeBufferPointer<UInt8>
        /// ASCII of the name key (`NameKey`), Arabic words only; empty otherwise.
        public var nameKey: UnsafeBufferPointer<UInt8>
        /// Whether the word is a function word.
        public var isStopWord: Bool
    }

    /// Calls `body` with every indexable token of `text` (words, numbers, hashtags, URLs,
    /// addresses; not punctuation), reusing buffers: no allocation per token. Name keys are
    /// computed only when `withNameKeys` is set.
    public func forEachTerm(in text: String, withNameKeys: Bool = false, _ body: (Term) throws -> Void) rethrows {
        decoded.load(text)
        var tokens: [Token] = []
        var s = WordScratch()
        swap(&tokens, &self.tokens)
        swap(&s, &scratch)
        defer {
            swap(&tokens, &self.tokens)
            swap(&s, &scratch)
        }
        tokens.removeAll(keepingCapacity: true)
        Tokenizer().tokenize(decoded) { t in
            if t.kind != .punctuation && t.kind != .quote { tokens.append(t) }
        }
        let segmenter = self.segmenter
        try decoded.values.withUnsafeBufferPointer { vals in
            try decoded.classes.withUnsafeBufferPointer { cls in
                try tokens.withUnsafeBufferPointer { toks in
                for t in toks {
                    let a = s.foldAndSegment(t, values: vals, classes: cls, segmenter: segmenter)
                    var stop = false
                    s.nameKey.removeAll(keepingCapacity: true)
                    if t.kind == .arabicWord || t.kind == .hashtag {
                        s.buildStem(a)
                        stop = a.isStopWord
                        if t.kind == .arabicWord && withNameKeys {
                            s.stem.withUnsafeBufferPointer { NameKey.write($0, into: &s.nameKey) }
                        }
                    } else {
                        s.stemIsWholeWord()
                    }
                    try s.withEncoded { norm, stem, key in
                        try body(Term(token: t, normalized: norm, stem: stem, nameKey: key, isStopWord: stop))
                    }
                }
                }
            }
        }
    }
}
