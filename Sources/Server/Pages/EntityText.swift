import Foundation
import NewsModel
import Storage

/// Article text with its entity mentions linked to their pages (`/entities/{id}`).
///
/// Mention spans are Unicode scalar offsets into the original text (the body, paragraphs joined
/// by `Article.paragraphSeparator`, or the title); the text is cut at those offsets and every
/// piece, inside a link or not, goes through `HTML.escape`.
enum EntityText {
    /// A mention to link: its span in the text and its entity.
    struct Link {
        var span: Span
        var entity: Entity
    }

    /// `text` escaped, each link's span wrapped in an entity link. Spans out of range, empty or
    /// overlapping an earlier (or, at the same start, longer) one are left as plain text.
    static func html(_ text: String, links: [Link]) -> String {
        let scalars = Array(text.unicodeScalars)
        func piece(_ r: Range<Int>) -> String { HTML.escape(String(String.UnicodeScalarView(scalars[r]))) }
        let ordered = links.sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
        var out = ""
        var pos = 0
        for link in ordered where link.span.start >= pos && link.span.end <= scalars.count && link.span.start < link.span.end {
            let e = link.entity
            out += piece(pos..<link.span.start)
            out += "<a class=\"entity \(HTML.escape(e.kind.rawValue.lowercased()))\" href=\"/entities/\(HTML.escape(HTML.query(e.id)))\" "
            out += "title=\"\(HTML.escape(e.name))\">\(piece(link.span.start..<link.span.end))</a>"
            pos = link.span.end
        }
        return out + piece(pos..<scalars.count)
    }

    /// The title with its mentions linked.
    static func title(_ a: Article, entities: [ArticleEntity]) -> String {
        html(a.title, links: entities.flatMap { e in e.mentions.filter(\.inTitle).map { Link(span: $0.span, entity: e.entity) } })
    }

    /// The body as `<p>` elements, body mentions linked (each paragraph gets the mentions that
    /// lie inside it, shifted to its own offsets).
    static func paragraphs(_ a: Article, entities: [ArticleEntity]) -> String {
        let links = entities.flatMap { e in e.mentions.filter { !$0.inTitle }.map { Link(span: $0.span, entity: e.entity) } }
        let separator = Article.paragraphSeparator.unicodeScalars.count
        var out = ""
        var start = 0
        for p in a.paragraphs {
            let end = start + p.unicodeScalars.count
            let inside = links.filter { $0.span.start >= start && $0.span.end <= end }
                .map { Link(span: Span(start: $0.span.start - start, end: $0.span.end - start), entity: $0.entity) }
            out += "<p>\(html(p, links: inside))</p>"
            start = end + separator
        }
        return out
    }
}
