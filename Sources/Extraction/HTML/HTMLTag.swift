/// The HTML elements the extractor tells apart; everything else is `.other`.
enum HTMLTag: UInt8, Sendable {
    case text, other
    case html, head, body, title, meta, link, script, style
    case a, p, div, span, br, hr, img
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, caption
    case section, article, main, nav, aside, footer, header, form, menu
    case blockquote, pre, code, figure, figcaption, address, time, center, font
    case em, strong, b, i, u, small, sup, sub, label, q, abbr, cite, mark, s, del, ins

    /// Elements whose subtrees carry nothing a reader reads.
    case skipped

    private static let byName: [String: HTMLTag] = {
        var d: [String: HTMLTag] = [:]
        for t in [HTMLTag.html, .head, .body, .title, .meta, .link, .script, .style, .a, .p, .div, .span, .br, .hr, .img,
                  .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td,
                  .th, .caption, .section, .article, .main, .nav, .aside, .footer, .header, .form, .menu, .blockquote,
                  .pre, .code, .figure, .figcaption, .address, .time, .center, .font, .em, .strong, .b, .i, .u, .small,
                  .sup, .sub, .label, .q, .abbr, .cite, .mark, .s, .del, .ins] {
            d["\(t)"] = t
        }
        for name in ["template", "svg", "math", "iframe", "object", "embed", "canvas", "select",
                     "option", "textarea", "button", "input", "video", "audio", "map", "frameset", "frame",
                     "applet", "datalist", "dialog", "picture", "source", "track", "param", "rt", "rp"] {
            d[name] = .skipped
        }
        return d
    }()

    /// The tag for a lowercase element name.
    init(name: String) { self = HTMLTag.byName[name] ?? .other }

    /// Block-level: starts a new paragraph in the extracted text.
    var isBlock: Bool {
        switch self {
        case .p, .div, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .table, .thead, .tbody, .tfoot,
             .tr, .caption, .section, .article, .main, .nav, .aside, .footer, .header, .form, .menu, .blockquote,
             .pre, .figure, .figcaption, .address, .center, .hr, .br, .body, .html:
            return true
        default:
            return false
        }
    }

    /// A heading, `h1` to `h6`.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }
}
