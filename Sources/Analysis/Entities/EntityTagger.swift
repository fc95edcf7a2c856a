/// Named-entity tagger (placeholder until issue 6 lands).
public struct EntityTagger: Sendable {
    public init() {}
}
