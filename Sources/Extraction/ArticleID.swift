import Foundation
import ArabicText

/// The stable identifier of an article.
///
/// The rule: FNV-1a 64 of a key, as 16 lowercase hex digits. The key is, in order of preference,
/// `url:` + the canonical URL, `url:` + the fetch URL (both with the fragment removed and the
/// scheme and host lowercased), or `body:` + the body normalised for search
/// (`Normalizer.search`, whitespace collapsed). So one article fetched twice gets one id, and a
/// page without an address still gets the same id for the same text.
public enum ArticleID {
    /// The id for an article with these addresses and this body.
    public static func make(canonicalURL: String?, url: String?, body: String) -> String {
        if let c = canonicalURL.flatMap(normalizedURL) { return hex(fnv1a("url:" + c)) }
        if let u = url.flatMap(normalizedURL) { return hex(fnv1a("url:" + u)) }
        let folded = Normalizer.search(body).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return hex(fnv1a("body:" + folded))
    }

    /// FNV-1a 64 over the UTF-8 bytes of `text`.
    static func fnv1a(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// Trims, drops the fragment, lowercases scheme and host; nil when nothing is left.
    static func normalizedURL(_ raw: String) -> String? {
        var s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let hash = s.firstIndex(of: "#") { s = String(s[..<hash]) }
        guard !s.isEmpty else { return nil }
        guard let schemeEnd = s.range(of: "://") else { return s }
        let afterScheme = s[schemeEnd.upperBound...]
        let hostEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? afterScheme.endIndex
        return s[..<hostEnd].lowercased() + s[hostEnd...]
    }
}
