/// A pointer from a page to another article: a "read also" box or one line of a
/// "related articles" list. Kept apart from the body, never mixed into it.
public struct Teaser: Codable, Hashable, Sendable {
    /// The linked article's title as the page shows it.
    public var title: String
    /// The link target, when the page gives one.
    public var url: String?
    /// Any text the page shows with the title (a summary or the first lines).
    public var text: String?

    public init(title: String, url: String? = nil, text: String? = nil) {
        self.title = title
        self.url = url
        self.text = text
    }
}
