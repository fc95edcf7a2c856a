import ArabicText

extension EntityTagger {
    /// Per-thread state for tagging a stream of articles: the analyzer and the word forms
    /// already built, so a word seen in an earlier article is not analysed again (ingest's
    /// workers keep one each). Not thread-safe; results do not depend on what it remembers.
    public final class Workspace {
        /// The analyzer names are reduced with (owned by this thread).
        public let analyzer: Analyzer
        let builder: WordForm.Builder

        /// Distinct words a workspace remembers by default before it starts over (a few MB;
        /// the commonest words come back at once).
        public static let defaultCapacity = 1 << 14

        /// A workspace analysing with `analyzer`, remembering at most `capacity` distinct words.
        public init(analyzer: Analyzer = Analyzer(), capacity: Int = Workspace.defaultCapacity) {
            self.analyzer = analyzer
            self.builder = WordForm.Builder(analyzer: analyzer, capacity: capacity)
        }
    }
}
