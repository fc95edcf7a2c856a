import Foundation

/// Escaping for the web reader: every text from articles and queries goes through `escape`.
enum HTML {
    /// Escapes `& < > " '` and shows bidi control characters as visible text (`[U+202E]`), so
    /// that neither markup nor a direction override in a title can change the page.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{200E}", "\u{200F}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}", "\u{061C}":
                out += String(format: "[U+%04X]", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Percent-encodes a query parameter value.
    static func query(_ s: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&+=?#")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
