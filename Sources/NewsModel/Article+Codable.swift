import Foundation

extension Article {
    enum CodingKeys: String, CodingKey {
        case id, url, canonicalURL, source, title, titleInferred, lead, paragraphs, body
        case published, publishedOrigin, authors, language, readAlso, related, category, warnings
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            url: try c.decodeIfPresent(String.self, forKey: .url),
            canonicalURL: try c.decodeIfPresent(String.self, forKey: .canonicalURL),
            source: try c.decodeIfPresent(String.self, forKey: .source),
            title: try c.decode(String.self, forKey: .title),
            titleInferred: try c.decodeIfPresent(Bool.self, forKey: .titleInferred) ?? false,
            lead: try c.decodeIfPresent(String.self, forKey: .lead) ?? "",
            paragraphs: try c.decode([String].self, forKey: .paragraphs),
            published: try c.decodeIfPresent(Date.self, forKey: .published),
            publishedOrigin: try c.decodeIfPresent(DateOrigin.self, forKey: .publishedOrigin),
            authors: try c.decodeIfPresent([String].self, forKey: .authors) ?? [],
            language: try c.decodeIfPresent(String.self, forKey: .language),
            readAlso: try c.decodeIfPresent([Teaser].self, forKey: .readAlso) ?? [],
            related: try c.decodeIfPresent([Teaser].self, forKey: .related) ?? [],
            category: try c.decodeIfPresent(String.self, forKey: .category),
            warnings: try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
        )
    }

    /// Encodes every field, `body` included, with `null` for what is unknown so that the
    /// JSON shape is stable from one article to the next.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(url, forKey: .url)
        try c.encode(canonicalURL, forKey: .canonicalURL)
        try c.encode(source, forKey: .source)
        try c.encode(title, forKey: .title)
        try c.encode(titleInferred, forKey: .titleInferred)
        try c.encode(lead, forKey: .lead)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(body, forKey: .body)
        try c.encode(published, forKey: .published)
        try c.encode(publishedOrigin, forKey: .publishedOrigin)
        try c.encode(authors, forKey: .authors)
        try c.encode(language, forKey: .language)
        try c.encode(readAlso, forKey: .readAlso)
        try c.encode(related, forKey: .related)
        try c.encode(category, forKey: .category)
        try c.encode(warnings, forKey: .warnings)
    }
}

extension JSONEncoder {
    /// The encoder every Khabar JSON output uses: ISO 8601 dates, sorted keys, `/` unescaped.
    public static var khabar: JSONEncoder {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}

extension JSONDecoder {
    /// The decoder matching `JSONEncoder.khabar`.
    public static var khabar: JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }
}
