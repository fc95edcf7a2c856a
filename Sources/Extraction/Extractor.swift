import NewsModel

/// Turns a raw page into a clean `Article` (placeholder until issue 3 lands).
public struct Extractor: Sendable {
    public init() {}
}
