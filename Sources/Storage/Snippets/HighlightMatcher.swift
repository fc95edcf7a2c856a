import ArabicText

extension AnalysedQuery.Highlight {
    /// `Highlight.matches` for many tokens in a row (every token of a snippet's body).
    ///
    /// Looking a non-ASCII `String` up in a `Set` hashes its normalised form, which costs more
    /// than the rest of the test; most tokens match nothing. The matcher first checks a key made
    /// of the UTF-8 length and first bytes, and only looks a form up when its key is one of the
    /// highlight's. The analyzer emits forms already folded, so equal forms have equal bytes.
    struct Matcher {
        let highlight: AnalysedQuery.Highlight
        private let keys: Set<UInt64>

        init(_ highlight: AnalysedQuery.Highlight) {
            self.highlight = highlight
            keys = Set((highlight.normalized.union(highlight.stems).union(highlight.nameKeys)).map(Matcher.key))
        }

        /// The UTF-8 length in the top byte, then up to 7 leading bytes.
        static func key(_ s: String) -> UInt64 {
            var k = UInt64(truncatingIfNeeded: s.utf8.count) << 56
            var shift: UInt64 = 0
            for b in s.utf8.prefix(7) {
                k |= UInt64(b) << shift
                shift += 8
            }
            return k
        }

        /// The same answer as `highlight.matches(t)`.
        func matches(_ t: AnalyzedToken) -> Bool {
            guard t.kind != .punctuation && t.kind != .quote else { return false }
            let h = highlight
            if keys.contains(Matcher.key(t.normalized)) && h.normalized.contains(t.normalized) { return true }
            if !t.stem.isEmpty && keys.contains(Matcher.key(t.stem)) && h.stems.contains(t.stem) { return true }
            if !t.isStopWord && !t.nameKey.isEmpty && keys.contains(Matcher.key(t.nameKey))
                && t.nameKey.count >= IndexTerms.minimumKeyLength && h.nameKeys.contains(t.nameKey) { return true }
            return !h.prefixes.isEmpty && h.prefixes.contains { t.normalized.hasPrefix($0) || t.stem.hasPrefix($0) }
        }
    }
}
