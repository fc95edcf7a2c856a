// Lead paragraphs (abstracts, teasers, intros) that pages put outside the body box.

extension MainContentFinder {
    static let leadWords: Set<Substring> = [
        "lead", "intro", "abstract", "excerpt", "teaser", "summary", "standfirst", "deck", "dek", "chapo",
        "chapeau", "sapo", "vorspann", "subhead", "subheadline", "lede",
        "introduction", "leadtext", "article-lead", "bodytext-lead",
    ]

    /// Whether class words name a lead paragraph (`article__abstract`, `c-page-intro__copy`).
    static func isLeadHint(_ hint: String) -> Bool {
        guard !hint.isEmpty else { return false }
        for bad in ["caption", "image", "img", "photo", "figure", "media", "credit", "related", "teaser-list", "teasers"]
        where hint.containsBytes(bad) {
            return false
        }
        for token in hint.split(separator: " ") {
            for part in token.split(whereSeparator: { $0 == "-" || $0 == "_" }) where leadWords.contains(part) {
                return true
            }
        }
        return false
    }
}
