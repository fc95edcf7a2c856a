/// What an element's `class`, `id`, `role` and `itemprop` words say about it.
///
/// Class names are how pages label their parts: `nav`, `footer`, `sidebar`, `related-posts`,
/// `share-buttons`, `comment-list`, `cookie-banner`, `ad-slot` mark boilerplate; `article-body`,
/// `entry-content`, `post`, `story` mark content. Words are compared after splitting on `-`
/// and `_`, so `entry-meta` is boilerplate and `entry-content` is content.
struct BoilerplateHints: Sendable {
    /// The element looks like boilerplate.
    var negative = false
    /// The element looks like content.
    var positive = false
    /// The element is explicitly the article body (`itemprop=articleBody`, `entry-content`, …).
    var strongPositive = false
    /// The element is hidden (`hidden`, `display:none`, `aria-hidden`).
    var hidden = false

    private static let negativeParts: Set<Substring> = [
        "sidebar", "footer", "comment", "comments", "related", "share", "sharing", "social", "cookie", "cookies",
        "navigation", "navbar", "nav", "breadcrumb", "breadcrumbs", "newsletter", "subscribe", "subscription",
        "promo", "sponsor", "sponsored", "menu", "pagination", "pager", "popup", "modal",
        "banner", "advert", "advertisement", "ad", "ads", "adv", "masthead", "skip", "toolbar", "disqus", "outbrain",
        "taboola", "byline", "meta", "tags", "tag", "tagcloud", "print", "login", "signup", "rss", "author",
        "date", "dateline", "timestamp", "copyright", "legal", "consent", "gdpr", "teaser", "teasers", "recommend",
        "recommended", "more", "readmore", "readalso", "also", "popular", "trending", "mostread", "breaking", "ticker", "topbar", "header", "sitemap",
        "caption", "credits", "follow", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "email",
        "reply", "respond", "rating", "vote", "sharebar", "socials", "links", "blogroll", "archive", "archives",
        "categories", "category", "calendar", "search", "shoutbox", "overlay", "dropdown", "offcanvas", "lightbox",
        "postmetadata", "entry-meta", "jp", "sharedaddy", "addthis", "prev", "next", "previous", "crumbs",
        "subnav", "topnav", "mainnav", "megamenu", "bottom", "foot", "infobox", "notice", "alert", "hint",
    ]
    private static let taxonomyPrefixes = [
        "category-", "tag-", "tags-", "author-", "format-", "status-", "type-", "postid-", "single-", "has-",
        "page-template", "post-template", "topic-", "section-", "rubrik-", "ressort-", "layout-",
    ]
    private static let positiveParts: Set<Substring> = [
        "article", "articlebody", "body", "content", "entry", "main", "post", "text", "story", "blog",
        "hentry", "page", "single", "permalink", "abstract", "lead", "intro", "prose", "richtext", "maincontent",
    ]
    private static let strongPositivePhrases = [
        "articlebody", "article-body", "article_body", "entry-content", "post-content", "post-body", "story-body",
        "article-content", "article__body", "article-text", "entry-body", "post-entry", "storycontent",
        "story-content", "news-text", "articletext", "article__content", "post_content", "entry_content",
        "main-content", "maincontent", "content-body", "text-content", "blog-post", "postbody",
    ]

    /// Reads the hint words of an element.
    init(_ hint: String) {
        guard !hint.isEmpty else { return }
        var negatives = 0, positives = 0
        for token in hint.split(separator: " ") {
            // Taxonomy classes (`category-news`, `tag-berlin`, `author-jane`, `format-standard`)
            // describe the post, not a box on the page.
            if Self.taxonomyPrefixes.contains(where: { token.hasPrefix($0) }) { continue }
            if token == "hidden" || token == "display-none" || token == "d-none" || token == "sr-only"
                || token == "visually-hidden" || token == "screen-reader-text" {
                hidden = true
            }
            for part in token.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" }) {
                if Self.negativeParts.contains(part) { negatives += 1 }
                if Self.positiveParts.contains(part) { positives += 1 }
            }
        }
        for phrase in Self.strongPositivePhrases where hint.containsBytes(phrase) {
            strongPositive = true
            break
        }
        negative = negatives > 0 && (negatives >= positives || !strongPositive) && !strongPositive
        positive = positives > 0 && negatives == 0
    }

    /// The weight added to a candidate's score.
    var weight: Double {
        if strongPositive { return 40 }
        if negative { return -25 }
        if positive { return 25 }
        return 0
    }
}
