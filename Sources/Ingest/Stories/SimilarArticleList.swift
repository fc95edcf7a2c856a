import Analysis
import Storage

/// The similar-articles list shown under an article: the store's `similar(to:limit:)` results
/// made distinct for a reader. Results whose titles are the same item (`TitleGrouper`: a
/// typo, a moved space, a repeat) are folded into the best scored one, and items the article
/// already shows (its own title, its read-also teasers) are left out.
public struct SimilarArticleList: Sendable {
    /// How titles are judged the same item.
    public var grouper: TitleGrouper

    public init(grouper: TitleGrouper = TitleGrouper()) {
        self.grouper = grouper
    }

    /// Up to `limit` distinct similar articles for article `id`, best first; empty when it is
    /// not stored.
    /// - Throws: only when the store itself fails.
    public func similar(to id: String, limit: Int, in store: some StoryStore) async throws -> [SimilarArticle] {
        guard limit > 0, let article = try await store.article(id: id) else { return [] }
        // Ask for more than `limit`: folding removes some.
        let raw = try await store.similar(to: id, limit: limit * 3 + 10)
        let shown = [article.title] + article.readAlso.map(\.title)
        var results: [SimilarArticle] = []
        for group in grouper.groups(shown + raw.map(\.title)) {
            // A group holding something already shown is left out entirely.
            guard group.allSatisfy({ $0 >= shown.count }) else { continue }
            var best = raw[group[0] - shown.count]
            for i in group.dropFirst() {
                let other = raw[i - shown.count]
                best.alsoIDs.append(other.id)
                best.alsoIDs.append(contentsOf: other.alsoIDs)
            }
            results.append(best)
        }
        // Groups come in order of their first member, and `raw` is best first.
        return Array(results.prefix(limit))
    }
}
