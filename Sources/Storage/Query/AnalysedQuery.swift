import ArabicText

/// A query after analysis: each clause as the terms the index holds. Both the full-text
/// compilers and the snippet highlighter work from it, so what is marked is what matched.
public struct AnalysedQuery: Sendable {
    /// One analysed query word.
    public struct Term: Sendable, Hashable {
        public var normalized: String
        public var stem: String
        /// The name key, or "" when too short to be useful (`IndexTerms.minimumKeyLength`).
        public var nameKey: String
        public var isStopWord: Bool
    }

    /// One analysed clause.
    public enum Clause: Sendable, Hashable {
        case term(Term)
        case phrase([Term])
        case prefix(String)
    }

    public var required: [[Clause]]
    public var excluded: [Clause]

    /// Analyses `query`. Stop-word-only clauses are dropped when the query has other words
    /// (they would only narrow the results to pages that happen to use them).
    /// - Throws: `SearchError.nothingToSearch` when no clause is left to require.
    public init(_ query: SearchQuery, analyzer: Analyzer) throws {
        func terms(_ text: String) -> [Term] {
            analyzer.analyze(text).filter { $0.kind.isWord || $0.kind == .number || $0.kind == .url || $0.kind == .email || $0.kind == .mention }
                .filter { !$0.normalized.isEmpty }
                .map { t in
                    Term(normalized: t.normalized.replacingOccurrences(of: "#", with: ""), stem: t.stem.isEmpty ? t.normalized : t.stem,
                         nameKey: t.nameKey.count >= IndexTerms.minimumKeyLength && !t.isStopWord ? t.nameKey : "",
                         isStopWord: t.isStopWord)
                }
        }
        func analyse(_ c: SearchQuery.Clause) -> Clause? {
            switch c {
            case .word(let w):
                let t = terms(w)
                if t.isEmpty { return nil }
                return t.count == 1 ? .term(t[0]) : .phrase(t)
            case .phrase(let p):
                let t = terms(p)
                if t.isEmpty { return nil }
                return t.count == 1 ? .term(t[0]) : .phrase(t)
            case .prefix(let p):
                return terms(p).first.map { .prefix($0.normalized) }
            }
        }
        var required = query.required.map { $0.compactMap(analyse) }.filter { !$0.isEmpty }
        let meaningful = required.filter { group in
            group.contains { if case .term(let t) = $0 { return !t.isStopWord } else { return true } }
        }
        if !meaningful.isEmpty { required = meaningful }
        guard !required.isEmpty else { throw SearchError.nothingToSearch }
        self.required = required
        self.excluded = query.excluded.compactMap(analyse)
    }

    /// Forms to mark in results: normalised forms, stems, name keys and prefixes of every
    /// required clause.
    public var highlight: Highlight {
        var h = Highlight()
        func add(_ t: Term) {
            h.normalized.insert(t.normalized)
            h.stems.insert(t.stem)
            if !t.nameKey.isEmpty { h.nameKeys.insert(t.nameKey) }
        }
        for group in required {
            for c in group {
                switch c {
                case .term(let t): if !t.isStopWord || required.count == 1 { add(t) }
                case .phrase(let ts): ts.forEach(add)
                case .prefix(let p): h.prefixes.insert(p)
                }
            }
        }
        return h
    }

    /// What the highlighter marks.
    public struct Highlight: Sendable {
        public var normalized: Set<String> = []
        public var stems: Set<String> = []
        public var nameKeys: Set<String> = []
        public var prefixes: Set<String> = []

        /// Whether an analysed token of a result matches.
        public func matches(_ t: AnalyzedToken) -> Bool {
            guard t.kind != .punctuation && t.kind != .quote else { return false }
            if normalized.contains(t.normalized) || (!t.stem.isEmpty && stems.contains(t.stem)) { return true }
            if !t.isStopWord && t.nameKey.count >= IndexTerms.minimumKeyLength && nameKeys.contains(t.nameKey) { return true }
            return prefixes.contains { t.normalized.hasPrefix($0) || t.stem.hasPrefix($0) }
        }
    }
}
