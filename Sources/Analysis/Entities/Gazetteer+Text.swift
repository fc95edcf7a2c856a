extension Gazetteer {
    /// The gazetteer as text: one `category<TAB>words` line per entry, sorted.
    public var text: String {
        entries.map { "\($0.category.rawValue)\t\($0.words.joined(separator: " "))\n" }.joined()
    }

    /// Reads the text form.
    /// - Throws: `EntityTaggerError.badModel` for a line with an unknown category.
    public init(text: String) throws(EntityTaggerError) {
        var entries: [Entry] = []
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let c = Category(rawValue: String(parts[0])) else {
                throw .badModel(reason: "gazetteer line '\(line)'")
            }
            entries.append(Entry(category: c, words: parts[1].split(separator: " ").map(String.init)))
        }
        self.init(entries: entries)
    }
}
