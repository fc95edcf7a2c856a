/// Knobs of an `Extractor`.
public struct ExtractionOptions: Sendable, Hashable {
    /// Pages larger than this many bytes are refused with `ExtractionError.tooLarge`.
    /// Defaults to 20 MB: a news page's HTML is rarely above 2 MB.
    public var maxBytes: Int
    /// Below this many letters of body text the page is refused with `.noContent`
    /// instead of producing an empty article.
    public var minBodyScalars: Int

    /// Creates options; the defaults suit news pages.
    public init(maxBytes: Int = 20 * 1024 * 1024, minBodyScalars: Int = 1) {
        self.maxBytes = maxBytes
        self.minBodyScalars = minBodyScalars
    }
}
